package main

import (
	"context"
	"errors"
)

func runOpenIE(ctx context.Context, e *env, args []string) error {
	return errors.New("openie: not implemented yet")
}
