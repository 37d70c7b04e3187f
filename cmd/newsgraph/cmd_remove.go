package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"newsgraph/graph"
)

func runRemove(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet(e, "remove", "DOC...",
		"Take documents out of the store: every quad the document or its sentences label goes, in one\n"+
			"transaction per document. Facts and statements other documents also report stay, with their\n"+
			"other sources. DOC is a document id (politics/001, as build and stats show it) or the path of\n"+
			"the file it was built from.")
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
			if id, ok, ferr := storedIDOfPath(ctx, s, arg); ferr != nil {
				return ferr
			} else if ok {
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

// storedIDOfPath finds the stored document built from the file at path: ids
// depend on the folder a build was given, so the path recorded at build time
// is compared instead, as a cleaned path and as a file identity.
func storedIDOfPath(ctx context.Context, s *graph.Store, path string) (string, bool, error) {
	docs, err := s.Documents(ctx)
	if err != nil {
		return "", false, err
	}
	fi, statErr := os.Stat(path)
	for _, d := range docs {
		if d.Path == "" {
			continue
		}
		if filepath.Clean(d.Path) == filepath.Clean(path) {
			return d.ID, true, nil
		}
		if statErr == nil {
			if di, err := os.Stat(d.Path); err == nil && os.SameFile(fi, di) {
				return d.ID, true, nil
			}
		}
	}
	return "", false, nil
}
