package queries_test

import (
	"context"
	"strings"
	"testing"

	"newsgraph/queries"
)

func TestSearch(t *testing.T) {
	s := loadStore(t, "memory", fixture())
	ctx := context.Background()
	tests := []struct {
		q     string
		typ   string
		want  []string // the hits' ids, in order
		match string   // how the first hit matched
		docs  []string // SearchOptions.InDocs
	}{
		{q: "Zelensky", want: []string{"volodymyr-zelenskyy"}, match: "exact"},
		{q: "zelenskiy", want: []string{"volodymyr-zelenskyy"}, match: "close"},
		{q: "trump", want: []string{"donald-trump", "melania-trump"}, match: "exact"},
		{q: "Trump", typ: "GPE", want: []string{}},
		{q: "president", want: []string{"donald-trump"}, match: "prefix"},
		{q: "rus", want: []string{"russia"}, match: "prefix"},
		{q: "krain", want: []string{"ukraine"}, match: "contains"},
		{q: "  ", want: []string{}},
		{q: "Hegseth", typ: "person", want: []string{"pete-hegseth"}, match: "exact"},
		{q: "xq", want: []string{}},
		// Only entities the given articles mention (an outlet's, a period's).
		{q: "trump", docs: []string{"doc-b", "doc-c"}, want: []string{"donald-trump"}, match: "exact"},
		{q: "Hegseth", docs: []string{"doc-a"}, want: []string{}},
		{q: "Hegseth", docs: []string{}, want: []string{}},
	}
	for _, tc := range tests {
		t.Run(tc.q+"/"+tc.typ+"/"+strings.Join(tc.docs, ","), func(t *testing.T) {
			opts := queries.SearchOptions{Type: tc.typ}
			if tc.docs != nil {
				opts.InDocs = map[string]bool{}
				for _, d := range tc.docs {
					opts.InDocs[d] = true
				}
			}
			hits, err := queries.Search(ctx, s, tc.q, opts)
			if err != nil {
				t.Fatal(err)
			}
			got := make([]string, len(hits))
			for i, h := range hits {
				got[i] = h.ID
			}
			if len(got) != len(tc.want) {
				t.Fatalf("hits %v, want %v", got, tc.want)
			}
			for i := range got {
				if got[i] != tc.want[i] {
					t.Fatalf("hits %v, want %v", got, tc.want)
				}
			}
			if tc.docs != nil && len(hits) > 0 && hits[0].Docs != len(tc.docs) {
				t.Errorf("first hit counts %d documents, want %d (those searched)", hits[0].Docs, len(tc.docs))
			}
			if tc.match != "" && hits[0].Match != tc.match {
				t.Errorf("first hit matched %q (%q), want %q", hits[0].Match, hits[0].Matched, tc.match)
			}
		})
	}
	hits, err := queries.Search(ctx, s, "a", queries.SearchOptions{Limit: 2})
	if err != nil || len(hits) > 2 {
		t.Errorf("limit 2: %d hits, %v", len(hits), err)
	}
}
