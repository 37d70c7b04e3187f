package syntax

import (
	"bufio"
	"bytes"
	"compress/gzip"
	_ "embed"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"strings"
)

//go:embed model.bin.gz
var embeddedModel []byte

// modelMagic opens a model with a tagger, a transition and a label table;
// modelMagic2 one with a second tagger pass after those three.
const (
	modelMagic  = "NGSYN\x02"
	modelMagic2 = "NGSYN\x03"
)

// Transitions of the arc-eager system. The root is the last buffer item.
const (
	actShift = iota
	actReduce
	actLeft
	actRight
	nActs
)

// model is the decoded tagger, transition and label weights.
type model struct {
	classes []string // tagger classes "XPOS\tUPOS"
	xpos    []string
	upos    []string
	pair    map[string]int32 // "XPOS\tUPOS" → class, for KeepTags
	byXPOS  map[string]int32 // XPOS → its most frequent class
	labels  []string
	root    int32 // index of "root" in labels
	tagger  *table
	tagger2 *table // second tagger pass over the first's tags (nil: one pass)
	trans   *table
	labeler *table
	beam    int // beam width; 1 is greedy
	// quotes makes training emit the tagger's quotation-parity features
	// (TrainOptions.QuoteParity). Parsing always emits them: a model trained
	// without them has no rows for them, so they change nothing there.
	quotes bool
}

// LoadModel returns a parser using the model encoded in b (as written by
// Train) instead of the embedded one.
func LoadModel(b []byte) (*Parser, error) {
	m, err := decodeModel(b)
	if err != nil {
		return nil, err
	}
	p := New()
	p.once.Do(func() { p.m = m })
	return p, nil
}

func (m *model) setClasses(classes []string) {
	m.classes = classes
	m.xpos = make([]string, len(classes))
	m.upos = make([]string, len(classes))
	m.pair = make(map[string]int32, len(classes))
	m.byXPOS = map[string]int32{}
	for i, c := range classes {
		x, u, _ := strings.Cut(c, "\t")
		m.xpos[i], m.upos[i] = x, u
		m.pair[c] = int32(i)
		if _, ok := m.byXPOS[x]; !ok { // classes are ordered by frequency
			m.byXPOS[x] = int32(i)
		}
	}
}

func (m *model) setLabels(labels []string) {
	m.labels = labels
	m.root = -1
	for i, l := range labels {
		if l == "root" {
			m.root = int32(i)
		}
	}
}

func argmax(scores []int32, skip int32) int32 {
	best := int32(-1)
	for c, s := range scores {
		if int32(c) == skip {
			continue
		}
		if best < 0 || s > scores[best] {
			best = int32(c)
		}
	}
	return best
}

// tag fills st.tag (and the sentence's tags unless keep and present).
func (m *model) tag(st *state, s *Sentence, keep bool) {
	st.prepare(s.Tokens)
	nc := len(m.classes)
	st.scores = grow(st.scores, max(nc, len(m.labels), nActs))
	if m.tagger2 != nil {
		st.first = grow(st.first, st.n)
		m.tagPass(st, s, keep, m.tagger, st.first, (*state).tagFeats)
		m.tagPass(st, s, keep, m.tagger2, st.tag, (*state).tagFeats2)
	} else {
		m.tagPass(st, s, keep, m.tagger, st.tag, (*state).tagFeats)
	}
	for i := range s.Tokens {
		t := &s.Tokens[i]
		if !keep || t.XPOS == "" {
			c := st.tag[i]
			t.XPOS, t.UPOS = m.xpos[c], m.upos[c]
		}
	}
}

// tagPass tags the prepared sentence left to right with table t and the
// features of feats, writing classes to out; with keep, a word's given tags
// are kept and condition the following words.
func (m *model) tagPass(st *state, s *Sentence, keep bool, t *table, out []int32, feats func(*state, int, int32, int32) []uint64) {
	sc := st.scores[:len(m.classes)]
	p1, p2 := int32(tagStart), int32(tagStart)
	for i := range s.Tokens {
		tk := &s.Tokens[i]
		c := int32(-1)
		if keep && tk.XPOS != "" {
			var ok bool
			if c, ok = m.pair[tk.XPOS+"\t"+tk.UPOS]; !ok {
				if c, ok = m.byXPOS[tk.XPOS]; !ok {
					c = -1
				}
			}
		}
		if c < 0 {
			clear(sc)
			t.score(feats(st, i, p1, p2), sc)
			c = argmax(sc, -1)
		}
		out[i] = c
		p2, p1 = p1, c
	}
}

