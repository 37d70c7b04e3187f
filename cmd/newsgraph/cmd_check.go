package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"

	"newsgraph/graph"
)

// errProblems is returned when check finds broken invariants (exit status 1).
var errProblems = errors.New("the store has problems")

func runCheck(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet(e, "check", "",
		"Verify the store's invariants: every fact has a stored source sentence and a mention, every\n"+
			"entity a name, every statement a speaker, content and source, every source a document, and no\n"+
			"node is left without quads. Prints one line per problem; exit status 1 when there are any.")
	sf := storeFlagsFor(fs)
	asJSON := fs.Bool("json", false, "print the problems as a JSON array")
	rest, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(rest) > 0 {
		return fmt.Errorf("%w: check takes no arguments (got %q)", errUsage, rest)
	}
	s, err := openReadOnly(ctx, sf)
	if err != nil {
		return err
	}
	defer s.Close()
	probs, err := s.Check(ctx)
	if err != nil {
		return err
	}
	if *asJSON {
		if probs == nil {
			probs = []graph.Problem{}
		}
		enc := json.NewEncoder(e.stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(probs); err != nil {
			return err
		}
	} else {
		for _, p := range probs {
			fmt.Fprintln(e.stdout, p)
		}
	}
	if len(probs) > 0 {
		return fmt.Errorf("%w: %d found in %s", errProblems, len(probs), s.Name())
	}
	if !*asJSON {
		n, err := s.Count(ctx)
		if err != nil {
			return err
		}
		fmt.Fprintf(e.stdout, "ok: %s, %d quads, no problems\n", s.Name(), n)
	}
	return nil
}
