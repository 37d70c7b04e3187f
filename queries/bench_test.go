package queries_test

import (
	"context"
	"fmt"
	"maps"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"testing"
	"time"

	"newsgraph/extract/record"
	"newsgraph/graph"
	"newsgraph/queries"
)

// The benchmarks run each query on a store of at least benchQuads quads
// (NEWSGRAPH_BENCH_QUADS overrides; postgres gets benchQuadsPostgres, as it
// inserts row by row at a few thousand quads a second). The store is built
// from generated records — thousands of articles over a pool of entities with
// a few hubs — through the same Load path as real articles.
const (
	benchQuads         = 1_000_000
	benchQuadsPostgres = 100_000
	// benchGenVersion names the generator in the on-disk cache: bump it
	// whenever generated records or what a load writes change (3: entity
	// labels).
	benchGenVersion = 3
)

func benchTarget(backend string) int {
	if v, err := strconv.Atoi(os.Getenv("NEWSGRAPH_BENCH_QUADS")); err == nil && v > 0 {
		return v
	}
	if backend == graph.BackendPostgres {
		return benchQuadsPostgres
	}
	return benchQuads
}

// benchWorld generates articles until their quads reach target. Entity
// popularity is skewed (a few entities appear everywhere, most rarely), and
// three named hubs appear in one article in ten, as in news.
type benchWorld struct {
	rng    *rand.Rand
	pool   []record.Ref
	hubs   []record.Ref
	lemmas []string
}

// benchSamples are what the benchmarks ask about: entities and pairs taken
// from the first generated articles, which every store size holds, so each
// query finds something. The hubs come first.
type benchSamples struct {
	subjects []string    // relation subjects
	pairs    [][2]string // related entities
	about    []string    // what statements are about
}

func newBenchSamples() benchSamples {
	w := newBenchWorld()
	smp := benchSamples{
		subjects: []string{"Vladimir Putin"},
		pairs:    [][2]string{{"Vladimir Putin", "Donald Trump"}},
		about:    []string{"Ukraine"},
	}
	for n := range 20 {
		d := w.doc(n)
		for _, r := range d.Relations[1:4] {
			smp.subjects = append(smp.subjects, r.Subject.Name)
			smp.pairs = append(smp.pairs, [2]string{r.Subject.Name, r.Object.Name})
		}
		for _, st := range d.Statements[:3] {
			smp.about = append(smp.about, st.About[0].Name)
		}
	}
	return smp
}

func newBenchWorld() *benchWorld {
	w := &benchWorld{rng: rand.New(rand.NewPCG(4, 2))}
	first := []string{"Anna", "Boris", "Carla", "Dmitri", "Elena", "Farid", "Greta", "Hiro", "Ines", "Jonas", "Kofi", "Lena", "Marek", "Nadia", "Omar", "Petra", "Quinn", "Rosa", "Sven", "Tariq"}
	types := []string{record.TypePerson, record.TypePerson, record.TypeOrg, record.TypeGPE, record.TypeConcept}
	for i := range 20_000 {
		typ := types[i%len(types)]
		name := fmt.Sprintf("%s Entity%d", first[i%len(first)], i)
		if typ != record.TypePerson {
			name = fmt.Sprintf("%s %d", typ, i)
		}
		w.pool = append(w.pool, record.Ref{ID: fmt.Sprintf("e%d-%s", i, typ), Name: name, Type: typ})
	}
	w.hubs = []record.Ref{
		{ID: "vladimir-putin", Name: "Vladimir Putin", Type: record.TypePerson},
		{ID: "donald-trump", Name: "Donald Trump", Type: record.TypePerson},
		{ID: "ukraine", Name: "Ukraine", Type: record.TypeGPE},
	}
	for i := range 40 {
		w.lemmas = append(w.lemmas, fmt.Sprintf("verb%d", i))
	}
	w.lemmas = append(w.lemmas, "invite", "call", "agree", "meet", "reject")
	return w
}

