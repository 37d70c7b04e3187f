package queries

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"unicode"

	"github.com/cayleygraph/quad"

	"newsgraph/extract/record"
	"newsgraph/graph"
	"newsgraph/internal/names"
)

// NotFoundError is returned by Resolve when no entity has the name; it
// carries the closest names in the store.
type NotFoundError struct {
	Name        string
	Suggestions []string
}

func (e *NotFoundError) Error() string {
	if len(e.Suggestions) == 0 {
		return fmt.Sprintf("no entity named %q", e.Name)
	}
	q := make([]string, len(e.Suggestions))
	for i, s := range e.Suggestions {
		q[i] = fmt.Sprintf("%q", s)
	}
	return fmt.Sprintf("no entity named %q; did you mean %s?", e.Name, strings.Join(q, ", "))
}

// AmbiguousError is returned by Resolve when a name fits several entities
// equally well.
type AmbiguousError struct {
	Name       string
	Candidates []EntityRef
}

func (e *AmbiguousError) Error() string {
	q := make([]string, len(e.Candidates))
	for i, c := range e.Candidates {
		q[i] = fmt.Sprintf("%q (%s)", c.Name, c.ID)
	}
	return fmt.Sprintf("%q could be %s; use the full name or the id", e.Name, strings.Join(q, " or "))
}

// match ranks how well a name fits an entity: lower is better. Names and
// aliases rank alike: extractors make stray entities whose name is another's
// alias (a "Trump" beside "Donald Trump" whose alias is Trump), and the
// better-attested entity — more mentions — is the one a reader means.
type match int

const (
	matchID    match = iota // "<ent/x>" or "ent/x": exactly this entity
	matchExact              // a name or alias as typed
	matchFold               // a name, alias or id in another letter case
	matchWords              // a run of whole words of the entity's name ("Putin")
	noMatch
)

// Resolve finds the entity a reader means by name: its id ("vladimir-putin",
// or "<ent/vladimir-putin>" for exactly that entity), its name or any alias,
// in any letter case, or — failing those — a run of whole words of an
// entity's name. When several entities fit equally well, the one mentioned
// most wins; a tie is an *AmbiguousError. A miss is a *NotFoundError with
// suggestions.
func Resolve(ctx context.Context, s *graph.Store, name string) (graph.Entity, error) {
	r := newReader(ctx, s)
	id, err := r.resolve(name)
	if err != nil {
		return graph.Entity{}, err
	}
	return r.entityDetail(id)
}

// resolve returns the id of the entity named name.
func (r *reader) resolve(name string) (string, error) {
	q := strings.TrimSpace(name)
	if q == "" {
		return "", &NotFoundError{Name: name}
	}
	// Fast paths first: each is an index lookup, so resolving a name costs
	// no more than the query it is for.
	cands := map[string]match{}
	id := strings.TrimSuffix(strings.TrimPrefix(q, "<"), ">")
	explicit := strings.HasPrefix(id, graph.PrefixEntity)
	id = strings.TrimPrefix(id, graph.PrefixEntity)
	for _, c := range []string{id, record.Slug(q)} {
		if ok, err := r.hasEntity(c); err != nil {
			return "", err
		} else if ok && explicit {
			return c, nil
		} else if ok {
			addCandidate(cands, c, matchFold)
		}
	}
	for _, v := range caseVariants(q) {
		m := matchFold
		if v == q {
			m = matchExact
		}
		err := r.each(quad.Object, quad.String(v), func(qd quad.Quad) error {
			if qd.Predicate != graph.PredName && qd.Predicate != graph.PredAlternateName {
				return nil
			}
			if eid, ok := graph.ParseID(qd.Subject, graph.PrefixEntity); ok {
				addCandidate(cands, eid, m)
			}
			return nil
		})
		if err != nil {
			return "", fmt.Errorf("resolving %q: %w", q, err)
		}
	}
	if len(cands) == 0 {
		// Slow path: compare with every name in the store.
		names, err := r.allNames()
		if err != nil {
			return "", fmt.Errorf("resolving %q: %w", q, err)
		}
		for _, n := range names {
			switch {
			case strings.EqualFold(n.text, q):
				addCandidate(cands, n.id, matchFold)
			case containsWords(n.text, q):
				addCandidate(cands, n.id, matchWords)
			}
		}
		if len(cands) == 0 {
			return "", &NotFoundError{Name: q, Suggestions: suggest(q, names, 5)}
		}
	}
	return r.pick(q, cands)
}

