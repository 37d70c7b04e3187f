package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"newsgraph/extract"
	"newsgraph/extract/read"
	"newsgraph/extract/record"
	"newsgraph/graph"
)

// boltFileName is the file in a bolt store directory that holds the data
// (graph keeps the same name unexported).
const boltFileName = "indexes.bolt"

// storeIdentity remembers which store directory and file a build opened, so
// that a store moved away or replaced during the build (the writes then go to
// a file nobody will read) ends in an error instead of "success".
type storeIdentity struct {
	paths []string
	infos []os.FileInfo
}

// storeIdentityOf records the identity of a bolt store; other backends have
// no file to watch, and get a check that always passes.
func storeIdentityOf(o storeOpts) (storeIdentity, error) {
	if b := *o.backend; b != "" && b != graph.BackendBolt {
		return storeIdentity{}, nil
	}
	var id storeIdentity
	for _, p := range []string{*o.db, filepath.Join(*o.db, boltFileName)} {
		fi, err := os.Stat(p)
		if err != nil {
			return storeIdentity{}, fmt.Errorf("store %s: %w", *o.db, err)
		}
		id.paths = append(id.paths, p)
		id.infos = append(id.infos, fi)
	}
	return id, nil
}

// exclude names the store directory for Walk: a store kept inside the
// folder being built is not an article.
func (id storeIdentity) exclude() map[string]string {
	if len(id.paths) == 0 {
		return nil
	}
	return map[string]string{id.paths[0]: "the store this build writes to (--db), not read"}
}

// check reports an error when a recorded path no longer names the same file.
func (id storeIdentity) check() error {
	for i, p := range id.paths {
		fi, err := os.Stat(p)
		if err == nil && os.SameFile(fi, id.infos[i]) {
			continue
		}
		why := "is another file now"
		if err != nil {
			why = "is gone"
		}
		return fmt.Errorf("store replaced during the build: %s %s, so what this build wrote is not in the store at that path; build again", p, why)
	}
	return nil
}

// copiesOfStored moves to in.copies each document that is new to the store
// but whose text the store already holds under another id (built earlier
// from another folder), so that a repeat never becomes a second source. A
// stored document this build revises does not count as the original.
func copiesOfStored(ctx context.Context, s *graph.Store, in *inputs) error {
	stored, err := s.Documents(ctx)
	if err != nil {
		return err
	}
	if len(stored) == 0 {
		return nil
	}
	storedIDs := make(map[string]bool, len(stored))
	byHash := make(map[string]string, len(stored))
	for _, d := range stored {
		storedIDs[d.ID] = true
		if _, ok := byHash[d.Hash]; !ok {
			byHash[d.Hash] = d.ID // Documents is sorted by id: the first id wins
		}
	}
	building := make(map[string]bool, len(in.docs))
	for _, d := range in.docs {
		building[d.ID] = true
	}
	docs := in.docs[:0]
	for _, d := range in.docs {
		if of, ok := byHash[d.Hash()]; ok && !storedIDs[d.ID] && !building[of] {
			in.copies = append(in.copies, docCopy{ID: d.ID, Path: d.Path, Of: of})
			continue
		}
		docs = append(docs, d)
	}
	in.docs = docs
	return nil
}

// extractDocs extracts docs and links their entities. A document whose
// extraction fails (a bug of the extractor: a panic) is reported on stderr
// in the skip format, "PATH: skipped: internal error in extraction: …", and
// left out; the others are returned, in order, with the number left out.
// With strict, a failure is an error.
func extractDocs(ctx context.Context, e *env, x *extract.Extractor, docs []record.Document, opts extract.RunOptions, strict bool) ([]*record.Result, int, error) {
	opts.BeforeEach = e.beforeExtract
	results, err := x.ExtractAll(ctx, docs, opts)
	var failed extract.ExtractErrors
	switch {
	case err == nil:
		return results, 0, nil
	case errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded):
		return nil, 0, fmt.Errorf("interrupted during extraction, nothing loaded: %w", err)
	case !errors.As(err, &failed):
		return nil, 0, err
	case strict:
		return nil, 0, err
	}
	for _, f := range failed {
		name := f.Path
		if name == "" {
			name = f.ID
		}
		fmt.Fprintln(e.stderr, (&read.SkipError{Path: name, Reason: oneLine(f.Err.Error())}).Error())
	}
	return results, len(failed), nil
}

// oneLine keeps a message on one line (a panic value may hold newlines).
func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }
