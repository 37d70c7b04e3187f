package main

import (
	"context"
	"errors"
)

func runCheck(ctx context.Context, e *env, args []string) error {
	return errors.New("check: not implemented yet")
}