// pick returns a pool entity, popular ones far more often.
func (w *benchWorld) pick() record.Ref {
	u := w.rng.Float64()
	return w.pool[int(u*u*u*float64(len(w.pool)))]
}

func (w *benchWorld) doc(n int) *record.Result {
	id := fmt.Sprintf("bench_%06d", n)
	ents := map[string]record.Ref{}
	for len(ents) < 20 {
		e := w.pick()
		ents[e.ID] = e
	}
	if n%10 == 0 {
		for _, h := range w.hubs {
			ents[h.ID] = h
		}
	}
	// Sorted, so that the same seed gives the same articles.
	var refs []record.Ref
	for _, id := range slices.Sorted(maps.Keys(ents)) {
		refs = append(refs, ents[id])
	}
	res := &record.Result{Doc: record.Document{ID: id, Text: "generated article " + id}, Sentences: 40}
	for _, e := range refs {
		res.Entities = append(res.Entities, record.Entity{Kind: record.KindEntity, ID: e.ID, Name: e.Name, Type: e.Type,
			Aliases: []string{"Alias of " + e.Name}, Docs: []string{id}, Mentions: 1 + w.rng.IntN(5)})
	}
	for s := range 30 {
		subj, obj := refs[w.rng.IntN(len(refs))], refs[w.rng.IntN(len(refs))]
		if s == 0 && n%10 == 0 {
			subj, obj = w.hubs[0], w.hubs[1]
		}
		text := fmt.Sprintf("Sentence %d of %s.", s, id)
		r := record.Relation{Kind: record.KindRelation,
			Provenance: record.Provenance{Doc: id, Sentence: s, Span: [2]int{s * 40, s*40 + len(text)}, Text: text, Confidence: 0.7},
			Subject:    subj, Predicate: w.lemmas[w.rng.IntN(len(w.lemmas))], PredicateText: "did", Object: obj,
			Negated: w.rng.IntN(20) == 0, Modality: record.ModalityAsserted}
		if w.rng.IntN(4) == 0 {
			r.Qualifiers = map[string]string{"to": "Place " + strconv.Itoa(w.rng.IntN(100))}
		}
		res.Relations = append(res.Relations, r)
	}
	for s := 30; s < 35; s++ {
		text := fmt.Sprintf("Someone said something in sentence %d of %s.", s, id)
		res.Statements = append(res.Statements, record.Statement{Kind: record.KindStatement,
			Provenance: record.Provenance{Doc: id, Sentence: s, Span: [2]int{s * 40, s*40 + len(text)}, Text: text, Confidence: 0.8},
			Speaker:    refs[w.rng.IntN(len(refs))], Cue: "said", Content: text, Direct: true,
			About: []record.Ref{refs[w.rng.IntN(len(refs))]}, Stance: record.StanceNeutral})
	}
	return res
}

// buildBenchStore returns a store of backend holding at least target quads.
// A bolt store is cached on disk between runs (keyed by generator version
// and size), as building one takes most of a minute; the others are built
// afresh.
func buildBenchStore(b *testing.B, backend string) *graph.Store {
	b.Helper()
	ctx := context.Background()
	target := benchTarget(backend)
	w := newBenchWorld()
	cfg := graph.Config{Backend: backend, NoSync: true}
	var marker string
	switch backend {
	case graph.BackendBolt:
		dir := filepath.Join(os.TempDir(), "newsgraph-bench", fmt.Sprintf("v%d-%d", benchGenVersion, target))
		cfg.Address = filepath.Join(dir, "store.db")
		marker = filepath.Join(dir, "complete")
		if _, err := os.Stat(marker); err == nil {
			s, err := graph.Open(ctx, cfg)
			if err != nil {
				b.Fatal(err)
			}
			b.Cleanup(func() { s.Close() })
			return s
		}
		if err := os.RemoveAll(dir); err != nil {
			b.Fatal(err)
		}
		if err := os.MkdirAll(dir, 0o755); err != nil {
			b.Fatal(err)
		}
	case graph.BackendPostgres:
		cfg.Address = freshPostgresDB(b)
	}
	s, err := graph.Open(ctx, cfg)
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { s.Close() })
	start := time.Now()
	total := 0
	for n := 0; total < target; {
		var batch []*record.Result
		for range 50 {
			batch = append(batch, w.doc(n))
			n++
		}
		st, err := s.LoadBatch(ctx, batch)
		if err != nil {
			b.Fatal(err)
		}
		total += st.QuadsAdded
	}
	el := time.Since(start)
	b.Logf("%s: loaded %d quads in %v (%.0f quads/s)", backend, total, el.Round(time.Millisecond), float64(total)/el.Seconds())
	if marker != "" {
		if err := os.WriteFile(marker, []byte(strconv.Itoa(total)), 0o644); err != nil {
			b.Fatal(err)
		}
	}
	return s
}

