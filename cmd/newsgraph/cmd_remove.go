package main

import (
	"context"
	"errors"
)

func runRemove(ctx context.Context, e *env, args []string) error {
	return errors.New("remove: not implemented yet")
}
