package syntax

import (
	"context"
	"fmt"
	"io"
	"math/rand/v2"
	"sort"
	"strings"
)

// TrainOptions controls Train.
type TrainOptions struct {
	Train []Sentence // gold sentences to learn from
	// ParseExtra are gold trees only the parser learns from. The tagger
	// never sees them; their training tags are the final tagger's
	// predictions, which are out of sample as the jackknifed ones are. This
	// lets another treebank widen the parser without changing the tags the
	// extractor's rules read.
	ParseExtra []Sentence
	// TagExtra are gold-tagged sentences only the tagger learns from (in
	// every jackknife fold and in the final tagger); the parser never trains
	// on their trees. This widens the tagger without changing the parser's
	// conventions. Their tag pairs must occur in Train.
	TagExtra []Sentence
	// Repeat, when not nil, gives how many times per epoch the parser
	// learns from each sentence of Train followed by ParseExtra (0 counts
	// as 1). Repeating the sentences themselves instead would put copies of
	// a sentence in different jackknife folds and so give the parser
	// training tags the tagger had seen.
	Repeat []int
	// QuoteParity gives the tagger features saying whether a double
	// quotation mark has an odd or even number of them before it in the
	// sentence (whether it opens or closes a quotation).
	QuoteParity bool
	// Classes, when not nil, fixes the tagger classes ("XPOS\tUPOS") and
	// their order, which features hash: a model trained with the classes of
	// another (ModelClasses) can be summed with it by Merge. Every tag pair
	// of Train must be among them. nil: the pairs of Train by frequency.
	Classes  []string
	Dev      []Sentence // gold sentences to report accuracy on (may be empty)
	TagIters int        // tagger epochs (default 6)
	// TagFolds, when above 1, adds a second tagger pass that reads the first
	// pass's tags of the words to the right; it learns from first-pass tags
	// jackknifed over TagFolds folds. 0 or 1: one left-to-right pass.
	TagFolds   int
	ParseIters int       // parser epochs (default 15)
	Folds      int       // jackknife folds for the parser's training tags (default 5; 1 = gold tags)
	Beam       int       // beam width (default 1: greedy, trained with a dynamic oracle)
	Seed       uint64    // shuffling and exploration seed
	Log        io.Writer // progress; nil for none
}

// goldSent is a training sentence in the parser's indexing: words 0..n-1,
// the root is n, heads projectivised.
type goldSent struct {
	toks  []Token
	tags  []int32 // tagger classes (gold)
	ptags []int32 // tags the parser trains on (jackknifed predictions)
	first []int32 // first-pass tags the second tagger pass trains on (jackknifed)
	head  []int32
	lab   []int32
}

