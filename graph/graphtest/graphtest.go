// Package graphtest is the behaviour suite every graph.Store backend must
// pass (memory, bolt, postgres), plus fixtures and helpers shared by the
// store's tests and benchmarks.
package graphtest

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"sync"
	"testing"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"newsgraph/extract"
	"newsgraph/extract/record"
	"newsgraph/graph"
)

// Opener returns a fresh, empty store for one test; the test's cleanup closes it.
type Opener func(t *testing.T) *graph.Store

// RunAll runs the whole suite against the stores open returns.
func RunAll(t *testing.T, open Opener) {
	tests := []struct {
		name string
		fn   func(t *testing.T, open Opener)
	}{
		{"LoadTwiceAddsNothing", testLoadTwice},
		{"MergesSources", testMergesSources},
		{"RevisionReplacesOnlyItsQuads", testRevision},
		{"Remove", testRemove},
		{"Stats", testStats},
		{"CountsKept", testCountsKept},
		{"Snapshot", testSnapshot},
		{"Entity", testEntity},
		{"Check", testCheck},
		{"CancelledLoadChangesNothing", testCancelled},
		{"BatchEqualsSingleLoads", testBatch},
		{"ConcurrentLoadsAndReads", testConcurrent},
		{"Corpus", testCorpus},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { tc.fn(t, open) })
	}
}

// Quads returns every quad of the store as sorted N-Quads lines.
func Quads(t testing.TB, s *graph.Store) []string {
	t.Helper()
	var out []string
	err := s.EachStoredQuad(context.Background(), func(q quad.Quad) error {
		out = append(out, q.NQuad())
		return nil
	})
	if err != nil {
		t.Fatalf("reading quads: %v", err)
	}
	sort.Strings(out)
	return out
}

// Nodes returns every node the backend lists, sorted.
func Nodes(t testing.TB, s *graph.Store) []string {
	t.Helper()
	qs := s.QuadStore()
	it := qs.NodesAllIterator().Iterate()
	defer it.Close()
	var out []string
	ctx := context.Background()
	for it.Next(ctx) {
		v, err := qs.NameOf(it.Result())
		if err != nil {
			t.Fatalf("reading node: %v", err)
		}
		if v != nil {
			out = append(out, v.String())
		}
	}
	if err := it.Err(); err != nil {
		t.Fatalf("iterating nodes: %v", err)
	}
	sort.Strings(out)
	return out
}

func mustLoad(t *testing.T, s *graph.Store, docs ...*record.Result) graph.LoadStats {
	t.Helper()
	var total graph.LoadStats
	for _, d := range docs {
		st, err := s.Load(context.Background(), d)
		if err != nil {
			t.Fatalf("Load(%s): %v", d.Doc.ID, err)
		}
		total.Add(st)
	}
	return total
}

func mustCheck(t *testing.T, s *graph.Store) {
	t.Helper()
	probs, err := s.Check(context.Background())
	if err != nil {
		t.Fatalf("Check: %v", err)
	}
	for _, p := range probs {
		t.Errorf("Check: %s", p)
	}
}

func mustSnapshot(t *testing.T, s *graph.Store) *graph.Snapshot {
	t.Helper()
	snap, err := s.Snapshot(context.Background())
	if err != nil {
		t.Fatalf("Snapshot: %v", err)
	}
	return snap
}

func diffLines(a, b []string) (onlyA, onlyB []string) {
	in := func(xs []string) map[string]bool {
		m := map[string]bool{}
		for _, x := range xs {
			m[x] = true
		}
		return m
	}
	ma, mb := in(a), in(b)
	for _, x := range a {
		if !mb[x] {
			onlyA = append(onlyA, x)
		}
	}
	for _, x := range b {
		if !ma[x] {
			onlyB = append(onlyB, x)
		}
	}
	return
}

