package main

import (
	"encoding/csv"
	"strings"
	"testing"

	"newsgraph/extract/record"
)

// claimsStore holds "Putin wants peace" as Trump's claim in two articles,
// asserted by a third and asked in a fourth, and "Putin invites Trump"
// asserted by two and denied, per Peskov, in a third.
func claimsStore(t *testing.T) string {
	t.Helper()
	putin := record.Ref{ID: "vladimir-putin", Name: "Vladimir Putin", Type: record.TypePerson}
	trump := record.Ref{ID: "donald-trump", Name: "Donald Trump", Type: record.TypePerson}
	peskov := record.Ref{ID: "dmitry-peskov", Name: "Dmitry Peskov", Type: record.TypePerson}
	peace := record.Ref{ID: "peace", Name: "peace", Type: record.TypeConcept}
	type rel struct {
		text, pred string
		obj        record.Ref
		modality   string
		by         *record.Ref
		negated    bool
	}
	docs := map[string]rel{
		"w1": {"Trump said Putin wants peace.", "want", peace, record.ModalityReported, &trump, false},
		"w2": {"Putin wants peace, Trump told reporters.", "want", peace, record.ModalityReported, &trump, false},
		"w3": {"Putin wants peace.", "want", peace, record.ModalityAsserted, nil, false},
		"w4": {"Does Putin want peace?", "want", peace, record.ModalityPossible, nil, false},
		"i1": {"Putin invited Trump.", "invite", trump, record.ModalityAsserted, nil, false},
		"i2": {"Putin has invited Trump.", "invite", trump, record.ModalityAsserted, nil, false},
		"i3": {"Peskov said Putin did not invite Trump.", "invite", trump, record.ModalityReported, &peskov, true},
	}
	var results []*record.Result
	for _, id := range []string{"i1", "i2", "i3", "w1", "w2", "w3", "w4"} {
		r := docs[id]
		ents := []record.Entity{
			{Kind: record.KindEntity, ID: putin.ID, Name: putin.Name, Type: putin.Type, Mentions: 1},
			{Kind: record.KindEntity, ID: r.obj.ID, Name: r.obj.Name, Type: r.obj.Type, Mentions: 1},
		}
		if r.by != nil {
			ents = append(ents, record.Entity{Kind: record.KindEntity, ID: r.by.ID, Name: r.by.Name, Type: r.by.Type, Mentions: 1})
		}
		results = append(results, &record.Result{
			Doc:       record.Document{ID: id, Text: r.text},
			Sentences: 1,
			Entities:  ents,
			Relations: []record.Relation{{Kind: record.KindRelation,
				Provenance: record.Provenance{Doc: id, Span: [2]int{0, len(r.text)}, Text: r.text, Confidence: 0.8},
				Subject:    putin, Predicate: r.pred, PredicateText: r.pred, Object: r.obj,
				Modality: r.modality, AttributedTo: r.by, Negated: r.negated}},
		})
	}
	return loadBoltStore(t, results)
}

// TestCorroboratedTellsSpeakersApart: Trump's claim in two articles and the
// article asserting it in a third are not "3 documents"; the question
// corroborates nothing; the table and the CSV say who says so.
func TestCorroboratedTellsSpeakersApart(t *testing.T) {
	db := claimsStore(t)
	tests := []struct {
		name string
		args []string
		want []string // substrings of stdout
		not  []string
	}{
		{"by 3: neither the claim nor the fact", []string{"corroborated", "--min-sources", "3"},
			[]string{"in one voice (the article's own, or one speaker's): 0"}, []string{"want", "invite"}},
		{"by 2: Trump's claim as his, the invitation as the article's",
			[]string{"corroborated", "--min-sources", "2"},
			[]string{": 2\n", "Donald Trump", "reported", "w1 w2",
				"asserted by 1 document; possible: 1 document",
				"i1 i2", "negated according to Dmitry Peskov: 1 document"},
			[]string{"w3 w4", "w1 w2 w3"}},
		{"a question never corroborates", []string{"corroborated", "--min-sources", "1"},
			[]string{"possible: 1 document", ": 2\n"}, []string{"w4"}},
		{"contradictions name the denier", []string{"contradictions"},
			[]string{"i3#0", "Dmitry Peskov (negated)", "asserted by 2 documents; negated according to Dmitry Peskov: 1 document"}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			code, stdout, stderr := runCLI(append([]string{"query", "--db", db}, tc.args...)...)
			if code != 0 {
				t.Fatalf("exit %d: %s", code, stderr)
			}
			for _, w := range tc.want {
				if !strings.Contains(stdout, w) {
					t.Errorf("stdout lacks %q:\n%s", w, stdout)
				}
			}
			for _, w := range tc.not {
				if strings.Contains(stdout, w) {
					t.Errorf("stdout has %q:\n%s", w, stdout)
				}
			}
		})
	}

	code, stdout, stderr := runCLI("query", "--db", db, "corroborated", "--min-sources", "2", "--csv")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	rows, err := csv.NewReader(strings.NewReader(stdout)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	want := map[string][]string{ // predicate → ACCORDING TO, DOCS, MODALITY, INDEPENDENT
		"want":   {"Donald Trump", "2", "reported", "2"},
		"invite": {"the article", "2", "asserted", "2"},
	}
	if len(rows) != 3 || strings.Join(rows[0], ",") != strings.Join(corroboratedHeader, ",") {
		t.Fatalf("csv = %q", rows)
	}
	for _, r := range rows[1:] {
		w := want[r[1]]
		if got := []string{r[3], r[4], r[7], r[8]}; strings.Join(got, ",") != strings.Join(w, ",") {
			t.Errorf("%s: ACCORDING TO, DOCS, MODALITY, INDEPENDENT = %q, want %q", r[1], got, w)
		}
	}
}