// Train learns a tagger and a parser from opt.Train and returns the encoded
// model. The same options give the same bytes.
func Train(ctx context.Context, opt TrainOptions) ([]byte, error) {
	if opt.TagIters == 0 {
		opt.TagIters = 6
	}
	if opt.ParseIters == 0 {
		opt.ParseIters = 15
	}
	if opt.Folds == 0 {
		opt.Folds = 5
	}
	if opt.Beam == 0 {
		opt.Beam = 1
	}
	logf := func(format string, a ...any) {
		if opt.Log != nil {
			fmt.Fprintf(opt.Log, format, a...)
		}
	}
	m := &model{beam: opt.Beam, quotes: opt.QuoteParity}
	classCount := map[string]int{}
	labelSet := map[string]bool{}
	for _, s := range opt.Train {
		for _, t := range s.Tokens {
			classCount[t.XPOS+"\t"+t.UPOS]++
			labelSet[t.DepRel] = true
		}
	}
	for _, s := range opt.ParseExtra {
		for _, t := range s.Tokens {
			if classCount[t.XPOS+"\t"+t.UPOS] == 0 {
				return nil, fmt.Errorf("syntax: ParseExtra has tag pair %s/%s that Train lacks", t.XPOS, t.UPOS)
			}
			labelSet[t.DepRel] = true
		}
	}
	classes := byCount(classCount)
	if opt.Classes != nil {
		known := map[string]bool{}
		for _, c := range opt.Classes {
			known[c] = true
		}
		for _, c := range classes {
			if !known[c] {
				x, u, _ := strings.Cut(c, "\t")
				return nil, fmt.Errorf("syntax: Train has tag pair %s/%s that Classes lacks", x, u)
			}
		}
		classes = opt.Classes
	}
	labels := make([]string, 0, len(labelSet))
	for l := range labelSet {
		labels = append(labels, l)
	}
	sort.Strings(labels)
	m.setClasses(classes)
	m.setLabels(labels)
	if m.root < 0 {
		return nil, fmt.Errorf("syntax: training data has no root relation")
	}
	labIdx := map[string]int32{}
	for i, l := range labels {
		labIdx[l] = int32(i)
	}
	gold := make([]goldSent, 0, len(opt.Train)+len(opt.ParseExtra))
	nTag := 0      // gold[:nTag] come from Train, the rest from ParseExtra
	var reps []int // times per epoch the parser sees gold[i]
	for si, s := range append(append([]Sentence(nil), opt.Train...), opt.ParseExtra...) {
		if si == len(opt.Train) {
			nTag = len(gold)
		}
		n := len(s.Tokens)
		if n == 0 || n > MaxWords {
			continue
		}
		g := goldSent{toks: s.Tokens, tags: make([]int32, n), head: make([]int32, n), lab: make([]int32, n)}
		for i, t := range s.Tokens {
			g.tags[i] = m.pair[t.XPOS+"\t"+t.UPOS]
			h := int32(t.Head - 1)
			if t.Head == 0 {
				h = int32(n)
			}
			g.head[i], g.lab[i] = h, labIdx[t.DepRel]
		}
		projectivise(g.head)
		g.ptags = g.tags
		gold = append(gold, g)
		rep := 1
		if si < len(opt.Repeat) && opt.Repeat[si] > 1 {
			rep = opt.Repeat[si]
		}
		reps = append(reps, rep)
	}
	if len(opt.ParseExtra) == 0 {
		nTag = len(gold)
	}
	tagExtra, err := m.tagGold(opt.TagExtra)
	if err != nil {
		return nil, err
	}
	rng := rand.New(rand.NewPCG(opt.Seed, 0x5eed))

	// Jackknife: the parser learns on tags predicted by taggers that did not
	// see the sentence, so it meets the same kind of errors as at run time.
	if opt.Folds > 1 {
		for k := 0; k < opt.Folds; k++ {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
			var in []*goldSent
			for i := range gold[:nTag] {
				if i%opt.Folds != k {
					in = append(in, &gold[i])
				}
			}
			in = append(in, tagExtra...)
			m.tagger, m.tagger2, _ = trainTaggers(m, in, opt.TagIters, opt.TagFolds, rng)
			st := &state{quotes: m.quotes}
			right, all := 0, 0
			for i := k; i < nTag; i += opt.Folds {
				g := &gold[i]
				s := Sentence{Tokens: append([]Token(nil), g.toks...)}
				m.tag(st, &s, false)
				g.ptags = append([]int32(nil), st.tag[:len(g.toks)]...)
				for j := range g.ptags {
					if m.upos[g.ptags[j]] == g.toks[j].UPOS {
						right++
					}
					all++
				}
			}
			logf("jackknife fold %d: UPOS %.2f%%\n", k, 100*float64(right)/float64(all))
		}
	}
	all := make([]*goldSent, nTag, nTag+len(tagExtra))
	for i := range gold[:nTag] {
		all[i] = &gold[i]
	}
	all = append(all, tagExtra...)
	var stats string
	m.tagger, m.tagger2, stats = trainTaggers(m, all, opt.TagIters, opt.TagFolds, rng)
	logf("tagger: %d rows, %d classes; %s\n", m.tagger.rowsN(), len(classes), stats)
	if nTag < len(gold) && opt.Folds > 1 {
		st := &state{quotes: m.quotes}
		right, n := 0, 0
		for i := nTag; i < len(gold); i++ {
			g := &gold[i]
			s := Sentence{Tokens: append([]Token(nil), g.toks...)}
			m.tag(st, &s, false)
			g.ptags = append([]int32(nil), st.tag[:len(g.toks)]...)
			for j := range g.ptags {
				if m.upos[g.ptags[j]] == g.toks[j].UPOS {
					right++
				}
				n++
			}
		}
		logf("parse-only sentences: %d, tagged by the final tagger: UPOS %.2f%%\n", len(gold)-nTag, 100*float64(right)/float64(n))
	}

	pt := &parserTrainer{m: m, trans: newTrainTable(nActs), lab: newTrainTable(len(labels)), c: 1, rng: rng}
	order := make([]int, 0, len(gold))
	for i, r := range reps {
		for range r {
			order = append(order, i)
		}
	}
	for it := 0; it < opt.ParseIters; it++ {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		pt.explore = it > 0
		pt.errs, pt.steps = 0, 0
		for _, i := range order {
			if opt.Beam > 1 {
				pt.beamSentence(&gold[i], opt.Beam)
			} else {
				pt.sentence(&gold[i])
			}
		}
		logf("parser epoch %d: %.2f%% transitions wrong, %d+%d rows\n", it+1, 100*float64(pt.errs)/float64(pt.steps), pt.trans.n, pt.lab.n)
	}
	m.trans, stats = pt.trans.quantize(pt.c)
	logf("transitions: %s\n", stats)
	m.labeler, stats = pt.lab.quantize(pt.c)
	logf("labels: %s\n", stats)
	return m.encode()
}

