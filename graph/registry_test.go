package graph_test

import (
	"context"
	"math/rand/v2"
	"os/exec"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"testing"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"newsgraph/extract"
	"newsgraph/extract/record"
	"newsgraph/graph"
	"newsgraph/graph/graphtest"
)

// generatedArticles extracts articles made by internal/gen from the corpus
// (renamed people and places, shuffled sentences), unlinked.
func generatedArticles(t *testing.T, n int) []*record.Result {
	t.Helper()
	corpus := graphtest.CorpusDir()
	if corpus == "" {
		t.Skip("reference corpus ../shared/corpus not found; skipping generated articles")
	}
	dir := filepath.Join(t.TempDir(), "gen")
	cmd := exec.Command("go", "run", "../internal/gen", "-corpus", corpus, "-o", dir,
		"-n", itoa(n), "-min", "6", "-max", "14", "-seed", "7")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("generating articles: %v\n%s", err, out)
	}
	return extractDir(t, dir)
}

func itoa(n int) string { return string(rune('0'+n/10)) + string(rune('0'+n%10)) }

func extractDir(t *testing.T, dir string) []*record.Result {
	t.Helper()
	ctx := context.Background()
	x, err := extract.New(extract.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var docs []record.Document
	err = extract.Walk(ctx, []string{dir}, extract.ReadOptions{}, func(path string, doc record.Document, err error) error {
		if err != nil {
			return err
		}
		docs = append(docs, doc)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	res, err := x.ExtractAll(ctx, docs, extract.RunOptions{NoLink: true})
	if err != nil {
		t.Fatal(err)
	}
	return res
}

// splits returns the documents of docs in a random order, cut into random
// batches.
func splits(rng *rand.Rand, docs []*record.Result) [][]*record.Result {
	order := rng.Perm(len(docs))
	var out [][]*record.Result
	for i := 0; i < len(order); {
		n := 1 + rng.IntN(max(1, len(order)/2))
		var b []*record.Result
		for _, j := range order[i:min(i+n, len(order))] {
			b = append(b, docs[j])
		}
		out = append(out, b)
		i += n
	}
	return out
}

// TestBatchingProperty: the graph depends on the set of articles loaded,
// not on how they were split into loads — one load of N = N loads of one =
// any random batching, in any order, on the corpus and on generated
// articles. And it is the graph record.Link gives the whole set at once.
func TestBatchingProperty(t *testing.T) {
	ctx := context.Background()
	sets := map[string][]*record.Result{
		"corpus": graphtest.Corpus(t),
		"synthetic": graphtest.Generate(graphtest.GenerateOptions{
			Docs: 30, Seed: 3, Entities: 40, EntitiesPerDoc: 8, RelationsPerDoc: 6, StatementsPerDoc: 3}),
	}
	n := 24
	if testing.Short() {
		n = 8
	}
	sets["generated"] = generatedArticles(t, n)
	for name, docs := range sets {
		t.Run(name, func(t *testing.T) {
			open := func() *graph.Store {
				s, err := graph.Open(ctx, graph.Config{Backend: graph.BackendMemory})
				if err != nil {
					t.Fatal(err)
				}
				t.Cleanup(func() { s.Close() })
				return s
			}
			whole := open()
			if _, err := whole.LoadBatch(ctx, graphtest.Clone(t, docs)); err != nil {
				t.Fatal(err)
			}
			want := graphtest.Quads(t, whole)

			// The entities are those of linking the whole set at once.
			linked := graphtest.Clone(t, docs)
			record.Link(linked)
			var wantIDs, gotIDs []string
			for _, e := range record.MergedEntities(linked) {
				wantIDs = append(wantIDs, e.ID)
			}
			snap, err := whole.Snapshot(ctx)
			if err != nil {
				t.Fatal(err)
			}
			for _, e := range snap.Entities {
				if e.ID != record.SpeakerUnknown {
					gotIDs = append(gotIDs, e.ID)
				}
			}
			sort.Strings(wantIDs)
			if !reflect.DeepEqual(gotIDs, wantIDs) {
				t.Errorf("entities of one load differ from linking the set at once:\n got %q\nwant %q", gotIDs, wantIDs)
			}

			check := func(what string, batches [][]*record.Result) {
				t.Helper()
				s := open()
				var st graph.LoadStats
				for _, b := range batches {
					bst, err := s.LoadBatch(ctx, graphtest.Clone(t, b))
					if err != nil {
						t.Fatalf("%s: %v", what, err)
					}
					st.Add(bst)
				}
				got := graphtest.Quads(t, s)
				if !reflect.DeepEqual(got, want) {
					extra, missing := diff(got, want)
					t.Errorf("%s (%d loads, %d relinked, %d merges): %d quads, want %d\nextra %q\nmissing %q",
						what, len(batches), st.Relinked, len(st.Merges), len(got), len(want), head(extra), head(missing))
				}
			}
			var ones, reversed [][]*record.Result
			for i := range docs {
				ones = append(ones, docs[i:i+1])
				reversed = append(reversed, docs[len(docs)-1-i:len(docs)-i])
			}
			check("one article at a time", ones)
			check("one at a time, last first", reversed)
			for seed := uint64(1); seed <= 6; seed++ {
				check("random batches seed "+itoa(int(seed)), splits(rand.New(rand.NewPCG(seed, 99)), docs))
			}
		})
	}
}

func diff(got, want []string) (extra, missing []string) {
	w := map[string]bool{}
	for _, q := range want {
		w[q] = true
	}
	g := map[string]bool{}
	for _, q := range got {
		g[q] = true
		if !w[q] {
			extra = append(extra, q)
		}
	}
	for _, q := range want {
		if !g[q] {
			missing = append(missing, q)
		}
	}
	return extra, missing
}

func head(s []string) []string {
	if len(s) > 5 {
		return s[:5]
	}
	return s
}

// TestCorrectionsSurviveLoads: merge, split and retype are recorded in the
// store and hold for documents loaded afterwards, whatever the order.
func TestCorrectionsSurviveLoads(t *testing.T) {
	ctx := context.Background()
	docs := graphtest.Corpus(t)
	ids := func(s *graph.Store) map[string]string {
		snap, err := s.Snapshot(ctx)
		if err != nil {
			t.Fatal(err)
		}
		out := map[string]string{}
		for _, e := range snap.Entities {
			out[e.ID] = e.Type
		}
		return out
	}
	open := func() *graph.Store {
		s, err := graph.Open(ctx, graph.Config{Backend: graph.BackendMemory})
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { s.Close() })
		return s
	}
	// Corrections made after loading everything…
	after := open()
	if _, err := after.LoadBatch(ctx, graphtest.Clone(t, docs)); err != nil {
		t.Fatal(err)
	}
	before := ids(after)
	if before["dmitry-peskov"] == "" || before["vladimir-putin"] == "" || before["kyiv"] != record.TypeGPE {
		t.Fatalf("corpus lacks the entities this test corrects: %v", before)
	}
	correct := func(s *graph.Store) {
		t.Helper()
		if _, err := s.Merge(ctx, "vladimir-putin", "dmitry-peskov"); err != nil {
			t.Fatal(err)
		}
		if _, err := s.Retype(ctx, "kyiv", record.TypeOrg); err != nil {
			t.Fatal(err)
		}
	}
	correct(after)
	got := ids(after)
	if _, ok := got["dmitry-peskov"]; ok || got["kyiv"] != record.TypeOrg {
		t.Errorf("after merge and retype: peskov %q, kyiv %q", got["dmitry-peskov"], got["kyiv"])
	}
	// …equal corrections made on the first document, before the rest came.
	lead := -1 // an article naming all three
	for i, d := range docs {
		n := 0
		for _, e := range d.Entities {
			if e.ID == "dmitry-peskov" || e.ID == "vladimir-putin" || e.ID == "kyiv" {
				n++
			}
		}
		if n == 3 && lead < 0 {
			lead = i
		}
	}
	if lead < 0 {
		t.Fatal("no corpus article names Peskov, Putin and Kyiv")
	}
	first := open()
	if _, err := first.LoadBatch(ctx, graphtest.Clone(t, docs[lead:lead+1])); err != nil {
		t.Fatal(err)
	}
	correct(first)
	for i, d := range docs {
		if i == lead {
			continue
		}
		if _, err := first.LoadBatch(ctx, graphtest.Clone(t, []*record.Result{d})); err != nil {
			t.Fatal(err)
		}
	}
	if a, b := graphtest.Quads(t, after), graphtest.Quads(t, first); !reflect.DeepEqual(a, b) {
		extra, missing := diff(b, a)
		t.Errorf("corrections before the loads differ from after them:\nextra %q\nmissing %q", head(extra), head(missing))
	}
	// A split undoes the merge for the split name.
	if _, err := after.Split(ctx, "vladimir-putin", "Dmitry Peskov"); err != nil {
		t.Fatal(err)
	}
	if _, ok := ids(after)["dmitry-peskov"]; !ok {
		t.Error("split did not give Dmitry Peskov back his entity")
	}
	if probs, err := after.Check(ctx); err != nil || len(probs) > 0 {
		t.Errorf("check after corrections: %v %v", probs, err)
	}
}

// TestMigrateSchema1: a store written before the registry (no links or
// records, schema version 1) takes new articles, links them against its
// stored entities, and says so when an old article would need rewriting.
func TestMigrateSchema1(t *testing.T) {
	ctx := context.Background()
	dir := filepath.Join(t.TempDir(), "ng.db")
	s, err := graph.Open(ctx, graph.Config{Address: dir})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.LoadBatch(ctx, []*record.Result{graphtest.DocA(), graphtest.DocB()}); err != nil {
		t.Fatal(err)
	}
	// Make it a version 1 store: no registry quads, version 1.
	var ds []cgraph.Delta
	err = s.EachStoredQuad(ctx, func(q quad.Quad) error {
		if graph.IsRegistryPredicate(q.Predicate) || q.Predicate == graph.PredSchemaVersion {
			ds = append(ds, cgraph.Delta{Quad: q, Action: cgraph.Delete})
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	ds = append(ds, cgraph.Delta{Quad: quad.Make(graph.MetaNode, graph.PredSchemaVersion, quad.Int(1), graph.MetaLabel), Action: cgraph.Add})
	for _, d := range ds { // one by one: see DEPENDENCIES.md on mixed kv deltas
		if err := s.QuadStore().ApplyDeltas([]cgraph.Delta{d}, cgraph.IgnoreOpts{}); err != nil {
			t.Fatal(err)
		}
	}
	s.Close()

	s, err = graph.Open(ctx, graph.Config{Address: dir})
	if err != nil {
		t.Fatalf("opening a version 1 store: %v", err)
	}
	defer s.Close()
	st, err := s.LoadBatch(ctx, []*record.Result{graphtest.DocC()})
	if err != nil {
		t.Fatalf("loading into a version 1 store: %v", err)
	}
	if st.Added != 1 {
		t.Errorf("load: %+v", st)
	}
	var version []int64
	err = s.EachStoredQuad(ctx, func(q quad.Quad) error {
		if q.Predicate == graph.PredSchemaVersion {
			version = append(version, int64(graph.Int(q.Object)))
		}
		return nil
	})
	if err != nil || !reflect.DeepEqual(version, []int64{graph.SchemaVersion}) {
		t.Errorf("schema version after the first write: %v %v, want [%d]", version, err, graph.SchemaVersion)
	}
	if probs, err := s.Check(ctx); err != nil || len(probs) > 0 {
		t.Errorf("check: %v %v", probs, err)
	}
	// An article that changes an old article's links asks for a rebuild:
	// its spelling of Putin, mentioned far more, would rename him everywhere.
	joiner := &record.Result{Doc: record.Document{ID: "d", Text: "Vladimir Putinn spoke."},
		Entities: []record.Entity{{ID: "vladimir-putinn", Name: "Vladimir Putinn", Type: record.TypePerson, Mentions: 100}}}
	if _, err := s.LoadBatch(ctx, []*record.Result{joiner}); err == nil || !strings.Contains(err.Error(), "rebuild") {
		t.Errorf("a load that relinks a version 1 article: %v, want an error asking for a rebuild", err)
	}
	if probs, err := s.Check(ctx); err != nil || len(probs) > 0 {
		t.Errorf("check after the refused load: %v %v", probs, err)
	}
}
