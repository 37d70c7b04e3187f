package syntax

// Beam search over arc-eager transitions. Every path takes exactly 2n
// transitions (each word is pushed once and popped once; the root waits at
// the end of the buffer), so hypotheses stay aligned and are compared
// step by step.

// scorer is a weight table that adds feature weights to class scores.
type scorer interface {
	score(feats []uint64, out []int32)
}

// histNode is one transition of a hypothesis' history; parent indexes
// the arena (-1 for the start).
type histNode struct {
	parent int32
	act    int8
	lab    int32
}

type hyp struct {
	st    *state
	b     int
	score int64
	node  int32
	gold  bool
}

type cand struct {
	parent int
	act    int
	score  int64
}

// beamBufs is the scratch space of one beam search.
type beamBufs struct {
	pool      []*state
	cur, next []hyp
	cands     []cand
	hist      []histNode
	sc        []int32
	hist2     []histNode
	// Scores of the static transition features per (stack top, buffer
	// front): beam items that reach the same pair share them.
	static   [][nActs]int32
	staticOK []bool
	feats    []uint64
	labels   labelCache
	// Full transition scores by everything the features read: beam items
	// that differ only deeper in the stack or in arcs the features don't
	// see score alike.
	memo map[transKey][nActs]int32
}

// transKey is everything staticParseFeats and dynParseFeats read beyond the
// sentence's words and tags.
type transKey struct {
	s0, b, s1, s2, s0h, s0h2, s0l, s0l2, s0r, s0r2, n0l, n0l2 int32
	labS0, labS0h, labS0l, labS0l2, labS0r, labS0r2           int32
	labN0l, labN0l2, labS1                                    int32
	s0vl, s0vr, n0vl                                          int32
	s0sl, s0sr, n0sl                                          uint64
}

func labOf(st *state, i int32) int32 {
	if i < 0 {
		return -1
	}
	return st.lab[i]
}

// key returns the transition context of st with buffer front b.
func (st *state) key(b int) transKey {
	k := transKey{s0: -1, b: int32(b), s1: -1, s2: -1, s0h: -1, s0h2: -1, s0l: -1, s0l2: -1, s0r: -1, s0r2: -1}
	if d := len(st.stack); d > 0 {
		k.s0 = st.stack[d-1]
		if d > 1 {
			k.s1 = st.stack[d-2]
		}
		if d > 2 {
			k.s2 = st.stack[d-3]
		}
	}
	if s0 := k.s0; s0 >= 0 {
		k.s0h = st.head[s0]
		if k.s0h >= 0 && int(k.s0h) < st.n {
			k.s0h2 = st.head[k.s0h]
		}
		k.s0l, k.s0l2, k.s0r, k.s0r2 = st.lc1[s0], st.lc2[s0], st.rc1[s0], st.rc2[s0]
		k.s0vl, k.s0vr = st.nl[s0], st.nr[s0]
		k.s0sl, k.s0sr = st.lset[s0], st.rset[s0]
	}
	k.n0l, k.n0l2, k.n0vl, k.n0sl = st.lc1[b], st.lc2[b], st.nl[b], st.lset[b]
	k.labS0, k.labS0h, k.labS0l, k.labS0l2 = labOf(st, k.s0), labOf(st, k.s0h), labOf(st, k.s0l), labOf(st, k.s0l2)
	k.labS0r, k.labS0r2, k.labN0l, k.labN0l2, k.labS1 = labOf(st, k.s0r), labOf(st, k.s0r2), labOf(st, k.n0l), labOf(st, k.n0l2), labOf(st, k.s1)
	return k
}

// copyParse makes dst a copy of src's configuration, sharing its words.
func (dst *state) copyParse(src *state) {
	n := src.n
	dst.n = n
	dst.form, dst.low, dst.suf1, dst.suf2, dst.suf3, dst.suf4 = src.form, src.low, src.suf1, src.suf2, src.suf3, src.suf4
	dst.pre1, dst.pre2, dst.shape, dst.tag = src.pre1, src.pre2, src.shape, src.tag
	for _, p := range [][2]*[]int32{{&dst.head, &src.head}, {&dst.lab, &src.lab}, {&dst.lc1, &src.lc1}, {&dst.lc2, &src.lc2},
		{&dst.rc1, &src.rc1}, {&dst.rc2, &src.rc2}, {&dst.nl, &src.nl}, {&dst.nr, &src.nr}} {
		*p[0] = append((*p[0])[:0], (*p[1])[:n+1]...)
	}
	dst.lset = append(dst.lset[:0], src.lset[:n+1]...)
	dst.rset = append(dst.rset[:0], src.rset[:n+1]...)
	dst.stack = append(dst.stack[:0], src.stack...)
}

// labeler chooses arc labels during the search.
type labeler func(st *state, h, d int32, gold bool) int32

// beamSearch runs the search from the initial configuration in st0 and
// returns the arena index of the best final hypothesis' last transition.
// After each step, step (when not nil) sees the sorted beam.
func beamSearch(bb *beamBufs, st0 *state, width int, trans scorer, label labeler) int32 {
	return beamSearchUntil(bb, st0, width, trans, label, nil, nil)
}

