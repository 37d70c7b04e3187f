package main

import (
	"context"
	"errors"
	"fmt"
	"math"
	"net/url"
	"runtime"
	"strings"
	"unicode"

	"newsgraph/extract/read"
	"newsgraph/extract/record"
)

// inputs is what build and extract read from their PATH arguments.
type inputs struct {
	docs    []record.Document // one per distinct text, in walk order
	copies  []docCopy         // files whose text an earlier one already has
	skipped int               // inputs not read, each reported on stderr
}

// docCopy is a file whose text is byte for byte that of another document:
// it is extracted and loaded once, so that a repeat is not counted as a
// second source.
type docCopy struct {
	ID, Path string
	Of       string // id of the document with the same text
}

// files is how many inputs were read or skipped.
func (in inputs) files() int { return len(in.docs) + len(in.copies) + in.skipped }

// readArticles walks paths and returns the documents, one per distinct text;
// each skipped input gets one line on stderr. With strict, the first skip is
// an error. Paths in exclude (the store a build writes to) are not read and
// get a line, but are no skip: they were never meant as articles.
func readArticles(ctx context.Context, e *env, paths []string, strict bool, exclude map[string]string) (inputs, error) {
	var in inputs
	first := map[string]string{} // text hash → id of the first document with it
	err := read.Walk(ctx, paths, read.Options{Exclude: exclude}, func(path string, doc record.Document, err error) error {
		if errors.Is(err, read.ErrExcluded) {
			fmt.Fprintln(e.stderr, err)
			return nil
		}
		if err != nil {
			if strict {
				return err
			}
			in.skipped++
			fmt.Fprintln(e.stderr, err)
			return nil
		}
		h := doc.Hash()
		if of, ok := first[h]; ok {
			in.copies = append(in.copies, docCopy{ID: doc.ID, Path: doc.Path, Of: of})
			return nil
		}
		first[h] = doc.ID
		in.docs = append(in.docs, doc)
		return nil
	})
	if err != nil {
		return inputs{}, err
	}
	return in, nil
}

// maxWorkersPerCPU bounds --workers: extraction is CPU-bound, so more
// goroutines than a few per CPU only cost memory.
const maxWorkersPerCPU = 4

// minConfidenceHelp: by default every fact is kept. On BBC articles judged by
// hand a threshold trades right facts for precision (BENCHMARKS.md,
// thirteenth session: at 0.8, on five unseen articles, 42% of the wrong facts
// remain and 65% of the right ones), and 0.5 already loses one of the
// reference corpus's 71 gold facts, so the trade is the user's to make.
const minConfidenceHelp = "hold back relations and statements whose confidence (the learned chance that a reader judges them right, 0–1) is under this; 0 keeps every fact"

// checkConfidence refuses a --min-confidence no confidence can be compared with.
func checkConfidence(c float64) error {
	if c < 0 || c > 1 || math.IsNaN(c) {
		return usageErrorf("--min-confidence %g: want a number from 0 to 1", c)
	}
	return nil
}

const workersHelp = "articles extracted at once (0: one per CPU; at most 4 per CPU and one per article)"

// capWorkers turns --workers into the number of goroutines to run for docs
// documents.
func capWorkers(n, docs int) (int, error) {
	if n < 0 {
		return 0, fmt.Errorf("%w: --workers must be 0 (one per CPU) or more, not %d", errUsage, n)
	}
	cpus := runtime.GOMAXPROCS(0)
	if n == 0 {
		n = cpus
	}
	return max(1, min(n, maxWorkersPerCPU*cpus, docs)), nil
}

// checkBase makes sure --base is an absolute IRI that can be written between
// angle brackets: anything else would change the meaning of every line of
// the export ("urn:x> <urn:y" splices a term into each quad).
func checkBase(base string) error {
	bad := func(why string) error {
		return fmt.Errorf("%w: --base %q is not usable as a base IRI: %s", errUsage, base, why)
	}
	if i := strings.IndexFunc(base, func(r rune) bool {
		return r <= 0x20 || r == 0x7f || strings.ContainsRune("<>\"{}|\\^`", r) || !unicode.IsPrint(r)
	}); i >= 0 {
		return bad(fmt.Sprintf("it holds %q, which an IRI may not contain (percent-encode it)", []rune(base[i:])[0]))
	}
	u, err := url.Parse(base)
	if err != nil {
		return bad(err.Error())
	}
	if u.Scheme == "" {
		return bad("it has no scheme (want an absolute IRI such as urn:newsgraph: or https://example.org/graph/)")
	}
	return nil
}