// tagGold turns sentences into tagger training sentences; every tag pair
// must be one of the model's classes.
func (m *model) tagGold(sents []Sentence) ([]*goldSent, error) {
	var out []*goldSent
	for _, s := range sents {
		if len(s.Tokens) == 0 || len(s.Tokens) > MaxWords {
			continue
		}
		g := &goldSent{toks: s.Tokens, tags: make([]int32, len(s.Tokens))}
		for i, t := range s.Tokens {
			c, ok := m.pair[t.XPOS+"\t"+t.UPOS]
			if !ok {
				return nil, fmt.Errorf("syntax: TagExtra has tag pair %s/%s that Train lacks", t.XPOS, t.UPOS)
			}
			g.tags[i] = c
		}
		out = append(out, g)
	}
	return out, nil
}

// ReplaceTagger returns the encoded model b with its tagger retrained on
// opt.Train and opt.TagExtra (opt.TagIters, opt.TagFolds, opt.Seed); the
// parser is kept. The parser then meets tags it was not trained on, so this
// is for quickly seeing how a tagger change moves what reads the tags, not
// for a final model.
func ReplaceTagger(ctx context.Context, b []byte, opt TrainOptions) ([]byte, error) {
	if opt.TagIters == 0 {
		opt.TagIters = 6
	}
	m, err := decodeModel(b)
	if err != nil {
		return nil, err
	}
	m.quotes = opt.QuoteParity
	gold, err := m.tagGold(opt.Train)
	if err != nil {
		return nil, err
	}
	extra, err := m.tagGold(opt.TagExtra)
	if err != nil {
		return nil, err
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	m.tagger, m.tagger2, _ = trainTaggers(m, append(gold, extra...), opt.TagIters, opt.TagFolds, rand.New(rand.NewPCG(opt.Seed, 0x5eed)))
	return m.encode()
}

type tagTrainer struct {
	*trainTable
	c int64
}

// trainTaggers trains the tagger on sents and, when folds > 1, the second
// pass too: its training sentences carry first-pass tags from taggers that
// did not see them (folds-fold jackknife), as at run time.
func trainTaggers(m *model, sents []*goldSent, iters, folds int, rng *rand.Rand) (first, second *table, stats string) {
	if folds > 1 {
		st := &state{quotes: m.quotes}
		for k := 0; k < folds; k++ {
			var in []*goldSent
			for i, g := range sents {
				if i%folds != k {
					in = append(in, g)
				}
			}
			tt := trainTagger(m, in, iters, rng, false)
			t, _ := tt.quantize(tt.c)
			for i := k; i < len(sents); i += folds {
				g := sents[i]
				st.prepare(g.toks)
				st.scores = grow(st.scores, len(m.classes))
				g.first = grow(g.first, len(g.toks))
				m.tagPass(st, &Sentence{Tokens: g.toks}, false, t, g.first, (*state).tagFeats)
			}
		}
		tt := trainTagger(m, sents, iters, rng, true)
		second, _ = tt.quantize(tt.c)
	}
	tt := trainTagger(m, sents, iters, rng, false)
	first, stats = tt.quantize(tt.c)
	return first, second, stats
}

func trainTagger(m *model, sents []*goldSent, iters int, rng *rand.Rand, second bool) tagTrainer {
	nc := len(m.classes)
	t := tagTrainer{newTrainTable(nc), 1}
	st := &state{quotes: m.quotes}
	sc := make([]int32, nc)
	order := make([]int, len(sents))
	for i := range order {
		order[i] = i
	}
	for it := 0; it < iters; it++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, oi := range order {
			g := sents[oi]
			st.prepare(g.toks)
			feats := (*state).tagFeats
			if second {
				st.first = g.first
				feats = (*state).tagFeats2
			}
			p1, p2 := int32(tagStart), int32(tagStart)
			for i := range g.toks {
				f := feats(st, i, p1, p2)
				clear(sc)
				t.score(f, sc)
				pred := argmax(sc, -1)
				if pred != g.tags[i] {
					t.update(f, int(g.tags[i]), 1, t.c)
					t.update(f, int(pred), -1, t.c)
				}
				t.c++
				p2, p1 = p1, pred
			}
		}
	}
	return t
}