// parse fills heads and relations greedily.
func (m *model) parse(st *state, s *Sentence, width int) {
	n := st.n
	st.initParse()
	if width <= 0 {
		width = m.beam
	}
	if width > 1 {
		if st.beam == nil {
			st.beam = &beamBufs{}
		}
		lc := &st.beam.labels
		lc.reset(n, len(m.labels))
		label := func(hs *state, h, d int32, _ bool) int32 { return m.labelCached(lc, hs, h, d) }
		node := beamSearch(st.beam, st, width, m.trans, label)
		st.beam.hist2 = st.beam.history(node, st.beam.hist2)
		st.replay(st.beam.hist2)
		m.finish(st, s)
		return
	}
	b := 0
	sc := st.scores[:nActs]
	for b < n || len(st.stack) > 0 {
		clear(sc)
		m.trans.score(st.parseFeats(b), sc)
		ok := st.valid(b)
		best := -1
		for a := 0; a < nActs; a++ {
			if ok[a] && (best < 0 || sc[a] > sc[best]) {
				best = a
			}
		}
		switch best {
		case actLeft:
			s0 := st.stack[len(st.stack)-1]
			st.arc(int32(b), s0, m.label(st, int32(b), s0))
		case actRight:
			s0 := st.stack[len(st.stack)-1]
			st.arc(s0, int32(b), m.label(st, s0, int32(b)))
		}
		b = st.apply(best, b)
	}
	m.finish(st, s)
}

// finish leaves one word on the root and copies the tree into s.
func (m *model) finish(st *state, s *Sentence) {
	n := st.n
	m.singleRoot(st)
	for i := range s.Tokens {
		h := int(st.head[i])
		if h == n {
			h = -1
		}
		s.Tokens[i].Head = h + 1
		s.Tokens[i].DepRel = m.labels[st.lab[i]]
	}
	attachPunct(s.Tokens)
}

// label chooses the relation of the arc h → d.
func (m *model) label(st *state, h, d int32) int32 {
	if int(h) == st.n {
		return m.root
	}
	st.scores = grow(st.scores, max(nActs, len(m.labels)))
	sc := st.scores[:len(m.labels)]
	clear(sc)
	m.labeler.score(st.labelFeats(h, d), sc)
	return argmax(sc, m.root)
}

// labelCache keeps, per arc h → d of one sentence, the scores of the label
// features that depend only on the two words (labelStaticFeats), so the
// beam items proposing the same arc score them once.
type labelCache struct {
	n, nl int
	memo  map[labelKey]int32 // full context → chosen label
	at    []int32            // (h*(n+1)+d) → offset into scores, -1 when not yet scored
	sc    []int32
	feats []uint64
}

func (lc *labelCache) reset(n, nl int) {
	lc.n, lc.nl = n, nl
	lc.at = grow(lc.at, (n+1)*(n+1))
	for i := range lc.at {
		lc.at[i] = -1
	}
	lc.sc = lc.sc[:0]
	if lc.memo == nil {
		lc.memo = map[labelKey]int32{}
	}
	clear(lc.memo)
}

// labelKey is everything labelStaticFeats and labelDynFeats read beyond the
// sentence's words and tags: two arcs with equal keys get the same label.
type labelKey struct {
	h, d, dl, dr, labDl, labDr, labH, hh int32
	lsetD, rsetD, lsetH                  uint64
}

// labelKeyOf returns the context of the arc h → d (h not the root).
func labelKeyOf(st *state, h, d int32) labelKey {
	dl, dr := st.lc1[d], st.rc1[d]
	return labelKey{h: h, d: d, dl: dl, dr: dr, labDl: labOf(st, dl), labDr: labOf(st, dr), labH: st.lab[h], hh: st.head[h],
		lsetD: st.lset[d], rsetD: st.rset[d], lsetH: st.lset[h]}
}

// labelCached is label with the static scores of h → d taken from lc.
func (m *model) labelCached(lc *labelCache, st *state, h, d int32) int32 {
	if int(h) == st.n {
		return m.root
	}
	key := labelKeyOf(st, h, d)
	if l, ok := lc.memo[key]; ok {
		return l
	}
	cell := int(h)*(lc.n+1) + int(d)
	off := lc.at[cell]
	if off < 0 {
		off = int32(len(lc.sc))
		lc.at[cell] = off
		lc.sc = append(lc.sc, make([]int32, lc.nl)...)
		lc.feats = st.labelStaticFeats(lc.feats[:0], h, d)
		m.labeler.score(lc.feats, lc.sc[off:])
	}
	st.scores = grow(st.scores, max(nActs, len(m.labels)))
	sc := st.scores[:len(m.labels)]
	copy(sc, lc.sc[off:int(off)+lc.nl])
	lc.feats = st.labelDynFeats(lc.feats[:0], h, d)
	m.labeler.score(lc.feats, sc)
	l := argmax(sc, m.root)
	lc.memo[key] = l
	return l
}

