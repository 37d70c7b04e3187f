package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"maps"
	"slices"
	"strings"

	"newsgraph/extract"
	"newsgraph/extract/record"
)

func runExtract(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet(e, "extract", "PATH...",
		"Read articles (files or folders of .txt, .md, .html) and print the entities, relations and\n"+
			"statements found in them. Skipped inputs are reported on stderr, one line each, and so is\n"+
			"each file whose text another file already has (a copy, extracted once), and one line counts\n"+
			"the candidate facts held back as unreliable, by reason.")
	format := fs.String("format", "jsonl", "output format: jsonl (one JSON record a line) or text")
	workers := fs.Int("workers", 0, workersHelp)
	strict := fs.Bool("strict", false, "treat a skipped input as an error (exit status 1)")
	teasers := fs.Bool("teasers", false, "keep teasers of unrelated stories that follow the main article")
	minConf := fs.Float64("min-confidence", 0, minConfidenceHelp)
	signals := fs.Bool("signals", false, "keep on each relation and statement the features its confidence was weighed from (\"signals\")")
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
	if _, err := capWorkers(*workers, 0); err != nil {
		return err
	}
	in, err := readArticles(ctx, e, paths, *strict, nil)
	if err != nil {
		return err
	}
	for _, c := range in.copies {
		fmt.Fprintf(e.stderr, "%s: copy of %s (same text), extracted once\n", c.Path, c.Of)
	}
	if err := checkConfidence(*minConf); err != nil {
		return err
	}
	x, err := extract.New(extract.Options{IncludeTeasers: *teasers, MinConfidence: *minConf, Signals: *signals})
	if err != nil {
		return err
	}
	n, _ := capWorkers(*workers, len(in.docs))
	results, failed, err := extractDocs(ctx, e, x, in.docs, extract.RunOptions{Workers: n}, *strict)
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
	reportHeldBack(e.stderr, results)
	if skipped := in.skipped + failed; skipped > 0 {
		return fmt.Errorf("%w: %d of %d inputs", errSkipped, skipped, in.files())
	}
	return nil
}

// reportHeldBack says, in one line, how many candidate facts the extractor's
// checks left out as unreliable and for which reasons, the commonest first.
func reportHeldBack(w io.Writer, results []*record.Result) {
	by := map[string]int{}
	total := 0
	for _, r := range results {
		for why, n := range r.HeldBack {
			by[why] += n
			total += n
		}
	}
	if total == 0 {
		return
	}
	reasons := slices.Collect(maps.Keys(by))
	slices.SortFunc(reasons, func(a, b string) int {
		if by[a] != by[b] {
			return by[b] - by[a]
		}
		return strings.Compare(a, b)
	})
	var b strings.Builder
	for i, why := range reasons {
		if i == 4 {
			fmt.Fprintf(&b, "; %d more reasons", len(reasons)-i)
			break
		}
		if i > 0 {
			b.WriteString("; ")
		}
		fmt.Fprintf(&b, "%s %d", why, by[why])
	}
	fmt.Fprintf(w, "held back %d candidate facts as unreliable (%s)\n", total, b.String())
}

// writeText prints a human-readable summary of each document's records.
func writeText(w io.Writer, results []*record.Result) error {
	var b strings.Builder
	for _, r := range results {
		fmt.Fprintf(&b, "== %s (%d sentences, %d entities)\n", r.Doc.ID, r.Sentences, len(r.Entities))
		for _, rel := range r.Relations {
			neg := ""
			if rel.Negated {
				neg = "NOT "
			}
			fmt.Fprintf(&b, "  [%d] %s —%s%s→ %s", rel.Sentence, rel.Subject.Name, neg, rel.Predicate, rel.Object.Name)
			for _, k := range slices.Sorted(maps.Keys(rel.Qualifiers)) {
				fmt.Fprintf(&b, " (%s: %s)", k, rel.Qualifiers[k]) // in one order, run after run
			}
			if rel.AttributedTo != nil {
				fmt.Fprintf(&b, " [according to %s]", rel.AttributedTo.Name)
			} else if rel.Modality == record.ModalityReported {
				b.WriteString(" [reported]") // someone's words or hopes, whose the article leaves unclear
			}
			if rel.Modality == record.ModalityPossible {
				b.WriteString(" [possible]") // without it a hoped-for or conditional deed reads as done
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