type parserTrainer struct {
	m           *model
	trans, lab  *trainTable
	c           int64
	rng         *rand.Rand
	explore     bool
	st          state
	errs, steps int
	sc, lsc     []int32
	// beam training scratch
	gst, rst  state
	bb        beamBufs
	goldActs  []int8
	goldLabs  []int32
	goldFeats []uint64
	goldOff   []int
	goldCum   []int64
	hist      []histNode
}

// beamSentence trains on g with beam search and the max-violation update
// (Huang et al. 2012), cut short once the gold path leaves the beam.
func (pt *parserTrainer) beamSentence(g *goldSent, width int) {
	st := &pt.st
	st.prepare(g.toks)
	n := len(g.toks)
	copy(st.tag, g.ptags)
	st.initParse()
	if len(pt.sc) == 0 {
		pt.sc = make([]int32, nActs)
		pt.lsc = make([]int32, len(pt.m.labels))
	}
	// The gold path: arc-eager's static oracle (reduce as soon as it is
	// safe), training the label classifier on its arcs.
	gs := &pt.gst
	gs.copyParse(st)
	pt.goldActs, pt.goldLabs, pt.goldFeats, pt.goldOff, pt.goldCum = pt.goldActs[:0], pt.goldLabs[:0], pt.goldFeats[:0], pt.goldOff[:0], pt.goldCum[:0]
	b := 0
	var cum int64
	for t := 0; t < 2*n; t++ {
		f := gs.parseFeats(b)
		pt.goldOff = append(pt.goldOff, len(pt.goldFeats))
		pt.goldFeats = append(pt.goldFeats, f...)
		sc := pt.sc
		clear(sc)
		pt.trans.score(f, sc)
		ok := gs.valid(b)
		cost := gs.costs(b, g.head, ok)
		act := -1
		var s0 int32 = -1
		if len(gs.stack) > 0 {
			s0 = gs.stack[len(gs.stack)-1]
		}
		switch {
		case ok[actLeft] && g.head[s0] == int32(b):
			act = actLeft
		case ok[actRight] && g.head[b] == s0:
			act = actRight
		case ok[actReduce] && cost[actReduce] == 0:
			act = actReduce
		case ok[actShift]:
			act = actShift
		default:
			for a := 0; a < nActs; a++ {
				if ok[a] && (act < 0 || cost[a] < cost[act]) {
					act = a
				}
			}
		}
		cum += int64(sc[act])
		pt.goldCum = append(pt.goldCum, cum)
		lab := int32(-1)
		if act == actLeft || act == actRight {
			h, d := int32(b), s0
			if act == actRight {
				h, d = s0, int32(b)
			}
			lab = pt.label(gs, g, h, d)
			gs.arc(h, d, lab)
		}
		pt.goldActs = append(pt.goldActs, int8(act))
		pt.goldLabs = append(pt.goldLabs, lab)
		b = gs.apply(act, b)
	}
	pt.goldOff = append(pt.goldOff, len(pt.goldFeats))

	label := func(hs *state, h, d int32, gold bool) int32 {
		if int(h) == n {
			return pt.m.root
		}
		if gold {
			return g.lab[d]
		}
		sc := pt.lsc
		clear(sc)
		pt.lab.score(hs.labelFeats(h, d), sc)
		return argmax(sc, pt.m.root)
	}
	worst, worstT, worstNode := int64(-1), -1, int32(-1)
	out := false
	beamSearchUntil(&pt.bb, st, width, pt.trans, label, pt.goldActs, func(t int, beam []hyp) bool {
		in := false
		for i := range beam {
			if beam[i].gold {
				in = true
				break
			}
		}
		if !beam[0].gold {
			if v := beam[0].score - pt.goldCum[t]; v > worst {
				worst, worstT, worstNode = v, t, beam[0].node
			}
		}
		out = !in
		return !out
	})
	pt.steps++
	if worstT < 0 {
		pt.c++
		return
	}
	pt.errs++
	hist := pt.bb.history(worstNode, pt.hist)
	pt.hist = hist
	div := 0
	for div < len(hist) && hist[div].act == pt.goldActs[div] && hist[div].lab == pt.goldLabs[div] {
		div++
	}
	r := &pt.rst
	r.copyParse(st)
	b = r.replay(hist[:div])
	for j := div; j < len(hist); j++ {
		pt.trans.update(pt.goldFeats[pt.goldOff[j]:pt.goldOff[j+1]], int(pt.goldActs[j]), 1, pt.c)
		f := r.parseFeats(b)
		pt.trans.update(f, int(hist[j].act), -1, pt.c)
		h := hist[j]
		if h.act == actLeft || h.act == actRight {
			s0 := r.stack[len(r.stack)-1]
			hd, d := int32(b), s0
			if h.act == actRight {
				hd, d = s0, int32(b)
			}
			r.arc(hd, d, h.lab)
		}
		b = r.apply(int(h.act), b)
	}
	pt.c++
}

