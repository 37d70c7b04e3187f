package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"strings"

	"newsgraph/extract"
)

func runExtract(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet(e, "extract", "PATH...",
		"Read articles (files or folders of .txt, .md, .html) and print the entities, relations and\n"+
			"statements found in them. Skipped inputs are reported on stderr, one line each.")
	format := fs.String("format", "jsonl", "output format: jsonl (one JSON record a line) or text")
	workers := fs.Int("workers", 0, "documents extracted at once (0: one per CPU)")
	strict := fs.Bool("strict", false, "treat a skipped input as an error (exit status 1)")
	teasers := fs.Bool("teasers", false, "keep teasers of unrelated stories that follow the main article")
	paths, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if *format != "jsonl" && *format != "text" {
		return fmt.Errorf("%w: --format must be jsonl or text, not %q", errUsage, *format)
	}
	if len(paths) == 0 {
		fs.Usage()
		return fmt.Errorf("%w: no PATH given", errUsage)
	}
	docs, skipped, err := readArticles(ctx, e, paths, *strict)
	if err != nil {
		return err
	}
	x, err := extract.New(extract.Options{IncludeTeasers: *teasers})
	if err != nil {
		return err
	}
	results, err := x.ExtractAll(ctx, docs, extract.RunOptions{Workers: *workers})
	if err != nil {
		return err
	}
	w := bufio.NewWriter(e.stdout)
	if *format == "jsonl" {
		err = extract.WriteJSONL(w, results)
	} else {
		err = writeText(w, results)
	}
	if ferr := w.Flush(); err == nil {
		err = ferr
	}
	if err != nil {
		return fmt.Errorf("writing output: %w", err)
	}
	if skipped > 0 {
		return fmt.Errorf("%w: %d of %d inputs", errSkipped, skipped, skipped+len(docs))
	}
	return nil
}

// readArticles walks paths and returns the readable documents; each skipped input
// gets one line on stderr. With strict, the first skip is an error.
func readArticles(ctx context.Context, e *env, paths []string, strict bool) ([]extract.Document, int, error) {
	var docs []extract.Document
	skipped := 0
	err := extract.Walk(ctx, paths, extract.ReadOptions{}, func(path string, doc extract.Document, err error) error {
		if err != nil {
			if strict {
				return err
			}
			skipped++
			fmt.Fprintln(e.stderr, err)
			return nil
		}
		docs = append(docs, doc)
		return nil
	})
	if err != nil {
		return nil, skipped, err
	}
	return docs, skipped, nil
}

// writeText prints a human-readable summary of each document's records.
func writeText(w io.Writer, results []*extract.Result) error {
	var b strings.Builder
	for _, r := range results {
		fmt.Fprintf(&b, "== %s (%d sentences, %d entities)\n", r.Doc.ID, r.Sentences, len(r.Entities))
		for _, rel := range r.Relations {
			neg := ""
			if rel.Negated {
				neg = "NOT "
			}
			fmt.Fprintf(&b, "  [%d] %s —%s%s→ %s", rel.Sentence, rel.Subject.Name, neg, rel.Predicate, rel.Object.Name)
			for k, v := range rel.Qualifiers {
				fmt.Fprintf(&b, " (%s: %s)", k, v)
			}
			if rel.AttributedTo != nil {
				fmt.Fprintf(&b, " [according to %s]", rel.AttributedTo.Name)
			}
			fmt.Fprintf(&b, "  %.2f\n", rel.Confidence)
		}
		for _, st := range r.Statements {
			q := "reported"
			if st.Direct {
				q = "quote"
			}
			fmt.Fprintf(&b, "  [%d] %s %s (%s, %s): %q  %.2f\n", st.Sentence, st.Speaker.Name, st.Cue, q, st.Stance, st.Content, st.Confidence)
		}
		if _, err := io.WriteString(w, b.String()); err != nil {
			return err
		}
		b.Reset()
	}
	return nil
}