// benchEach runs fn for each backend on its big store, built once per
// benchmark function (the sub-benchmarks rerun, the parent does not).
func benchEach(b *testing.B, fn func(b *testing.B, s *graph.Store, smp benchSamples)) {
	smp := newBenchSamples()
	for _, backend := range backends {
		b.Run(backend, func(b *testing.B) {
			s := buildBenchStore(b, backend)
			// Collect the load's garbage now, or the first timed queries
			// pay for marking the freshly built heap.
			runtime.GC()
			b.Run("query", func(b *testing.B) {
				b.ReportAllocs()
				before, ok := processCPU()
				fn(b, s, smp)
				if after, ok2 := processCPU(); ok && ok2 {
					b.ReportMetric(float64(after-before)/float64(b.N), "cpu-ns/op")
				}
			})
		})
	}
}

func BenchmarkNeighbors(b *testing.B) {
	ctx := context.Background()
	benchEach(b, func(b *testing.B, s *graph.Store, smp benchSamples) {
		names := smp.subjects
		edges := 0
		for i := 0; b.Loop(); i++ {
			n, err := queries.Neighbors(ctx, s, names[i%len(names)], 1)
			if err != nil {
				b.Fatal(err)
			}
			edges += len(n.Edges)
		}
		b.ReportMetric(float64(edges)/float64(b.N), "edges/op")
	})
}

func BenchmarkBetween(b *testing.B) {
	ctx := context.Background()
	benchEach(b, func(b *testing.B, s *graph.Store, smp benchSamples) {
		pairs := smp.pairs
		facts := 0
		for i := 0; b.Loop(); i++ {
			p := pairs[i%len(pairs)]
			r, err := queries.Between(ctx, s, p[0], p[1])
			if err != nil {
				b.Fatal(err)
			}
			facts += len(r.Facts)
		}
		b.ReportMetric(float64(facts)/float64(b.N), "facts/op")
	})
}

func BenchmarkAbout(b *testing.B) {
	ctx := context.Background()
	benchEach(b, func(b *testing.B, s *graph.Store, smp benchSamples) {
		names := smp.about
		stmts := 0
		for i := 0; b.Loop(); i++ {
			r, err := queries.About(ctx, s, names[i%len(names)])
			if err != nil {
				b.Fatal(err)
			}
			stmts += len(r.Statements)
		}
		b.ReportMetric(float64(stmts)/float64(b.N), "statements/op")
	})
}

func BenchmarkPath(b *testing.B) {
	ctx := context.Background()
	benchEach(b, func(b *testing.B, s *graph.Store, smp benchSamples) {
		hops := 0
		for i := 0; b.Loop(); i++ {
			x := smp.subjects[i%len(smp.subjects)]
			y := smp.about[(i*7+3)%len(smp.about)]
			p, err := queries.Path(ctx, s, x, y, 0)
			if err != nil {
				b.Fatal(err)
			}
			hops += len(p.Steps)
		}
		b.ReportMetric(float64(hops)/float64(b.N), "hops/op")
	})
}
