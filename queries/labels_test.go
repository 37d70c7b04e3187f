package queries_test

import (
	"context"
	"testing"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"newsgraph/graph"
	"newsgraph/queries"
)

// TestLabels checks that queries name entities from the labels the store
// keeps (graph.PredLabel), and from their name and type quads when a store
// has none (one written before labels): both give the same answers.
func TestLabels(t *testing.T) {
	ctx := context.Background()
	for _, backend := range []string{graph.BackendMemory, graph.BackendBolt} {
		t.Run(backend, func(t *testing.T) {
			s := loadStore(t, backend, fixture())
			var labels []quad.Quad
			err := s.EachStoredQuad(ctx, func(q quad.Quad) error {
				if q.Predicate == graph.PredLabel {
					labels = append(labels, q)
				}
				return nil
			})
			if err != nil {
				t.Fatal(err)
			}
			if len(labels) == 0 {
				t.Fatal("the fixture's store keeps no labels")
			}
			answers := func() string {
				t.Helper()
				n, err := queries.Neighbors(ctx, s, "Putin", 2)
				if err != nil {
					t.Fatal(err)
				}
				b, err := queries.Between(ctx, s, "Putin", "Trump")
				if err != nil {
					t.Fatal(err)
				}
				return jsonString(t, n) + jsonString(t, b)
			}
			apply := func(dels, adds []quad.Quad) {
				t.Helper()
				var ds []cgraph.Delta
				for _, q := range dels {
					ds = append(ds, cgraph.Delta{Quad: q, Action: cgraph.Delete})
				}
				for _, q := range adds {
					ds = append(ds, cgraph.Delta{Quad: q, Action: cgraph.Add})
				}
				if err := s.QuadStore().ApplyDeltas(ds, cgraph.IgnoreOpts{}); err != nil {
					t.Fatal(err)
				}
			}
			with := answers()
			apply(labels, nil)
			if without := answers(); without != with {
				t.Errorf("without labels\n%s\nwith labels\n%s", without, with)
			}
			// A label that disagrees with the name quads shows that it is
			// what neighbours are named from.
			russia := quad.Make(graph.EntityIRI("russia"), graph.PredLabel, graph.LabelValue("Label Of Russia", "GPE"), graph.MetaLabel)
			apply(nil, []quad.Quad{russia})
			n, err := queries.Neighbors(ctx, s, "Putin", 1)
			if err != nil {
				t.Fatal(err)
			}
			found := false
			for _, node := range n.Nodes {
				if node.ID == "russia" {
					found = true
					if node.Name != "Label Of Russia" || node.Type != "GPE" {
						t.Errorf("russia named %q (%s), want its label's \"Label Of Russia\" (GPE)", node.Name, node.Type)
					}
				}
			}
			if !found {
				t.Errorf("russia is not a neighbour of Putin: %+v", n.Nodes)
			}
		})
	}
}
