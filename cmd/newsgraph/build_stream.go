package main

import (
	"context"
	"errors"
	"fmt"

	"newsgraph/extract"
	"newsgraph/extract/record"
	"newsgraph/graph"
)

type streamOptions struct {
	batch   int          // articles per transaction
	workers int          // extraction goroutines
	strict  bool         // a failed article fails the build
	check   func() error // says whether the store is still the one opened
}

// streamBuild extracts and loads in.docs batch by batch: extraction of the
// next batch overlaps the loading of this one, and no more than two batches
// of results exist at a time, so memory does not grow with the collection.
// Each batch is linked against everything stored before it (the store's
// registry), so batching does not change the graph. Texts are dropped from
// in.docs once extracted.
func streamBuild(ctx context.Context, e *env, s *graph.Store, x *extract.Extractor, in *inputs, o streamOptions) (buildCounts, graph.LoadStats, int, error) {
	var counts buildCounts
	var st graph.LoadStats
	total := len(in.docs)
	type batch struct {
		start, end int
		results    []*record.Result
		failed     int
		err        error
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	batches := make(chan batch, 1) // one batch extracted ahead of the load
	var extracted int
	prog := newProgress(e.stderr, "building", total)
	go func() {
		defer close(batches)
		for i := 0; i < total; i += o.batch {
			end := min(i+o.batch, total)
			res, failed, err := extractDocs(ctx, e, x, in.docs[i:end], extract.RunOptions{Workers: o.workers, NoLink: true}, o.strict)
			for j := i; j < end; j++ {
				in.docs[j].Text = "" // the results hold what is needed now
			}
			select {
			case batches <- batch{start: i, end: end, results: res, failed: failed, err: err}:
			case <-ctx.Done():
				return
			}
			if err != nil {
				return
			}
		}
	}()
	failed := 0
	loaded := 0
	for b := range batches {
		if b.err != nil {
			prog.finish()
			return counts, st, failed, b.err
		}
		failed += b.failed
		extracted = b.end
		// A store replaced under us would take these writes into a file
		// nobody reads any more.
		if err := o.check(); err != nil {
			prog.finish()
			return counts, st, failed, fmt.Errorf("%d of %d articles loaded: %w", loaded, total, err)
		}
		bst, err := s.LoadBatch(ctx, b.results)
		if err != nil {
			prog.finish()
			if errors.Is(err, context.Canceled) {
				return counts, st, failed, fmt.Errorf("interrupted: %d of %d articles loaded, the rest left out whole: %w", loaded, total, err)
			}
			return counts, st, failed, err
		}
		st.Add(bst)
		counts.add(b.results)
		loaded = b.end
		prog.update(extracted, total)
	}
	prog.finish()
	if err := ctx.Err(); err != nil {
		return counts, st, failed, fmt.Errorf("interrupted: %d of %d articles loaded, the rest left out whole: %w", loaded, total, err)
	}
	return counts, st, failed, nil
}
