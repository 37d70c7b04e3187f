package syntax

import (
	"bytes"
	"context"
	"testing"
)

// TestTrainTwoPass trains a small model with the second tagger pass and
// checks that training is deterministic, that the pass survives encoding,
// and that the decoded model tags as TagAccuracy measured (Folds 1: no
// jackknife draws from the random source before the final tagger).
func TestTrainTwoPass(t *testing.T) {
	sents := readDev(t, 300)
	train, dev := sents[:250], sents[250:]
	opt := TrainOptions{Train: train, TagIters: 2, TagFolds: 2, ParseIters: 1, Folds: 1, Beam: 1, Seed: 7}
	a, err := Train(context.Background(), opt)
	if err != nil {
		t.Fatal(err)
	}
	b, err := Train(context.Background(), opt)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a, b) {
		t.Fatal("same options gave different model bytes")
	}
	m, err := decodeModel(a)
	if err != nil {
		t.Fatal(err)
	}
	if m.tagger2 == nil {
		t.Fatal("TagFolds 2: decoded model has no second tagger pass")
	}
	checkRuntimeUPOS(t, "TagFolds 2", a, opt, dev)
}

// TestTagExtraAndTagPrune checks that tagger-only sentences must use the
// training data's tag pairs, and that Compact's MinTagWeight prunes the
// tagger tables (both passes) while MinWeight alone leaves them whole.
func TestTagExtraAndTagPrune(t *testing.T) {
	sents := readDev(t, 120)
	bad := Sentence{Tokens: []Token{{Form: "x", UPOS: "NOUN", XPOS: "NOSUCH", DepRel: "root"}}}
	opt := TrainOptions{Train: sents[:100], TagExtra: []Sentence{bad}, TagIters: 1, ParseIters: 1, Folds: 1, Beam: 1, Seed: 3}
	if _, err := Train(context.Background(), opt); err == nil {
		t.Error("TagExtra with an unknown tag pair: want an error")
	}
	opt.TagExtra, opt.TagFolds = sents[100:], 2
	b, err := Train(context.Background(), opt)
	if err != nil {
		t.Fatal(err)
	}
	m0, err := decodeModel(b)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		opt   CompactOptions
		fewer bool
	}{{CompactOptions{MinWeight: 1000}, false}, {CompactOptions{MinTagWeight: 1000}, true}} {
		c, err := Compact(b, tc.opt)
		if err != nil {
			t.Fatal(err)
		}
		m, err := decodeModel(c)
		if err != nil {
			t.Fatal(err)
		}
		for i, pair := range [][2]*table{{m0.tagger, m.tagger}, {m0.tagger2, m.tagger2}} {
			if got := pair[1].rowsN() < pair[0].rowsN(); got != tc.fewer {
				t.Errorf("%+v: tagger pass %d rows %d → %d, want fewer: %v", tc.opt, i+1, pair[0].rowsN(), pair[1].rowsN(), tc.fewer)
			}
		}
	}
}

// TestQuoteParityAndRepeat checks that a model trained with the quotation
// features tags at run time as TagAccuracy measured in training (the run
// time emits them too), and that Repeat of all ones is no repeat at all
// while a real repeat changes what is learned.
func TestQuoteParityAndRepeat(t *testing.T) {
	sents := readDev(t, 300)
	train, dev := sents[:250], sents[250:]
	opt := TrainOptions{Train: train, TagIters: 2, ParseIters: 1, Folds: 1, Beam: 1, Seed: 5, QuoteParity: true}
	b, err := Train(context.Background(), opt)
	if err != nil {
		t.Fatal(err)
	}
	checkRuntimeUPOS(t, "QuoteParity", b, opt, dev)

	opt.QuoteParity = false
	base, err := Train(context.Background(), opt)
	if err != nil {
		t.Fatal(err)
	}
	opt.Repeat = make([]int, len(train))
	for i := range opt.Repeat {
		opt.Repeat[i] = 1
	}
	ones, err := Train(context.Background(), opt)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(base, ones) {
		t.Error("Repeat of all ones gave other bytes than no Repeat")
	}
	for i := 0; i < len(train); i += 2 {
		opt.Repeat[i] = 2
	}
	twice, err := Train(context.Background(), opt)
	if err != nil {
		t.Fatal(err)
	}
	if bytes.Equal(base, twice) {
		t.Error("Repeat 2 on half the sentences gave the same bytes as no Repeat")
	}
}

// checkRuntimeUPOS checks that the model in b, loaded and run as parsing runs
// it, tags dev exactly as TagAccuracy measured it while training with opt.
func checkRuntimeUPOS(t *testing.T, what string, b []byte, opt TrainOptions, dev []Sentence) {
	t.Helper()
	p, err := LoadModel(b)
	if err != nil {
		t.Fatal(err)
	}
	right, n := 0, 0
	for _, g := range dev {
		s, err := p.Parse(g.Words())
		if err != nil {
			t.Fatal(err)
		}
		for i, tok := range s.Tokens {
			if tok.UPOS == g.Tokens[i].UPOS {
				right++
			}
			n++
		}
	}
	upos, _, err := TagAccuracy(context.Background(), opt, [][]Sentence{dev})
	if err != nil {
		t.Fatal(err)
	}
	if got := 100 * float64(right) / float64(n); got != upos[0] {
		t.Errorf("%s: decoded model UPOS %.2f, TagAccuracy %.2f: want equal", what, got, upos[0])
	}
}

// TestTrainClassesAndMerge checks that TrainOptions.Classes fixes the tag
// classes and their order (so two models can be summed), that classes
// missing a training pair are refused, and that Merge refuses models whose
// classes differ but sums ones trained alike into a model that parses.
func TestTrainClassesAndMerge(t *testing.T) {
	sents := readDev(t, 120)
	train := sents[:100]
	classes := TagClasses(train)
	reversed := make([]string, len(classes))
	for i, c := range classes {
		reversed[len(classes)-1-i] = c
	}
	base := TrainOptions{Train: train, TagIters: 1, ParseIters: 1, Folds: 1, Beam: 1, Seed: 5}
	opt := base
	opt.Classes = reversed
	b, err := Train(context.Background(), opt)
	if err != nil {
		t.Fatal(err)
	}
	got, err := ModelClasses(b)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != len(reversed) || got[0] != reversed[0] || got[len(got)-1] != reversed[len(reversed)-1] {
		t.Errorf("Classes not kept: first %q last %q, want %q %q", got[0], got[len(got)-1], reversed[0], reversed[len(reversed)-1])
	}
	opt.Classes = reversed[1:]
	if _, err := Train(context.Background(), opt); err == nil {
		t.Error("Classes lacking a training pair: want an error")
	}
	a, err := Train(context.Background(), base)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Merge([][]byte{a, b}, CompactOptions{}); err == nil {
		t.Error("models with classes in other orders were summed")
	}
	other := base
	other.Seed = 6
	c, err := Train(context.Background(), other)
	if err != nil {
		t.Fatal(err)
	}
	m, err := Merge([][]byte{a, c}, CompactOptions{})
	if err != nil {
		t.Fatal(err)
	}
	p, err := LoadModel(m)
	if err != nil {
		t.Fatal(err)
	}
	s, err := p.Parse(sents[110].Words())
	if err != nil || s.Root() == 0 {
		t.Errorf("the summed model does not parse: root %d, %v", s.Root(), err)
	}
}
