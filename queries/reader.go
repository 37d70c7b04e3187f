package queries

import (
	"context"
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/cayleygraph/cayley"
	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/refs"
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
}

func newReader(ctx context.Context, s *graph.Store) *reader {
	return &reader{
		ctx:      ctx,
		qs:       s.QuadStore(),
		entities: map[string]EntityRef{},
		details:  map[string]graph.Entity{},
		sources:  map[quad.IRI]*graph.Source{},
		keys:     map[quad.Value]any{},
	}
}

// key returns a comparable key for v's ref in this store, nil when the
// store has never seen v.
func (r *reader) key(v quad.Value) (any, error) {
	if k, ok := r.keys[v]; ok {
		return k, nil
	}
	ref, err := r.qs.ValueOf(v)
	if err != nil {
		return nil, fmt.Errorf("looking up %v: %w", v, err)
	}
	k := refs.ToKey(ref)
	r.keys[v] = k
	return k, nil
}

// eachWhere is each, restricted to quads whose value in direction by has a
// key accepted by keep. The test runs on the quad's ref, before the quad's
// four values are read, so skipped quads cost next to nothing: entities
// carry several attribute quads per document and two mention quads per
// relation, which neighbourhood queries skip.
func (r *reader) eachWhere(d quad.Direction, v quad.Value, by quad.Direction, keep func(key any) bool, fn func(q quad.Quad) error) error {
	ref, err := r.qs.ValueOf(v)
	if err != nil {
		return fmt.Errorf("looking up %v: %w", v, err)
	}
	if ref == nil {
		return nil
	}
	it := r.qs.QuadIterator(d, ref).Iterate()
	defer it.Close()
	for it.Next(r.ctx) {
		qref := it.Result()
		if keep != nil { // nil keeps every quad without reading its other direction
			dv, err := r.qs.QuadDirection(qref, by)
			if err != nil {
				return fmt.Errorf("reading quad of %v: %w", v, err)
			}
			if !keep(refs.ToKey(dv)) {
				continue
			}
		}
		q, err := r.qs.Quad(qref)
		if err != nil {
			return fmt.Errorf("reading quad of %v: %w", v, err)
		}
		if err := fn(q); err != nil {
			return err
		}
	}
	if err := it.Err(); err != nil {
		return fmt.Errorf("iterating quads of %v: %w", v, err)
	}
	return r.ctx.Err()
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
	graph.PredDirect, graph.PredAbout, graph.PredStance, graph.PredSchemaVersion,
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
	p := cayley.StartPath(r.qs, node).Out(pred)
	if limit > 0 {
		p = p.Limit(int64(limit))
	}
	if err := p.Iterate(r.ctx).EachValue(r.qs, fn); err != nil {
		return fmt.Errorf("reading %v %v: %w", node, pred, err)
	}
	return nil
}

// in calls fn for each subject of the quads ? –pred→ node.
func (r *reader) in(node quad.Value, pred quad.IRI, fn func(quad.Value) error) error {
	err := cayley.StartPath(r.qs, node).In(pred).Iterate(r.ctx).EachValue(r.qs, fn)
	if err != nil {
		return fmt.Errorf("reading %v ← %v: %w", node, pred, err)
	}
	return nil
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
// entity reads. An entity in a thousand articles has a thousand of each,
// almost always the same value (the extractor links names across
// documents); reading them all for every neighbour of a hub would dominate
// neighbourhood queries. entityDetail, for the entities a query is about,
// reads them all.
const sampleSize = 8

// entity returns the name and type of entity id: the most frequent among
// the first sampleSize per-document values (ties to the smaller, for stable
// output), unless entityDetail has read them all already.
func (r *reader) entity(id string) (EntityRef, error) {
	if e, ok := r.entities[id]; ok {
		return e, nil
	}
	e, err := r.nameAndType(id, sampleSize)
	if err != nil {
		return e, err
	}
	r.entities[id] = e
	return e, nil
}

// nameAndType reads the most frequent name and type of entity id among
// the first limit values of each (all of them when limit is 0).
// (One path with SaveOptional for both was tried: on bolt it reads far
// more quads than two subject–predicate lookups.)
func (r *reader) nameAndType(id string, limit int) (EntityRef, error) {
	node := graph.EntityIRI(id)
	names, types := map[string]int{}, map[string]int{}
	err := r.out(node, graph.PredName, limit, func(v quad.Value) error {
		names[graph.Text(v)]++
		return nil
	})
	if err == nil {
		err = r.out(node, graph.PredNGType, limit, func(v quad.Value) error {
			types[graph.Text(v)]++
			return nil
		})
	}
	if err != nil {
		return EntityRef{}, fmt.Errorf("entity %s: %w", id, err)
	}
	return EntityRef{ID: id, Name: mostFrequent(names), Type: mostFrequent(types)}, nil
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
