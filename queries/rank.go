package queries

import (
	"context"
	"fmt"
	"sort"
	"strings"

	"newsgraph/graph"
)

// Ranked is an entity with how connected it is.
type Ranked struct {
	EntityRef
	Degree     int `json:"degree"`     // distinct entities linked by a relation or a statement
	Facts      int `json:"facts"`      // relations it takes part in
	Statements int `json:"statements"` // statements it made or is the subject of
	Mentions   int `json:"mentions"`
	Docs       int `json:"docs"` // documents mentioning it
}

// TopOptions select the entities Top ranks.
type TopOptions struct {
	// Type keeps entities of one type ("PERSON", "ORG", "GPE", "CONCEPT"),
	// case-insensitively; types the store maps to the same class count as
	// one ("GPE" also finds "LOC"). Empty keeps all.
	Type string
	// Filter keeps entities by type (--types, --no-concepts); the entities
	// it drops are neither listed nor counted as anyone's neighbours.
	Filter TypeFilter
	// N is how many to return; N < 1 means 10.
	N int
}

// Top returns the most connected entities as Connections defines it: by
// number of distinct neighbours, then facts, then mentions.
func Top(ctx context.Context, s *graph.Store, opts TopOptions) ([]Ranked, error) {
	snap, err := s.Snapshot(ctx)
	if err != nil {
		return nil, fmt.Errorf("top: %w", err)
	}
	n := opts.N
	if n < 1 {
		n = 10
	}
	out := []Ranked{}
	for _, r := range Connections(snap, opts.Filter) {
		if typeMatches(r.Type, opts.Type) {
			out = append(out, r)
		}
		if len(out) == n {
			break
		}
	}
	return out, nil
}

// typeMatches reports whether an entity of type have is wanted by want.
func typeMatches(have, want string) bool {
	if want == "" || strings.EqualFold(have, want) {
		return true
	}
	w := graph.TypeClass(strings.ToUpper(want))
	// Unknown type strings all map to the concept class; only an explicit
	// CONCEPT asks for that class.
	if w == graph.ClassConcept && !strings.EqualFold(want, "CONCEPT") {
		return false
	}
	return graph.TypeClass(strings.ToUpper(have)) == w
}

// Corroboration is a fact with the documents that assert it.
type Corroboration struct {
	Fact
	// AssertedIn are the documents with at least one source that states
	// the fact without negating it.
	AssertedIn []string `json:"asserted_in"`
}

// Corroborated returns the facts asserted by at least minSources distinct
// documents (a sentence that negates a fact does not corroborate it), most
// corroborated first. minSources < 1 means 2.
func Corroborated(ctx context.Context, s *graph.Store, minSources int) ([]Corroboration, error) {
	if minSources < 1 {
		minSources = 2
	}
	snap, err := s.Snapshot(ctx)
	if err != nil {
		return nil, fmt.Errorf("corroborated: %w", err)
	}
	names := entityIndex(snap)
	out := []Corroboration{}
	for _, f := range snap.Facts {
		asserted := map[string]bool{}
		for _, src := range f.Sources {
			if !src.Negated && src.Doc != "" {
				asserted[src.Doc] = true
			}
		}
		if len(asserted) < minSources {
			continue
		}
		c := Corroboration{Fact: factOf(f, names)}
		for d := range asserted {
			c.AssertedIn = append(c.AssertedIn, d)
		}
		sort.Strings(c.AssertedIn)
		out = append(out, c)
	}
	sort.SliceStable(out, func(i, j int) bool {
		if len(out[i].AssertedIn) != len(out[j].AssertedIn) {
			return len(out[i].AssertedIn) > len(out[j].AssertedIn)
		}
		return len(out[i].Sources) > len(out[j].Sources)
	})
	return out, nil
}

// Contradiction is a fact that some sources assert and others negate.
type Contradiction struct {
	Subject   EntityRef      `json:"subject"`
	Predicate string         `json:"predicate"`
	Object    EntityRef      `json:"object"`
	Asserted  []graph.Source `json:"asserted"`
	Negated   []graph.Source `json:"negated"`
}

// Contradictions returns every subject–predicate–object that one source
// asserts and another negates.
func Contradictions(ctx context.Context, s *graph.Store) ([]Contradiction, error) {
	snap, err := s.Snapshot(ctx)
	if err != nil {
		return nil, fmt.Errorf("contradictions: %w", err)
	}
	names := entityIndex(snap)
	out := []Contradiction{}
	for _, f := range snap.Facts {
		var pos, neg []graph.Source
		for _, src := range f.Sources {
			if src.Negated {
				neg = append(neg, src)
			} else {
				pos = append(pos, src)
			}
		}
		if len(pos) == 0 || len(neg) == 0 {
			continue
		}
		sortSources(pos)
		sortSources(neg)
		out = append(out, Contradiction{
			Subject:   names.ref(f.Subject),
			Predicate: f.Predicate,
			Object:    names.ref(f.Object),
			Asserted:  pos,
			Negated:   neg,
		})
	}
	return out, nil
}

type entityNames map[string]graph.Entity

func entityIndex(snap *graph.Snapshot) entityNames {
	m := make(entityNames, len(snap.Entities))
	for _, e := range snap.Entities {
		m[e.ID] = e
	}
	return m
}

func (m entityNames) ref(id string) EntityRef {
	e, ok := m[id]
	if !ok {
		return EntityRef{ID: id}
	}
	return EntityRef{ID: id, Name: e.Name, Type: e.Type}
}

func factOf(f graph.Fact, names entityNames) Fact {
	srcs := append([]graph.Source{}, f.Sources...)
	sortSources(srcs)
	return Fact{
		Subject:   names.ref(f.Subject),
		Predicate: f.Predicate,
		Object:    names.ref(f.Object),
		Docs:      docsOf(srcs),
		Sources:   srcs,
	}
}