// beamSearchUntil is beamSearch that marks the hypotheses following
// goldAct and calls step after each transition with the sorted beam,
// stopping early when step returns false.
func beamSearchUntil(bb *beamBufs, st0 *state, width int, trans scorer, label labeler, goldAct []int8, step func(t int, beam []hyp) bool) int32 {
	n := st0.n
	for len(bb.pool) < 2*width {
		bb.pool = append(bb.pool, &state{})
	}
	bb.hist = bb.hist[:0]
	bb.sc = grow(bb.sc, nActs)
	// (s0+1)*(n+1)+b indexes the static scores: s0 in [-1, n], b in [0, n].
	cells := (n + 2) * (n + 1)
	bb.static = grow(bb.static, cells)
	bb.staticOK = grow(bb.staticOK, cells)
	clear(bb.staticOK)
	if bb.memo == nil {
		bb.memo = map[transKey][nActs]int32{}
	}
	clear(bb.memo)
	bb.cur = append(bb.cur[:0], hyp{st: bb.pool[0], node: -1, gold: goldAct != nil})
	bb.cur[0].st.copyParse(st0)
	// The beam lives in one half of the pool and is copied into the other.
	curPool, nextPool := bb.pool[:width], bb.pool[width:2*width]
	for t := 0; t < 2*n; t++ {
		bb.cands = bb.cands[:0]
		for i := range bb.cur {
			h := &bb.cur[i]
			sc := bb.sc
			key := h.st.key(h.b)
			if v, ok := bb.memo[key]; ok {
				copy(sc, v[:])
			} else {
				bb.score(h.st, h.b, trans)
				bb.memo[key] = [nActs]int32(sc)
			}
			ok := h.st.valid(h.b)
			for a := 0; a < nActs; a++ {
				if ok[a] {
					bb.cands = append(bb.cands, cand{i, a, h.score + int64(sc[a])})
				}
			}
		}
		// Insertion sort, best first; ties keep generation order so the
		// result does not depend on anything but the weights.
		cs := bb.cands
		for i := 1; i < len(cs); i++ {
			for j := i; j > 0 && cs[j].score > cs[j-1].score; j-- {
				cs[j], cs[j-1] = cs[j-1], cs[j]
			}
		}
		if len(cs) > width {
			cs = cs[:width]
		}
		bb.next = bb.next[:0]
		for i, c := range cs {
			p := &bb.cur[c.parent]
			st := nextPool[i]
			st.copyParse(p.st)
			isGold := p.gold && goldAct != nil && goldAct[t] == int8(c.act)
			lab := int32(-1)
			if c.act == actLeft || c.act == actRight {
				s0 := st.stack[len(st.stack)-1]
				h, d := int32(p.b), s0
				if c.act == actRight {
					h, d = s0, int32(p.b)
				}
				lab = label(st, h, d, isGold)
				st.arc(h, d, lab)
			}
			b := st.apply(c.act, p.b)
			bb.hist = append(bb.hist, histNode{parent: p.node, act: int8(c.act), lab: lab})
			bb.next = append(bb.next, hyp{st: st, b: b, score: c.score, node: int32(len(bb.hist) - 1), gold: isGold})
		}
		curPool, nextPool = nextPool, curPool
		bb.cur, bb.next = bb.next, bb.cur
		if step != nil && !step(t, bb.cur) {
			break
		}
	}
	return bb.cur[0].node
}

// score writes the transition scores of st at buffer front b into bb.sc,
// the static part taken from (or added to) the per-sentence cache.
func (bb *beamBufs) score(st *state, b int, trans scorer) {
	n := st.n
	s0 := st.s0()
	cell := int(s0+1)*(n+1) + b
	if !bb.staticOK[cell] {
		bb.static[cell] = [nActs]int32{}
		bb.feats = st.staticParseFeats(bb.feats[:0], s0, b)
		trans.score(bb.feats, bb.static[cell][:])
		bb.staticOK[cell] = true
	}
	copy(bb.sc, bb.static[cell][:])
	bb.feats = st.dynParseFeats(bb.feats[:0], b)
	trans.score(bb.feats, bb.sc)
}

// history returns the transitions leading to node, first to last.
func (bb *beamBufs) history(node int32, out []histNode) []histNode {
	out = out[:0]
	for node >= 0 {
		out = append(out, bb.hist[node])
		node = bb.hist[node].parent
	}
	for i, j := 0, len(out)-1; i < j; i, j = i+1, j-1 {
		out[i], out[j] = out[j], out[i]
	}
	return out
}

// replay applies a history to a fresh configuration in st.
func (st *state) replay(hist []histNode) int {
	st.initParse()
	b := 0
	for _, h := range hist {
		if h.act == actLeft || h.act == actRight {
			s0 := st.stack[len(st.stack)-1]
			hd, d := int32(b), s0
			if h.act == actRight {
				hd, d = s0, int32(b)
			}
			st.arc(hd, d, h.lab)
		}
		b = st.apply(int(h.act), b)
	}
	return b
}
