// Command confidence learns how likely a fact is right from the facts judged
// by hand and writes the model package facts embeds
// (extract/facts/data/confidence.model.gz).
//
//	newsgraph extract --signals --min-confidence 0 --format jsonl DIR/data/bbc > signals.jsonl
//	go run ./internal/train/confidence signals.jsonl
//
// The records are those of the BBC collection of a snapshot of github
// DokahlSoZoor/DieNeueKrone, with the features each fact's confidence is
// weighed from (--signals); every one whose key internal/precision/judged.tsv
// judged is an example, right or wrong. A logistic regression (L2, stochastic
// gradient descent in an order fixed by the seed) is scored first by
// cross-validation over articles — each fold's articles are predicted by a
// model that never saw them — and then trained on every example. Same
// records and flags, same bytes.
package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"os"
	"slices"
	"sort"

	"newsgraph/extract/facts"
	"newsgraph/extract/record"
	"newsgraph/internal/judged"
)

type example struct {
	doc   string
	kind  string
	feats []string
	right bool
}

func main() {
	if err := run(context.Background(), os.Args[1:], os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "confidence:", err)
		os.Exit(1)
	}
}

type options struct {
	epochs int
	rate   float64
	l2     float64
	seed   uint64
	folds  int
}

func run(ctx context.Context, args []string, stdout io.Writer) error {
	fs := flag.NewFlagSet("confidence", flag.ContinueOnError)
	judgedPath := fs.String("judged", "internal/precision/judged.tsv", "facts judged by hand")
	out := fs.String("out", "extract/facts/data/confidence.model.gz", "model file to write (empty: only report)")
	var o options
	fs.IntVar(&o.epochs, "epochs", 20, "passes over the examples")
	fs.Float64Var(&o.rate, "rate", 0.05, "learning rate of the first pass (it falls as 1/(1+pass/4))")
	// chosen by cross-validation on the 1,867 judged facts (AUC over all
	// facts, 20 passes: l2 0.001 0.702, 0.003 0.701, 0.01 0.697, 0.03 0.689;
	// 10 or 40 passes no better; rate 0.1 lower on 1,314 facts)
	fs.Float64Var(&o.l2, "l2", 0.003, "L2 penalty on every weight but the bias")
	fs.Uint64Var(&o.seed, "seed", 1, "shuffling seed")
	fs.IntVar(&o.folds, "folds", 5, "cross-validation folds over articles")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return errors.New("want one file of records: newsgraph extract --signals --min-confidence 0 --format jsonl DIR/data/bbc > FILE")
	}
	labels, _, err := judged.Read(*judgedPath)
	if err != nil {
		return err
	}
	exs, err := readExamples(fs.Arg(0), labels)
	if err != nil {
		return err
	}
	if len(exs) == 0 {
		return fmt.Errorf("%s: no judged fact carries signals (was it written with --signals?)", fs.Arg(0))
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	report(stdout, exs, crossValidate(exs, o), o)
	if *out == "" {
		return nil
	}
	w := train(exs, o)
	var buf bytes.Buffer
	if err := facts.EncodeConfidenceModel(&buf, w); err != nil {
		return err
	}
	if err := os.WriteFile(*out, buf.Bytes(), 0o644); err != nil {
		return fmt.Errorf("write model: %w", err)
	}
	fmt.Fprintf(stdout, "wrote %s: %d weights, %d bytes\n", *out, len(w), buf.Len())
	return nil
}

// readExamples keeps the judged records of file path, with their signals.
func readExamples(path string, labels map[string]map[string]string) ([]example, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("records: %w", err)
	}
	defer f.Close()
	var exs []example
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 64<<20)
	for n := 1; sc.Scan(); n++ {
		var head struct {
			Kind string `json:"kind"`
			Doc  string `json:"doc"`
		}
		line := sc.Bytes()
		if err := json.Unmarshal(line, &head); err != nil {
			return nil, fmt.Errorf("%s:%d: %w", path, n, err)
		}
		if labels[head.Doc] == nil {
			continue
		}
		var key string
		var sig []string
		switch head.Kind {
		case record.KindRelation:
			var r record.Relation
			if err := json.Unmarshal(line, &r); err != nil {
				return nil, fmt.Errorf("%s:%d: %w", path, n, err)
			}
			key, sig = judged.RelationKey(r), r.Signals
		case record.KindStatement:
			var s record.Statement
			if err := json.Unmarshal(line, &s); err != nil {
				return nil, fmt.Errorf("%s:%d: %w", path, n, err)
			}
			key, sig = judged.StatementKey(s), s.Signals
		default:
			continue
		}
		l, ok := labels[head.Doc][key]
		if !ok || len(sig) == 0 {
			continue
		}
		exs = append(exs, example{doc: head.Doc, kind: head.Kind, feats: sig, right: l == "R"})
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("records %s: %w", path, err)
	}
	return exs, nil
}

