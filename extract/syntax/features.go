package syntax

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Special tag and label values for absent positions and the root.
const (
	tagNone  = 1<<20 + 1
	tagRoot  = 1<<20 + 2
	tagStart = 1<<20 + 3
	labNone  = 1<<20 + 4
)

var (
	hashNone  = strHash("\x00none")
	hashRoot  = strHash("\x00root")
	hashStart = strHash("\x00start")
)

// state is per-sentence scratch space reused across sentences.
type state struct {
	n int
	// per word (index n is the root in the parser's arrays)
	form, low, suf1, suf2, suf3, suf4, pre1, pre2, shape []uint64
	tag                                                  []int32
	first                                                []int32 // first-pass tags, read by the second tagger pass
	head, lab, lc1, lc2, rc1, rc2, nl, nr                []int32
	lset, rset                                           []uint64
	stack                                                []int32
	feats                                                []uint64
	scores                                               []int32
	beam                                                 *beamBufs
	// quotes turns on the tagger's quotation-parity features; qpar[i] is 0
	// for a word that is not a double quotation mark, else 1 + the number of
	// such marks before it, mod 2 (1: opens, 2: closes, when quotes pair up
	// within the sentence).
	quotes bool
	qpar   []uint64
}

func grow[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	return s[:n]
}

// prepare sizes the buffers for n words and hashes their forms.
func (st *state) prepare(words []Token) {
	n := len(words)
	st.n = n
	for _, p := range []*[]uint64{&st.form, &st.low, &st.suf1, &st.suf2, &st.suf3, &st.suf4, &st.pre1, &st.pre2, &st.shape, &st.lset, &st.rset} {
		*p = grow(*p, n+1)
	}
	for _, p := range []*[]int32{&st.tag, &st.head, &st.lab, &st.lc1, &st.lc2, &st.rc1, &st.rc2, &st.nl, &st.nr} {
		*p = grow(*p, n+1)
	}
	for i := range words {
		w := words[i].Form
		st.form[i] = strHash(w)
		low := lower(w)
		st.low[i] = strHash(low)
		st.suf1[i] = strHash(suffix(low, 1)) + 1
		st.suf2[i] = strHash(suffix(low, 2)) + 2
		st.suf3[i] = strHash(suffix(low, 3)) + 3
		st.suf4[i] = strHash(suffix(low, 4)) + 4
		st.pre1[i] = strHash(prefix(low, 1)) + 5
		st.pre2[i] = strHash(prefix(low, 3)) + 6
		st.shape[i] = shape(w)
	}
	if st.quotes {
		st.qpar = grow(st.qpar, n+1)
		odd := uint64(0)
		for i := range words {
			st.qpar[i] = 0
			switch words[i].Form {
			case `"`, "“", "”", "``", "''":
				st.qpar[i] = 1 + odd
				odd ^= 1
			}
		}
	}
	st.form[n], st.low[n], st.shape[n] = hashRoot, hashRoot, hashRoot
	st.tag[n] = tagRoot
}

