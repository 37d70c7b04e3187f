package queries_test

import (
	"context"
	"newsgraph/extract/record"
	"newsgraph/graph"
	"newsgraph/graph/graphtest"
	"newsgraph/queries"
	"slices"
	"testing"
)

func TestDay(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"2005-02-16", "2005-02-16"},
		{"2005-02-16T10:00:00Z", "2005-02-16"},
		{"2005-02", "2005-02"},
		{" 2005 ", "2005"},
		{"Wed, 16 Feb 2005 10:00:00 +0000", "2005-02-16"},
		{"February 16, 2005", "2005-02-16"},
		{"16 February 2005", "2005-02-16"},
		{"16/02/2005", "2005-02-16"},
		{"last Tuesday", ""},
		{"", ""},
	} {
		if got := queries.Day(tc.in); got != tc.want {
			t.Errorf("Day(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
	for s, want := range map[string]bool{"2005": true, "2005-02": true, "2005-02-16": true, "2005-2": false, "2005-02-16T10:00": false, "": false} {
		if queries.IsISODay(s) != want {
			t.Errorf("IsISODay(%q) = %v", s, !want)
		}
	}
}

// TestTimelineReadsDates: the timeline orders reports by the day their
// articles give, however written, not by the text of the date.
func TestTimelineReadsDates(t *testing.T) {
	ctx := context.Background()
	s, err := graph.Open(ctx, graph.Config{Backend: graph.BackendMemory})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	a, b := graphtest.DocA(), graphtest.DocB()
	a.Doc.Meta = record.Meta{Outlet: "BBC", Date: "17 February 2025"}
	b.Doc.Meta = record.Meta{Outlet: "Reuters", Date: "Wed, 12 Feb 2025 08:00:00 +0000"}
	if _, err := s.LoadBatch(ctx, []*record.Result{a, b, graphtest.DocC()}); err != nil {
		t.Fatal(err)
	}
	res, err := queries.Timeline(ctx, s, "Ukraine")
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range res.Entries {
		got = append(got, e.Document.ID+" "+e.Day)
	}
	if want := []string{"b 2025-02-12", "a 2025-02-17"}; !slices.Equal(got, want) {
		t.Errorf("timeline %v, want %v", got, want)
	}
}
