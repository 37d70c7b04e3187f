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

// Corroboration is a fact with who says so: the documents that state it
// in their own voice apart from those reporting someone's claim, one claim
// per speaker, and the hedged, asked and negated mentions, which support
// nothing.
type Corroboration struct {
	Fact
	// AssertedIn are the documents that state the fact in their own voice:
	// not negated, not attributed to anyone, not hedged or asked.
	AssertedIn []string `json:"asserted_in"`
	// Claims group the fact's sources by who says so (see Claim): the
	// article's own voice, each speaker it is attributed to, the possible
	// (asked, hedged) and the negated mentions.
	Claims []Claim `json:"claims"`
	// Independent is the most independent sources that one supporting
	// claim has: the documents asserting the fact, or those reporting one
	// speaker's claim, never the two added up.
	Independent int `json:"independent"`
}

// Corroborated returns the facts that at least minSources independent
// sources say hold in one voice: asserted by that many documents, or
// reported as one speaker's claim by that many (documents of one known
// outlet count once). A possible (asked, hedged) or negated mention never
// corroborates, and documents reporting a claim do not add up with those
// asserting it or reporting someone else's. Most corroborated first.
// minSources < 1 means 2.
func Corroborated(ctx context.Context, s *graph.Store, minSources int) ([]Corroboration, error) {
	if minSources < 1 {
		minSources = 2
	}
	snap, err := s.Snapshot(ctx)
	if err != nil {
		return nil, fmt.Errorf("corroborated: %w", err)
	}
	names := entityIndex(snap)
	outlets := outletIndex(snap)
	out := []Corroboration{}
	for _, f := range snap.Facts {
		claims := claimsOf(f.Sources, names, outlets)
		best := 0
		for _, c := range claims {
			if c.Supports() && c.Independent > best {
				best = c.Independent
			}
		}
		if best < minSources {
			continue
		}
		c := Corroboration{Fact: factOf(f, names), Claims: claims, Independent: best, AssertedIn: []string{}}
		for _, cl := range claims {
			if cl.Voice == VoiceAsserted && !cl.Negated {
				c.AssertedIn = cl.Docs
			}
		}
		out = append(out, c)
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Independent != out[j].Independent {
			return out[i].Independent > out[j].Independent
		}
		if len(out[i].AssertedIn) != len(out[j].AssertedIn) {
			return len(out[i].AssertedIn) > len(out[j].AssertedIn)
		}
		return len(out[i].Sources) > len(out[j].Sources)
	})
	return out, nil
}

// Contradiction is a fact that some sources say holds and others negate.
type Contradiction struct {
	Subject   EntityRef      `json:"subject"`
	Predicate string         `json:"predicate"`
	Object    EntityRef      `json:"object"`
	Asserted  []graph.Source `json:"asserted"`
	Negated   []graph.Source `json:"negated"`
	// Claims group both sides by who says so (see Claim): the sides'
	// claims that support, then those that negate.
	Claims []Claim `json:"claims"`
}

// Contradictions returns every subject–predicate–object that one source
// says holds (in the article's voice or someone's) and another negates. A
// possible (asked, hedged) mention takes neither side.
func Contradictions(ctx context.Context, s *graph.Store) ([]Contradiction, error) {
	snap, err := s.Snapshot(ctx)
	if err != nil {
		return nil, fmt.Errorf("contradictions: %w", err)
	}
	names := entityIndex(snap)
	outlets := outletIndex(snap)
	out := []Contradiction{}
	for _, f := range snap.Facts {
		var pos, neg []graph.Source
		for _, src := range f.Sources {
			switch {
			case VoiceOf(src) == VoicePossible:
			case src.Negated:
				neg = append(neg, src)
			default:
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
			Claims:    claimsOf(append(append([]graph.Source(nil), pos...), neg...), names, outlets),
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
