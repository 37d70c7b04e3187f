package main

import (
	"context"
	"errors"
)

func runBuild(ctx context.Context, e *env, args []string) error {
	return errors.New("build: not implemented yet")
}