// train fits the weights on exs.
func train(exs []example, o options) map[string]float64 {
	w := map[string]float64{}
	order := make([]int, len(exs))
	for i := range order {
		order[i] = i
	}
	rng := rand.New(rand.NewPCG(o.seed, 0))
	for e := 0; e < o.epochs; e++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		rate := o.rate / (1 + float64(e)/4)
		for _, i := range order {
			x := exs[i]
			p := facts.Chance(w, x.feats)
			g := -p
			if x.right {
				g = 1 - p
			}
			for _, f := range x.feats {
				name, v := facts.Signal(f)
				pen := o.l2 * w[name]
				if name == "b" {
					pen = 0
				}
				w[name] += rate * (g*v - pen)
			}
		}
	}
	// four decimals: the model stays small and its bytes do not hang on the
	// last bits of float arithmetic
	out := map[string]float64{}
	for f, v := range w {
		if r := math.Round(v*1e4) / 1e4; r != 0 {
			out[f] = r
		}
	}
	return out
}

// crossValidate predicts each example with a model trained without its article's fold.
func crossValidate(exs []example, o options) []float64 {
	var docs []string
	for _, x := range exs {
		docs = append(docs, x.doc)
	}
	slices.Sort(docs)
	docs = slices.Compact(docs)
	rng := rand.New(rand.NewPCG(o.seed, 1))
	rng.Shuffle(len(docs), func(i, j int) { docs[i], docs[j] = docs[j], docs[i] })
	fold := map[string]int{}
	for i, d := range docs {
		fold[d] = i % o.folds
	}
	pred := make([]float64, len(exs))
	for k := 0; k < o.folds; k++ {
		var tr []example
		for _, x := range exs {
			if fold[x.doc] != k {
				tr = append(tr, x)
			}
		}
		w := train(tr, o)
		for i, x := range exs {
			if fold[x.doc] == k {
				pred[i] = facts.Chance(w, x.feats)
			}
		}
	}
	return pred
}

// report prints the area under the ROC curve of the held-out predictions
// and, per threshold, what a gate there keeps.
func report(w io.Writer, exs []example, pred []float64, o options) {
	var nr, nw int
	for _, x := range exs {
		if x.right {
			nr++
		} else {
			nw++
		}
	}
	fmt.Fprintf(w, "%d judged facts with signals (%d right, %d wrong) from %d-fold cross-validation over articles (epochs %d, rate %g, l2 %g, seed %d)\n",
		len(exs), nr, nw, o.folds, o.epochs, o.rate, o.l2, o.seed)
	for _, kind := range []string{"", record.KindRelation, record.KindStatement} {
		var s []float64
		var y []bool
		for i, x := range exs {
			if kind == "" || x.kind == kind {
				s, y = append(s, pred[i]), append(y, x.right)
			}
		}
		name := kind + "s"
		if kind == "" {
			name = "all facts"
		}
		fmt.Fprintf(w, "AUC, %s: %.3f\n", name, auc(s, y))
	}
	fmt.Fprintln(w, "threshold  kept  wrong among kept  right kept")
	for _, t := range []float64{0, 0.3, 0.4, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9} {
		var kr, kw int
		for i, x := range exs {
			if pred[i] >= t {
				if x.right {
					kr++
				} else {
					kw++
				}
			}
		}
		fmt.Fprintf(w, "%9.2f  %4d  %4d (%4.1f%%)      %4d of %d (%.1f%%)\n", t, kr+kw, kw, 100*float64(kw)/float64(max(kr+kw, 1)), kr, nr, 100*float64(kr)/float64(max(nr, 1)))
	}
}

// auc is the chance that a right fact scores above a wrong one (ties half).
func auc(s []float64, y []bool) float64 {
	idx := make([]int, len(s))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(a, b int) bool { return s[idx[a]] < s[idx[b]] })
	var pos, neg, rankSum float64
	for r := 0; r < len(idx); {
		q := r
		for q < len(idx) && s[idx[q]] == s[idx[r]] {
			q++
		}
		mid := float64(r+q+1) / 2 // mean rank of the tie group, from 1
		for _, i := range idx[r:q] {
			if y[i] {
				rankSum += mid
			}
		}
		r = q
	}
	for _, v := range y {
		if v {
			pos++
		} else {
			neg++
		}
	}
	if pos == 0 || neg == 0 {
		return math.NaN()
	}
	return (rankSum - pos*(pos+1)/2) / (pos * neg)
}
