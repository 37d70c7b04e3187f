package facts

import (
	"context"
	"errors"
	"fmt"
	"runtime"
	"runtime/debug"
	"sync"
)

// RunOptions configure ExtractAll.
type RunOptions struct {
	Workers  int                   // goroutines; 0 means GOMAXPROCS
	Progress func(done, total int) // called after each document, from one goroutine at a time
	// NoLink leaves each result as extracted, for a caller that links
	// against more than these documents (a store's registry).
	NoLink bool

	// BeforeEach, when set, runs inside each document's extraction, just before
	// it. It is for tests: a panic in it is handled like a panic of the
	// extractor, so they can check that one failing document is reported and
	// the others are still extracted. Programs leave it nil.
	BeforeEach func(Document)
}

// ErrInternal marks a document whose extraction failed on a bug of the
// extractor (a panic), not on its input being unreadable.
var ErrInternal = errors.New("internal error in extraction")

// ExtractError is one document ExtractAll could not extract.
type ExtractError struct {
	ID   string // the document's id
	Path string // the file it was read from, if any
	Err  error  // wraps ErrInternal for a panic
	// Stack is the goroutine's stack where the panic happened, for a bug
	// report; empty for other errors. It is not part of Error().
	Stack []byte
}

func (e *ExtractError) Error() string {
	name := e.Path
	if name == "" {
		name = e.ID
	}
	return "extract " + name + ": " + e.Err.Error()
}

func (e *ExtractError) Unwrap() error { return e.Err }

// ExtractErrors lists the documents ExtractAll skipped, in the order of its docs.
type ExtractErrors []*ExtractError

func (es ExtractErrors) Error() string {
	if len(es) == 1 {
		return es[0].Error()
	}
	return fmt.Sprintf("%s (and %d more documents)", es[0].Error(), len(es)-1)
}

func (es ExtractErrors) Unwrap() []error {
	out := make([]error, len(es))
	for i, e := range es {
		out[i] = e
	}
	return out
}

// ExtractAll extracts docs on several goroutines and links their entities
// (Link, unless opts.NoLink). Results come back in the order of docs whatever the worker count, so
// output is byte-identical for any Workers.
//
// A document whose extraction fails — a panic inside the extractor included —
// does not stop the others: its result is left out, the others are extracted
// and linked, and the error is an ExtractErrors naming every such document
// (with results non-nil). Cancelling ctx stops the work and returns ctx's error
// and no results.
func (x *Extractor) ExtractAll(ctx context.Context, docs []Document, opts RunOptions) ([]*Result, error) {
	workers := opts.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	results := make([]*Result, len(docs))
	errs := make([]*ExtractError, len(docs))
	next := make(chan int)
	var wg sync.WaitGroup
	var mu sync.Mutex
	done := 0
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				results[i], errs[i] = x.extractIsolated(ctx, docs[i], opts.BeforeEach)
				mu.Lock()
				done++
				if opts.Progress != nil {
					opts.Progress(done, len(docs))
				}
				mu.Unlock()
			}
		}()
	}
feed:
	for i := range docs {
		select {
		case next <- i:
		case <-ctx.Done():
			break feed
		}
	}
	close(next)
	wg.Wait()
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("extracting %d documents: %w", len(docs), err)
	}
	var failed ExtractErrors
	ok := results[:0]
	for i, r := range results {
		switch {
		case errs[i] != nil:
			failed = append(failed, errs[i])
		case r == nil:
			// Never silently: a document without a result or an error is a bug here.
			failed = append(failed, &ExtractError{ID: docs[i].ID, Path: docs[i].Path, Err: fmt.Errorf("%w: no result", ErrInternal)})
		default:
			ok = append(ok, r)
		}
	}
	if !opts.NoLink {
		Link(ok)
	}
	if failed != nil {
		return ok, failed
	}
	return ok, nil
}

// extractIsolated extracts one document, turning a panic into its error so
// one document's bug does not take down the others.
func (x *Extractor) extractIsolated(ctx context.Context, doc Document, before func(Document)) (res *Result, xerr *ExtractError) {
	defer func() {
		if p := recover(); p != nil {
			res = nil
			xerr = &ExtractError{ID: doc.ID, Path: doc.Path, Err: fmt.Errorf("%w: %v", ErrInternal, p), Stack: debug.Stack()}
		}
	}()
	if before != nil {
		before(doc)
	}
	res, err := x.Extract(ctx, doc)
	if err != nil {
		if ctx.Err() != nil {
			return nil, nil // reported once by ExtractAll
		}
		return nil, &ExtractError{ID: doc.ID, Path: doc.Path, Err: err}
	}
	return res, nil
}
