package queries_test

import (
	"context"
	"fmt"
	"log"

	"newsgraph/extract/record"
	"newsgraph/graph"
	"newsgraph/queries"
)

// exampleStore loads one article's records into an in-memory store.
func exampleStore(ctx context.Context) *graph.Store {
	s, err := graph.Open(ctx, graph.Config{Backend: graph.BackendMemory})
	if err != nil {
		log.Fatal(err)
	}
	putin := record.Ref{ID: "vladimir-putin", Name: "Vladimir Putin", Type: record.TypePerson}
	trump := record.Ref{ID: "donald-trump", Name: "Donald Trump", Type: record.TypePerson}
	text := "Putin invited Trump to Moscow."
	_, err = s.Load(ctx, &record.Result{
		Doc:       record.Document{ID: "001_example", Text: text},
		Sentences: 1,
		Entities: []record.Entity{
			{Kind: record.KindEntity, ID: putin.ID, Name: putin.Name, Type: putin.Type, Aliases: []string{"Putin"}, Mentions: 1},
			{Kind: record.KindEntity, ID: trump.ID, Name: trump.Name, Type: trump.Type, Aliases: []string{"Trump"}, Mentions: 1},
		},
		Relations: []record.Relation{{
			Kind:       record.KindRelation,
			Provenance: record.Provenance{Doc: "001_example", Span: [2]int{0, len(text)}, Text: text, Confidence: 0.9},
			Subject:    putin, Predicate: "invite", PredicateText: "invited", Object: trump,
			Qualifiers: map[string]string{"to": "Moscow"}, Modality: record.ModalityAsserted,
		}},
	})
	if err != nil {
		log.Fatal(err)
	}
	return s
}

func ExampleBetween() {
	ctx := context.Background()
	s := exampleStore(ctx)
	defer s.Close()

	// Names are matched through aliases and in any case.
	rel, err := queries.Between(ctx, s, "trump", "Putin")
	if err != nil {
		log.Fatal(err)
	}
	for _, f := range rel.Facts {
		for _, src := range f.Sources {
			fmt.Printf("%s %s %s (to: %s) — %s#%d %q\n", f.Subject.Name, f.Predicate, f.Object.Name,
				src.Qualifiers["to"], src.Doc, src.Sentence, src.Text)
		}
	}
	// Output:
	// Vladimir Putin invite Donald Trump (to: Moscow) — 001_example#0 "Putin invited Trump to Moscow."
}

func ExampleResolve() {
	ctx := context.Background()
	s := exampleStore(ctx)
	defer s.Close()

	e, err := queries.Resolve(ctx, s, "PUTIN")
	fmt.Println(e.ID, err)
	_, err = queries.Resolve(ctx, s, "Trumpp")
	fmt.Println(err)
	// Output:
	// vladimir-putin <nil>
	// no entity named "Trumpp"; did you mean "Trump", "Donald Trump"?
}
