package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"time"

	"newsgraph/extract"
	"newsgraph/extract/record"
	"newsgraph/graph"
)

// progressMin is the number of articles from which build reports progress.
const progressMin = 20

func runBuild(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet(e, "build", "PATH...",
		"Extract articles (files or folders of .txt, .md, .html) and load their entities, relations and\n"+
			"statements into the graph store. Each article's id is its path under the folder argument it\n"+
			"was found in, without extension (politics/001; a file argument: its name). Loading the same\n"+
			"articles again adds nothing, and a changed article (same path, new text) replaces its own\n"+
			"facts only. A file whose text another file already has is a copy: loaded once, named in the\n"+
			"summary. Each batch of articles is written in one transaction, so an interrupted build leaves\n"+
			"whole articles only. Skipped inputs are reported on stderr, one line each (exit status 3).")
	sf := storeFlagsFor(fs)
	workers := fs.Int("workers", 0, workersHelp)
	strict := fs.Bool("strict", false, "treat a skipped input as an error (exit status 1)")
	teasers := fs.Bool("teasers", false, "keep teasers of unrelated stories that follow the main article")
	minConf := fs.Float64("min-confidence", 0, minConfidenceHelp)
	// A transaction holds a copy of every page of the store it rewrites, and
	// the bigger the store, the more distinct pages a batch's writes hit: 16
	// articles keep that within what the rest of a build needs (BBC, 2,226
	// files: 825 MB peak RSS with 64, 698 MB with 16, for 10% more CPU).
	batch := fs.Int("batch", 16, "articles written per transaction")
	paths, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(paths) == 0 {
		fs.Usage()
		return fmt.Errorf("%w: no PATH given", errUsage)
	}
	if *batch < 1 {
		return fmt.Errorf("%w: --batch must be at least 1", errUsage)
	}
	if _, err := capWorkers(*workers, 0); err != nil {
		return err
	}
	// Open the store first: a bad --db should fail before minutes of extraction.
	s, err := openStore(ctx, sf, true)
	if err != nil {
		return err
	}
	defer s.Close()
	ident, err := storeIdentityOf(sf)
	if err != nil {
		return err
	}
	before, err := s.Count(ctx)
	if err != nil {
		return err
	}

	in, err := readArticles(ctx, e, paths, *strict, ident.exclude())
	if err != nil {
		return err
	}
	if err := copiesOfStored(ctx, s, &in); err != nil {
		return err
	}
	if err := checkConfidence(*minConf); err != nil {
		return err
	}
	x, err := extract.New(extract.Options{IncludeTeasers: *teasers, MinConfidence: *minConf})
	if err != nil {
		return err
	}
	// Merges among this build's own articles are no news; those that move
	// what earlier builds stored are reported.
	stored, err := s.Documents(ctx)
	if err != nil {
		return err
	}
	storedIDs := make(map[string]bool, len(stored))
	for _, d := range stored {
		storedIDs[d.ID] = true
	}
	n, _ := capWorkers(*workers, len(in.docs))
	ext, st, failed, err := streamBuild(ctx, e, s, x, &in, streamOptions{
		batch: *batch, workers: n, strict: *strict, check: ident.check})
	if err != nil {
		return err
	}
	after, err := s.Count(ctx)
	if err != nil {
		return err
	}
	if err := ident.check(); err != nil {
		return fmt.Errorf("all %d articles written, but: %w", ext.articles, err)
	}
	counts, err := storeCounts(ctx, s)
	if err != nil {
		return err
	}
	st.Merges = mergesOfStored(st.Merges, storedIDs)
	writeBuildSummary(e.stdout, s.Name(), in, failed, ext, st, before, after, counts)
	if skipped := in.skipped + failed; skipped > 0 {
		return fmt.Errorf("%w: %d of %d inputs", errSkipped, skipped, in.files())
	}
	return nil
}

// buildCounts sum what was extracted, so that a build need not keep its
// results to summarise them.
type buildCounts struct {
	articles, sentences, entities, relations, statements int
}

func (c *buildCounts) add(results []*record.Result) {
	for _, r := range results {
		c.articles++
		c.sentences += r.Sentences
		c.entities += len(r.Entities)
		c.relations += len(r.Relations)
		c.statements += len(r.Statements)
	}
}

