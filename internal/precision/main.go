// Command precision says how many of the facts the extractor finds in BBC
// articles are right, against facts judged by hand (judged.tsv, beside this
// file), so that a change to the rules can be measured on text no rule came
// from before anyone reads its output again.
//
//	newsgraph extract --format jsonl DIR/data/bbc > records.jsonl
//	go run ./internal/precision [-new] [-labelled] records.jsonl
//
// -new prints the facts no judgement covers with their keys, to judge and
// append; -labelled prints each judged fact's record as JSON with its verdict
// and kind of error, to study which facts go wrong.
//
// The articles are the BBC collection of a snapshot of github
// DokahlSoZoor/DieNeueKrone (data/bbc). judged.tsv holds, per fact, the
// article, a key (the first 16 hex digits of the SHA-256 of the whole fact:
// sentence, argument spans and names, predicate, qualifiers, negation,
// modality and attribution, or speaker, cue, content span and directness — no
// words of the article in the clear), R (right) or W (wrong) and the kind of
// error. A fact the rules change in any part is a new fact.
// 1,459 facts of 50 articles (013, 041, 067, 097, 128, 157, 187, 217, 247,
// 277 of each folder; entertainment 128 stands for 127, a copy) were judged on
// the build of 2d89f09 by the standard of BENCHMARKS.md; 553 facts of 20 more
// (023, 034, 046, 058 of each folder) on the build of 78ac3c9, the thirteenth
// session, to learn the confidence model from (internal/train/confidence).
//
// The records are those of the whole collection, as newsgraph extract writes
// them (names linked across its articles); a fact whose key was judged counts as
// judged, one whose key was not is new (the rules changed it) and, with -new,
// is printed to be read. Judged facts no longer found are counted as dropped,
// right or wrong.
package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"

	"newsgraph/extract/record"
	"newsgraph/internal/judged"
)

func main() {
	if err := run(context.Background(), os.Args[1:], os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "precision:", err)
		os.Exit(1)
	}
}

func run(ctx context.Context, args []string, out io.Writer) error {
	fs := flag.NewFlagSet("precision", flag.ContinueOnError)
	judgedPath := fs.String("judged", "internal/precision/judged.tsv", "facts judged by hand")
	showNew := fs.Bool("new", false, "print the facts no judgement covers")
	labelled := fs.Bool("labelled", false, "print each judged fact's record as JSON with its verdict and kind of error, to study which facts go wrong")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return errors.New("want one file of records: newsgraph extract --format jsonl DIR/data/bbc > FILE")
	}
	labels, kinds, err := judged.Read(*judgedPath)
	if err != nil {
		return err
	}
	f, err := os.Open(fs.Arg(0))
	if err != nil {
		return fmt.Errorf("records: %w", err)
	}
	defer f.Close()
	var right, wrong, fresh int
	seen := map[string]bool{}
	count := func(doc, key, show string, line []byte) {
		l, ok := labels[doc][key]
		if ok && *labelled {
			fmt.Fprintf(out, "{\"verdict\":%q,\"error\":%q,\"record\":%s}\n", l, kinds[doc][key], line)
		}
		seen[doc+"\t"+key] = true
		switch {
		case !ok:
			fresh++
			if *showNew {
				fmt.Fprintf(out, "NEW %s %s %s\n", doc, key, show)
			}
		case l == "R":
			right++
		default:
			wrong++
		}
	}
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 64<<20)
	for sc.Scan() {
		var kind struct {
			Kind string `json:"kind"`
			Doc  string `json:"doc"`
		}
		line := sc.Bytes()
		if err := json.Unmarshal(line, &kind); err != nil {
			return fmt.Errorf("records %s: %w", fs.Arg(0), err)
		}
		if labels[kind.Doc] == nil {
			continue
		}
		switch kind.Kind {
		case record.KindRelation:
			var r record.Relation
			if err := json.Unmarshal(line, &r); err != nil {
				return fmt.Errorf("records %s: %w", fs.Arg(0), err)
			}
			pred := r.Predicate
			if r.Negated {
				pred = "NOT " + pred // judged by what the graph states
			}
			show := fmt.Sprintf("[%d] %s —%s→ %s %v %s", r.Sentence, r.Subject.Name, pred, r.Object.Name, r.Qualifiers, r.Modality)
			if r.AttributedTo != nil {
				show += " by " + r.AttributedTo.Name
			}
			count(r.Doc, judged.RelationKey(r), show, line)
		case record.KindStatement:
			var s record.Statement
			if err := json.Unmarshal(line, &s); err != nil {
				return fmt.Errorf("records %s: %w", fs.Arg(0), err)
			}
			count(s.Doc, judged.StatementKey(s), fmt.Sprintf("[%d] %s %s: %q", s.Sentence, s.Speaker.Name, s.Cue, s.Content), line)
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("records %s: %w", fs.Arg(0), err)
	}
	var goneR, goneW int
	for doc, m := range labels {
		for key, l := range m {
			if !seen[doc+"\t"+key] {
				if l == "R" {
					goneR++
				} else {
					goneW++
				}
			}
		}
	}
	fmt.Fprintf(out, "judged facts found: %d right, %d wrong (%.1f%% wrong)\n", right, wrong, 100*float64(wrong)/float64(max(right+wrong, 1)))
	fmt.Fprintf(out, "judged facts no longer found: %d right, %d wrong\n", goneR, goneW)
	fmt.Fprintf(out, "new facts, not judged: %d (-new prints them)\n", fresh)
	return nil
}