func addCandidate(c map[string]match, id string, m match) {
	if old, ok := c[id]; !ok || m < old {
		c[id] = m
	}
}

// pick chooses among candidates: best match first, then most mentions.
func (r *reader) pick(q string, cands map[string]match) (string, error) {
	best := noMatch
	for _, m := range cands {
		best = min(best, m)
	}
	type scored struct {
		id       string
		mentions int
	}
	var ids []string
	for id, m := range cands {
		if m == best {
			ids = append(ids, id)
		}
	}
	if len(ids) == 1 {
		return ids[0], nil
	}
	var top []scored
	for _, id := range ids {
		e, err := r.entityDetail(id)
		if err != nil {
			return "", err
		}
		top = append(top, scored{id, e.Mentions})
	}
	sort.Slice(top, func(i, j int) bool {
		if top[i].mentions != top[j].mentions {
			return top[i].mentions > top[j].mentions
		}
		return top[i].id < top[j].id
	})
	if len(top) > 1 && top[0].mentions == top[1].mentions {
		amb := &AmbiguousError{Name: q}
		for _, t := range top {
			if t.mentions != top[0].mentions {
				break
			}
			e, err := r.entity(t.id)
			if err != nil {
				return "", err
			}
			amb.Candidates = append(amb.Candidates, e)
		}
		return "", amb
	}
	return top[0].id, nil
}

// hasEntity reports whether <ent/id> has a name in the store.
func (r *reader) hasEntity(id string) (bool, error) {
	if id == "" {
		return false, nil
	}
	e, err := r.entity(id)
	if err != nil {
		return false, err
	}
	return e.Name != "", nil
}

// entityDetail reads everything the store knows about entity id.
func (r *reader) entityDetail(id string) (graph.Entity, error) {
	if e, ok := r.details[id]; ok {
		return e, nil
	}
	node := graph.EntityIRI(id)
	names, types := map[string]int{}, map[string]int{}
	aliases, docs := map[string]bool{}, map[string]bool{}
	err := r.out(node, graph.PredName, 0, func(v quad.Value) error {
		names[graph.Text(v)]++
		return nil
	})
	if err == nil {
		err = r.out(node, graph.PredNGType, 0, func(v quad.Value) error {
			types[graph.Text(v)]++
			return nil
		})
	}
	if err == nil && len(types) == 0 {
		// Stored without ng:type: the type its rdf:type class stands for.
		err = r.out(node, graph.PredType, 0, func(v quad.Value) error {
			types[typeOfClass(v)]++
			return nil
		})
	}
	// As in graph.Snapshot: the name most documents use, the others aliases.
	e := graph.Entity{ID: id, Name: mostFrequent(names), Type: mostFrequent(types)}
	for n := range names {
		aliases[n] = true
	}
	// The exact name and type from now on, not the sample entity reads.
	r.entities[id] = EntityRef{ID: id, Name: e.Name, Type: e.Type}
	if err == nil {
		err = r.out(node, graph.PredAlternateName, 0, func(v quad.Value) error {
			aliases[graph.Text(v)] = true
			return nil
		})
	}
	if err == nil {
		err = r.out(node, graph.PredMentions, 0, func(v quad.Value) error {
			e.Mentions += int(graph.Int(v))
			return nil
		})
	}
	if err == nil {
		err = r.out(node, graph.PredMentionedIn, 0, func(v quad.Value) error {
			if d, ok := graph.ParseID(v, graph.PrefixDoc); ok {
				docs[d] = true
			}
			return nil
		})
	}
	if err != nil {
		return e, fmt.Errorf("entity %s: %w", id, err)
	}
	for a := range aliases {
		if a != e.Name {
			e.Aliases = append(e.Aliases, a)
		}
	}
	for d := range docs {
		e.Docs = append(e.Docs, d)
	}
	sort.Strings(e.Aliases)
	sort.Strings(e.Docs)
	r.details[id] = e
	return e, nil
}

