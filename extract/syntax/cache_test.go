package syntax

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// TestMemoKeysAreComplete walks random transition sequences over EWT dev
// sentences and checks that configurations with equal memo keys (transKey,
// labelKey) have equal features, so memoised scores are exact. It also
// checks that the static features depend only on the stack top and buffer
// front, as the per-sentence cache of their scores assumes.
func TestMemoKeysAreComplete(t *testing.T) {
	gold := readDev(t, 150)
	p := loadForTest(t)
	m := p.m
	rng := rand.New(rand.NewPCG(1, 2))
	st := &state{}
	var transHits, labelHits int
	for si := range gold {
		s := Sentence{Tokens: append([]Token(nil), gold[si].Tokens...)}
		m.tag(st, &s, false)
		n := st.n
		trans := map[transKey][]uint64{}
		static := map[[2]int32][]uint64{}
		labels := map[labelKey][]uint64{}
		sorted := func(f []uint64) []uint64 { c := slices.Clone(f); slices.Sort(c); return c }
		for walk := 0; walk < 20; walk++ {
			st.initParse()
			b := 0
			for step := 0; step < 2*n; step++ {
				f := sorted(st.parseFeats(b))
				k := st.key(b)
				if prev, ok := trans[k]; ok {
					transHits++
					if !slices.Equal(prev, f) {
						t.Fatalf("sentence %d: equal transKey %+v, different features", si, k)
					}
				}
				trans[k] = f
				sk := [2]int32{st.s0(), int32(b)}
				sf := sorted(st.staticParseFeats(nil, st.s0(), b))
				if prev, ok := static[sk]; ok && !slices.Equal(prev, sf) {
					t.Fatalf("sentence %d: static features of %v differ", si, sk)
				}
				static[sk] = sf
				ok := st.valid(b)
				var acts []int
				for a := 0; a < nActs; a++ {
					if ok[a] {
						acts = append(acts, a)
					}
				}
				a := acts[rng.IntN(len(acts))]
				if a == actLeft || a == actRight {
					s0 := st.stack[len(st.stack)-1]
					h, d := int32(b), s0
					if a == actRight {
						h, d = s0, int32(b)
					}
					if int(h) < n {
						lk := labelKeyOf(st, h, d)
						lf := sorted(st.labelFeats(h, d))
						if prev, ok := labels[lk]; ok {
							labelHits++
							if !slices.Equal(prev, lf) {
								t.Fatalf("sentence %d: equal labelKey %+v, different features", si, lk)
							}
						}
						labels[lk] = lf
					}
					st.arc(h, d, m.label(st, h, d))
				}
				b = st.apply(a, b)
			}
		}
	}
	if transHits == 0 || labelHits == 0 {
		t.Fatalf("no configuration seen twice (%d, %d): the test checked nothing", transHits, labelHits)
	}
}
