package main

import (
	"context"
	"os"
	"testing"
)

// TestMain lets the test binary stand in for newsgraph when a command starts
// itself as a child (query gizmo does): then it runs the command line.
func TestMain(m *testing.M) {
	if inQueryChild() {
		os.Exit(run(context.Background(), &env{stdout: os.Stdout, stderr: os.Stderr}, os.Args[1:]))
	}
	os.Exit(m.Run())
}
