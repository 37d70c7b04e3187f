package graph_test

import (
	"context"
	"reflect"
	"sync"
	"testing"

	"newsgraph/extract/record"
	"newsgraph/graph"
	"newsgraph/graph/graphtest"
)

// TestTwoPostgresBuilders: two builders start together on an empty
// database (no tables yet), each loading its own half of the articles one
// by one; the store they leave is the store one builder makes of all of
// them — same quads, entities linked across both halves.
func TestTwoPostgresBuilders(t *testing.T) {
	ctx := context.Background()
	admin := graphtest.PostgresAdmin(t)
	docs := append(graphtest.Corpus(t), graphtest.Generate(graphtest.GenerateOptions{
		Docs: 12, Seed: 9, Entities: 30, EntitiesPerDoc: 6, RelationsPerDoc: 5, StatementsPerDoc: 2})...)

	one, err := graph.Open(ctx, graph.Config{Backend: graph.BackendMemory})
	if err != nil {
		t.Fatal(err)
	}
	defer one.Close()
	if _, err := one.LoadBatch(ctx, graphtest.Clone(t, docs)); err != nil {
		t.Fatal(err)
	}
	want := graphtest.Quads(t, one)

	for round := 0; round < 3; round++ {
		addr := graphtest.PostgresDatabase(t, admin)
		halves := [2][]*record.Result{}
		for i, d := range docs {
			halves[(i+round)%2] = append(halves[(i+round)%2], d)
		}
		var wg sync.WaitGroup
		errs := make([]error, 2)
		start := make(chan struct{})
		for b := range halves {
			wg.Add(1)
			go func() {
				defer wg.Done()
				<-start
				s, err := graph.Open(ctx, graph.Config{Backend: graph.BackendPostgres, Address: addr})
				if err != nil {
					errs[b] = err
					return
				}
				defer s.Close()
				for _, d := range halves[b] {
					if _, err := s.LoadBatch(ctx, graphtest.Clone(t, []*record.Result{d})); err != nil {
						errs[b] = err
						return
					}
				}
			}()
		}
		close(start)
		wg.Wait()
		for b, err := range errs {
			if err != nil {
				t.Fatalf("round %d: builder %d: %v", round, b, err)
			}
		}
		s, err := graph.Open(ctx, graph.Config{Backend: graph.BackendPostgres, Address: addr, ReadOnly: true})
		if err != nil {
			t.Fatal(err)
		}
		got := graphtest.Quads(t, s)
		if !reflect.DeepEqual(got, want) {
			extra, missing := diff(got, want)
			t.Errorf("round %d: two builders: %d quads, one builder %d\nextra %q\nmissing %q", round, len(got), len(want), head(extra), head(missing))
		}
		if probs, err := s.Check(ctx); err != nil || len(probs) > 0 {
			t.Errorf("round %d: check: %v %v", round, probs, err)
		}
		s.Close()
	}
}