// sentence runs one training pass over g with the dynamic oracle of
// Goldberg & Nivre (2012): the parser follows its own (possibly wrong)
// choices and learns the best move from wherever it is.
func (pt *parserTrainer) sentence(g *goldSent) {
	st := &pt.st
	st.prepare(g.toks)
	n := len(g.toks)
	copy(st.tag, g.ptags)
	st.initParse()
	if len(pt.sc) == 0 {
		pt.sc = make([]int32, nActs)
		pt.lsc = make([]int32, len(pt.m.labels))
	}
	b := 0
	for b < n || len(st.stack) > 0 {
		f := st.parseFeats(b)
		sc := pt.sc
		clear(sc)
		pt.trans.score(f, sc)
		ok := st.valid(b)
		cost := st.costs(b, g.head, ok)
		pred, best := -1, -1
		minCost := int32(1 << 30)
		for a := 0; a < nActs; a++ {
			if !ok[a] {
				continue
			}
			if pred < 0 || sc[a] > sc[pred] {
				pred = a
			}
			if cost[a] < minCost {
				minCost = cost[a]
			}
		}
		for a := 0; a < nActs; a++ {
			if ok[a] && cost[a] == minCost && (best < 0 || sc[a] > sc[best]) {
				best = a
			}
		}
		pt.steps++
		if cost[pred] > minCost {
			pt.errs++
			pt.trans.update(f, best, 1, pt.c)
			pt.trans.update(f, pred, -1, pt.c)
		}
		pt.c++
		next := best
		if pt.explore && pt.rng.Float64() < 0.9 {
			next = pred
		}
		if next == actLeft || next == actRight {
			s0 := st.stack[len(st.stack)-1]
			h, d := int32(b), s0
			if next == actRight {
				h, d = s0, int32(b)
			}
			st.arc(h, d, pt.label(st, g, h, d))
		}
		b = st.apply(next, b)
	}
}

// label trains the relation classifier on a correct arc and returns the
// relation the configuration gets.
func (pt *parserTrainer) label(st *state, g *goldSent, h, d int32) int32 {
	if int(h) == st.n {
		return pt.m.root
	}
	f := st.labelFeats(h, d)
	sc := pt.lsc
	clear(sc)
	pt.lab.score(f, sc)
	pred := argmax(sc, pt.m.root)
	if g.head[d] != h {
		return pred
	}
	if pred != g.lab[d] {
		pt.lab.update(f, int(g.lab[d]), 1, pt.c)
		pt.lab.update(f, int(pred), -1, pt.c)
	}
	return g.lab[d]
}