// entityName is one name or alias of an entity.
type entityName struct {
	id   string
	text string
}

// allNames lists every distinct (entity, name) pair in the store.
func (r *reader) allNames() ([]entityName, error) {
	seen := map[entityName]bool{}
	var out []entityName
	for _, p := range []quad.IRI{graph.PredName, graph.PredAlternateName} {
		err := r.each(quad.Predicate, p, func(q quad.Quad) error {
			id, ok := graph.ParseID(q.Subject, graph.PrefixEntity)
			if !ok {
				return nil
			}
			n := entityName{id: id, text: graph.Text(q.Object)}
			if !seen[n] {
				seen[n] = true
				out = append(out, n)
			}
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	return out, nil
}

// caseVariants are the spellings of q worth an exact index lookup: as typed,
// Title Case ("vladimir putin" → "Vladimir Putin"), lower and upper case
// ("nato" → "NATO").
func caseVariants(q string) []string {
	out := []string{q}
	for _, v := range []string{titleCase(q), strings.ToLower(q), strings.ToUpper(q)} {
		dup := false
		for _, o := range out {
			dup = dup || o == v
		}
		if !dup {
			out = append(out, v)
		}
	}
	return out
}

func titleCase(s string) string {
	rs := []rune(strings.ToLower(s))
	start := true
	for i, c := range rs {
		if start && unicode.IsLetter(c) {
			rs[i] = unicode.ToUpper(c)
		}
		start = unicode.IsSpace(c) || c == '-'
	}
	return string(rs)
}

// words splits a name into lower-case words.
func words(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
}

// containsWords reports whether the words of q appear consecutively among
// the words of name ("Putin" in "Vladimir Putin", not in "Putinism").
func containsWords(name, q string) bool {
	nw, qw := words(name), words(q)
	if len(qw) == 0 || len(qw) >= len(nw) {
		return false
	}
outer:
	for i := 0; i+len(qw) <= len(nw); i++ {
		for j := range qw {
			if nw[i+j] != qw[j] {
				continue outer
			}
		}
		return true
	}
	return false
}

// suggest returns up to n names close to q: by edit distance on the whole
// name or on any of its words, or sharing a prefix with it.
func suggest(q string, cands []entityName, n int) []string {
	lq := strings.ToLower(q)
	limit := max(2, len([]rune(lq))/3)
	best := map[string]int{}
	for _, nm := range cands {
		ln := strings.ToLower(nm.text)
		d := names.Distance(lq, ln)
		for _, w := range words(ln) {
			d = min(d, names.Distance(lq, w)+1)
			if len(lq) >= 3 && strings.HasPrefix(w, lq) {
				d = min(d, 1)
			}
		}
		if len(lq) >= 3 && strings.HasPrefix(ln, lq) {
			d = min(d, 1)
		}
		if d > limit {
			continue
		}
		if old, ok := best[nm.text]; !ok || d < old {
			best[nm.text] = d
		}
	}
	out := make([]string, 0, len(best))
	for s := range best {
		out = append(out, s)
	}
	sort.Slice(out, func(i, j int) bool {
		if best[out[i]] != best[out[j]] {
			return best[out[i]] < best[out[j]]
		}
		return out[i] < out[j]
	})
	if len(out) > n {
		out = out[:n]
	}
	return out
}

// typeOfClass is the record type an rdf:type class stands for.
func typeOfClass(v quad.Value) string {
	switch v {
	case graph.ClassPerson:
		return record.TypePerson
	case graph.ClassOrganization:
		return record.TypeOrg
	case graph.ClassPlace:
		return record.TypeGPE
	}
	return record.TypeConcept
}
