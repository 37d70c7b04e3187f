package main

import (
	"context"
	"errors"
	"fmt"

	"newsgraph/extract"
	"newsgraph/graph"
)

func runRemove(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet(e, "remove", "DOC...",
		"Take documents out of the store: every quad the document or its sentences label goes, in one\n"+
			"transaction per document. Facts and statements other documents also report stay, with their\n"+
			"other sources. DOC is a document id (002_4866df658f764bf1) or the path it was built from.")
	sf := storeFlagsFor(fs)
	ids, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(ids) == 0 {
		fs.Usage()
		return fmt.Errorf("%w: no DOC given", errUsage)
	}
	s, err := openStore(ctx, sf, false)
	if err != nil {
		return err
	}
	defer s.Close()
	for _, arg := range ids {
		n, err := s.Remove(ctx, arg)
		if errors.Is(err, graph.ErrNotFound) {
			// Not an id: perhaps the path the article was built from.
			if id := extract.DocumentID(arg); id != arg {
				n, err = s.Remove(ctx, id)
				arg = id
			}
		}
		if err != nil {
			return err
		}
		fmt.Fprintf(e.stdout, "removed %s: %d quads\n", arg, n)
	}
	return nil
}
