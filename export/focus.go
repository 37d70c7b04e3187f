package export

import (
	"fmt"
	"sort"
	"strings"
	"unicode"

	"newsgraph/graph"
	"newsgraph/internal/names"
)

// NotFoundError reports a focus that names no entity, with the closest names.
type NotFoundError struct {
	Query   string
	Similar []string // the closest entity names, best first
}

func (e *NotFoundError) Error() string {
	if len(e.Similar) == 0 {
		return fmt.Sprintf("no entity named %q (the graph has no entities)", e.Query)
	}
	return fmt.Sprintf("no entity named %q; close names: %s", e.Query, strings.Join(e.Similar, ", "))
}

// FindEntities returns the entities q names: those whose id, name or an alias
// equals q ignoring case; failing that, those whose name or an alias contains
// q as whole words ("Hegseth" finds "Pete Hegseth" and "Defence Secretary
// Hegseth", which the extractor may not have merged). A miss is a
// *NotFoundError listing close names.
func FindEntities(snap *graph.Snapshot, q string) ([]graph.Entity, error) {
	nq := normName(q)
	if nq == "" {
		return nil, fmt.Errorf("empty entity name")
	}
	var exact, words []graph.Entity
	for _, e := range snap.Entities {
		names := append([]string{e.ID, e.Name}, e.Aliases...)
		hitExact, hitWords := false, false
		for _, n := range names {
			nn := normName(n)
			if nn == nq {
				hitExact = true
			}
			if containsWords(nn, nq) {
				hitWords = true
			}
		}
		switch {
		case hitExact:
			exact = append(exact, e)
		case hitWords:
			words = append(words, e)
		}
	}
	if len(exact) > 0 {
		return exact, nil
	}
	if len(words) > 0 {
		return words, nil
	}
	return nil, &NotFoundError{Query: q, Similar: similarNames(snap, nq, 5)}
}

// normName lower-cases s and turns punctuation and hyphens into single
// spaces, so "vladimir-putin", "Vladimir Putin" and "PUTIN," compare equal
// word for word.
func normName(s string) string {
	f := strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
	return strings.Join(f, " ")
}

func containsWords(name, q string) bool {
	return strings.Contains(" "+name+" ", " "+q+" ")
}

// similarNames ranks entity names by edit distance to q, whole name or any
// single word of it, and returns the best n; with nothing close it returns
// the most mentioned names so the user sees what is there.
func similarNames(snap *graph.Snapshot, q string, n int) []string {
	type cand struct {
		name     string
		dist     int
		mentions int
	}
	best := map[string]cand{}
	limit := max(2, len([]rune(q))/3)
	for _, e := range snap.Entities {
		for _, name := range append([]string{e.Name}, e.Aliases...) {
			nn := normName(name)
			d := names.Distance(nn, q)
			for _, w := range strings.Fields(nn) {
				d = min(d, names.Distance(w, q))
			}
			if strings.Contains(nn, q) || strings.Contains(q, nn) {
				d = min(d, 1)
			}
			c := cand{e.Name, d, e.Mentions}
			if old, ok := best[e.Name]; !ok || d < old.dist {
				best[e.Name] = c
			}
		}
	}
	var cs []cand
	for _, c := range best {
		cs = append(cs, c)
	}
	sort.Slice(cs, func(i, j int) bool {
		if cs[i].dist != cs[j].dist {
			return cs[i].dist < cs[j].dist
		}
		if cs[i].mentions != cs[j].mentions {
			return cs[i].mentions > cs[j].mentions
		}
		return cs[i].name < cs[j].name
	})
	var close, all []string
	for _, c := range cs {
		if c.dist <= limit && len(close) < n {
			close = append(close, c.name)
		}
	}
	if len(close) > 0 {
		return close
	}
	sort.Slice(cs, func(i, j int) bool {
		if cs[i].mentions != cs[j].mentions {
			return cs[i].mentions > cs[j].mentions
		}
		return cs[i].name < cs[j].name
	})
	for _, c := range cs {
		if len(all) < n {
			all = append(all, c.name)
		}
	}
	return all
}
