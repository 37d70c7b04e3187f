package syntax

import "fmt"

// Weights live in open-addressing hash tables kept in slices: a feature's
// 64-bit hash finds a row, and the row holds the weights of all classes
// contiguously, so scoring a feature is one probe and one short loop.

// mix folds v into the running feature hash h.
func mix(h, v uint64) uint64 {
	h ^= v + 0x9E3779B97F4A7C15 + (h << 6) + (h >> 2)
	h *= 0xBF58476D1CE4E5B9
	h ^= h >> 31
	return h
}

func h1(t, a uint64) uint64       { return nz(mix(mix(t*0x94D049BB133111EB, a), 1)) }
func h2(t, a, b uint64) uint64    { return nz(mix(mix(mix(t*0x94D049BB133111EB, a), b), 2)) }
func h3(t, a, b, c uint64) uint64 { return nz(mix(mix(mix(mix(t*0x94D049BB133111EB, a), b), c), 3)) }

// nz keeps 0 free as the empty-slot marker.
func nz(h uint64) uint64 {
	if h == 0 {
		return 1
	}
	return h
}

// strHash hashes a string (FNV-1a, then mixed).
func strHash(s string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return mix(h, uint64(len(s)))
}

// table is a decoded, read-only weight table with int16 weights. A table
// of nActs classes keeps each row beside its key (one cache line per
// feature); wider tables keep only their non-zero weights.
type table struct {
	nc    int
	mask  uint64
	order []uint64 // keys in insertion order, for encoding

	s4 []slot4 // nc == nActs

	// otherwise: a slot holds the key and the bounds of its row in ws, so
	// scoring a feature touches the slot and then the row, nothing else.
	sN []slotN
	ws []classWeight
}

type slotN struct {
	key    uint64
	lo, hi int32 // row is ws[lo:hi]
}

// classWeight is one non-zero weight of a row.
type classWeight struct {
	c uint16
	v int16
}

type slot4 struct {
	key uint64
	w   [nActs]int16
}

func newTable(nc, n int) *table {
	size := 1
	for size < n*2 {
		size <<= 1
	}
	t := &table{nc: nc, mask: uint64(size - 1), order: make([]uint64, 0, n)}
	if nc == nActs {
		t.s4 = make([]slot4, size)
	} else {
		t.sN = make([]slotN, size)
	}
	return t
}

// add inserts a row; keys are unique by construction.
func (t *table) add(key uint64, w []int16) {
	t.order = append(t.order, key)
	i := key & t.mask
	if t.s4 != nil {
		for t.s4[i].key != 0 {
			i = (i + 1) & t.mask
		}
		t.s4[i].key = key
		copy(t.s4[i].w[:], w)
		return
	}
	for t.sN[i].key != 0 {
		i = (i + 1) & t.mask
	}
	lo := int32(len(t.ws))
	for c, v := range w {
		if v != 0 {
			t.ws = append(t.ws, classWeight{uint16(c), v})
		}
	}
	t.sN[i] = slotN{key, lo, int32(len(t.ws))}
}

// rowsN is the number of rows.
func (t *table) rowsN() int { return len(t.order) }

// dense writes the weights of key into w (len nc), zero when absent.
func (t *table) dense(key uint64, w []int16) {
	clear(w)
	i := key & t.mask
	if t.s4 != nil {
		for t.s4[i].key != 0 {
			if t.s4[i].key == key {
				copy(w, t.s4[i].w[:])
				return
			}
			i = (i + 1) & t.mask
		}
		return
	}
	for t.sN[i].key != 0 {
		if sl := &t.sN[i]; sl.key == key {
			for _, x := range t.ws[sl.lo:sl.hi] {
				w[x.c] = x.v
			}
			return
		}
		i = (i + 1) & t.mask
	}
}

// maxBatch bounds the features score looks up together (more than any
// template set has).
const maxBatch = 96

// score adds the weights of the features to out (len nc).
//
// The tables are far larger than the caches, so nearly every lookup is a
// cache miss. score therefore first reads the home slot of every feature,
// loads that do not depend on each other and so overlap in the memory
// system, and only then follows the probe sequences, which mostly end at
// the home slot already fetched.
func (t *table) score(feats []uint64, out []int32) {
	for len(feats) > maxBatch {
		t.score(feats[:maxBatch], out)
		feats = feats[maxBatch:]
	}
	var home [maxBatch]uint64
	if t.s4 != nil {
		for j, f := range feats {
			home[j] = t.s4[f&t.mask].key
		}
		var acc [nActs]int32
		for j, f := range feats {
			if home[j] == 0 {
				continue
			}
			i := f & t.mask
			for {
				sl := &t.s4[i]
				if sl.key == f {
					acc[0] += int32(sl.w[0])
					acc[1] += int32(sl.w[1])
					acc[2] += int32(sl.w[2])
					acc[3] += int32(sl.w[3])
					break
				}
				if sl.key == 0 {
					break
				}
				i = (i + 1) & t.mask
			}
		}
		for c := range acc {
			out[c] += acc[c]
		}
		return
	}
	for j, f := range feats {
		home[j] = t.sN[f&t.mask].key
	}
	// Second round: find the rows and touch their first weight, again
	// independent loads; the third adds them up.
	var rows [maxBatch]*slotN
	nr := 0
	var touch int32
	for j, f := range feats {
		if home[j] == 0 {
			continue
		}
		i := f & t.mask
		for {
			sl := &t.sN[i]
			if sl.key == f {
				if sl.lo < sl.hi {
					touch += int32(t.ws[sl.lo].c)
					rows[nr] = sl
					nr++
				}
				break
			}
			if sl.key == 0 {
				break
			}
			i = (i + 1) & t.mask
		}
	}
	for _, sl := range rows[:nr] {
		for _, x := range t.ws[sl.lo:sl.hi] {
			out[x.c] += int32(x.v)
		}
	}
	if touch < 0 { // never: class numbers are unsigned; keeps the loads
		out[0]++
	}
}

