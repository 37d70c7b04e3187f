package queries_test

import (
	"context"
	"slices"
	"strings"
	"testing"

	"newsgraph/extract/record"
	"newsgraph/graph"
	"newsgraph/queries"
)

var (
	peskov = record.Ref{ID: "dmitry-peskov", Name: "Dmitry Peskov", Type: record.TypePerson}
	peace  = record.Ref{ID: "peace", Name: "peace", Type: record.TypeConcept}
	sochi  = record.Ref{ID: "sochi", Name: "Sochi", Type: record.TypeGPE}
)

// voiced is a relation stated in some voice: modality, who says so, negated.
func voiced(p record.Provenance, s record.Ref, pred, text string, o record.Ref, modality string, by *record.Ref, negated bool) record.Relation {
	r := rel(p, s, pred, text, o, negated, nil)
	r.Modality, r.AttributedTo = modality, by
	return r
}

func withOutlet(r *record.Result, outlet string) *record.Result {
	r.Doc.Meta.Outlet = outlet
	return r
}

// claimsFixture is "Putin wants peace" as the news says it: Trump's claim
// in two articles, Peskov's in one, one article asserting it, one asking it
// and one where Zelensky denies it; and a summit in Sochi asserted by two
// articles of one outlet and one of another, and a visit only ever asked
// about.
func claimsFixture() []*record.Result {
	want := func(p record.Provenance, mod string, by *record.Ref, neg bool) record.Relation {
		return voiced(p, putin, "want", "wants", peace, mod, by, neg)
	}
	ents := func(doc string, more ...record.Entity) []record.Entity {
		return append([]record.Entity{ent(putin, 1, doc, "Putin"), ent(peace, 1, doc)}, more...)
	}
	return []*record.Result{
		result("p1", ents("p1", ent(trump, 1, "p1")), []record.Relation{
			want(prov(0, "Trump said Putin wants peace."), record.ModalityReported, &trump, false),
		}, nil),
		result("p2", ents("p2", ent(trump, 1, "p2")), []record.Relation{
			want(prov(2, "Putin wants peace, Mr Trump told reporters."), record.ModalityReported, &trump, false),
		}, nil),
		result("p3", ents("p3", ent(peskov, 1, "p3")), []record.Relation{
			want(prov(1, "Putin wants peace, Peskov said."), record.ModalityReported, &peskov, false),
		}, nil),
		result("p4", ents("p4"), []record.Relation{
			want(prov(0, "Putin wants peace."), record.ModalityAsserted, nil, false),
		}, nil),
		result("p5", ents("p5"), []record.Relation{
			want(prov(3, "But does Putin really want peace?"), record.ModalityPossible, nil, false),
			voiced(prov(4, "Will Putin visit Sochi?"), putin, "visit", "visit", sochi, record.ModalityPossible, nil, false),
		}, nil),
		result("p6", ents("p6", ent(zelensky, 1, "p6")), []record.Relation{
			want(prov(1, "Zelensky said Putin does not want peace."), record.ModalityReported, &zelensky, true),
			voiced(prov(2, "Putin might visit Sochi."), putin, "visit", "might visit", sochi, record.ModalityPossible, nil, false),
		}, nil),
		result("p7", ents("p7"), []record.Relation{
			voiced(prov(0, "Putin may visit Sochi next week."), putin, "visit", "may visit", sochi, record.ModalityPossible, nil, false),
		}, nil),
		withOutlet(result("s1", ents("s1"), []record.Relation{
			voiced(prov(0, "Putin hosted a summit in Sochi."), putin, "host", "hosted", sochi, record.ModalityAsserted, nil, false),
		}, nil), "BBC"),
		withOutlet(result("s2", ents("s2"), []record.Relation{
			voiced(prov(0, "Putin hosted the summit in Sochi."), putin, "host", "hosted", sochi, record.ModalityAsserted, nil, false),
		}, nil), "BBC"),
		withOutlet(result("s3", ents("s3"), []record.Relation{
			voiced(prov(0, "Putin hosted leaders in Sochi."), putin, "host", "hosted", sochi, record.ModalityAsserted, nil, false),
		}, nil), "Reuters"),
	}
}

// claimCells says a corroboration's claims the way tables print them.
func claimCells(cs []queries.Claim) []string {
	var out []string
	for _, c := range cs {
		out = append(out, c.String())
	}
	return out
}