// writeBuildSummary reports a build. What the extractor found is summed over
// articles (a person in ten articles counts ten times) and said so; the
// entities, relations and statements lines are the store's, as stats prints
// them.
func writeBuildSummary(w io.Writer, store string, in inputs, failed int, ext buildCounts, st graph.LoadStats, before, after int64, counts graph.Stats) {
	sentences, entities, relations, statements := ext.sentences, ext.entities, ext.relations, ext.statements
	fmt.Fprintf(w, "store       %s\n", store)
	fmt.Fprintf(w, "files       %d: %d articles, %d copies, %d skipped\n", in.files(), ext.articles, len(in.copies), in.skipped+failed)
	fmt.Fprintf(w, "articles    %d (%d added, %d replaced, %d unchanged)\n", ext.articles, st.Added, st.Replaced, st.Unchanged)
	if len(in.copies) > 0 {
		of := map[string]bool{}
		for _, c := range in.copies {
			of[c.Of] = true
		}
		fmt.Fprintf(w, "copies      %d copies of %d articles (same text: loaded once, one source)\n", len(in.copies), len(of))
		for _, c := range in.copies {
			fmt.Fprintf(w, "copy        %s = %s\n", c.ID, c.Of)
		}
	}
	fmt.Fprintf(w, "extracted   %d sentences: %d relations, %d statements, %d entities (summed over articles)\n",
		sentences, relations, statements, entities)
	if st.Skipped > 0 {
		fmt.Fprintf(w, "left out    %d relations and statements that name no entity\n", st.Skipped)
	}
	writeStoreCounts(w, counts)
	// A new store already holds one quad, its schema version: "1 before".
	fmt.Fprintf(w, "quads       %d before, %d after (+%d added, -%d removed)\n", before, after, st.QuadsAdded, st.QuadsRemoved)
	if st.Relinked > 0 {
		fmt.Fprintf(w, "relinked    %d stored article(s) whose names now link elsewhere\n", st.Relinked)
	}
	const maxMerges = 20
	for i, m := range st.Merges {
		if i == maxMerges {
			fmt.Fprintf(w, "            ... and %d more\n", len(st.Merges)-maxMerges)
			break
		}
		if m.Joined {
			fmt.Fprintf(w, "merged      %q (%s) into %q (%s): one entity now, both names kept\n", m.FromName, m.From, m.IntoName, m.Into)
		} else {
			fmt.Fprintf(w, "renamed     %q (%s) to %q (%s)\n", m.FromName, m.From, m.IntoName, m.Into)
		}
	}
}

// mergesOfStored keeps the merges that moved documents stored before the build.
func mergesOfStored(ms []graph.Merge, stored map[string]bool) []graph.Merge {
	var out []graph.Merge
	for _, m := range ms {
		for _, d := range m.Documents {
			if stored[d] {
				out = append(out, m)
				break
			}
		}
	}
	return out
}

// storeOpts are the flags that locate a store.
type storeOpts struct {
	db, backend *string
}

func storeFlagsFor(fs *flag.FlagSet) storeOpts {
	return storeOpts{
		db:      fs.String("db", graph.DefaultAddress, "store: a bolt directory, or a postgres:// URL with --backend postgres"),
		backend: fs.String("backend", graph.BackendBolt, "store backend: bolt, postgres or memory"),
	}
}

// openStore opens the store the flags name. Unless create is set, a bolt
// directory that does not exist is an error rather than a new empty store,
// which would hide a mistyped --db.
//
// A command that only reads opens the store read-only: it creates and
// changes no file, so it works on a read-only filesystem and cannot turn
// another program's bolt file into a store.
func openStore(ctx context.Context, o storeOpts, create bool) (*graph.Store, error) {
	return openStoreMode(ctx, o, create, false)
}

// openReadOnly opens the store the flags name for reading only.
func openReadOnly(ctx context.Context, o storeOpts) (*graph.Store, error) {
	return openStoreMode(ctx, o, false, true)
}

func openStoreMode(ctx context.Context, o storeOpts, create, readOnly bool) (*graph.Store, error) {
	backend, db := *o.backend, *o.db
	if db == "" && backend != graph.BackendMemory {
		return nil, fmt.Errorf("%w: --db is empty: give a store directory (default %s) or a postgres:// URL", errUsage, graph.DefaultAddress)
	}
	if backend == graph.BackendPostgres && db == graph.DefaultAddress {
		return nil, fmt.Errorf("%w: --backend postgres needs --db postgres://USER@HOST:PORT/DB?sslmode=disable", errUsage)
	}
	if !create && (backend == "" || backend == graph.BackendBolt) {
		if _, err := os.Stat(db); errors.Is(err, os.ErrNotExist) {
			return nil, fmt.Errorf("no store at %s (build one with: newsgraph build --db %s ARTICLES...)", db, db)
		}
	}
	s, err := graph.Open(ctx, graph.Config{Backend: backend, Address: db, ReadOnly: readOnly})
	if err != nil {
		return nil, err
	}
	return s, nil
}

// progress reports a long step on stderr: done/total, rate and ETA, at most
// once a second, on one rewritten line on a terminal and as plain lines
// otherwise. Short runs print nothing.
type progress struct {
	w       io.Writer
	what    string
	total   int
	start   time.Time
	last    time.Time
	tty     bool
	printed bool
}

func newProgress(w io.Writer, what string, total int) *progress {
	p := &progress{w: w, what: what, total: total, start: time.Now()}
	if f, ok := w.(*os.File); ok {
		if fi, err := f.Stat(); err == nil && fi.Mode()&os.ModeCharDevice != 0 {
			p.tty = true
		}
	}
	p.last = p.start
	return p
}

func (p *progress) update(done, total int) {
	if total < progressMin {
		return
	}
	now := time.Now()
	if now.Sub(p.last) < time.Second && done < total {
		return
	}
	p.last = now
	elapsed := now.Sub(p.start).Seconds()
	rate := float64(done) / max(elapsed, 1e-9)
	eta := "?"
	if rate > 0 {
		eta = time.Duration(float64(total-done) / rate * float64(time.Second)).Round(time.Second).String()
	}
	line := fmt.Sprintf("%s %d/%d articles  %.1f articles/s  ETA %s", p.what, done, total, rate, eta)
	if p.tty {
		fmt.Fprintf(p.w, "\r%-70s", line)
	} else {
		fmt.Fprintln(p.w, line)
	}
	p.printed = true
}

func (p *progress) finish() {
	if p.printed && p.tty {
		fmt.Fprintln(p.w)
	}
}