// singleRoot keeps one word on the root — the first verb among those the
// parser put there, else the first — and attaches the others to it.
func (m *model) singleRoot(st *state) {
	n := int32(st.n)
	keep := int32(-1)
	for i := int32(0); i < n; i++ {
		if st.head[i] == n {
			if keep < 0 || (m.upos[st.tag[keep]] != "VERB" && m.upos[st.tag[i]] == "VERB") {
				keep = i
			}
		}
	}
	for i := int32(0); i < n; i++ {
		if st.head[i] == n && i != keep {
			st.head[i] = keep
			st.lab[i] = m.label(st, keep, i)
		}
	}
}

// initParse empties the stack and the arcs.
func (st *state) initParse() {
	st.stack = st.stack[:0]
	for i := 0; i <= st.n; i++ {
		st.head[i], st.lab[i] = -1, -1
		st.lc1[i], st.lc2[i], st.rc1[i], st.rc2[i] = -1, -1, -1, -1
		st.nl[i], st.nr[i] = 0, 0
		st.lset[i], st.rset[i] = 0, 0
	}
}

// valid says which transitions the configuration allows.
func (st *state) valid(b int) [nActs]bool {
	var ok [nActs]bool
	k := len(st.stack)
	ok[actShift] = b < st.n
	if k > 0 {
		s0 := st.stack[k-1]
		ok[actRight] = b < st.n
		ok[actLeft] = st.head[s0] < 0
		ok[actReduce] = st.head[s0] >= 0
	}
	return ok
}

// arc records h → d with label l.
func (st *state) arc(h, d, l int32) {
	st.head[d], st.lab[d] = h, l
	bit := uint64(1) << (uint(l) & 63)
	if d < h {
		st.nl[h]++
		st.lset[h] |= bit
		if st.lc1[h] < 0 || d < st.lc1[h] {
			st.lc2[h], st.lc1[h] = st.lc1[h], d
		} else if st.lc2[h] < 0 || d < st.lc2[h] {
			st.lc2[h] = d
		}
	} else {
		st.nr[h]++
		st.rset[h] |= bit
		if d > st.rc1[h] {
			st.rc2[h], st.rc1[h] = st.rc1[h], d
		} else if d > st.rc2[h] {
			st.rc2[h] = d
		}
	}
}

// apply moves the stack and buffer for transition a (arcs already made)
// and returns the new buffer front.
func (st *state) apply(a, b int) int {
	switch a {
	case actShift, actRight:
		st.stack = append(st.stack, int32(b))
		return b + 1
	default:
		st.stack = st.stack[:len(st.stack)-1]
		return b
	}
}

