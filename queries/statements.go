package queries

import (
	"context"
	"fmt"
	"sort"

	"github.com/cayleygraph/quad"

	"newsgraph/graph"
)

// Statement is something said, as a query answer: who said it, the words,
// what it is about, and every sentence that reports it.
type Statement struct {
	ID      string         `json:"id"`
	Speaker EntityRef      `json:"speaker"`
	Cue     string         `json:"cue"`
	Content string         `json:"content"`
	Direct  bool           `json:"direct"`
	About   []EntityRef    `json:"about,omitempty"`
	Stance  string         `json:"stance"`
	Docs    []string       `json:"docs"`
	Sources []graph.Source `json:"sources"`
}

// Statements is the answer to About and SaidBy: the entity asked about and
// the statements found, ordered by where they were first reported.
type Statements struct {
	Entity     graph.Entity `json:"entity"`
	Statements []Statement  `json:"statements"`
}

// About returns everything said about the entity called name: each
// statement whose subject matter includes it, with speaker, cue, content,
// stance and sources.
func About(ctx context.Context, s *graph.Store, name string) (*Statements, error) {
	return statementsVia(ctx, s, name, graph.PredAbout)
}

// SaidBy returns what the entity called name said, and about whom.
func SaidBy(ctx context.Context, s *graph.Store, name string) (*Statements, error) {
	return statementsVia(ctx, s, name, graph.PredSpeaker)
}

// statementsVia resolves name and reads the statements linked to it by pred.
func statementsVia(ctx context.Context, s *graph.Store, name string, pred quad.IRI) (*Statements, error) {
	r := newReader(ctx, s)
	id, err := r.resolve(name)
	if err != nil {
		return nil, err
	}
	ent, err := r.entityDetail(id)
	if err != nil {
		return nil, err
	}
	var ids []quad.IRI
	seen := map[quad.IRI]bool{}
	err = r.in(graph.EntityIRI(id), pred, func(v quad.Value) error {
		if iri, ok := v.(quad.IRI); ok && !seen[iri] {
			seen[iri] = true
			ids = append(ids, iri)
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("statements of %s: %w", id, err)
	}
	out := &Statements{Entity: ent, Statements: []Statement{}}
	for _, iri := range ids {
		st, err := r.statement(iri)
		if err != nil {
			return nil, err
		}
		out.Statements = append(out.Statements, st)
	}
	sortStatements(out.Statements)
	return out, nil
}

// statement reads statement node iri. Its quads are repeated once per
// reporting sentence (the label), so values are de-duplicated.
func (r *reader) statement(iri quad.IRI) (Statement, error) {
	props, err := r.props(iri)
	if err != nil {
		return Statement{}, fmt.Errorf("statement %s: %w", iri, err)
	}
	id, _ := graph.ParseID(iri, graph.PrefixStatement)
	st := Statement{ID: id, Sources: []graph.Source{}}
	// Each attribute quad is labelled by a reporting sentence; like
	// graph.Snapshot, take the first source's (by document, then sentence).
	first := func(p quad.IRI) quad.Value {
		var best quad.Value
		bestDoc, bestSent := "", 0
		for _, q := range props[p] {
			l, _ := q.Label.(quad.IRI)
			d, n := splitSourceIRI(l)
			if best == nil || d < bestDoc || d == bestDoc && n < bestSent {
				best, bestDoc, bestSent = q.Object, d, n
			}
		}
		return best
	}
	if sp := first(graph.PredSpeaker); sp != nil {
		if st.Speaker, _, err = r.entityOf(sp); err != nil {
			return st, err
		}
	}
	st.Cue = graph.Text(first(graph.PredCue))
	st.Content = graph.Text(first(graph.PredContent))
	st.Direct = graph.Bool(first(graph.PredDirect))
	st.Stance = graph.Text(first(graph.PredStance))
	conf := graph.Float(first(graph.PredConfidence))
	seen := map[quad.Value]bool{}
	for _, q := range props[graph.PredAbout] {
		if seen[q.Object] {
			continue
		}
		seen[q.Object] = true
		e, ok, err := r.entityOf(q.Object)
		if err != nil {
			return st, err
		}
		if ok {
			st.About = append(st.About, e)
		}
	}
	sort.Slice(st.About, func(i, j int) bool { return st.About[i].ID < st.About[j].ID })
	for _, q := range props[graph.PredSource] {
		src, ok := q.Object.(quad.IRI)
		if !ok || seen[src] {
			continue
		}
		seen[src] = true
		so, err := r.source(src)
		if err != nil {
			return st, err
		}
		so.Confidence = conf
		st.Sources = append(st.Sources, so)
	}
	sortSources(st.Sources)
	st.Docs = docsOf(st.Sources)
	return st, nil
}

func sortStatements(ss []Statement) {
	sort.SliceStable(ss, func(i, j int) bool {
		a, b := ss[i], ss[j]
		if len(a.Sources) > 0 && len(b.Sources) > 0 {
			if a.Sources[0].Doc != b.Sources[0].Doc {
				return a.Sources[0].Doc < b.Sources[0].Doc
			}
			if a.Sources[0].Sentence != b.Sources[0].Sentence {
				return a.Sources[0].Sentence < b.Sources[0].Sentence
			}
		}
		return a.ID < b.ID
	})
}
