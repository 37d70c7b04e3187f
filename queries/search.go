package queries

import (
	"context"
	"fmt"
	"sort"
	"strings"

	"newsgraph/graph"
	"newsgraph/internal/names"
)

// SearchOptions narrow a Search.
type SearchOptions struct {
	// Type keeps only entities of this type (PERSON, ORG, GPE, LOC,
	// CONCEPT); "" keeps all.
	Type string
	// Limit caps the hits; < 1 means 20.
	Limit int
}

// Hit is one entity a search found, with the name or alias that matched.
type Hit struct {
	EntityRef
	Aliases  []string `json:"aliases,omitempty"`
	Mentions int      `json:"mentions"`
	Docs     int      `json:"docs"`
	// Matched is the name or alias the query matched ("Zelensky" for
	// Volodymyr Zelenskyy), Match how: exact, prefix, words, contains, close.
	Matched string `json:"matched"`
	Match   string `json:"match"`
}

// How a name matches a search, best first.
const (
	hitExact = iota
	hitPrefix
	hitWords
	hitContains
	hitClose
	hitNone
)

var hitNames = [...]string{"exact", "prefix", "words", "contains", "close"}

// Search returns the entities whose name or an alias matches q, best first:
// the whole name in any case, then a name starting with q, q as whole words
// of a name ("Hegseth" in "Pete Hegseth"), q inside a name, and last names
// within a small edit distance ("Zelenskiy"). Ties go to the entity
// mentioned most, then to the smaller id. It is what a search box with
// suggestions needs; Resolve picks the one entity a name means.
func Search(ctx context.Context, s *graph.Store, q string, opts SearchOptions) ([]Hit, error) {
	q = strings.TrimSpace(q)
	if q == "" {
		return []Hit{}, nil
	}
	limit := opts.Limit
	if limit < 1 {
		limit = 20
	}
	r := newReader(ctx, s)
	all, err := r.allNames()
	if err != nil {
		return nil, fmt.Errorf("searching %q: %w", q, err)
	}
	lq := strings.ToLower(q)
	maxDist := max(1, len([]rune(lq))/4)
	best := map[string]struct {
		rank int
		name string
	}{}
	for _, n := range all {
		rank := nameMatch(lq, q, n.text, maxDist)
		if rank == hitNone {
			continue
		}
		if b, ok := best[n.id]; !ok || rank < b.rank || rank == b.rank && n.text < b.name {
			best[n.id] = struct {
				rank int
				name string
			}{rank, n.text}
		}
	}
	hits := make([]Hit, 0, len(best))
	for id, b := range best {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		e, err := r.entityDetail(id)
		if err != nil {
			return nil, err
		}
		if opts.Type != "" && !typeMatches(e.Type, opts.Type) {
			continue
		}
		hits = append(hits, Hit{
			EntityRef: EntityRef{ID: e.ID, Name: e.Name, Type: e.Type},
			Aliases:   e.Aliases, Mentions: e.Mentions, Docs: len(e.Docs),
			Matched: b.name, Match: hitNames[b.rank],
		})
	}
	sort.Slice(hits, func(i, j int) bool {
		ri, rj := best[hits[i].ID].rank, best[hits[j].ID].rank
		if ri != rj {
			return ri < rj
		}
		if hits[i].Mentions != hits[j].Mentions {
			return hits[i].Mentions > hits[j].Mentions
		}
		return hits[i].ID < hits[j].ID
	})
	if len(hits) > limit {
		hits = hits[:limit]
	}
	return hits, nil
}

// nameMatch ranks how name matches the query (q as typed, lq lower-cased).
func nameMatch(lq, q, name string, maxDist int) int {
	ln := strings.ToLower(name)
	switch {
	case ln == lq:
		return hitExact
	case strings.HasPrefix(ln, lq):
		return hitPrefix
	case containsWords(name, q):
		return hitWords
	case len(lq) >= 3 && strings.Contains(ln, lq):
		return hitContains
	}
	if len([]rune(lq)) < 4 {
		return hitNone // two or three letters are within reach of too many names
	}
	for _, w := range append(words(ln), ln) {
		if names.Distance(lq, w) <= maxDist {
			return hitClose
		}
	}
	return hitNone
}