// encode writes the model, gzip-compressed, deterministically.
func (m *model) encode() ([]byte, error) {
	var buf bytes.Buffer
	zw, err := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	if err != nil {
		return nil, err
	}
	w := bufio.NewWriter(zw)
	tabs := []*table{m.tagger, m.trans, m.labeler}
	if m.tagger2 != nil {
		w.WriteString(modelMagic2)
		tabs = append(tabs, m.tagger2)
	} else {
		w.WriteString(modelMagic)
	}
	var tmp [binary.MaxVarintLen64]byte
	uv := func(x uint64) { w.Write(tmp[:binary.PutUvarint(tmp[:], x)]) }
	sv := func(x int64) { w.Write(tmp[:binary.PutVarint(tmp[:], x)]) }
	strs := func(ss []string) {
		uv(uint64(len(ss)))
		for _, s := range ss {
			uv(uint64(len(s)))
			w.WriteString(s)
		}
	}
	strs(m.classes)
	strs(m.labels)
	uv(uint64(m.beam))
	for _, t := range tabs {
		uv(uint64(t.nc))
		uv(uint64(t.rowsN()))
		row := make([]int16, t.nc)
		for _, k := range t.order {
			binary.LittleEndian.PutUint64(tmp[:8], k)
			w.Write(tmp[:8])
			t.dense(k, row)
			nz := 0
			for _, v := range row {
				if v != 0 {
					nz++
				}
			}
			uv(uint64(nz))
			for c, v := range row {
				if v != 0 {
					uv(uint64(c))
					sv(int64(v))
				}
			}
		}
	}
	if err := w.Flush(); err != nil {
		return nil, err
	}
	if err := zw.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

var errModel = errors.New("syntax: corrupt model")

func decodeModel(b []byte) (*model, error) {
	zr, err := gzip.NewReader(bytes.NewReader(b))
	if err != nil {
		return nil, fmt.Errorf("syntax: model: %w", err)
	}
	raw, err := io.ReadAll(zr)
	if err != nil {
		return nil, fmt.Errorf("syntax: model: %w", err)
	}
	ntab := 3
	switch {
	case bytes.HasPrefix(raw, []byte(modelMagic)):
	case bytes.HasPrefix(raw, []byte(modelMagic2)):
		ntab = 4
	default:
		return nil, errModel
	}
	r := bytes.NewReader(raw[len(modelMagic):])
	bad := false
	uv := func() uint64 {
		x, err := binary.ReadUvarint(r)
		if err != nil {
			bad = true
		}
		return x
	}
	strs := func() []string {
		n := uv()
		if bad || n > 1<<16 {
			bad = true
			return nil
		}
		out := make([]string, n)
		for i := range out {
			l := uv()
			if bad || l > 1<<10 {
				bad = true
				return nil
			}
			s := make([]byte, l)
			if _, err := io.ReadFull(r, s); err != nil {
				bad = true
				return nil
			}
			out[i] = string(s)
		}
		return out
	}
	m := &model{}
	m.setClasses(strs())
	m.setLabels(strs())
	m.beam = int(uv())
	if m.beam < 1 || m.beam > 256 {
		return nil, errModel
	}
	tabs := make([]*table, ntab)
	for ti := range tabs {
		nc, nrows := int(uv()), int(uv())
		if bad || nc <= 0 || nc > 1<<12 || nrows > 1<<26 {
			return nil, errModel
		}
		t := newTable(nc, nrows)
		row := make([]int16, nc)
		var kb [8]byte
		for range nrows {
			if _, err := io.ReadFull(r, kb[:]); err != nil {
				return nil, errModel
			}
			clear(row)
			nz := int(uv())
			for range nz {
				c := uv()
				v, err := binary.ReadVarint(r)
				if err != nil || c >= uint64(nc) {
					return nil, errModel
				}
				row[c] = int16(v)
			}
			k := binary.LittleEndian.Uint64(kb[:])
			if k == 0 {
				return nil, errModel
			}
			t.add(k, row)
		}
		tabs[ti] = t
	}
	if bad || len(m.classes) == 0 || m.root < 0 {
		return nil, errModel
	}
	m.tagger, m.trans, m.labeler = tabs[0], tabs[1], tabs[2]
	if ntab == 4 {
		m.tagger2 = tabs[3]
		if m.tagger2.nc != len(m.classes) {
			return nil, errModel
		}
	}
	if m.tagger.nc != len(m.classes) || m.trans.nc != nActs || m.labeler.nc != len(m.labels) {
		return nil, errModel
	}
	return m, nil
}

// CompactOptions controls Compact.
type CompactOptions struct {
	// MinWeight drops the feature rows of the transition and label tables
	// whose largest weight (in the int16 scale) is below it.
	MinWeight int
	// Beam, when not 0, sets the beam width the parser decodes with.
	Beam int
	// MinTagWeight does the same for the tagger's tables (0: keep all).
	MinTagWeight int
}

// Compact rewrites an encoded model smaller or faster, trading a little
// accuracy for size and speed.
func Compact(b []byte, opt CompactOptions) ([]byte, error) {
	m, err := decodeModel(b)
	if err != nil {
		return nil, err
	}
	m.compact(opt)
	return m.encode()
}

// compact applies opt to m in place: the decoding beam and the pruning.
func (m *model) compact(opt CompactOptions) {
	if opt.Beam > 0 {
		m.beam = opt.Beam
	}
	if opt.MinWeight > 0 {
		m.trans = pruneTable(m.trans, opt.MinWeight)
		m.labeler = pruneTable(m.labeler, opt.MinWeight)
	}
	if opt.MinTagWeight > 0 {
		m.tagger = pruneTable(m.tagger, opt.MinTagWeight)
		if m.tagger2 != nil {
			m.tagger2 = pruneTable(m.tagger2, opt.MinTagWeight)
		}
	}
}

// pruneTable returns t without the rows whose largest weight is below min in
// absolute value.
func pruneTable(t *table, min int) *table {
	row := make([]int16, t.nc)
	var keep []uint64
	for _, k := range t.order {
		t.dense(k, row)
		for _, v := range row {
			if int(v) >= min || int(v) <= -min {
				keep = append(keep, k)
				break
			}
		}
	}
	nt := newTable(t.nc, len(keep))
	for _, k := range keep {
		t.dense(k, row)
		nt.add(k, row)
	}
	return nt
}
