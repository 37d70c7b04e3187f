package queries

import (
	"context"
	"fmt"
	"sort"
	"strconv"
	"strings"

	cgraph "github.com/cayleygraph/cayley/graph"
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
	sources  map[quad.IRI]*graph.Source
}

func newReader(ctx context.Context, s *graph.Store) *reader {
	return &reader{
		ctx:      ctx,
		qs:       s.QuadStore(),
		entities: map[string]EntityRef{},
		sources:  map[quad.IRI]*graph.Source{},
	}
}

// each calls fn for every quad that has v in direction d. A value the store
// has never seen has no quads.
func (r *reader) each(d quad.Direction, v quad.Value, fn func(q quad.Quad) error) error {
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
		q, err := r.qs.Quad(it.Result())
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

// entity returns the name and type of entity id. Entity quads are repeated
// once per document that mentions the entity, so the most frequent name and
// type win (ties to the smaller, for stable output).
func (r *reader) entity(id string) (EntityRef, error) {
	if e, ok := r.entities[id]; ok {
		return e, nil
	}
	names, types := map[string]int{}, map[string]int{}
	err := r.each(quad.Subject, graph.EntityIRI(id), func(q quad.Quad) error {
		switch q.Predicate {
		case graph.PredName:
			names[literal(q.Object)]++
		case graph.PredNGType:
			types[literal(q.Object)]++
		}
		return nil
	})
	if err != nil {
		return EntityRef{}, fmt.Errorf("entity %s: %w", id, err)
	}
	e := EntityRef{ID: id, Name: mostFrequent(names), Type: mostFrequent(types)}
	r.entities[id] = e
	return e, nil
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
			s.Sentence = int(intOf(q.Object))
		case graph.PredText:
			s.Text = literal(q.Object)
		case graph.PredSpan:
			s.Span = parseSpan(literal(q.Object))
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

// literal is the plain text of a literal or IRI value.
func literal(v quad.Value) string {
	switch v := v.(type) {
	case nil:
		return ""
	case quad.String:
		return string(v)
	case quad.IRI:
		return string(v)
	case quad.TypedString:
		return string(v.Value)
	case quad.LangString:
		return string(v.Value)
	default:
		return fmt.Sprint(quad.NativeOf(v))
	}
}

func intOf(v quad.Value) int64 {
	switch v := v.(type) {
	case quad.Int:
		return int64(v)
	case quad.Float:
		return int64(v)
	default:
		n, _ := strconv.ParseInt(literal(v), 10, 64)
		return n
	}
}

func floatOf(v quad.Value) float64 {
	switch v := v.(type) {
	case quad.Float:
		return float64(v)
	case quad.Int:
		return float64(v)
	default:
		f, _ := strconv.ParseFloat(literal(v), 64)
		return f
	}
}

func boolOf(v quad.Value) bool {
	switch v := v.(type) {
	case quad.Bool:
		return bool(v)
	default:
		b, _ := strconv.ParseBool(literal(v))
		return b
	}
}

// parseSpan parses "start-end".
func parseSpan(s string) [2]int {
	a, b, ok := strings.Cut(s, "-")
	if !ok {
		return [2]int{}
	}
	x, _ := strconv.Atoi(a)
	y, _ := strconv.Atoi(b)
	return [2]int{x, y}
}

// mostFrequent returns the key with the highest count, the smallest on ties.
func mostFrequent(m map[string]int) string {
	best, n := "", 0
	for k, c := range m {
		if c > n || (c == n && k < best) {
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
