package main

import (
	"context"
	"errors"
)

func runQuery(ctx context.Context, e *env, args []string) error {
	return errors.New("query: not implemented yet")
}
