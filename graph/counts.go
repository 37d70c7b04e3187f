package graph

import (
	"context"
	"encoding/json"
	"fmt"
	"maps"
	"strings"

	"github.com/cayleygraph/cayley"
	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/refs"
	"github.com/cayleygraph/quad"
)

// PredCounts carries what Stats reports (without the quad count, which the
// backend keeps): one quad on MetaNode, replaced by every load, removal and
// correction in the same transaction as its other changes, so that Stats
// reads one quad instead of scanning the store. A store written before the
// counts existed is counted in full once, by the first change (or by every
// Stats until then).
const PredCounts = quad.IRI("ng:counts")

// storedCounts returns the stored counts and their quad; ok is false when
// the store keeps none.
func (s *Store) storedCounts(ctx context.Context) (st Stats, q quad.Quad, ok bool, err error) {
	err = s.eachQuad(ctx, quad.Subject, MetaNode, func(x quad.Quad) error {
		if x.Predicate == PredCounts && x.Label == MetaLabel {
			q, ok = x, true
		}
		return nil
	})
	if err != nil || !ok {
		return Stats{}, quad.Quad{}, false, err
	}
	if err := json.Unmarshal([]byte(Text(q.Object)), &st); err != nil {
		return Stats{}, quad.Quad{}, false, fmt.Errorf("%s: %w: its counts: %v", s.Name(), ErrCorrupt, err)
	}
	if st.EntitiesByType == nil {
		st.EntitiesByType = map[string]int{}
	}
	return st, q, true, nil
}

func countsQuad(st Stats) quad.Quad {
	st.Quads = 0 // the backend's to say
	for t, n := range st.EntitiesByType {
		if n == 0 {
			delete(st.EntitiesByType, t)
		}
	}
	b, _ := json.Marshal(st) // ints and a map of ints: cannot fail; keys sorted
	return quad.Make(MetaNode, PredCounts, quad.String(string(b)), MetaLabel)
}

// recount counts what the store holds by reading every quad.
func (s *Store) recount(ctx context.Context) (Stats, error) {
	acc := newAccumulator()
	// Counting needs no text: a store's sentences, quotes and predicate
	// wordings would otherwise all be held at once.
	acc.light = true
	var n int64
	err := s.eachQuadAll(ctx, func(q quad.Quad) error {
		n++
		return acc.add(q)
	})
	if err != nil {
		return Stats{}, err
	}
	ents := acc.entities()
	st := Stats{
		Entities:       len(ents),
		EntitiesByType: map[string]int{},
		Relations:      len(acc.facts),
		Statements:     len(acc.stmts),
		Documents:      len(acc.docs),
		Sentences:      len(acc.srcs),
		Quads:          n,
	}
	for _, e := range ents {
		st.EntitiesByType[e.Type]++
	}
	acc.eachFactSource(func(factKey, quad.Value, *mentionAcc) { st.RelationSources++ })
	for _, x := range acc.stmts {
		for _, per := range x.per {
			if per.isSource {
				st.StatementSources++
			}
		}
	}
	return st, nil
}

