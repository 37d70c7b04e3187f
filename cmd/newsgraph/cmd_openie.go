package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"runtime"
	"strings"
	"sync"

	"newsgraph/extract"
)

func runOpenIE(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet(e, "openie", "[FILE|-]",
		"Read one sentence per line (tokenised as in CaRB or plain) and print one Open IE tuple a line:\n"+
			"  sentence<TAB>confidence<TAB>relation<TAB>arg1<TAB>arg2[<TAB>arg3...]\n"+
			"(--format carb), with the sentence exactly as read, or JSON Lines (--format jsonl).\n"+
			"The tuples come from the same extractor as `newsgraph extract`. Reads stdin without FILE or with -.")
	format := fs.String("format", "carb", "output format: carb (tab-separated, as CaRB's scorer reads) or jsonl")
	workers := fs.Int("workers", 0, "sentences extracted at once (0: one per CPU)")
	paths, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if *format != "carb" && *format != "jsonl" {
		return fmt.Errorf("%w: --format must be carb or jsonl, not %q", errUsage, *format)
	}
	if len(paths) > 1 {
		fs.Usage()
		return fmt.Errorf("%w: at most one FILE", errUsage)
	}
	var in io.Reader = os.Stdin
	name := "stdin"
	if len(paths) == 1 && paths[0] != "-" {
		f, err := os.Open(paths[0])
		if err != nil {
			return fmt.Errorf("openie: %w", err)
		}
		defer f.Close()
		in, name = f, paths[0]
	}
	x, err := extract.New(extract.Options{SingleSentence: true})
	if err != nil {
		return err
	}
	w := bufio.NewWriter(e.stdout)
	err = openIE(ctx, x, in, w, openIEOptions{format: *format, workers: *workers})
	if ferr := w.Flush(); err == nil && ferr != nil {
		err = fmt.Errorf("writing output: %w", ferr)
	}
	if err != nil {
		return fmt.Errorf("openie %s: %w", name, err)
	}
	return nil
}

type openIEOptions struct {
	format  string // "carb" or "jsonl"
	workers int    // 0: GOMAXPROCS
}

// openIELine is one input line and, once extracted, its tuples.
type openIELine struct {
	sentence string
	tuples   []extract.Tuple
	err      error
	done     chan struct{}
}

// openIE reads sentences from r, one a line, and writes their tuples to w in
// input order. Sentences are extracted on several goroutines; a bounded queue of
// lines keeps memory flat on long inputs.
func openIE(ctx context.Context, x *extract.Extractor, r io.Reader, w io.Writer, opts openIEOptions) error {
	workers := opts.workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	work := make(chan *openIELine)
	order := make(chan *openIELine, 4*workers)
	var wg sync.WaitGroup
	for i := 0; i < workers; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for l := range work {
				l.tuples, l.err = x.OpenIE(ctx, l.sentence)
				close(l.done)
			}
		}()
	}
	readErr := make(chan error, 1)
	go func() {
		defer close(order)
		defer close(work)
		br := bufio.NewReader(r)
		for {
			s, err := br.ReadString('\n')
			if s != "" {
				l := &openIELine{sentence: strings.TrimSuffix(strings.TrimSuffix(s, "\n"), "\r"), done: make(chan struct{})}
				select {
				case order <- l:
				case <-ctx.Done():
					readErr <- ctx.Err()
					return
				}
				select {
				case work <- l:
				case <-ctx.Done():
					l.err = ctx.Err() // the writer waits for every queued line
					close(l.done)
					readErr <- ctx.Err()
					return
				}
			}
			if errors.Is(err, io.EOF) {
				readErr <- nil
				return
			}
			if err != nil {
				readErr <- fmt.Errorf("reading: %w", err)
				return
			}
		}
	}()
	var firstErr error
	for l := range order {
		<-l.done
		if firstErr != nil {
			continue
		}
		if l.err != nil {
			firstErr = l.err
			cancel()
			continue
		}
		if err := writeTuples(w, l.sentence, l.tuples, opts.format); err != nil {
			firstErr = fmt.Errorf("writing output: %w", err)
			cancel()
		}
	}
	wg.Wait()
	if err := <-readErr; firstErr == nil && err != nil && !errors.Is(err, context.Canceled) {
		firstErr = err
	}
	if firstErr == nil {
		firstErr = ctx.Err()
	}
	return firstErr
}

// writeTuples prints one sentence's tuples.
func writeTuples(w io.Writer, sentence string, tuples []extract.Tuple, format string) error {
	if format == "jsonl" {
		enc := json.NewEncoder(w)
		enc.SetEscapeHTML(false)
		for _, t := range tuples {
			rec := struct {
				Sentence string `json:"sentence"`
				extract.Tuple
			}{sentence, t}
			if err := enc.Encode(rec); err != nil {
				return err
			}
		}
		return nil
	}
	for _, t := range tuples {
		if _, err := io.WriteString(w, t.TSV(sentence)); err != nil {
			return err
		}
	}
	return nil
}
