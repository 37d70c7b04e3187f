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
	bb.cur = append(bb.cur[:0], hyp{st: bb.pool[0], node: -1, gold: goldAct != nil})
	bb.cur[0].st.copyParse(st0)
	// The beam lives in one half of the pool and is copied into the other.
	curPool, nextPool := bb.pool[:width], bb.pool[width:2*width]
	for t := 0; t < 2*n; t++ {
		bb.cands = bb.cands[:0]
		for i := range bb.cur {
			h := &bb.cur[i]
			sc := bb.sc
			clear(sc)
			trans.score(h.st.parseFeats(h.b), sc)
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
