package graph

import (
	"context"
	"maps"
	"strings"

	"github.com/cayleygraph/quad"
)

// PredLabel carries an entity's name and type as queries show it, on one
// quad per entity labelled <meta>:
//
//	<ent/x> <ng:label> "PERSON\tVladimir Putin" <meta>
//
// the name and the ng:type most of its documents give (ties: the longer,
// then the smaller; pickMost), kept by every load, removal and correction
// in its transaction like the counts (counts.go). An entity in a thousand
// documents has a thousand name and type quads; a query naming the hundreds
// of neighbours of a hub reads one quad each instead. An entity with
// neither a name nor an ng:type has no label, and neither has any entity of
// a store written before labels existed until a change touches it: readers
// then count its name and type quads themselves.
const PredLabel = quad.IRI("ng:label")

// LabelValue is the object of an entity's PredLabel quad.
func LabelValue(name, typ string) quad.Value {
	return quad.String(typ + "\t" + name)
}

// ParseLabel reads the name and type of a PredLabel object; ok is false
// when v is not one.
func ParseLabel(v quad.Value) (name, typ string, ok bool) {
	s, isStr := v.(quad.String)
	if !isStr {
		return "", "", false
	}
	typ, name, ok = strings.Cut(string(s), "\t")
	return name, typ, ok
}

// entityQuads counts an entity's name and ng:type values (one per quad).
type entityQuads struct{ names, types map[string]int }

// labelChange returns the label quads to delete and add so that every
// entity whose name or ng:type quads dels and adds (not applied yet) touch
// is labelled as it will be after them. read holds what countChange read
// of them already.
func (s *Store) labelChange(ctx context.Context, dels, adds []quad.Quad, read map[quad.IRI]*entityQuads) (ldels, ladds []quad.Quad, err error) {
	type delta struct{ names, types map[string]int }
	touched := map[quad.IRI]*delta{}
	var order []quad.IRI // the changes' order: the same change writes the same quads in the same order
	for i, qs := range [][]quad.Quad{dels, adds} {
		sign := 2*i - 1
		for _, q := range qs {
			if q.Predicate != PredName && q.Predicate != PredNGType {
				continue
			}
			e, ok := q.Subject.(quad.IRI)
			if !ok || !strings.HasPrefix(string(e), PrefixEntity) {
				continue
			}
			d := touched[e]
			if d == nil {
				d = &delta{names: map[string]int{}, types: map[string]int{}}
				touched[e] = d
				order = append(order, e)
			}
			if q.Predicate == PredName {
				d.names[Text(q.Object)] += sign
			} else {
				d.types[Text(q.Object)] += sign
			}
		}
	}
	for _, e := range order {
		d := touched[e]
		var names, types map[string]int
		if r := read[e]; r != nil {
			names, types = maps.Clone(r.names), maps.Clone(r.types)
		} else {
			names, types = map[string]int{}, map[string]int{}
			if err := s.eachOut(ctx, e, PredName, func(v quad.Value) { names[Text(v)]++ }); err != nil {
				return nil, nil, err
			}
			if err := s.eachOut(ctx, e, PredNGType, func(v quad.Value) { types[Text(v)]++ }); err != nil {
				return nil, nil, err
			}
		}
		var stored []quad.Value
		if err := s.eachOut(ctx, e, PredLabel, func(v quad.Value) { stored = append(stored, v) }); err != nil {
			return nil, nil, err
		}
		for n, c := range d.names {
			names[n] += c
		}
		for t, c := range d.types {
			types[t] += c
		}
		var want quad.Value
		if names, types = positive(names), positive(types); len(names)+len(types) > 0 {
			want = LabelValue(pickMost(names), pickMost(types))
		}
		keep := false
		for _, v := range stored {
			if v == want && !keep {
				keep = true
				continue
			}
			ldels = append(ldels, quad.Make(e, PredLabel, v, MetaLabel))
		}
		if want != nil && !keep {
			ladds = append(ladds, quad.Make(e, PredLabel, want, MetaLabel))
		}
	}
	return ldels, ladds, nil
}

// positive drops the keys whose count is not above zero.
func positive(m map[string]int) map[string]int {
	for k, n := range m {
		if n <= 0 {
			delete(m, k)
		}
	}
	return m
}
