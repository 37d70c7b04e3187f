package export_test

import (
	"context"
	"fmt"
	"os"
	"strings"

	"newsgraph/export"
	"newsgraph/graph"
)

func ExampleCSV() {
	snap := &graph.Snapshot{
		Entities: []graph.Entity{
			{ID: "vladimir-putin", Name: "Vladimir Putin", Type: "PERSON", Aliases: []string{"Putin"}, Docs: []string{"d1"}, Mentions: 2},
			{ID: "donald-trump", Name: "Donald Trump", Type: "PERSON", Docs: []string{"d1"}, Mentions: 3},
		},
		Facts: []graph.Fact{{Subject: "vladimir-putin", Predicate: "invite", Object: "donald-trump",
			Sources: []graph.Source{{Doc: "d1", Sentence: 4, Text: "Putin invited Trump to Moscow.", Confidence: 0.8,
				Modality: "asserted", Qualifiers: map[string]string{"to": "Moscow"}}}}},
		Documents: []graph.Document{{ID: "d1", Outlet: "Example News", Date: "2025-08-03", Title: "Putin invites Trump"}},
	}
	if err := export.CSV(os.Stdout, os.Stdout, snap); err != nil {
		fmt.Println(err)
	}
	// Output:
	// id,name,type,aliases,mentions,documents,document_labels
	// ent/vladimir-putin,Vladimir Putin,PERSON,Putin,2,d1,Example News · 2025-08-03 · Putin invites Trump
	// ent/donald-trump,Donald Trump,PERSON,,3,d1,Example News · 2025-08-03 · Putin invites Trump
	// id,source,target,predicate,kind,stance,negated,attributed_to,modality,qualifiers,confidence,documents,document_labels,sources,text,according_to
	// e0,ent/vladimir-putin,ent/donald-trump,invite,relation,,false,,asserted,to: Moscow,0.8,d1,Example News · 2025-08-03 · Putin invites Trump,d1#4,Putin invited Trump to Moscow.,the article
}

func ExampleDOT() {
	snap := &graph.Snapshot{
		Entities: []graph.Entity{{ID: "a", Name: "Alice", Type: "PERSON"}, {ID: "b", Name: "Acme", Type: "ORG"}},
		Facts:    []graph.Fact{{Subject: "a", Predicate: "found", Object: "b", Sources: []graph.Source{{Doc: "d", Text: "Alice founded Acme."}}}},
	}
	var b strings.Builder
	if err := export.DOT(context.Background(), &b, snap, export.MapOptions{Title: "example", NoLegend: true}); err != nil {
		fmt.Println(err)
	}
	for _, line := range strings.Split(b.String(), "\n") {
		if strings.HasPrefix(line, `  "ent/`) {
			fmt.Println(strings.TrimSpace(line[:strings.Index(line, " [")]))
		}
	}
	// Output:
	// "ent/a"
	// "ent/b"
	// "ent/a" -> "ent/b"
}