// trainTable is a growing table of int32 weights with the sums needed for
// averaging (Daumé's trick: avg = w - u/c).
type trainTable struct {
	nc   int
	mask uint64
	keys []uint64
	rows []int32
	n    int
	w    []int32
	u    []int64
}

func newTrainTable(nc int) *trainTable {
	size := 1 << 16
	return &trainTable{nc: nc, mask: uint64(size - 1), keys: make([]uint64, size), rows: make([]int32, size)}
}

func (t *trainTable) find(f uint64) int {
	i := f & t.mask
	for {
		k := t.keys[i]
		if k == f {
			return int(t.rows[i])
		}
		if k == 0 {
			return -1
		}
		i = (i + 1) & t.mask
	}
}

func (t *trainTable) findOrAdd(f uint64) int {
	if r := t.find(f); r >= 0 {
		return r
	}
	if (t.n+1)*2 > len(t.keys) {
		t.grow()
	}
	i := f & t.mask
	for t.keys[i] != 0 {
		i = (i + 1) & t.mask
	}
	t.keys[i] = f
	t.rows[i] = int32(t.n)
	t.n++
	t.w = append(t.w, make([]int32, t.nc)...)
	t.u = append(t.u, make([]int64, t.nc)...)
	return t.n - 1
}

func (t *trainTable) grow() {
	oldK, oldR := t.keys, t.rows
	size := len(oldK) * 2
	t.keys, t.rows, t.mask = make([]uint64, size), make([]int32, size), uint64(size-1)
	for j, k := range oldK {
		if k == 0 {
			continue
		}
		i := k & t.mask
		for t.keys[i] != 0 {
			i = (i + 1) & t.mask
		}
		t.keys[i], t.rows[i] = k, oldR[j]
	}
}

func (t *trainTable) score(feats []uint64, out []int32) {
	nc := t.nc
	for _, f := range feats {
		r := t.find(f)
		if r < 0 {
			continue
		}
		ws := t.w[r*nc : r*nc+nc]
		for c := range ws {
			out[c] += ws[c]
		}
	}
}

// update moves class cls of every feature by delta at time c.
func (t *trainTable) update(feats []uint64, cls int, delta int32, c int64) {
	for _, f := range feats {
		r := t.findOrAdd(f)*t.nc + cls
		t.w[r] += delta
		t.u[r] += c * int64(delta)
	}
}

// quantize averages the weights at time c and returns a read-only table
// with weights scaled to int16; rows whose weights all round to zero are
// dropped. Rows are inserted in key order so the result is deterministic.
func (t *trainTable) quantize(c int64) (*table, string) {
	avg := make([]float64, len(t.w))
	maxAbs := 0.0
	for i := range t.w {
		a := float64(t.w[i]) - float64(t.u[i])/float64(c)
		avg[i] = a
		if a < 0 {
			a = -a
		}
		if a > maxAbs {
			maxAbs = a
		}
	}
	scale := 1.0
	if maxAbs > 0 {
		scale = 32000 / maxAbs
	}
	lost := 0
	nonzero := 0
	for _, a := range avg {
		if a != 0 {
			nonzero++
			if a*scale < 0.5 && a*scale > -0.5 {
				lost++
			}
		}
	}
	stats := fmt.Sprintf("maxAbs %.1f nonzero %d rounded to zero %d", maxAbs, nonzero, lost)
	keys := make([]uint64, 0, t.n)
	rowOf := make([]int32, 0, t.n)
	for j, k := range t.keys {
		if k != 0 {
			keys = append(keys, k)
			rowOf = append(rowOf, t.rows[j])
		}
	}
	sortKeys(keys, rowOf)
	q := make([]int16, t.nc)
	var kept []uint64
	var kw []int16
	for j, k := range keys {
		r := int(rowOf[j]) * t.nc
		any := false
		for c := 0; c < t.nc; c++ {
			v := avg[r+c] * scale
			if v >= 0 {
				v += 0.5
			} else {
				v -= 0.5
			}
			q[c] = int16(v)
			if q[c] != 0 {
				any = true
			}
		}
		if any {
			kept = append(kept, k)
			kw = append(kw, q...)
		}
	}
	out := newTable(t.nc, len(kept))
	for j, k := range kept {
		out.add(k, kw[j*t.nc:(j+1)*t.nc])
	}
	return out, stats
}

// sortKeys sorts keys ascending, permuting vals alongside (heap sort: no
// allocation, deterministic).
func sortKeys(keys []uint64, vals []int32) {
	n := len(keys)
	sift := func(i, n int) {
		for {
			c := 2*i + 1
			if c >= n {
				return
			}
			if c+1 < n && keys[c+1] > keys[c] {
				c++
			}
			if keys[i] >= keys[c] {
				return
			}
			keys[i], keys[c] = keys[c], keys[i]
			vals[i], vals[c] = vals[c], vals[i]
			i = c
		}
	}
	for i := n/2 - 1; i >= 0; i-- {
		sift(i, n)
	}
	for end := n - 1; end > 0; end-- {
		keys[0], keys[end] = keys[end], keys[0]
		vals[0], vals[end] = vals[end], vals[0]
		sift(0, end)
	}
}
