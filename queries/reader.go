package queries

import (
	"context"
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/refs"
	"github.com/cayleygraph/cayley/query/path"
	"github.com/cayleygraph/quad"

	"newsgraph/graph"
)

// EntityRef names an entity in query results.
type EntityRef struct {
	ID   string `json:"id"`
	Name string `json:"name"`
	Type string `json:"type,omitempty"`
}

// String is the entity's name, or its id when it has none.
func (e EntityRef) String() string {
	if e.Name != "" {
		return e.Name
	}
	return e.ID
}

// reader walks the quad indexes of one store for one query. It caches what it
// has read about entities and sources, since neighbourhood queries meet the
// same nodes many times.
type reader struct {
	ctx      context.Context
	qs       cgraph.QuadStore
	entities map[string]EntityRef
	details  map[string]graph.Entity
	sources  map[quad.IRI]*graph.Source
	keys     map[quad.Value]any // refs.ToKey of values looked up, nil when absent
	refs     map[quad.Value]cgraph.Ref
	values   map[any]quad.Value // by refs.ToKey: the values named so far
}

func newReader(ctx context.Context, s *graph.Store) *reader {
	return &reader{
		ctx:      ctx,
		qs:       s.QuadStore(),
		entities: map[string]EntityRef{},
		details:  map[string]graph.Entity{},
		sources:  map[quad.IRI]*graph.Source{},
		keys:     map[quad.Value]any{},
		refs:     map[quad.Value]cgraph.Ref{},
		values:   map[any]quad.Value{},
	}
}

// ref returns v's ref in this store, nil when the store has never seen v.
func (r *reader) ref(v quad.Value) (cgraph.Ref, error) {
	if ref, ok := r.refs[v]; ok {
		return ref, nil
	}
	ref, err := r.qs.ValueOf(v)
	if err != nil {
		return nil, fmt.Errorf("looking up %v: %w", v, err)
	}
	r.refs[v] = ref
	r.keys[v] = refs.ToKey(ref)
	return ref, nil
}

// name fills vals with the values of rs, naming those not seen before in
// one batch: on bolt one read transaction for all of them instead of one
// per value (Quad and NameOf open one each), which dominated queries that
// read thousands of quads.
func (r *reader) name(rs []cgraph.Ref) ([]quad.Value, error) {
	out := make([]quad.Value, len(rs))
	var miss []cgraph.Ref
	seen := map[any]bool{}
	for i, ref := range rs {
		if ref == nil {
			continue
		}
		k := refs.ToKey(ref)
		if v, ok := r.values[k]; ok {
			out[i] = v
		} else if !seen[k] {
			seen[k] = true
			miss = append(miss, ref)
		}
	}
	if len(miss) == 0 {
		return out, nil
	}
	vals, err := cgraph.ValuesOf(r.ctx, r.qs, miss)
	if err != nil {
		return nil, fmt.Errorf("naming %d nodes: %w", len(miss), err)
	}
	for i, ref := range miss {
		r.values[refs.ToKey(ref)] = vals[i]
	}
	for i, ref := range rs {
		if ref != nil && out[i] == nil {
			out[i] = r.values[refs.ToKey(ref)]
		}
	}
	return out, nil
}

// key returns a comparable key for v's ref in this store, nil when the
// store has never seen v.
func (r *reader) key(v quad.Value) (any, error) {
	if k, ok := r.keys[v]; ok {
		return k, nil
	}
	if _, err := r.ref(v); err != nil {
		return nil, err
	}
	return r.keys[v], nil
}

// eachWhere is each, restricted to quads whose value in direction by has a
// key accepted by keep. The test runs on the quad's ref, before the quad's
// four values are read, so skipped quads cost next to nothing: entities
// carry several attribute quads per document and two mention quads per
// relation, which neighbourhood queries skip.
func (r *reader) eachWhere(d quad.Direction, v quad.Value, by quad.Direction, keep func(key any) bool, fn func(q quad.Quad) error) error {
	ref, err := r.ref(v)
	if err != nil {
		return err
	}
	if ref == nil {
		return nil
	}
	// The quads kept are collected first and named together (name), then
	// handed to fn in the order the index gave them.
	var kept []cgraph.Ref
	it := r.qs.QuadIterator(d, ref).Iterate()
	for it.Next(r.ctx) {
		qref := it.Result()
		if keep != nil { // nil keeps every quad without reading its other direction
			dv, err := r.qs.QuadDirection(qref, by)
			if err != nil {
				it.Close()
				return fmt.Errorf("reading quad of %v: %w", v, err)
			}
			if !keep(refs.ToKey(dv)) {
				continue
			}
		}
		for _, dir := range quad.Directions {
			dv, err := r.qs.QuadDirection(qref, dir)
			if err != nil {
				it.Close()
				return fmt.Errorf("reading quad of %v: %w", v, err)
			}
			kept = append(kept, dv)
		}
	}
	err = it.Err()
	if cerr := it.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("iterating quads of %v: %w", v, err)
	}
	if err := r.ctx.Err(); err != nil {
		return err
	}
	vals, err := r.name(kept)
	if err != nil {
		return fmt.Errorf("reading quads of %v: %w", v, err)
	}
	for i := 0; i < len(vals); i += len(quad.Directions) {
		var q quad.Quad
		for j, dir := range quad.Directions {
			q.Set(dir, vals[i+j])
		}
		if err := fn(q); err != nil {
			return err
		}
	}
	return nil
}

