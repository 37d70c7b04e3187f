package queries

import (
	"fmt"
	"sort"
	"strings"

	"newsgraph/extract/record"
	"newsgraph/graph"
)

// TypeFilter keeps entities by type, for --types and --no-concepts. The
// zero value keeps every entity.
type TypeFilter struct {
	// Types keeps only entities of these types (PERSON, ORG, GPE, LOC,
	// CONCEPT; any case; GPE and LOC are one class). Empty keeps all.
	Types []string
	// NoConcepts drops CONCEPT entities ("negotiations", "$65.9 billion"),
	// which are most of a corpus's entities and link unrelated people.
	NoConcepts bool
}

// Active reports whether f drops anything.
func (f TypeFilter) Active() bool { return len(f.Types) > 0 || f.NoConcepts }

// Keep reports whether an entity of type typ passes the filter.
func (f TypeFilter) Keep(typ string) bool {
	if f.NoConcepts && graph.TypeClass(strings.ToUpper(typ)) == graph.ClassConcept {
		return false
	}
	if len(f.Types) == 0 {
		return true
	}
	for _, t := range f.Types {
		if typeMatches(typ, t) {
			return true
		}
	}
	return false
}

// ParseTypes splits a comma-separated type list ("person, org") into
// upper-case types, rejecting a type no entity can have.
func ParseTypes(list string) ([]string, error) {
	var out []string
	for _, t := range strings.Split(list, ",") {
		t = strings.ToUpper(strings.TrimSpace(t))
		if t == "" {
			continue
		}
		if !isEntityType(t) {
			return nil, fmt.Errorf("unknown type %q (one of: %s)", t, strings.Join(EntityTypes(), ", "))
		}
		out = append(out, t)
	}
	return out, nil
}

// EntityTypes are the entity types of the store, as --types accepts them.
func EntityTypes() []string {
	return []string{record.TypePerson, record.TypeOrg, record.TypeGPE, record.TypeLoc, record.TypeConcept, record.TypeUnnamed}
}

func isEntityType(t string) bool {
	for _, x := range EntityTypes() {
		if x == t {
			return true
		}
	}
	return false
}

// Connections counts, for every entity of snap, how connected it is, by
// the one definition every command uses ("most connected" in query top,
// the maps' --top, FORMATS.md and examples/notebook.py): Degree is the
// number of distinct other entities it is linked to by a relation (either
// direction) or by a statement (speaker and what the statement is about).
// The unknown speaker of unattributed quotes is no entity and links
// nothing. Entities f drops are not counted as neighbours either, so that
// with --no-concepts a person is ranked by the people, places and
// organisations around them.
func Connections(snap *graph.Snapshot, f TypeFilter) []Ranked {
	types := make(map[string]string, len(snap.Entities))
	for _, e := range snap.Entities {
		types[e.ID] = e.Type
	}
	counted := func(id string) bool {
		if id == record.SpeakerUnknown {
			return false
		}
		t, ok := types[id]
		return !f.Active() || ok && f.Keep(t)
	}
	neigh := map[string]map[string]bool{}
	link := func(a, b string) {
		if a == b || !counted(a) || !counted(b) {
			return
		}
		for _, p := range [][2]string{{a, b}, {b, a}} {
			if neigh[p[0]] == nil {
				neigh[p[0]] = map[string]bool{}
			}
			neigh[p[0]][p[1]] = true
		}
	}
	facts, stmts := map[string]int{}, map[string]int{}
	for _, fa := range snap.Facts {
		link(fa.Subject, fa.Object)
		facts[fa.Subject]++
		if fa.Object != fa.Subject {
			facts[fa.Object]++
		}
	}
	for _, st := range snap.Statements {
		touched := map[string]bool{st.Speaker: true}
		for _, a := range st.About {
			link(st.Speaker, a)
			touched[a] = true
		}
		for id := range touched {
			stmts[id]++
		}
	}
	out := []Ranked{}
	for _, e := range snap.Entities {
		if e.ID == record.SpeakerUnknown || !f.Keep(e.Type) {
			continue
		}
		out = append(out, Ranked{
			EntityRef:  EntityRef{ID: e.ID, Name: e.Name, Type: e.Type},
			Degree:     len(neigh[e.ID]),
			Facts:      facts[e.ID],
			Statements: stmts[e.ID],
			Mentions:   e.Mentions,
			Docs:       len(e.Docs),
		})
	}
	// Ties: more facts, then more mentions, then the id, so the order is
	// the same every run.
	sort.SliceStable(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if a.Degree != b.Degree {
			return a.Degree > b.Degree
		}
		if a.Facts != b.Facts {
			return a.Facts > b.Facts
		}
		if a.Mentions != b.Mentions {
			return a.Mentions > b.Mentions
		}
		return a.ID < b.ID
	})
	return out
}