// countChange returns st after deleting dels and adding adds, which must not
// have been applied yet: what is counted once however many documents hold it
// (an entity, a fact, a statement) is looked up in the store for the nodes
// the change touches only. In a store Check finds consistent the result
// equals recount after the change.
//
// When read is not nil it receives, for each entity the change touches, the
// counts of its name and ng:type values before the change, which
// labelChange needs too: read once, not twice.
func (s *Store) countChange(ctx context.Context, st Stats, dels, adds []quad.Quad, read map[quad.IRI]*entityQuads) (Stats, error) {
	out := st
	out.EntitiesByType = make(map[string]int, len(st.EntitiesByType))
	for t, n := range st.EntitiesByType {
		out.EntitiesByType[t] = n
	}
	// Per entity: how the change moves its name, type and class quads.
	type entDelta struct {
		names   int
		types   map[string]int
		classes map[quad.Value]int
	}
	ents := map[quad.IRI]*entDelta{}
	facts := map[quad.Quad]int{} // s, p, o (no label) → quads added − removed
	stmts := map[quad.IRI]int{}  // statement → type quads added − removed
	for i, qs := range [][]quad.Quad{dels, adds} {
		sign := 2*i - 1
		for _, q := range qs {
			subj, ok := q.Subject.(quad.IRI)
			if !ok {
				continue
			}
			sv := string(subj)
			switch {
			case strings.HasPrefix(sv, PrefixEntity):
				if _, ok := ParseID(q.Predicate, PrefixRelation); ok {
					facts[quad.Quad{Subject: q.Subject, Predicate: q.Predicate, Object: q.Object}] += sign
					continue
				}
				d := ents[subj]
				if d == nil {
					d = &entDelta{types: map[string]int{}, classes: map[quad.Value]int{}}
					ents[subj] = d
				}
				switch q.Predicate {
				case PredName:
					d.names += sign
				case PredNGType:
					d.types[Text(q.Object)] += sign
				case PredType:
					d.classes[q.Object] += sign
				}
			case strings.HasPrefix(sv, PrefixDoc):
				if q.Predicate == PredType && q.Object == ClassArticle {
					out.Documents += sign
				}
			case strings.HasPrefix(sv, PrefixSource):
				if q.Predicate == PredDoc {
					out.Sentences += sign
				}
			case strings.HasPrefix(sv, PrefixMention):
				if q.Predicate == PredType && q.Object == ClassMention {
					out.RelationSources += sign
				}
			case strings.HasPrefix(sv, PrefixStatement):
				switch q.Predicate {
				case PredType:
					stmts[subj] += sign
				case PredSource:
					out.StatementSources += sign
				}
			}
		}
	}
	for f, d := range facts {
		if d == 0 {
			continue
		}
		n := 0
		err := s.eachOut(ctx, f.Subject, f.Predicate, func(o quad.Value) {
			if o == f.Object {
				n++
			}
		})
		if err != nil {
			return st, err
		}
		out.Relations += present(n+d) - present(n)
	}
	for stmt, d := range stmts {
		if d == 0 {
			continue
		}
		n := 0
		if err := s.eachOut(ctx, stmt, PredType, func(quad.Value) { n++ }); err != nil {
			return st, err
		}
		out.Statements += present(n+d) - present(n)
	}
	for e, d := range ents {
		types, classes := map[string]int{}, map[quad.Value]int{}
		if err := s.eachOut(ctx, e, PredNGType, func(v quad.Value) { types[Text(v)]++ }); err != nil {
			return st, err
		}
		if err := s.eachOut(ctx, e, PredType, func(v quad.Value) { classes[v]++ }); err != nil {
			return st, err
		}
		// For the counts, names only tell whether an entity without a
		// class exists: every document gives its entities both, so they
		// are read only then — or always when the labels want them.
		names := 0
		if read != nil {
			r := &entityQuads{names: map[string]int{}, types: maps.Clone(types)}
			if err := s.eachOut(ctx, e, PredName, func(v quad.Value) { r.names[Text(v)]++ }); err != nil {
				return st, err
			}
			for _, n := range r.names {
				names += n
			}
			read[e] = r
		} else if sumPositive(classes) == 0 || sumPositive(classes)+sumDelta(d.classes) <= 0 {
			if err := s.eachOut(ctx, e, PredName, func(quad.Value) { names++ }); err != nil {
				return st, err
			}
		} else {
			names = 1 // not read: the classes decide, before and after
		}
		before, wasType := entityType(names, types, classes)
		names += d.names
		for t, n := range d.types {
			types[t] += n
		}
		for c, n := range d.classes {
			classes[c] += n
		}
		after, isType := entityType(names, types, classes)
		if before {
			out.Entities--
			out.EntitiesByType[wasType]--
		}
		if after {
			out.Entities++
			out.EntitiesByType[isType]++
		}
	}
	for t, n := range out.EntitiesByType {
		if n == 0 {
			delete(out.EntitiesByType, t)
		}
	}
	return out, nil
}

// entityType says whether an entity with these name, type and class quads
// exists and which type it has, as the accumulator decides (entities).
func entityType(names int, types map[string]int, classes map[quad.Value]int) (bool, string) {
	for t, n := range types {
		if n <= 0 {
			delete(types, t)
		}
	}
	nc := 0
	for c, n := range classes {
		if n <= 0 {
			delete(classes, c)
		}
		nc += max(n, 0)
	}
	if names <= 0 && nc == 0 {
		return false, ""
	}
	t := pickMost(types)
	if t == "" {
		t = typeOfClass(pickMostValue(classes))
	}
	return true, t
}

func sumPositive(m map[quad.Value]int) int {
	n := 0
	for _, c := range m {
		n += max(c, 0)
	}
	return n
}

func sumDelta(m map[quad.Value]int) int {
	n := 0
	for _, c := range m {
		n += c
	}
	return n
}

func present(n int) int {
	if n > 0 {
		return 1
	}
	return 0
}

// eachOut calls fn with the object of every quad node –pred→ ?, once per
// quad (the same object under two labels comes twice). Bolt and PostgreSQL
// answer it from their subject–predicate index, so it costs what it
// returns, not the node's whole degree.
func (s *Store) eachOut(ctx context.Context, node, pred quad.Value, fn func(quad.Value)) error {
	ref, err := s.qs.ValueOf(node)
	if err != nil {
		return fmt.Errorf("looking up %v: %w", node, err)
	}
	if ref == nil {
		return nil // a node the store has never seen has no quads
	}
	// The objects are named in one batch (one read transaction on bolt)
	// rather than one NameOf each: an entity in a thousand documents has a
	// thousand name and type quads.
	// Most of them are the same few values: each is named once.
	var uniq []cgraph.Ref
	var order []int // per object, its index in uniq
	index := map[any]int{}
	err = cayley.StartPath(s.qs, node).Out(pred).Iterate(ctx).Each(func(r cgraph.Ref) error {
		k := refs.ToKey(r)
		i, ok := index[k]
		if !ok {
			i = len(uniq)
			index[k] = i
			uniq = append(uniq, r)
		}
		order = append(order, i)
		return nil
	})
	if err != nil {
		return fmt.Errorf("reading %v %v: %w", node, pred, err)
	}
	if len(uniq) == 0 {
		return nil
	}
	vals, err := cgraph.ValuesOf(ctx, s.qs, uniq)
	if err != nil {
		return fmt.Errorf("reading %v %v: %w", node, pred, err)
	}
	for _, i := range order {
		if vals[i] != nil {
			fn(vals[i])
		}
	}
	return nil
}