// costs counts the gold arcs each transition makes unreachable (arc-eager,
// Goldberg & Nivre 2012). gold uses n for the root.
func (st *state) costs(b int, gold []int32, ok [nActs]bool) [nActs]int32 {
	var c [nActs]int32
	n := st.n
	stack := st.stack
	inStack := func(x int32) bool {
		for _, k := range stack {
			if k == x {
				return true
			}
		}
		return false
	}
	if ok[actShift] {
		// b's head or headless dependents in the stack are lost.
		if inStack(gold[b]) {
			c[actShift]++
		}
		for _, k := range stack {
			if st.head[k] < 0 && gold[k] == int32(b) {
				c[actShift]++
			}
		}
	}
	if len(stack) == 0 {
		return c
	}
	s := stack[len(stack)-1]
	if ok[actRight] {
		if gb := gold[b]; gb != s && (gb > int32(b) || inStack(gb)) {
			c[actRight]++
		}
		for _, k := range stack {
			if st.head[k] < 0 && gold[k] == int32(b) {
				c[actRight]++
			}
		}
	}
	if ok[actLeft] {
		if gs := gold[s]; gs > int32(b) {
			c[actLeft]++
		}
		for k := b; k < n; k++ {
			if gold[k] == s {
				c[actLeft]++
			}
		}
	}
	if ok[actReduce] {
		for k := b; k < n; k++ {
			if gold[k] == s {
				c[actReduce]++
			}
		}
	}
	return c
}

// byCount lists the tagger classes most frequent first, ties by name, so the
// same data always numbers them the same.
func byCount(classCount map[string]int) []string {
	classes := make([]string, 0, len(classCount))
	for c := range classCount {
		classes = append(classes, c)
	}
	sort.Slice(classes, func(i, j int) bool {
		a, b := classes[i], classes[j]
		if classCount[a] != classCount[b] {
			return classCount[a] > classCount[b]
		}
		return a < b
	})
	return classes
}

// projectivise lifts non-projective arcs to the head's head until every arc
// is projective, so the arc-eager oracle can reach the tree. head uses
// len(head) for the root.
func projectivise(head []int32) {
	n := int32(len(head))
	dominates := func(h, k int32) bool {
		for steps := int32(0); k != n && steps <= n; steps++ {
			if k == h {
				return true
			}
			k = head[k]
		}
		return h == n
	}
	for changed := true; changed; {
		changed = false
		for d := int32(0); d < n; d++ {
			h := head[d]
			if h == n {
				continue
			}
			lo, hi := min(h, d), max(h, d)
			for k := lo + 1; k < hi; k++ {
				if !dominates(h, k) {
					head[d] = head[h]
					changed = true
					break
				}
			}
		}
	}
}

// TagAccuracy trains only the tagger on opt.Train (opt.TagIters epochs,
// opt.Seed) and returns its UPOS and XPOS accuracy, in percent, on each of
// evals, tagging with the quantised weights as the model does at run time.
// It is the quick loop for tagger work: no jackknife, no parser.
func TagAccuracy(ctx context.Context, opt TrainOptions, evals [][]Sentence) (upos, xpos []float64, err error) {
	if opt.TagIters == 0 {
		opt.TagIters = 6
	}
	m := &model{quotes: opt.QuoteParity}
	classCount := map[string]int{}
	for _, s := range opt.Train {
		for _, t := range s.Tokens {
			classCount[t.XPOS+"\t"+t.UPOS]++
		}
	}
	classes := byCount(classCount)
	m.setClasses(classes)
	gold, err := m.tagGold(append(append([]Sentence(nil), opt.Train...), opt.TagExtra...))
	if err != nil {
		return nil, nil, err
	}
	if err := ctx.Err(); err != nil {
		return nil, nil, err
	}
	m.tagger, m.tagger2, _ = trainTaggers(m, gold, opt.TagIters, opt.TagFolds, rand.New(rand.NewPCG(opt.Seed, 0x5eed)))
	st := &state{quotes: m.quotes}
	for _, ev := range evals {
		ru, rx, n := 0, 0, 0
		for _, g := range ev {
			if len(g.Tokens) == 0 || len(g.Tokens) > MaxWords {
				continue
			}
			s := Sentence{Tokens: make([]Token, len(g.Tokens))}
			for i, t := range g.Tokens {
				s.Tokens[i] = Token{Form: t.Form}
			}
			m.tag(st, &s, false)
			for i, t := range s.Tokens {
				if t.UPOS == g.Tokens[i].UPOS {
					ru++
				}
				if t.XPOS == g.Tokens[i].XPOS {
					rx++
				}
				n++
			}
		}
		upos = append(upos, 100*float64(ru)/float64(max(n, 1)))
		xpos = append(xpos, 100*float64(rx)/float64(max(n, 1)))
	}
	return upos, xpos, nil
}
