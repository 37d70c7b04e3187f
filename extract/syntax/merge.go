package syntax

import (
	"errors"
	"fmt"
	"math"
	"slices"
)

// Merge returns one model whose every score is the sum of the given
// models' scores: for linear scorers, summing the weights is exactly
// running the models as an ensemble, at the speed of one. Perceptrons
// trained on the same data with different seeds make different mistakes
// on rare constructions; the sum keeps what they agree on.
//
// The models must share their tag classes and relation labels in the same
// order (features hash tag and label numbers), which holds for models the
// trainer built from the same data. Each table is rescaled to the int16
// range after summing; opt then prunes as Compact does.
func Merge(encoded [][]byte, opt CompactOptions) ([]byte, error) {
	if len(encoded) == 0 {
		return nil, errors.New("syntax: merge: no models")
	}
	ms := make([]*model, len(encoded))
	for i, b := range encoded {
		m, err := decodeModel(b)
		if err != nil {
			return nil, fmt.Errorf("syntax: merge: model %d: %w", i+1, err)
		}
		ms[i] = m
	}
	first := ms[0]
	for i, m := range ms[1:] {
		switch {
		case !slices.Equal(m.classes, first.classes):
			return nil, fmt.Errorf("syntax: merge: model %d has other tag classes than model 1 (trained on other data?)", i+2)
		case !slices.Equal(m.labels, first.labels):
			return nil, fmt.Errorf("syntax: merge: model %d has other relation labels than model 1", i+2)
		case (m.tagger2 == nil) != (first.tagger2 == nil):
			return nil, fmt.Errorf("syntax: merge: model %d differs from model 1 in its tagger passes", i+2)
		}
	}
	pick := func(f func(*model) *table) []*table {
		out := make([]*table, len(ms))
		for i, m := range ms {
			out[i] = f(m)
		}
		return out
	}
	out := *first
	out.tagger = sumTables(pick(func(m *model) *table { return m.tagger }))
	out.trans = sumTables(pick(func(m *model) *table { return m.trans }))
	out.labeler = sumTables(pick(func(m *model) *table { return m.labeler }))
	if first.tagger2 != nil {
		out.tagger2 = sumTables(pick(func(m *model) *table { return m.tagger2 }))
	}
	out.compact(opt)
	return out.encode()
}

// sumTables adds tables of the same width row by row and rescales the sums
// to int16, rows in ascending key order so the result is deterministic.
func sumTables(ts []*table) *table {
	nc := ts[0].nc
	idx := map[uint64]int{}
	var keys []uint64
	var sums []int32
	row := make([]int16, nc)
	for _, t := range ts {
		for _, k := range t.order {
			i, ok := idx[k]
			if !ok {
				i = len(keys)
				idx[k] = i
				keys = append(keys, k)
				sums = append(sums, make([]int32, nc)...)
			}
			t.dense(k, row)
			for c, v := range row {
				sums[i*nc+c] += int32(v)
			}
		}
	}
	maxAbs := int32(0)
	for _, v := range sums {
		maxAbs = max(maxAbs, v, -v)
	}
	scale := 1.0
	if maxAbs > math.MaxInt16 {
		scale = 32000 / float64(maxAbs)
	}
	order := make([]int, len(keys))
	for i := range order {
		order[i] = i
	}
	slices.SortFunc(order, func(a, b int) int {
		switch {
		case keys[a] < keys[b]:
			return -1
		case keys[a] > keys[b]:
			return 1
		}
		return 0
	})
	var kept []int
	for _, i := range order {
		for c := range nc {
			if math.Round(float64(sums[i*nc+c])*scale) != 0 {
				kept = append(kept, i)
				break
			}
		}
	}
	out := newTable(nc, len(kept))
	for _, i := range kept {
		for c := range nc {
			row[c] = int16(math.Round(float64(sums[i*nc+c]) * scale))
		}
		out.add(keys[i], row)
	}
	return out
}

// ModelClasses returns the tagger classes of an encoded model in its order,
// for TrainOptions.Classes.
func ModelClasses(b []byte) ([]string, error) {
	m, err := decodeModel(b)
	if err != nil {
		return nil, err
	}
	return m.classes, nil
}

// TagClasses returns the tag pairs ("XPOS\tUPOS") of the sentences by
// frequency, the order Train gives them when TrainOptions.Classes is nil.
func TagClasses(sents []Sentence) []string {
	count := map[string]int{}
	for _, s := range sents {
		for _, t := range s.Tokens {
			count[t.XPOS+"\t"+t.UPOS]++
		}
	}
	return byCount(count)
}