// lower lowercases w and folds digits to 9 so numbers share features.
func lower(w string) string {
	ascii := true
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '8') {
			ascii = false
			break
		}
	}
	if ascii {
		return w
	}
	var b strings.Builder
	b.Grow(len(w))
	for _, r := range w {
		if unicode.IsDigit(r) {
			r = '9'
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}

func suffix(s string, n int) string {
	if len(s) <= n {
		return s
	}
	i := len(s) - n
	for i > 0 && !utf8.RuneStart(s[i]) {
		i--
	}
	return s[i:]
}

func prefix(s string, n int) string {
	if len(s) <= n {
		return s
	}
	i := n
	for i < len(s) && !utf8.RuneStart(s[i]) {
		i++
	}
	return s[:i]
}

// shape summarises a word's character classes: "Xx", "d", "X.X", ...,
// collapsing runs, plus its length bucket.
func shape(w string) uint64 {
	h := uint64(0xcbf29ce484222325)
	last := rune(0)
	n := 0
	for _, r := range w {
		n++
		var c rune
		switch {
		case unicode.IsUpper(r):
			c = 'X'
		case unicode.IsLower(r):
			c = 'x'
		case unicode.IsDigit(r):
			c = 'd'
		default:
			c = r
		}
		if c != last {
			h = mix(h, uint64(c))
			last = c
		}
	}
	if n > 4 {
		n = 5
	}
	return mix(h, uint64(n))
}

// tagFeats writes the tagger features of word i given the two previous tags.
func (st *state) tagFeats(i int, p1, p2 int32) []uint64 {
	f := st.feats[:0]
	at := func(a []uint64, j int, none uint64) uint64 {
		if j < 0 {
			return hashStart
		}
		if j >= st.n {
			return none
		}
		return a[j]
	}
	w := st.low[i]
	wm1, wm2 := at(st.low, i-1, hashNone), at(st.low, i-2, hashNone)
	wp1, wp2 := at(st.low, i+1, hashNone), at(st.low, i+2, hashNone)
	t1, t2 := uint64(p1), uint64(p2)
	first := uint64(0)
	if i == 0 {
		first = 1
	}
	f = append(f,
		h1(1, 0),
		h1(2, w),
		h1(3, st.form[i]),
		h1(4, st.suf1[i]),
		h1(5, st.suf2[i]),
		h1(6, st.suf3[i]),
		h1(7, st.suf4[i]),
		h1(8, st.pre1[i]),
		h1(9, st.pre2[i]),
		h2(10, st.shape[i], first),
		h1(11, t1),
		h1(12, t2),
		h2(13, t1, t2),
		h2(14, t1, w),
		h1(15, wm1),
		h1(16, at(st.suf3, i-1, hashNone)),
		h1(17, wm2),
		h1(18, wp1),
		h1(19, at(st.suf3, i+1, hashNone)),
		h1(20, wp2),
		h2(21, wm1, w),
		h2(22, w, wp1),
		h2(23, t1, wp1),
		h1(24, at(st.shape, i+1, hashNone)),
		h1(25, at(st.shape, i-1, hashNone)),
		h2(26, t1, st.suf3[i]),
	)
	if st.quotes && st.qpar[i] != 0 {
		// Whether a quotation mark opens or closes is plain from the marks
		// before it, not from its neighbours: '"Prices will fall," Paul Grant
		// argued' has a comma before the closing mark as 'said, "We …' has
		// before an opening one.
		f = append(f, h2(27, st.qpar[i], w), h3(28, st.qpar[i], t1, wp1))
	}
	st.feats = f
	return f
}

// tagFeats2 writes the features of the second tagger pass: those of the first
// plus the first pass's tags of the word and the two words after it, so the
// second pass sees right context that a left-to-right tagger cannot.
func (st *state) tagFeats2(i int, p1, p2 int32) []uint64 {
	f := st.tagFeats(i, p1, p2)
	ft := func(j int) uint64 {
		if j >= st.n {
			return hashNone
		}
		return uint64(st.first[j])
	}
	a0, a1, a2 := ft(i), ft(i+1), ft(i+2)
	w := st.low[i]
	f = append(f,
		h1(101, a0),
		h1(102, a1),
		h1(103, a2),
		h2(104, a1, a2),
		h2(105, w, a1),
		h2(106, a0, a1),
		h3(107, uint64(p1), a0, a1),
		h2(108, w, a0),
	)
	st.feats = f
	return f
}

// distBucket buckets the distance between two words.
func distBucket(d int) uint64 {
	switch {
	case d <= 4:
		return uint64(d)
	case d <= 6:
		return 5
	case d <= 9:
		return 6
	case d <= 15:
		return 7
	}
	return 8
}

// parseFeats writes the transition features of the current configuration
// (Zhang & Nivre 2011: words, tags, children, labels, distance, valency).
func (st *state) parseFeats(b int) []uint64 {
	f := st.staticParseFeats(st.feats[:0], st.s0(), b)
	f = st.dynParseFeats(f, b)
	st.feats = f
	return f
}

// s0 is the top of the stack, -1 when it is empty.
func (st *state) s0() int32 {
	if k := len(st.stack); k > 0 {
		return st.stack[k-1]
	}
	return -1
}

// staticParseFeats appends the transition features that depend only on
// the stack top s0 and buffer front b (their words, tags and distance),
// not on the arcs built so far: the same for every beam item that reaches
// (s0, b), so the beam search scores them once per sentence.
func (st *state) staticParseFeats(f []uint64, s0 int32, b int) []uint64 {
	n := st.n
	n0, n1, n2 := int32(b), int32(-1), int32(-1)
	if b+1 <= n {
		n1 = int32(b + 1)
	}
	if b+2 <= n {
		n2 = int32(b + 2)
	}
	s0w, s0p, n0w, n0p := st.wordAt(s0), st.tagAt(s0), st.wordAt(n0), st.tagAt(n0)
	n1w, n1p, n2w, n2p := st.wordAt(n1), st.tagAt(n1), st.wordAt(n2), st.tagAt(n2)
	s0wp, n0wp, n1wp, n2wp := mix(s0w, s0p), mix(n0w, n0p), mix(n1w, n1p), mix(n2w, n2p)
	d := uint64(9)
	if s0 >= 0 {
		if int(n0) == n {
			d = 10
		} else {
			d = distBucket(int(n0 - s0))
		}
	}
	return append(f,
		h1(1, s0wp), h1(2, s0w), h1(3, s0p),
		h1(4, n0wp), h1(5, n0w), h1(6, n0p),
		h1(7, n1wp), h1(8, n1w), h1(9, n1p),
		h1(10, n2wp), h1(11, n2w), h1(12, n2p),
		h2(13, s0wp, n0wp), h2(14, s0wp, n0w), h2(15, s0w, n0wp), h2(16, s0wp, n0p),
		h2(17, s0p, n0wp), h2(18, s0w, n0w), h2(19, s0p, n0p), h2(20, n0p, n1p),
		h3(21, n0p, n1p, n2p), h3(22, s0p, n0p, n1p),
		h2(27, s0w, d), h2(28, s0p, d), h2(29, n0w, d), h2(30, n0p, d),
		h3(31, s0w, n0w, d), h3(32, s0p, n0p, d),
		h2(78, st.tagAt(n0-1), n0p), h3(79, st.tagAt(n0-1), n0p, n1p), h2(80, s0p, st.tagAt(s0+1)),
	)
}

func (st *state) wordAt(i int32) uint64 {
	if i < 0 {
		return hashNone
	}
	return st.low[i]
}

func (st *state) tagAt(i int32) uint64 {
	if i < 0 {
		return tagNone
	}
	return uint64(st.tag[i])
}

func (st *state) labAt(i int32) uint64 {
	if i < 0 || st.lab[i] < 0 {
		return labNone
	}
	return uint64(st.lab[i])
}

// dynParseFeats appends the transition features that look at the arcs
// built so far (heads, children, their labels, valency, label sets) and at
// the stack below its top.
func (st *state) dynParseFeats(f []uint64, b int) []uint64 {
	n := st.n
	W, P, L := st.wordAt, st.tagAt, st.labAt
	s0, s1, s2 := int32(-1), int32(-1), int32(-1)
	if k := len(st.stack); k > 0 {
		s0 = st.stack[k-1]
		if k > 1 {
			s1 = st.stack[k-2]
		}
		if k > 2 {
			s2 = st.stack[k-3]
		}
	}
	n0 := int32(b)
	s0h, s0h2, s0l, s0l2, s0r, s0r2 := int32(-1), int32(-1), int32(-1), int32(-1), int32(-1), int32(-1)
	var s0vl, s0vr uint64
	var s0sl, s0sr uint64
	if s0 >= 0 {
		s0h = st.head[s0]
		if s0h >= 0 && int(s0h) < n {
			s0h2 = st.head[s0h]
		}
		s0l, s0l2, s0r, s0r2 = st.lc1[s0], st.lc2[s0], st.rc1[s0], st.rc2[s0]
		s0vl, s0vr = uint64(st.nl[s0]), uint64(st.nr[s0])
		s0sl, s0sr = st.lset[s0], st.rset[s0]
	}
	n0l, n0l2 := st.lc1[n0], st.lc2[n0]
	n0vl, n0sl := uint64(st.nl[n0]), st.lset[n0]
	s0w, s0p, n0w, n0p := W(s0), P(s0), W(n0), P(n0)
	s0hp, s0lp, s0rp, n0lp := P(s0h), P(s0l), P(s0r), P(n0l)
	return append(f,
		h3(23, s0hp, s0p, n0p),
		h3(24, s0p, s0lp, n0p), h3(25, s0p, s0rp, n0p), h3(26, s0p, n0p, n0lp),
		h2(33, s0w, s0vr), h2(34, s0p, s0vr), h2(35, s0w, s0vl), h2(36, s0p, s0vl),
		h2(37, n0w, n0vl), h2(38, n0p, n0vl),
		h1(39, W(s0h)), h1(40, s0hp), h1(41, L(s0)),
		h1(42, W(s0l)), h1(43, s0lp), h1(44, L(s0l)),
		h1(45, W(s0r)), h1(46, s0rp), h1(47, L(s0r)),
		h1(48, W(n0l)), h1(49, n0lp), h1(50, L(n0l)),
		h1(51, W(s0h2)), h1(52, P(s0h2)), h1(53, L(s0h)),
		h1(54, W(s0l2)), h1(55, P(s0l2)), h1(56, L(s0l2)),
		h1(57, W(s0r2)), h1(58, P(s0r2)), h1(59, L(s0r2)),
		h1(60, W(n0l2)), h1(61, P(n0l2)), h1(62, L(n0l2)),
		h3(63, s0p, s0lp, P(s0l2)), h3(64, s0p, s0rp, P(s0r2)),
		h3(65, s0p, s0hp, P(s0h2)), h3(66, n0p, n0lp, P(n0l2)),
		h2(67, s0w, s0sr), h2(68, s0p, s0sr), h2(69, s0w, s0sl), h2(70, s0p, s0sl),
		h2(71, n0w, n0sl), h2(72, n0p, n0sl),
		// second stack item and lookbehind help the greedy parser
		h1(73, mix(W(s1), P(s1))), h1(74, P(s1)), h3(75, P(s1), s0p, n0p),
		h2(76, P(s1), L(s1)), h3(77, P(s2), P(s1), s0p),
		h2(81, W(s1), n0w), h2(82, mix(s0p, L(s0)), n0p),
	)
}

// labelFeats writes the features choosing the relation of the arc h → d.
func (st *state) labelFeats(h, d int32) []uint64 {
	f := st.labelStaticFeats(st.feats[:0], h, d)
	f = st.labelDynFeats(f, h, d)
	st.feats = f
	return f
}

// labelDir is the direction of h → d: 1 leftward, 2 rightward, 3 from the
// root.
func (st *state) labelDir(h, d int32) (dir uint64, dist int32) {
	dir, dist = 1, h-d
	if d > h {
		dir, dist = 2, d-h
	}
	if int(h) == st.n {
		dir = 3
	}
	return dir, dist
}

func (st *state) wordIn(i int32) uint64 {
	if i < 0 || int(i) > st.n {
		return hashNone
	}
	return st.low[i]
}

func (st *state) tagIn(i int32) uint64 {
	if i < 0 || int(i) > st.n {
		return tagNone
	}
	return uint64(st.tag[i])
}

// labelStaticFeats appends the label features of h → d that depend only on
// the two words and their neighbours, not on the arcs built so far.
func (st *state) labelStaticFeats(f []uint64, h, d int32) []uint64 {
	W, P := st.wordIn, st.tagIn
	dir, dist := st.labelDir(h, d)
	hw, hp, dw, dp := W(h), P(h), W(d), P(d)
	db := distBucket(int(dist))
	return append(f,
		h1(1, dir), h2(2, dir, hw), h2(3, dir, hp), h2(4, dir, dw), h2(5, dir, dp),
		h3(6, dir, hw, dp), h3(7, dir, hp, dw), h3(8, dir, hw, dw), h3(9, dir, hp, dp),
		h3(10, dir, mix(hp, dp), db), h3(11, dir, dw, db), h3(12, dir, dp, db),
		h3(23, dir, dp, P(d-1)), h3(24, dir, dp, P(d+1)), h3(25, dir, mix(dp, P(d-1)), P(d+1)),
		h3(26, dir, hp, P(h-1)), h3(27, dir, hp, P(h+1)), h3(28, dir, st.suf3[d], dp),
		h3(30, dir, W(d-1), dp), h3(31, dir, st.shape[d], dp),
	)
}

// labelDynFeats appends the label features of h → d that look at the arcs
// built so far (children of d, the label and head of h, label sets).
func (st *state) labelDynFeats(f []uint64, h, d int32) []uint64 {
	n := int32(st.n)
	W, P, L := st.wordIn, st.tagIn, st.labAt
	dir, _ := st.labelDir(h, d)
	hw, hp, dp := W(h), P(h), P(d)
	dl, dr := st.lc1[d], st.rc1[d]
	hh := int32(-1)
	if h < n {
		hh = st.head[h]
	}
	return append(f,
		h3(13, dir, dp, L(dl)), h3(14, dir, dp, L(dr)), h3(15, dir, dp, P(dl)), h3(16, dir, dp, P(dr)),
		h3(17, dir, mix(hp, dp), W(dl)), h3(18, dir, dp, st.lset[d]), h3(19, dir, dp, st.rset[d]),
		h3(20, dir, hp, L(h)), h3(21, dir, mix(hp, dp), L(h)), h3(22, dir, mix(hp, dp), P(hh)),
		h3(29, dir, mix(hp, dp), st.lset[h]),
		h3(32, dir, mix(hw, dp), W(dl)),
	)
}