func sameQuads(t *testing.T, what string, got, want []string) {
	t.Helper()
	if reflect.DeepEqual(got, want) {
		return
	}
	extra, missing := diffLines(got, want)
	t.Errorf("%s: %d quads, want %d\nextra: %q\nmissing: %q", what, len(got), len(want), first(extra, 10), first(missing, 10))
}

func first(s []string, n int) []string {
	if len(s) > n {
		return s[:n]
	}
	return s
}

func testLoadTwice(t *testing.T, open Opener) {
	s := open(t)
	st := mustLoad(t, s, DocA(), DocB(), DocC())
	if st.Added != 3 || st.QuadsAdded == 0 {
		t.Fatalf("first load: %+v, want 3 documents added", st)
	}
	before := Quads(t, s)
	// + the schema version quad; each load replaces the counts quad.
	if len(before) != st.QuadsAdded-st.QuadsRemoved+1 {
		t.Errorf("store holds %d quads after adding %d and removing %d (+1 meta)", len(before), st.QuadsAdded, st.QuadsRemoved)
	}
	st = mustLoad(t, s, DocA(), DocB(), DocC())
	if st.Unchanged != 3 || st.QuadsAdded != 0 || st.QuadsRemoved != 0 {
		t.Errorf("second load: %+v, want 3 unchanged and no quads", st)
	}
	sameQuads(t, "after loading twice", Quads(t, s), before)
	n, err := s.Count(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if n != int64(len(before)) {
		t.Errorf("Count = %d, want %d", n, len(before))
	}
	mustCheck(t, s)
}

func testMergesSources(t *testing.T, open Opener) {
	s := open(t)
	mustLoad(t, s, DocA(), DocB(), DocC())
	snap := mustSnapshot(t, s)
	call := findFact(snap, "vladimir-putin", "call", "donald-trump")
	if call == nil {
		t.Fatal("no putin–call–trump fact")
	}
	if docs := sourceDocs(call.Sources); !reflect.DeepEqual(docs, []string{"a", "b"}) {
		t.Errorf("call fact sources from %v, want [a b]", docs)
	}
	inv := findFact(snap, "vladimir-putin", "invite", "donald-trump")
	if inv == nil || len(inv.Sources) != 2 {
		t.Fatalf("invite fact = %+v, want two sources", inv)
	}
	if inv.Sources[0].Negated || !inv.Sources[1].Negated {
		t.Errorf("invite sources negation = %v, %v; want a asserted, c negated", inv.Sources[0].Negated, inv.Sources[1].Negated)
	}
	if got := inv.Sources[0].Qualifiers["to"]; got != "Moscow" {
		t.Errorf("invite qualifier to = %q, want Moscow", got)
	}
	if got := inv.Sources[1].AttributedTo; got != "dmitry-peskov" {
		t.Errorf("negated invite attributed to %q, want dmitry-peskov", got)
	}
	var heg *graph.Statement
	for i, st := range snap.Statements {
		if st.Speaker == "pete-hegseth" {
			if heg != nil {
				t.Errorf("Hegseth's quote is split into two statements: %s and %s", heg.ID, st.ID)
			}
			heg = &snap.Statements[i]
		}
	}
	if heg == nil {
		t.Fatal("no statement by pete-hegseth")
	}
	if docs := sourceDocs(heg.Sources); !reflect.DeepEqual(docs, []string{"a", "b"}) {
		t.Errorf("Hegseth statement sources %v, want [a b]", docs)
	}
	if !reflect.DeepEqual(heg.About, []string{"pre-2014-borders", "ukraine"}) {
		t.Errorf("Hegseth statement about %v", heg.About)
	}
}

func testRevision(t *testing.T, open Opener) {
	s := open(t)
	mustLoad(t, s, DocA(), DocB(), DocC())
	st := mustLoad(t, s, DocARevised())
	if st.Replaced != 1 || st.QuadsAdded == 0 || st.QuadsRemoved == 0 {
		t.Errorf("revision load: %+v, want 1 replaced with quads added and removed", st)
	}
	// The result must be exactly what loading the revision from scratch gives.
	fresh := open(t)
	mustLoad(t, fresh, DocARevised(), DocB(), DocC())
	sameQuads(t, "revised store vs fresh store", Quads(t, s), Quads(t, fresh))
	sameQuads(t, "revised store nodes vs fresh store nodes", Nodes(t, s), Nodes(t, fresh))
	snap := mustSnapshot(t, s)
	inv := findFact(snap, "vladimir-putin", "invite", "donald-trump")
	if inv == nil || !reflect.DeepEqual(sourceDocs(inv.Sources), []string{"c"}) {
		t.Errorf("invite fact after revision = %+v, want only c's negated source", inv)
	}
	if f := findFact(snap, "donald-trump", "meet", "volodymyr-zelensky"); f == nil {
		t.Error("revised document's new fact missing")
	}
	mustCheck(t, s)
}

func testRemove(t *testing.T, open Opener) {
	s := open(t)
	mustLoad(t, s, DocA(), DocB(), DocC())
	n, err := s.Remove(context.Background(), "a")
	if err != nil {
		t.Fatalf("Remove(a): %v", err)
	}
	if n == 0 {
		t.Error("Remove(a) removed no quads")
	}
	fresh := open(t)
	mustLoad(t, fresh, DocB(), DocC())
	sameQuads(t, "after Remove(a) vs store of b, c", Quads(t, s), Quads(t, fresh))
	sameQuads(t, "nodes after Remove(a)", Nodes(t, s), Nodes(t, fresh))
	if n, err := s.Count(context.Background()); err != nil || n != int64(len(Quads(t, fresh))) {
		t.Errorf("Count after Remove(a) = %d, %v; want %d", n, err, len(Quads(t, fresh)))
	}
	snap := mustSnapshot(t, s)
	if f := findFact(snap, "vladimir-putin", "call", "donald-trump"); f == nil || !reflect.DeepEqual(sourceDocs(f.Sources), []string{"b"}) {
		t.Errorf("call fact after removing a = %+v, want b's source only", f)
	}
	if _, err := s.Remove(context.Background(), "a"); !errors.Is(err, graph.ErrNotFound) {
		t.Errorf("Remove(a) again: %v, want ErrNotFound", err)
	}
	mustCheck(t, s)
	for _, id := range []string{"b", "c"} {
		if _, err := s.Remove(context.Background(), id); err != nil {
			t.Fatalf("Remove(%s): %v", id, err)
		}
	}
	q := Quads(t, s)
	if len(q) != 2 || !strings.Contains(q[0], "<ng:counts>") || !strings.Contains(q[1], "<ng:schemaVersion>") {
		t.Errorf("after removing every document %d quads remain, want only the counts and the schema version: %q", len(q), first(q, 5))
	}
}

func testStats(t *testing.T, open Opener) {
	s := open(t)
	mustLoad(t, s, DocA(), DocB(), DocC())
	st, err := s.Stats(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	want := graph.Stats{
		// putin, trump, moscow, hegseth, ukraine, pre-2014-borders, nato, peskov, unknown
		Entities:         9,
		EntitiesByType:   map[string]int{"PERSON": 4, "GPE": 2, "ORG": 1, "CONCEPT": 2},
		Relations:        2, // invite, call
		RelationSources:  4, // invite a, c; call a, b
		Statements:       2, // Hegseth's (twice), the unattributed one
		StatementSources: 3,
		Documents:        3,
		Sentences:        7,
		Quads:            int64(len(Quads(t, s))),
	}
	// The unknown speaker has no type; it is a CONCEPT by the rdf:type mapping.
	if !reflect.DeepEqual(st, want) {
		t.Errorf("Stats =\n%+v\nwant\n%+v", st, want)
	}
}

func testSnapshot(t *testing.T, open Opener) {
	s := open(t)
	mustLoad(t, s, DocA(), DocB(), DocC())
	snap := mustSnapshot(t, s)
	var putin *graph.Entity
	for i := range snap.Entities {
		if snap.Entities[i].ID == "vladimir-putin" {
			putin = &snap.Entities[i]
		}
	}
	if putin == nil {
		t.Fatal("no vladimir-putin entity")
	}
	want := graph.Entity{ID: "vladimir-putin", Name: "Vladimir Putin", Type: "PERSON",
		Aliases: []string{"Putin"}, Docs: []string{"a", "b", "c"}, Mentions: 4}
	// "Vladimir Putin" in a, "Putin" in b and c: linking against the
	// registry gives every document the full name, "Putin" an alias.
	if !reflect.DeepEqual(*putin, want) {
		t.Errorf("putin = %+v\nwant %+v", *putin, want)
	}
	if !sort.SliceIsSorted(snap.Entities, func(i, j int) bool { return snap.Entities[i].ID < snap.Entities[j].ID }) {
		t.Error("entities not sorted by id")
	}
	call := findFact(snap, "vladimir-putin", "call", "donald-trump")
	if call == nil {
		t.Fatal("no call fact")
	}
	a := DocA()
	wantSrc := graph.Source{Doc: "a", Sentence: 1, Span: a.Relations[1].Span, Text: a.Relations[1].Text,
		Confidence: 0.8, PredicateText: "spoke by phone", Qualifiers: map[string]string{"on": "Wednesday"},
		Modality: "asserted"}
	if !reflect.DeepEqual(call.Sources[0], wantSrc) {
		t.Errorf("call source a =\n%+v\nwant\n%+v", call.Sources[0], wantSrc)
	}
	if got := call.Sources[1]; got.Modality != "reported" || got.AttributedTo != "donald-trump" || got.Doc != "b" {
		t.Errorf("call source b = %+v", got)
	}
	var anon *graph.Statement
	for i := range snap.Statements {
		if snap.Statements[i].Speaker == record.SpeakerUnknown {
			anon = &snap.Statements[i]
		}
	}
	if anon == nil || anon.Content != "NATO membership is off the table," || anon.Stance != "rejects" ||
		!anon.Direct || anon.Cue != "said" || !reflect.DeepEqual(anon.About, []string{"nato"}) {
		t.Errorf("unattributed statement = %+v", anon)
	}
	if anon != nil && (len(anon.Sources) != 1 || anon.Sources[0].Confidence != 0.5 || anon.Sources[0].Sentence != 2) {
		t.Errorf("unattributed statement sources = %+v", anon.Sources)
	}
	// Snapshots are deterministic.
	if again := mustSnapshot(t, s); !reflect.DeepEqual(snap, again) {
		t.Error("two snapshots of the same store differ")
	}
}

func testEntity(t *testing.T, open Opener) {
	s := open(t)
	mustLoad(t, s, DocA(), DocC())
	e, err := s.Entity(context.Background(), "dmitry-peskov")
	if err != nil {
		t.Fatal(err)
	}
	if e.Name != "Dmitry Peskov" || e.Type != "PERSON" || !reflect.DeepEqual(e.Docs, []string{"c"}) {
		t.Errorf("Entity(dmitry-peskov) = %+v", e)
	}
	if _, err := s.Entity(context.Background(), "nobody"); !errors.Is(err, graph.ErrNotFound) {
		t.Errorf("Entity(nobody): %v, want ErrNotFound", err)
	}
	docs, err := s.Documents(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != 2 || docs[0].ID != "a" || docs[0].Hash != DocA().Doc.Hash() || docs[0].Sentences != 3 || docs[0].Path != "testdata/a.txt" {
		t.Errorf("Documents = %+v", docs)
	}
}

func testCheck(t *testing.T, open Opener) {
	s := open(t)
	mustLoad(t, s, DocA(), DocB())
	mustCheck(t, s)
	// Break two invariants behind the store's back.
	bad := []quad.Quad{
		quad.Make(graph.EntityIRI("ghost"), graph.RelationIRI("haunt"), graph.EntityIRI("vladimir-putin"), graph.DocIRI("a")),
		quad.Make(graph.EntityIRI("vladimir-putin"), graph.RelationIRI("praise"), graph.EntityIRI("donald-trump"), graph.SourceIRI("a", 0)),
	}
	if err := s.QuadStore().ApplyDeltas(addDeltas(bad), ignoreNone); err != nil {
		t.Fatal(err)
	}
	probs, err := s.Check(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	kinds := map[string]bool{}
	for _, p := range probs {
		kinds[p.Kind] = true
	}
	for _, k := range []string{"fact-without-source", "entity-without-name", "fact-without-mention"} {
		if !kinds[k] {
			t.Errorf("Check did not report %s; got %v", k, probs)
		}
	}
}

func testCancelled(t *testing.T, open Opener) {
	s := open(t)
	mustLoad(t, s, DocB())
	before := Quads(t, s)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := s.Load(ctx, DocA()); !errors.Is(err, context.Canceled) {
		t.Errorf("Load with a cancelled context: %v, want context.Canceled", err)
	}
	if _, err := s.LoadBatch(ctx, []*record.Result{DocARevised(), DocC()}); !errors.Is(err, context.Canceled) {
		t.Errorf("LoadBatch with a cancelled context: %v, want context.Canceled", err)
	}
	if _, err := s.Remove(ctx, "b"); !errors.Is(err, context.Canceled) {
		t.Errorf("Remove with a cancelled context: %v, want context.Canceled", err)
	}
	sameQuads(t, "after cancelled operations", Quads(t, s), before)
}

func testBatch(t *testing.T, open Opener) {
	s := open(t)
	st, err := s.LoadBatch(context.Background(), []*record.Result{DocA(), DocB(), DocC()})
	if err != nil {
		t.Fatal(err)
	}
	if st.Added != 3 {
		t.Errorf("LoadBatch: %+v", st)
	}
	// A batch holding a revision and an unchanged document.
	if _, err := s.LoadBatch(context.Background(), []*record.Result{DocARevised(), DocB()}); err != nil {
		t.Fatal(err)
	}
	single := open(t)
	mustLoad(t, single, DocA(), DocB(), DocC(), DocARevised(), DocB())
	sameQuads(t, "batched vs one-by-one", Quads(t, s), Quads(t, single))
}

// CorpusDir returns ../shared/corpus next to the module root, or "" when absent.
func CorpusDir() string {
	dir, err := os.Getwd()
	if err != nil {
		return ""
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			c := filepath.Join(dir, "..", "shared", "corpus")
			if fi, err := os.Stat(c); err == nil && fi.IsDir() {
				return c
			}
			return ""
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return ""
		}
		dir = parent
	}
}

var corpusOnce struct {
	sync.Once
	res []*record.Result
	err error
}

// Corpus extracts the reference corpus once per test binary, or skips t when
// the corpus is absent.
func Corpus(t testing.TB) []*record.Result {
	t.Helper()
	dir := CorpusDir()
	if dir == "" {
		t.Skip("reference corpus ../shared/corpus not found; skipping corpus test")
	}
	corpusOnce.Do(func() {
		corpusOnce.res, corpusOnce.err = extractAll(context.Background(), dir)
	})
	if corpusOnce.err != nil {
		t.Fatalf("extracting the corpus: %v", corpusOnce.err)
	}
	return corpusOnce.res
}

func extractAll(ctx context.Context, dir string) ([]*record.Result, error) {
	x, err := extract.New(extract.Options{})
	if err != nil {
		return nil, err
	}
	var out []*record.Result
	err = extract.Walk(ctx, []string{dir}, extract.ReadOptions{}, func(path string, doc record.Document, err error) error {
		if err != nil {
			return fmt.Errorf("corpus file %s: %w", path, err)
		}
		res, err := x.Extract(ctx, doc)
		if err != nil {
			return err
		}
		out = append(out, res)
		return nil
	})
	return out, err
}

func testCorpus(t *testing.T, open Opener) {
	docs := Corpus(t)
	s := open(t)
	st := mustLoad(t, s, docs...)
	if st.Added != len(docs) {
		t.Errorf("corpus load: %+v", st)
	}
	before := Quads(t, s)
	st = mustLoad(t, s, docs...)
	if st.Unchanged != len(docs) || st.QuadsAdded != 0 {
		t.Errorf("second corpus load: %+v", st)
	}
	sameQuads(t, "corpus loaded twice", Quads(t, s), before)
	mustCheck(t, s)
	snap := mustSnapshot(t, s)
	stats, err := s.Stats(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if stats.Documents != len(docs) || stats.Entities != len(snap.Entities) || stats.Entities == 0 {
		t.Errorf("corpus stats %+v for %d documents and %d snapshot entities", stats, len(docs), len(snap.Entities))
	}
	// Stats counts without building the snapshot: the same numbers.
	var relSrc, stmtSrc int
	for _, f := range snap.Facts {
		relSrc += len(f.Sources)
	}
	for _, x := range snap.Statements {
		stmtSrc += len(x.Sources)
	}
	if stats.Relations != len(snap.Facts) || stats.RelationSources != relSrc || stats.Statements != len(snap.Statements) || stats.StatementSources != stmtSrc {
		t.Errorf("stats %+v; snapshot: %d facts, %d fact sources, %d statements, %d statement sources",
			stats, len(snap.Facts), relSrc, len(snap.Statements), stmtSrc)
	}
	// The documents were loaded unlinked: the store links them as
	// record.Link links the whole corpus at once.
	linked := Clone(t, docs)
	record.Link(linked)
	want := map[string]bool{}
	for _, e := range record.MergedEntities(linked) {
		want[e.ID] = true
	}
	have := map[string]bool{}
	for _, e := range snap.Entities {
		have[e.ID] = true
		if !want[e.ID] && e.ID != record.SpeakerUnknown {
			t.Errorf("entity %s in the snapshot, not among the linked corpus's", e.ID)
		}
	}
	for id := range want {
		if !have[id] {
			t.Errorf("entity %s of the linked corpus missing from the snapshot", id)
		}
	}
}

func findFact(snap *graph.Snapshot, s, p, o string) *graph.Fact {
	for i, f := range snap.Facts {
		if f.Subject == s && f.Predicate == p && f.Object == o {
			return &snap.Facts[i]
		}
	}
	return nil
}

func sourceDocs(srcs []graph.Source) []string {
	var out []string
	for _, s := range srcs {
		out = append(out, s.Doc)
	}
	return out
}

// ignoreNone makes Cayley report duplicates and missing quads instead of
// silently skipping them.
var ignoreNone = cgraph.IgnoreOpts{}

func addDeltas(qs []quad.Quad) []cgraph.Delta {
	out := make([]cgraph.Delta, len(qs))
	for i, q := range qs {
		out[i] = cgraph.Delta{Quad: q, Action: cgraph.Add}
	}
	return out
}

func testConcurrent(t *testing.T, open Opener) {
	docs := Generate(GenerateOptions{Docs: 8, Seed: 3, RelationsPerDoc: 5, StatementsPerDoc: 2, EntitiesPerDoc: 5})
	s := open(t)
	ctx := context.Background()
	var wg sync.WaitGroup
	errs := make(chan error, 2*len(docs))
	for _, d := range docs {
		wg.Add(2)
		go func() {
			defer wg.Done()
			if _, err := s.Load(ctx, d); err != nil {
				errs <- err
			}
		}()
		go func() {
			defer wg.Done()
			if _, err := s.Snapshot(ctx); err != nil {
				errs <- err
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	seq := open(t)
	mustLoad(t, seq, docs...)
	sameQuads(t, "concurrent loads vs sequential", Quads(t, s), Quads(t, seq))
}

// RunReadOnly checks read-only opening on a backend that keeps its data.
// fresh returns the Config of a new, empty place for a store (a bolt
// directory, a postgres schema). A reader sees what a writer wrote, every
// write through it fails and changes nothing, and a reader of a place that
// holds no store is refused and creates nothing there.
func RunReadOnly(t *testing.T, fresh func(t *testing.T) graph.Config) {
	ctx := context.Background()
	open := func(t *testing.T, cfg graph.Config, readOnly bool) *graph.Store {
		t.Helper()
		cfg.ReadOnly = readOnly
		s, err := graph.Open(ctx, cfg)
		if err != nil {
			t.Fatalf("open (read-only %v): %v", readOnly, err)
		}
		t.Cleanup(func() { s.Close() })
		return s
	}
	t.Run("ReaderOfNothingRefused", func(t *testing.T) {
		cfg := fresh(t)
		cfg.ReadOnly = true
		if s, err := graph.Open(ctx, cfg); err == nil {
			s.Close()
			t.Fatal("read-only open of a place without a store succeeded")
		}
		// Nothing was created: a writer still finds the place new.
		w := open(t, cfg, false)
		if n, err := w.Count(ctx); err != nil || n != 1 {
			t.Errorf("a new store after a refused reader holds %d quads (%v), want the schema version alone", n, err)
		}
	})
	t.Run("ReaderSeesAndCannotWrite", func(t *testing.T) {
		cfg := fresh(t)
		w := open(t, cfg, false)
		if _, err := w.LoadBatch(ctx, []*record.Result{DocA(), DocB()}); err != nil {
			t.Fatal(err)
		}
		want := Quads(t, w)
		if err := w.Close(); err != nil {
			t.Fatal(err)
		}
		r := open(t, cfg, true)
		if got := Quads(t, r); !reflect.DeepEqual(got, want) {
			t.Errorf("the reader sees %d quads, the writer wrote %d", len(got), len(want))
		}
		if _, err := r.Stats(ctx); err != nil {
			t.Errorf("Stats: %v", err)
		}
		if probs, err := r.Check(ctx); err != nil || len(probs) > 0 {
			t.Errorf("Check: %v %v", probs, err)
		}
		if _, err := r.LoadBatch(ctx, []*record.Result{DocARevised()}); !errors.Is(err, graph.ErrReadOnly) {
			t.Errorf("a load through a read-only store: %v, want ErrReadOnly", err)
		}
		if _, err := r.Remove(ctx, DocA().Doc.ID); !errors.Is(err, graph.ErrReadOnly) {
			t.Errorf("a remove through a read-only store: %v, want ErrReadOnly", err)
		}
		if got := Quads(t, r); !reflect.DeepEqual(got, want) {
			t.Errorf("failed writes changed the store: %d quads, want %d", len(got), len(want))
		}
	})
}

// Clone returns deep copies of results, which linking may then rewrite
// without touching the originals (Corpus shares its results between tests).
func Clone(t testing.TB, results []*record.Result) []*record.Result {
	t.Helper()
	out := make([]*record.Result, len(results))
	for i, r := range results {
		b, err := json.Marshal(r)
		if err != nil {
			t.Fatal(err)
		}
		c := &record.Result{}
		if err := json.Unmarshal(b, c); err != nil {
			t.Fatal(err)
		}
		c.Doc = r.Doc
		out[i] = c
	}
	return out
}

// labelsKept checks the entity labels every change keeps (graph.PredLabel)
// against the name and type quads: one label per entity that has either,
// with the name and type most of its documents give, and no other label.
func labelsKept(t *testing.T, s *graph.Store, step string) {
	t.Helper()
	ctx := context.Background()
	names, types := map[quad.Value]map[string]int{}, map[quad.Value]map[string]int{}
	labels := map[quad.Value][]quad.Value{}
	count := func(m map[quad.Value]map[string]int, q quad.Quad) {
		if m[q.Subject] == nil {
			m[q.Subject] = map[string]int{}
		}
		m[q.Subject][graph.Text(q.Object)]++
	}
	err := s.EachStoredQuad(ctx, func(q quad.Quad) error {
		switch q.Predicate {
		case graph.PredName:
			count(names, q)
		case graph.PredNGType:
			count(types, q)
		case graph.PredLabel:
			if q.Label != graph.MetaLabel {
				t.Errorf("%s: label %v not labelled <meta>", step, q)
			}
			labels[q.Subject] = append(labels[q.Subject], q.Object)
		}
		return nil
	})
	if err != nil {
		t.Fatalf("%s: %v", step, err)
	}
	// most is the rule the label follows, written out again: the most
	// frequent, ties to the longer, then the smaller.
	most := func(m map[string]int) string {
		best, n := "", 0
		for k, c := range m {
			if c > n || c == n && (len(k) > len(best) || len(k) == len(best) && k < best) {
				best, n = k, c
			}
		}
		return best
	}
	checked := 0
	for e := range labels {
		if names[e] == nil && types[e] == nil {
			t.Errorf("%s: %v has a label %v and neither name nor type", step, e, labels[e])
		}
	}
	for _, m := range []map[quad.Value]map[string]int{names, types} {
		for e := range m {
			want := graph.LabelValue(most(names[e]), most(types[e]))
			if got := labels[e]; len(got) != 1 || got[0] != want {
				t.Errorf("%s: %v labelled %v, its quads say %v", step, e, got, want)
			}
			checked++
		}
	}
	if len(names) > 0 && checked == 0 {
		t.Errorf("%s: no label checked", step)
	}
}

// testCountsKept checks the counts (and entity labels) every change keeps
// against a count of every quad, after loads in batches, a revision, removals, a re-run that
// brings the removed documents back, a fact marked wrong and each kind of
// correction.
func testCountsKept(t *testing.T, open Opener) {
	ctx := context.Background()
	s := open(t)
	same := func(step string) {
		t.Helper()
		got, err := s.Stats(ctx)
		if err != nil {
			t.Fatalf("%s: Stats: %v", step, err)
		}
		want, err := s.Recount(ctx)
		if err != nil {
			t.Fatalf("%s: Recount: %v", step, err)
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s: kept counts\n%+v\nfull count\n%+v", step, got, want)
		}
		labelsKept(t, s, step)
	}
	same("empty store")
	docs := append([]*record.Result{DocA(), DocB(), DocC()}, Generate(GenerateOptions{Docs: 24, Seed: 11})...)
	for i := 0; i < len(docs); i += 9 {
		if _, err := s.LoadBatch(ctx, docs[i:min(i+9, len(docs))]); err != nil {
			t.Fatal(err)
		}
		same("after batch " + docs[i].Doc.ID)
	}
	mustLoad(t, s, DocARevised())
	same("after a revision")
	for _, d := range []*record.Result{docs[1], docs[4], docs[20]} {
		if _, err := s.Remove(ctx, d.Doc.ID); err != nil {
			t.Fatal(err)
		}
		same("after removing " + d.Doc.ID)
	}
	if _, err := s.LoadBatch(ctx, docs); err != nil {
		t.Fatal(err)
	}
	same("after loading everything again")
	if _, err := s.MarkWrong(ctx, graph.Wrong{Subject: "vladimir-putin", Predicate: "invite", Object: "donald-trump"}); err != nil {
		t.Fatal(err)
	}
	same("after marking a fact wrong")
	if _, err := s.Merge(ctx, "vladimir-putin", "donald-trump"); err != nil {
		t.Fatal(err)
	}
	same("after a merge")
	if _, err := s.Retype(ctx, "moscow", "ORG"); err != nil {
		t.Fatal(err)
	}
	same("after a retype")
	if _, err := s.Split(ctx, "vladimir-putin", "Donald Trump"); err != nil {
		t.Fatal(err)
	}
	same("after a split")
	for _, d := range docs {
		if _, err := s.Remove(ctx, d.Doc.ID); err != nil {
			t.Fatal(err)
		}
	}
	same("after removing every document")
	mustCheck(t, s)
}
