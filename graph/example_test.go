package graph_test

import (
	"context"
	"fmt"

	"newsgraph/extract/record"
	"newsgraph/graph"
)

// Two articles report the same phone call: the store keeps one fact with two
// sources, and loading an article again adds nothing.
func Example() {
	ctx := context.Background()
	s, err := graph.Open(ctx, graph.Config{Backend: graph.BackendMemory})
	if err != nil {
		fmt.Println(err)
		return
	}
	defer s.Close()

	putin := record.Ref{ID: "vladimir-putin", Name: "Vladimir Putin", Type: record.TypePerson}
	trump := record.Ref{ID: "donald-trump", Name: "Donald Trump", Type: record.TypePerson}
	article := func(id, text string) *record.Result {
		return &record.Result{
			Doc:       record.Document{ID: id, Text: text},
			Sentences: 1,
			Relations: []record.Relation{{
				Kind:       record.KindRelation,
				Provenance: record.Provenance{Doc: id, Span: [2]int{0, len(text)}, Text: text, Confidence: 0.9},
				Subject:    putin, Predicate: "call", PredicateText: "called", Object: trump,
				Modality: record.ModalityAsserted,
			}},
		}
	}
	for _, res := range []*record.Result{
		article("reuters", "Putin called Trump."),
		article("ap", "Vladimir Putin called Donald Trump on Tuesday."),
		article("reuters", "Putin called Trump."), // the same text again
	} {
		st, err := s.Load(ctx, res)
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Printf("%s: added %d, unchanged %d\n", res.Doc.ID, st.Added, st.Unchanged)
	}
	snap, err := s.Snapshot(ctx)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, f := range snap.Facts {
		fmt.Printf("%s %s %s, reported by", f.Subject, f.Predicate, f.Object)
		for _, src := range f.Sources {
			fmt.Printf(" %s", src.Doc)
		}
		fmt.Println()
	}
	// Output:
	// reuters: added 1, unchanged 0
	// ap: added 1, unchanged 0
	// reuters: added 0, unchanged 1
	// vladimir-putin call donald-trump, reported by ap reuters
}
