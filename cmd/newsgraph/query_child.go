package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"strings"
	"time"
)

// queryChildEnv marks a newsgraph process started by "query gizmo" or
// "query graphql" to run the script itself.
const queryChildEnv = "NEWSGRAPH_QUERY_CHILD"

// queryChildMemory caps the address space of a query child: past it the Go
// runtime aborts the child instead of the machine swapping. The heap budget
// inside the child (package queries) stops an ordinary runaway script long
// before; this limit is for what slips past it. Address space, not memory:
// it covers the store's 1 GB memory map and the Go runtime's reservations.
const queryChildMemory = 6 << 30

// inQueryChild says whether this process is a query child.
func inQueryChild() bool { return os.Getenv(queryChildEnv) != "" }

// runQueryChild runs "newsgraph query ARGS" (query name) in a child process and copies its
// output. Why a process: a script can still make the JavaScript runtime's
// own Go code recurse without bound (String() of an array nested a million
// deep, JSON.parse of "[[[[…"), and Go aborts the whole process on a stack
// overflow or out of memory, with no way to recover. The child's death is
// reported here as an error instead.
func runQueryChild(ctx context.Context, e *env, name string, args []string, timeout time.Duration) error {
	if timeout > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeoutCause(ctx, timeout+2*time.Second,
			fmt.Errorf("stopped after --timeout %s: %w", timeout, context.DeadlineExceeded))
		defer cancel()
	}
	exe, err := os.Executable()
	if err != nil {
		return fmt.Errorf("starting the query process: %w", err)
	}
	cmd := exec.CommandContext(ctx, exe, append([]string{"query"}, args...)...)
	cmd.Env = append(os.Environ(), queryChildEnv+"=1")
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	// The child stops itself at --timeout; the parent's context (the same
	// deadline plus a grace) kills it if it cannot.
	cmd.WaitDelay = time.Second
	if err := cmd.Start(); err != nil {
		return fmt.Errorf("starting the query process: %w", err)
	}
	if !raceDetector {
		_ = prlimitAS(cmd.Process.Pid, queryChildMemory) // best effort: the heap budget still holds
	}
	err = cmd.Wait()
	if err == nil {
		_, werr := e.stdout.Write(stdout.Bytes())
		return werr
	}
	msg := strings.TrimSpace(stderr.String())
	var exit *exec.ExitError
	switch {
	case ctx.Err() != nil:
		if cause := context.Cause(ctx); cause != nil {
			return cause
		}
		return ctx.Err()
	case errors.As(err, &exit) && exit.ExitCode() == 1 && strings.HasPrefix(msg, "newsgraph query: ") && !strings.Contains(msg, "\nfatal error:"):
		// An ordinary error, already worded by the child.
		return errors.New(strings.TrimPrefix(firstLines(msg, 5), "newsgraph query: "))
	case errors.As(err, &exit) && exit.ExitCode() == 2 && !strings.Contains(msg, "fatal error:"):
		fmt.Fprintln(e.stderr, msg)
		return errBadFlag
	}
	// Go's own last words: "fatal error: stack overflow" after a line on
	// the limit it hit; the goroutine dump that follows is for Go developers.
	var fatal, detail string
	for _, line := range strings.Split(msg, "\n") {
		switch {
		case fatal == "" && strings.HasPrefix(line, "fatal error: "):
			fatal = strings.TrimSpace(line)
		case detail == "" && strings.HasPrefix(line, "runtime: ") && strings.Contains(line, "limit"):
			detail = strings.TrimPrefix(strings.TrimSpace(line), "runtime: ")
		}
	}
	reason := err.Error()
	switch {
	case fatal != "" && detail != "":
		reason = fatal + ": " + detail
	case fatal != "":
		reason = fatal
	}
	return fmt.Errorf("%s: the script crashed the process running it (%s); it was stopped and nothing else was affected", name, reason)
}

func firstLines(s string, n int) string {
	lines := strings.SplitN(s, "\n", n+1)
	if len(lines) > n {
		lines = lines[:n]
	}
	return strings.Join(lines, "\n")
}
