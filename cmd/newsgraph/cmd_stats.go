package main

import (
	"context"
	"errors"
)

func runStats(ctx context.Context, e *env, args []string) error {
	return errors.New("stats: not implemented yet")
}
