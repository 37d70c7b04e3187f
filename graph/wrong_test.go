package graph_test

import (
	"context"
	"errors"
	"newsgraph/extract/record"
	"newsgraph/graph"
	"newsgraph/graph/graphtest"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
)

// factDocs returns the documents reporting fact s-p-o, nil when absent.
func factDocs(t *testing.T, st *graph.Store, s, p, o string) []string {
	t.Helper()
	snap, err := st.Snapshot(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range snap.Facts {
		if f.Subject == s && f.Predicate == p && f.Object == o {
			var docs []string
			for _, src := range f.Sources {
				if !slices.Contains(docs, src.Doc) {
					docs = append(docs, src.Doc)
				}
			}
			slices.Sort(docs)
			return docs
		}
	}
	return nil
}

// statementOf returns the id of speaker's statement containing words, "" when absent.
func statementOf(t *testing.T, st *graph.Store, speaker, words string) string {
	t.Helper()
	snap, err := st.Snapshot(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range snap.Statements {
		if s.Speaker == speaker && strings.Contains(strings.ToLower(s.Content), words) {
			return s.ID
		}
	}
	return ""
}

func noProblems(t *testing.T, st *graph.Store) {
	t.Helper()
	probs, err := st.Check(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range probs {
		t.Errorf("Check: %s", p)
	}
}

// TestMarkWrong: a fact marked wrong leaves every read model, for one
// article's report or all of them, and a rebuild (the articles loaded again,
// changed) or a later merge of its entities does not bring it back.
func TestMarkWrong(t *testing.T) {
	ctx := context.Background()
	st, err := graph.Open(ctx, graph.Config{Backend: graph.BackendMemory})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	docs := []*record.Result{graphtest.DocA(), graphtest.DocB(), graphtest.DocC()}
	if _, err := st.LoadBatch(ctx, graphtest.Clone(t, docs)); err != nil {
		t.Fatal(err)
	}
	if got := factDocs(t, st, "vladimir-putin", "call", "donald-trump"); !reflect.DeepEqual(got, []string{"a", "b"}) {
		t.Fatalf("the fixture's call is reported by %v, want a and b", got)
	}
	quote := statementOf(t, st, "pete-hegseth", "pre-2014 borders")
	if quote == "" {
		t.Fatal("the fixture lacks Hegseth's quote")
	}

	// One article's report of the call: the other keeps it.
	two, zero := 2, 0
	stats, err := st.MarkWrong(ctx, graph.Wrong{Subject: "vladimir-putin", Predicate: "call", Object: "donald-trump", Doc: "b", Sentence: &two})
	if err == nil {
		t.Fatalf("sentence 2 of b does not report the call, yet it was marked: %+v", stats)
	}
	if !errors.Is(err, graph.ErrNotFound) {
		t.Errorf("marking a report that does not exist: %v, want ErrNotFound", err)
	}
	stats, err = st.MarkWrong(ctx, graph.Wrong{Subject: "vladimir-putin", Predicate: "call", Object: "donald-trump", Doc: "b", Sentence: &zero})
	if err != nil {
		t.Fatal(err)
	}
	if stats.Relinked != 1 || stats.QuadsRemoved == 0 {
		t.Errorf("marking b's call wrong: %+v, want one article rewritten", stats)
	}
	if got := factDocs(t, st, "vladimir-putin", "call", "donald-trump"); !reflect.DeepEqual(got, []string{"a"}) {
		t.Errorf("after marking b's report wrong, the call is reported by %v, want a", got)
	}
	// The whole invitation (asserted in a, denied in c), and the quote.
	if _, err := st.MarkWrong(ctx, graph.Wrong{Subject: "vladimir-putin", Predicate: "invite", Object: "donald-trump"}); err != nil {
		t.Fatal(err)
	}
	if _, err := st.MarkWrong(ctx, graph.Wrong{Statement: quote}); err != nil {
		t.Fatal(err)
	}
	check := func(when string) {
		t.Helper()
		if got := factDocs(t, st, "vladimir-putin", "invite", "donald-trump"); got != nil {
			t.Errorf("%s: the invitation marked wrong is reported by %v", when, got)
		}
		if got := factDocs(t, st, "vladimir-putin", "call", "donald-trump"); !reflect.DeepEqual(got, []string{"a"}) {
			t.Errorf("%s: the call is reported by %v, want a only", when, got)
		}
		snap, err := st.Snapshot(ctx)
		if err != nil {
			t.Fatal(err)
		}
		for _, s := range snap.Statements {
			if strings.Contains(strings.ToLower(s.Content), "pre-2014 borders") {
				t.Errorf("%s: the quote marked wrong is back: %+v", when, s)
			}
		}
		if !slices.ContainsFunc(snap.Statements, func(s graph.Statement) bool { return strings.Contains(s.Content, "NATO membership") }) {
			t.Errorf("%s: a statement nobody marked is gone", when)
		}
		noProblems(t, st)
	}
	check("after marking")
	marks, err := st.Overrides(ctx)
	if err != nil || len(marks) != 3 || marks[2].Op != graph.OpWrong || marks[2].ID != "pete-hegseth" {
		t.Errorf("recorded corrections %+v (%v), want three marks, the last on Hegseth's quote", marks, err)
	}

	// A rebuild: the articles extracted again, with changed text.
	again := graphtest.Clone(t, docs)
	for _, res := range again {
		res.Doc.Text += " (updated)"
	}
	stats, err = st.LoadBatch(ctx, again)
	if err != nil {
		t.Fatal(err)
	}
	if stats.Replaced != 3 {
		t.Errorf("the rebuild replaced %d articles, want 3", stats.Replaced)
	}
	check("after the rebuild")

	// Hegseth merged into another entity later: his quote is the same
	// wrong quote under another speaker id.
	if _, err := st.Merge(ctx, "donald-trump", "pete-hegseth"); err != nil {
		t.Fatal(err)
	}
	check("after a merge of the speaker")
}

// TestMarkWrongSameAsBefore: a mark made before the articles came gives the
// same store as one made after them.
func TestMarkWrongSameAsBefore(t *testing.T) {
	ctx := context.Background()
	open := func() *graph.Store {
		s, err := graph.Open(ctx, graph.Config{Backend: graph.BackendMemory})
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { s.Close() })
		return s
	}
	docs := []*record.Result{graphtest.DocA(), graphtest.DocB(), graphtest.DocC()}
	wrong := graph.Wrong{Subject: "vladimir-putin", Predicate: "invite", Object: "donald-trump"}
	after := open()
	if _, err := after.LoadBatch(ctx, graphtest.Clone(t, docs)); err != nil {
		t.Fatal(err)
	}
	if _, err := after.MarkWrong(ctx, wrong); err != nil {
		t.Fatal(err)
	}
	first := open()
	if _, err := first.LoadBatch(ctx, graphtest.Clone(t, docs[:1])); err != nil {
		t.Fatal(err)
	}
	if _, err := first.MarkWrong(ctx, wrong); err != nil {
		t.Fatal(err)
	}
	if _, err := first.LoadBatch(ctx, graphtest.Clone(t, docs[1:])); err != nil {
		t.Fatal(err)
	}
	if a, b := graphtest.Quads(t, after), graphtest.Quads(t, first); !reflect.DeepEqual(a, b) {
		t.Errorf("a mark before the loads gives %d quads, after them %d", len(b), len(a))
	}
	if got := factDocs(t, first, "vladimir-putin", "invite", "donald-trump"); got != nil {
		t.Errorf("document c, loaded after the mark, brought the invitation back: %v", got)
	}
}

func TestMarkWrongRefused(t *testing.T) {
	ctx := context.Background()
	dir := filepath.Join(t.TempDir(), "news.db")
	st, err := graph.Open(ctx, graph.Config{Address: dir, NoSync: true})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := st.LoadBatch(ctx, []*record.Result{graphtest.DocA()}); err != nil {
		t.Fatal(err)
	}
	neg := -1
	tests := []struct {
		w    graph.Wrong
		want error
	}{
		{graph.Wrong{}, graph.ErrBadCorrection},
		{graph.Wrong{Subject: "vladimir-putin", Predicate: "invite"}, graph.ErrBadCorrection},
		{graph.Wrong{Subject: "vladimir-putin", Predicate: "invite", Object: "donald-trump", Statement: "x"}, graph.ErrBadCorrection},
		{graph.Wrong{Statement: "0123456789abcdef", Sentence: &neg, Doc: "a"}, graph.ErrBadCorrection},
		{graph.Wrong{Subject: "vladimir-putin", Predicate: "meet", Object: "donald-trump"}, graph.ErrNotFound},
		{graph.Wrong{Statement: "0123456789abcdef"}, graph.ErrNotFound},
		{graph.Wrong{Subject: "vladimir-putin", Predicate: "invite", Object: "donald-trump", Doc: "b"}, graph.ErrNotFound},
	}
	for _, tc := range tests {
		if _, err := st.MarkWrong(ctx, tc.w); !errors.Is(err, tc.want) {
			t.Errorf("MarkWrong(%s): %v, want %v", tc.w, err, tc.want)
		}
	}
	if err := st.Close(); err != nil {
		t.Fatal(err)
	}
	ro, err := graph.Open(ctx, graph.Config{Address: dir, ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer ro.Close()
	before := graphtest.Quads(t, ro)
	if _, err := ro.MarkWrong(ctx, graph.Wrong{Subject: "vladimir-putin", Predicate: "invite", Object: "donald-trump"}); !errors.Is(err, graph.ErrReadOnly) {
		t.Errorf("marking on a read-only store: %v, want ErrReadOnly", err)
	}
	if after := graphtest.Quads(t, ro); !reflect.DeepEqual(before, after) {
		t.Error("the read-only store changed")
	}
}
