package facts

import (
	"context"
	"math"
	"testing"
)

// confidenceText is a short article of our own: plain facts, a quotation and
// a long sentence of asides, so that confidences spread.
const confidenceText = `Anna Berg, the mayor of Lowport, opened a new bridge over the river on Monday.
"The bridge will cut journeys by half," she said.
The council, which had argued for years about the cost, approved the plan in May, and the builders, who came from three countries, finished it early.
Tom Reed runs the ferry company.`

func TestSignal(t *testing.T) {
	cases := []struct {
		in   string
		name string
		v    float64
	}{
		{"sn#0.533", "sn", 0.533},
		{"neg", "neg", 1},
		{"p=open", "p=open", 1},
		{"x#notanumber", "x#notanumber", 1}, // a malformed value is a plain name, never a panic
	}
	for _, c := range cases {
		name, v := Signal(c.in)
		if name != c.name || v != c.v {
			t.Errorf("Signal(%q) = %q, %g; want %q, %g", c.in, name, v, c.name, c.v)
		}
	}
}

// TestConfidenceModelLoads checks the committed model decodes and weighs the
// signals relationSignals and statementSignals write.
func TestConfidenceModelLoads(t *testing.T) {
	m, err := decodeModel("confidence model", confModelGz)
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range []string{"b", "rel", "st", "sn", "sc", "on", "gap"} {
		if _, ok := m.Weights[w]; !ok {
			t.Errorf("confidence model has no weight for %q; retrain it (internal/train/confidence)", w)
		}
	}
}

// TestConfidenceIsTheModelsChance checks that a record's confidence is the
// model's chance for the signals it carries (with Options.Signals), that
// records carry no signals unless asked, and that the same article scores the
// same every run.
func TestConfidenceIsTheModelsChance(t *testing.T) {
	x, err := New(Options{Signals: true})
	if err != nil {
		t.Fatal(err)
	}
	m, err := x.confModel.get()
	if err != nil {
		t.Fatal(err)
	}
	doc := Document{ID: "bridge", Text: confidenceText}
	res, err := x.Extract(context.Background(), doc)
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Relations) < 3 || len(res.Statements) < 1 {
		t.Fatalf("want at least 3 relations and a statement, got %d and %d", len(res.Relations), len(res.Statements))
	}
	var provs []Provenance
	for _, r := range res.Relations {
		provs = append(provs, r.Provenance)
	}
	for _, s := range res.Statements {
		provs = append(provs, s.Provenance)
	}
	distinct := map[float64]bool{}
	for _, p := range provs {
		if len(p.Signals) == 0 {
			t.Fatalf("sentence %d: no signals with Options.Signals", p.Sentence)
		}
		if want := math.Round(m.prob(p.Signals)*100) / 100; p.Confidence != want {
			t.Errorf("sentence %d: confidence %g, but the model gives its signals %g", p.Sentence, p.Confidence, want)
		}
		if p.Confidence <= 0 || p.Confidence >= 1 {
			t.Errorf("sentence %d: confidence %g is no chance", p.Sentence, p.Confidence)
		}
		distinct[p.Confidence] = true
	}
	if len(distinct) < 2 {
		t.Errorf("every fact scored %v: the model told nothing apart", distinct)
	}

	plain := mustExtractor(t)
	again, err := plain.Extract(context.Background(), doc)
	if err != nil {
		t.Fatal(err)
	}
	if len(again.Relations) != len(res.Relations) {
		t.Fatalf("signals changed the facts: %d relations, then %d", len(res.Relations), len(again.Relations))
	}
	for i, r := range again.Relations {
		if r.Signals != nil {
			t.Errorf("relation %d carries signals nobody asked for", i)
		}
		if r.Confidence != res.Relations[i].Confidence {
			t.Errorf("relation %d: confidence %g, then %g", i, res.Relations[i].Confidence, r.Confidence)
		}
	}
}

// TestMinConfidenceHoldsBack checks the gate: facts under the threshold are
// held back and counted by reason, those at or above it kept unchanged.
func TestMinConfidenceHoldsBack(t *testing.T) {
	doc := Document{ID: "bridge", Text: confidenceText}
	all, err := mustExtractor(t).Extract(context.Background(), doc)
	if err != nil {
		t.Fatal(err)
	}
	// the middle of the confidences: some facts on each side
	var cs []float64
	for _, r := range all.Relations {
		cs = append(cs, r.Confidence)
	}
	lo, hi := cs[0], cs[0]
	for _, c := range cs {
		lo, hi = min(lo, c), max(hi, c)
	}
	if lo == hi {
		t.Fatalf("every relation scored %g; the test needs a spread", lo)
	}
	cut := (lo + hi) / 2
	x, err := New(Options{MinConfidence: cut})
	if err != nil {
		t.Fatal(err)
	}
	res, err := x.Extract(context.Background(), doc)
	if err != nil {
		t.Fatal(err)
	}
	var wantRels, wantSts int
	for _, r := range all.Relations {
		if r.Confidence >= cut {
			wantRels++
		}
	}
	for _, s := range all.Statements {
		if s.Confidence >= cut {
			wantSts++
		}
	}
	if len(res.Relations) != wantRels || len(res.Statements) != wantSts {
		t.Errorf("at %g: %d relations and %d statements kept, want %d and %d", cut, len(res.Relations), len(res.Statements), wantRels, wantSts)
	}
	for _, r := range res.Relations {
		if r.Confidence < cut {
			t.Errorf("kept %s —%s→ %s at %g, under %g", r.Subject.Name, r.Predicate, r.Object.Name, r.Confidence, cut)
		}
	}
	held := res.HeldBack["relation: low confidence"] + res.HeldBack["statement: low confidence"]
	if want := len(all.Relations) + len(all.Statements) - wantRels - wantSts; held != want {
		t.Errorf("held back %d for low confidence, want %d (%v)", held, want, res.HeldBack)
	}
}