// TestCorroboratedCountsBySpeaker: documents count for a claim only with the
// others that say it in the same voice — the article's own, or one
// speaker's; a question or a hedge never corroborates, a denial contradicts,
// and articles of one outlet are one source.
func TestCorroboratedCountsBySpeaker(t *testing.T) {
	wantPeace := []string{"asserted by 1 document", "according to Donald Trump: 2 documents",
		"according to Dmitry Peskov: 1 document", "possible: 1 document",
		"negated according to Volodymyr Zelenskyy: 1 document"}
	tests := []struct {
		name     string
		min      int
		want     map[string]int      // "subject predicate object" → independent sources
		cells    map[string][]string // claims of a fact, as printed
		asserted map[string][]string // AssertedIn of a fact
	}{
		{name: "Trump's claim in two articles is corroborated as his, by 2", min: 2,
			want:  map[string]int{"vladimir-putin want peace": 2, "vladimir-putin host sochi": 2},
			cells: map[string][]string{"vladimir-putin want peace": wantPeace},
			asserted: map[string][]string{"vladimir-putin want peace": {"p4"},
				"vladimir-putin host sochi": {"s1", "s2", "s3"}}},
		{name: "two speakers and an article are not 3 documents; one outlet twice is one source", min: 3,
			want: map[string]int{}},
		{name: "a question or a hedge never corroborates", min: 1,
			want: map[string]int{"vladimir-putin want peace": 2, "vladimir-putin host sochi": 2}},
	}
	for _, backend := range backends {
		s := loadStore(t, backend, claimsFixture())
		for _, tc := range tests {
			t.Run(backend+"/"+tc.name, func(t *testing.T) {
				got, err := queries.Corroborated(context.Background(), s, tc.min)
				if err != nil {
					t.Fatal(err)
				}
				facts := map[string]int{}
				for _, c := range got {
					k := c.Subject.ID + " " + c.Predicate + " " + c.Object.ID
					facts[k] = c.Independent
					if want, ok := tc.cells[k]; ok && !slices.Equal(claimCells(c.Claims), want) {
						t.Errorf("%s: claims %q, want %q", k, claimCells(c.Claims), want)
					}
					if want, ok := tc.asserted[k]; ok && !slices.Equal(c.AssertedIn, want) {
						t.Errorf("%s: asserted in %v, want %v", k, c.AssertedIn, want)
					}
				}
				if len(facts) != len(tc.want) {
					t.Errorf("Corroborated(%d) = %v, want %v", tc.min, facts, tc.want)
				}
				for k, n := range tc.want {
					if facts[k] != n {
						t.Errorf("Corroborated(%d): %s has %d independent sources, want %d (all: %v)", tc.min, k, facts[k], n, facts)
					}
				}
			})
		}
	}
}

// TestContradictionsSayWhoSaysSo: a denial reported as Zelensky's
// contradicts the article and the speakers who say the fact holds; the
// question takes no side.
func TestContradictionsSayWhoSaysSo(t *testing.T) {
	for _, backend := range backends {
		t.Run(backend, func(t *testing.T) {
			s := loadStore(t, backend, claimsFixture())
			got, err := queries.Contradictions(context.Background(), s)
			if err != nil {
				t.Fatal(err)
			}
			if len(got) != 1 {
				t.Fatalf("Contradictions() = %d facts, want 1", len(got))
			}
			c := got[0]
			want := []string{"asserted by 1 document", "according to Donald Trump: 2 documents",
				"according to Dmitry Peskov: 1 document", "negated according to Volodymyr Zelenskyy: 1 document"}
			if !slices.Equal(claimCells(c.Claims), want) {
				t.Errorf("claims %q, want %q", claimCells(c.Claims), want)
			}
			for _, src := range c.Asserted {
				if queries.VoiceOf(src) == queries.VoicePossible || strings.Contains(src.Text, "?") {
					t.Errorf("the question %q is counted as asserting", src.Text)
				}
			}
			if len(c.Asserted) != 4 || len(c.Negated) != 1 || c.Negated[0].AttributedTo != zelensky.ID {
				t.Errorf("asserted %d, negated %+v", len(c.Asserted), c.Negated)
			}
		})
	}
}

func TestVoiceOf(t *testing.T) {
	tests := []struct {
		src  graph.Source
		want string
	}{
		{graph.Source{Modality: record.ModalityAsserted}, queries.VoiceAsserted},
		{graph.Source{}, queries.VoiceAsserted},
		{graph.Source{Modality: record.ModalityReported, AttributedTo: "donald-trump"}, queries.VoiceReported},
		{graph.Source{Modality: record.ModalityReported}, queries.VoiceReported},
		{graph.Source{Modality: record.ModalityAsserted, AttributedTo: "donald-trump"}, queries.VoiceReported},
		{graph.Source{Modality: record.ModalityPossible, AttributedTo: "donald-trump"}, queries.VoicePossible},
		{graph.Source{Modality: record.ModalityPossible, Negated: true}, queries.VoicePossible},
	}
	for _, tc := range tests {
		if got := queries.VoiceOf(tc.src); got != tc.want {
			t.Errorf("VoiceOf(%+v) = %s, want %s", tc.src, got, tc.want)
		}
	}
}
