package main

import (
	"newsgraph/extract/record"
	"strings"
	"testing"
)

// filterTestStore: two people linked only through a concept, and through a
// country by a longer way, as in the corpus where a path between two people
// runs through "negotiations".
func filterTestStore(t *testing.T) string {
	t.Helper()
	ref := func(id, name, typ string) record.Ref { return record.Ref{ID: id, Name: name, Type: typ} }
	putin := ref("vladimir-putin", "Vladimir Putin", record.TypePerson)
	hegseth := ref("pete-hegseth", "Pete Hegseth", record.TypePerson)
	talks := ref("negotiations", "negotiations", record.TypeConcept)
	money := ref("65-billion", "$65 billion", record.TypeConcept)
	ukraine := ref("ukraine", "Ukraine", record.TypeGPE)
	nato := ref("nato", "NATO", record.TypeOrg)
	rel := func(n int, s record.Ref, p string, o record.Ref) record.Relation {
		text := s.Name + " " + p + " " + o.Name + "."
		return record.Relation{Kind: record.KindRelation, Subject: s, Predicate: p, PredicateText: p, Object: o,
			Modality:   record.ModalityAsserted,
			Provenance: record.Provenance{Doc: "d", Sentence: n, Span: [2]int{0, len(text)}, Text: text, Confidence: 0.9}}
	}
	res := &record.Result{
		Doc: record.Document{ID: "d", Text: "article d"}, Sentences: 6,
		Relations: []record.Relation{
			rel(0, hegseth, "support", talks), rel(1, putin, "reject", talks), rel(2, putin, "want", money),
			rel(3, hegseth, "visit", ukraine), rel(4, ukraine, "join", nato), rel(5, nato, "warn", putin),
		},
	}
	for _, r := range []record.Ref{putin, hegseth, talks, money, ukraine, nato} {
		res.Entities = append(res.Entities, record.Entity{Kind: record.KindEntity, ID: r.ID, Name: r.Name, Type: r.Type, Mentions: 1})
	}
	dir := loadBoltStore(t, []*record.Result{res})
	return dir
}

func TestQueryTypeFilters(t *testing.T) {
	db := filterTestStore(t)
	for _, tc := range []struct {
		name        string
		args        []string
		want, wantN []string // in stdout / not in stdout
	}{
		{"path through a concept", []string{"path", "Hegseth", "Putin"}, []string{"2 hop(s)", "negotiations"}, nil},
		{"path --no-concepts", []string{"path", "Hegseth", "Putin", "--no-concepts"},
			[]string{"3 hop(s): Pete Hegseth — Ukraine — NATO — Vladimir Putin"}, []string{"negotiations"}},
		{"path --types", []string{"path", "Hegseth", "Putin", "--types", "PERSON,GPE"}, []string{"No connection"}, nil},
		{"neighbors --no-concepts", []string{"neighbors", "Putin", "--no-concepts"}, []string{"NATO"}, []string{"negotiations", "$65 billion"}},
		{"neighbors --types", []string{"neighbors", "Putin", "--types", "concept"}, []string{"negotiations", "$65 billion"}, []string{"NATO"}},
		{"top --no-concepts", []string{"top", "--no-concepts"}, []string{"Vladimir Putin", "NATO"}, []string{"negotiations"}},
		{"top --types", []string{"top", "--types", "PERSON"}, []string{"Vladimir Putin", "Pete Hegseth"}, []string{"NATO", "Ukraine"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			code, stdout, stderr := runCmd(t, append([]string{"query", "--db", db}, tc.args...)...)
			if code != 0 {
				t.Fatalf("exit %d: %s", code, stderr)
			}
			for _, w := range tc.want {
				if !strings.Contains(stdout, w) {
					t.Errorf("stdout lacks %q:\n%s", w, stdout)
				}
			}
			for _, w := range tc.wantN {
				if strings.Contains(stdout, w) {
					t.Errorf("stdout has %q:\n%s", w, stdout)
				}
			}
		})
	}
	if code, _, stderr := runCmd(t, "query", "--db", db, "top", "--types", "PERSON,PLANET"); code != 2 || !strings.Contains(stderr, "PLANET") {
		t.Errorf("--types PLANET: exit %d, %s", code, stderr)
	}
}