// smaller reports whether the quads with a in direction da are known to be
// fewer than those with b in direction db.
func (r *reader) smaller(da quad.Direction, a quad.Value, db quad.Direction, b quad.Value) bool {
	size := func(d quad.Direction, v quad.Value) (int64, bool) {
		ref, err := r.qs.ValueOf(v)
		if err != nil || ref == nil {
			return 0, false
		}
		sz, err := r.qs.QuadIteratorSize(r.ctx, d, ref)
		return sz.Value, err == nil && sz.Exact
	}
	na, oka := size(da, a)
	nb, okb := size(db, b)
	return oka && okb && na < nb
}

// schemaPredicates are the predicates of the schema other than relations.
var schemaPredicates = []quad.IRI{
	graph.PredType, graph.PredName, graph.PredAlternateName, graph.PredNGType, graph.PredMentions,
	graph.PredMentionedIn, graph.PredHash, graph.PredPath, graph.PredSentences, graph.PredDoc,
	graph.PredSentence, graph.PredText, graph.PredSpan, graph.PredSubject, graph.PredPredicate,
	graph.PredObject, graph.PredSource, graph.PredPredicateText, graph.PredNegated, graph.PredModality,
	graph.PredConfidence, graph.PredAttributedTo, graph.PredSpeaker, graph.PredCue, graph.PredContent,
	graph.PredDirect, graph.PredAbout, graph.PredStance, graph.PredSchemaVersion, graph.PredLabel,
}

// predicateFilter returns a keep function for eachWhere(…, quad.Predicate, …)
// that accepts relation predicates (anything outside the schema) and the
// schema predicates in also.
func (r *reader) predicateFilter(also ...quad.IRI) (func(any) bool, error) {
	skip := map[any]bool{}
	for _, p := range schemaPredicates {
		if slices.Contains(also, p) {
			continue
		}
		k, err := r.key(p)
		if err != nil {
			return nil, err
		}
		if k != nil {
			skip[k] = true
		}
	}
	return func(k any) bool { return !skip[k] }, nil
}

// each calls fn for every quad that has v in direction d. A value the store
// has never seen has no quads.
func (r *reader) each(d quad.Direction, v quad.Value, fn func(q quad.Quad) error) error {
	return r.eachWhere(d, v, d, nil, fn)
}

// props reads every quad whose subject is node, grouped by predicate. Use it
// on small nodes (statements, sources, mentions), not on entities, whose
// subject quads include all their relations.
func (r *reader) props(node quad.Value) (map[quad.IRI][]quad.Quad, error) {
	m := map[quad.IRI][]quad.Quad{}
	err := r.each(quad.Subject, node, func(q quad.Quad) error {
		if p, ok := q.Predicate.(quad.IRI); ok {
			m[p] = append(m[p], q)
		}
		return nil
	})
	return m, err
}

// out calls fn for each object of the quads node –pred→ ?, at most limit
// of them when limit > 0. Cayley's backends answer this from a
// subject–predicate index (bolt, postgres) or by intersecting two indexes
// (memory), so it costs what it returns, not the node's whole degree —
// which matters for entities with many relations.
func (r *reader) out(node quad.Value, pred quad.IRI, limit int, fn func(quad.Value) error) error {
	rs, err := r.outRefs(node, pred, limit)
	if err != nil {
		return err
	}
	vals, err := r.name(rs)
	if err != nil {
		return fmt.Errorf("reading %v %v: %w", node, pred, err)
	}
	for _, v := range vals {
		if v == nil {
			continue
		}
		if err := fn(v); err != nil {
			return err
		}
	}
	return nil
}

// outRefs is out without naming the objects: their refs, in the order
// out gives them.
func (r *reader) outRefs(node quad.Value, pred quad.IRI, limit int) ([]cgraph.Ref, error) {
	ref, err := r.ref(node)
	if err != nil || ref == nil {
		return nil, err // a node the store has never seen has no quads
	}
	pref, err := r.ref(pred)
	if err != nil || pref == nil {
		return nil, err
	}
	p := path.StartPathNodes(r.qs, ref).Out(path.StartPathNodes(r.qs, pref))
	if limit > 0 {
		p = p.Limit(int64(limit))
	}
	var out []cgraph.Ref
	err = p.Iterate(r.ctx).Each(func(v cgraph.Ref) error {
		out = append(out, v)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("reading %v %v: %w", node, pred, err)
	}
	return out, nil
}

// in calls fn for each subject of the quads ? –pred→ node, named in one
// batch (name).
func (r *reader) in(node quad.Value, pred quad.IRI, fn func(quad.Value) error) error {
	ref, err := r.ref(node)
	if err != nil || ref == nil {
		return err // a node the store has never seen has no quads
	}
	pref, err := r.ref(pred)
	if err != nil || pref == nil {
		return err
	}
	var rs []cgraph.Ref
	err = path.StartPathNodes(r.qs, ref).In(path.StartPathNodes(r.qs, pref)).Iterate(r.ctx).Each(func(v cgraph.Ref) error {
		rs = append(rs, v)
		return nil
	})
	if err == nil {
		var vals []quad.Value
		if vals, err = r.name(rs); err == nil {
			for _, v := range vals {
				if v == nil {
					continue
				}
				if err := fn(v); err != nil {
					return err
				}
			}
			return nil
		}
	}
	return fmt.Errorf("reading %v ← %v: %w", node, pred, err)
}

// propsOnly is props restricted to the predicates preds: the other quads
// of node are skipped before their values are read.
func (r *reader) propsOnly(node quad.Value, preds ...quad.IRI) (map[quad.IRI][]quad.Quad, error) {
	want := map[any]bool{}
	for _, p := range preds {
		k, err := r.key(p)
		if err != nil {
			return nil, err
		}
		if k != nil {
			want[k] = true
		}
	}
	m := map[quad.IRI][]quad.Quad{}
	err := r.eachWhere(quad.Subject, node, quad.Predicate, func(k any) bool { return want[k] }, func(q quad.Quad) error {
		if p, ok := q.Predicate.(quad.IRI); ok {
			m[p] = append(m[p], q)
		}
		return nil
	})
	return m, err
}

// sampleSize is how many of an entity's per-document name and type quads
// entity reads when the store keeps no label for it (prefetch). An entity
// in a thousand articles has a thousand of each, almost always the same value (the extractor links names across
// documents); reading them all for every neighbour of a hub would dominate
// neighbourhood queries. entityDetail, for the entities a query is about,
// reads them all.
const sampleSize = 8

// entity returns the name and type of entity id: its stored label, or the
// most frequent among the first sampleSize per-document values (ties to the
// longer, then the smaller, for stable output), unless entityDetail has
// read them all already.
func (r *reader) entity(id string) (EntityRef, error) {
	if e, ok := r.entities[id]; ok {
		return e, nil
	}
	if err := r.prefetch([]string{id}); err != nil {
		return EntityRef{}, err
	}
	return r.entities[id], nil
}

// prefetch reads what entity returns for every id in ids at once: the
// label the store keeps for each (graph.PredLabel), one index lookup each,
// then all the values in one batch (name). A hub's hundreds of neighbours
// otherwise cost hundreds of lookups, each in its own read transaction.
// An entity without a label (a store written before labels) is named from
// a sample of its name and type quads instead.
func (r *reader) prefetch(ids []string) error {
	type want struct {
		id           string
		label        []cgraph.Ref
		names, types []cgraph.Ref
	}
	var ws []want
	var all []cgraph.Ref
	seen := map[string]bool{}
	for _, id := range ids {
		if _, ok := r.entities[id]; ok || seen[id] {
			continue
		}
		seen[id] = true
		node := graph.EntityIRI(id)
		w := want{id: id}
		var err error
		if w.label, err = r.outRefs(node, graph.PredLabel, 0); err == nil && len(w.label) != 1 {
			w.label = nil
			// Two subject–predicate lookups: one path with SaveOptional
			// for both reads far more quads on bolt.
			if w.names, err = r.outRefs(node, graph.PredName, sampleSize); err == nil {
				w.types, err = r.outRefs(node, graph.PredNGType, sampleSize)
			}
		}
		if err != nil {
			return fmt.Errorf("entity %s: %w", id, err)
		}
		ws = append(ws, w)
		all = append(all, w.label...)
		all = append(all, w.names...)
		all = append(all, w.types...)
	}
	if _, err := r.name(all); err != nil {
		return fmt.Errorf("naming %d entities: %w", len(ws), err)
	}
	count := func(rs []cgraph.Ref) map[string]int {
		m := map[string]int{}
		for _, ref := range rs {
			if v := r.values[refs.ToKey(ref)]; v != nil {
				m[graph.Text(v)]++
			}
		}
		return m
	}
	for _, w := range ws {
		if len(w.label) == 1 {
			if name, typ, ok := graph.ParseLabel(r.values[refs.ToKey(w.label[0])]); ok {
				r.entities[w.id] = EntityRef{ID: w.id, Name: name, Type: typ}
				continue
			}
		}
		r.entities[w.id] = EntityRef{ID: w.id, Name: mostFrequent(count(w.names)), Type: mostFrequent(count(w.types))}
	}
	return nil
}

// entityOf returns the entity at node v, which must be an <ent/…> IRI.
func (r *reader) entityOf(v quad.Value) (EntityRef, bool, error) {
	id, ok := graph.ParseID(v, graph.PrefixEntity)
	if !ok {
		return EntityRef{}, false, nil
	}
	e, err := r.entity(id)
	return e, err == nil, err
}

// source returns what sentence src (<src/d/s>) is, without per-fact attributes.
func (r *reader) source(src quad.IRI) (graph.Source, error) {
	if s, ok := r.sources[src]; ok {
		return *s, nil
	}
	s := &graph.Source{}
	err := r.each(quad.Subject, src, func(q quad.Quad) error {
		switch q.Predicate {
		case graph.PredDoc:
			s.Doc, _ = graph.ParseID(q.Object, graph.PrefixDoc)
		case graph.PredSentence:
			s.Sentence = int(graph.Int(q.Object))
		case graph.PredText:
			s.Text = graph.Text(q.Object)
		case graph.PredSpan:
			s.Span = graph.ParseSpan(graph.Text(q.Object))
		}
		return nil
	})
	if err != nil {
		return graph.Source{}, fmt.Errorf("source %s: %w", src, err)
	}
	if s.Doc == "" {
		// A source without its own quads still names its document in its IRI.
		s.Doc, s.Sentence = splitSourceIRI(src)
	}
	r.sources[src] = s
	return *s, nil
}

// splitSourceIRI parses <src/{doc}/{sentence}>.
func splitSourceIRI(src quad.IRI) (string, int) {
	rest, ok := graph.ParseID(src, graph.PrefixSource)
	if !ok {
		return "", 0
	}
	i := strings.LastIndexByte(rest, '/')
	if i < 0 {
		return rest, 0
	}
	n, _ := strconv.Atoi(rest[i+1:])
	return rest[:i], n
}

// docOfLabel is the document a relation label (<src/d/s>) belongs to, read
// from the IRI alone so that counting documents needs no lookups.
func docOfLabel(label quad.Value) string {
	iri, ok := label.(quad.IRI)
	if !ok {
		return ""
	}
	d, _ := splitSourceIRI(iri)
	return d
}

// mostFrequent returns the key with the highest count; ties go to the
// longer, then the smaller — graph.Snapshot's rule, so that both name an
// entity alike.
func mostFrequent(m map[string]int) string {
	best, n := "", -1
	for k, c := range m {
		if c > n || c == n && (len(k) > len(best) || len(k) == len(best) && k < best) {
			best, n = k, c
		}
	}
	return best
}

// sortSources orders sources by document then sentence.
func sortSources(ss []graph.Source) {
	sort.Slice(ss, func(i, j int) bool {
		if ss[i].Doc != ss[j].Doc {
			return ss[i].Doc < ss[j].Doc
		}
		return ss[i].Sentence < ss[j].Sentence
	})
}

// docsOf lists the distinct documents of sources, sorted.
func docsOf(ss []graph.Source) []string {
	seen := map[string]bool{}
	var out []string
	for _, s := range ss {
		if s.Doc != "" && !seen[s.Doc] {
			seen[s.Doc] = true
			out = append(out, s.Doc)
		}
	}
	sort.Strings(out)
	return out
}
