package graph_test

import (
	"context"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"newsgraph/extract/record"
	"newsgraph/graph"
	"newsgraph/graph/graphtest"
)

// batchDocs is how many documents go into one transaction in the benchmarks,
// as newsgraph build does.
const batchDocs = 64

type benchBackend struct {
	name string
	open func(b *testing.B) *graph.Store
}

func benchBackends() []benchBackend {
	return []benchBackend{
		{"memory", func(b *testing.B) *graph.Store {
			s, err := graph.Open(context.Background(), graph.Config{Backend: graph.BackendMemory})
			if err != nil {
				b.Fatal(err)
			}
			return s
		}},
		{"bolt", func(b *testing.B) *graph.Store {
			s, err := graph.Open(context.Background(), graph.Config{Address: filepath.Join(b.TempDir(), "ng.db")})
			if err != nil {
				b.Fatal(err)
			}
			return s
		}},
		{"bolt-nosync", func(b *testing.B) *graph.Store {
			s, err := graph.Open(context.Background(), graph.Config{Address: filepath.Join(b.TempDir(), "ng.db"), NoSync: true})
			if err != nil {
				b.Fatal(err)
			}
			return s
		}},
		{"postgres", func(b *testing.B) *graph.Store {
			addr := graphtest.PostgresSchema(b, graphtest.PostgresAdmin(b))
			s, err := graph.Open(context.Background(), graph.Config{Backend: graph.BackendPostgres, Address: addr})
			if err != nil {
				b.Fatal(err)
			}
			return s
		}},
	}
}

// benchLoad loads docs into a fresh store per iteration, in batches, and
// reports quads/s.
func benchLoad(b *testing.B, open func(b *testing.B) *graph.Store, docs []*record.Result) {
	ctx := context.Background()
	var quads int
	var elapsed, cpu time.Duration
	for b.Loop() {
		b.StopTimer()
		s := open(b)
		b.StartTimer()
		start, cpu0 := time.Now(), cpuTime()
		for i := 0; i < len(docs); i += batchDocs {
			st, err := s.LoadBatch(ctx, docs[i:min(i+batchDocs, len(docs))])
			if err != nil {
				b.Fatal(err)
			}
			quads += st.QuadsAdded
		}
		elapsed += time.Since(start)
		cpu += cpuTime() - cpu0
		b.StopTimer()
		s.Close()
		b.StartTimer()
	}
	b.ReportMetric(float64(quads)/elapsed.Seconds(), "quads/s")
	// Per CPU-second of this process: comparable across runs on a busy
	// machine, where wall-clock rates mostly measure the neighbours.
	b.ReportMetric(float64(quads)/cpu.Seconds(), "quads/cpu-s")
	b.ReportMetric(float64(quads)/float64(b.N), "quads/op")
}

// BenchmarkLoad loads ~65k quads (100 generated articles) per iteration.
func BenchmarkLoad(b *testing.B) {
	docs := graphtest.Generate(graphtest.GenerateOptions{Docs: 100, Seed: 1})
	for _, be := range benchBackends() {
		b.Run(be.name, func(b *testing.B) { benchLoad(b, be.open, docs) })
	}
}

// BenchmarkLoad1M loads ~1M quads (1,600 generated articles) per iteration.
// Run it by name: go test -run '^$' -bench Load1M ./graph/
func BenchmarkLoad1M(b *testing.B) {
	docs := graphtest.Generate(graphtest.GenerateOptions{Docs: 1600, Seed: 1})
	for _, be := range benchBackends() {
		b.Run(be.name, func(b *testing.B) { benchLoad(b, be.open, docs) })
	}
}

// cpuTime is the user+system CPU time this process has used.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// benchReads loads docs once into a store and times the whole-store reads.
func benchReads(b *testing.B, docs []*record.Result) {
	ctx := context.Background()
	for _, be := range benchBackends()[:2] { // memory, bolt
		b.Run(be.name, func(b *testing.B) {
			s := be.open(b)
			defer s.Close()
			for i := 0; i < len(docs); i += batchDocs {
				if _, err := s.LoadBatch(ctx, docs[i:min(i+batchDocs, len(docs))]); err != nil {
					b.Fatal(err)
				}
			}
			ops := []struct {
				name string
				fn   func() error
			}{
				{"Snapshot", func() error { _, err := s.Snapshot(ctx); return err }},
				{"Stats", func() error { _, err := s.Stats(ctx); return err }},
				{"Check", func() error { _, err := s.Check(ctx); return err }},
				{"Entity", func() error { _, err := s.Entity(ctx, docs[0].Entities[0].ID); return err }},
				{"ReloadUnchanged", func() error { _, err := s.Load(ctx, docs[len(docs)/2]); return err }},
			}
			for _, op := range ops {
				b.Run(op.name, func(b *testing.B) {
					for b.Loop() {
						if err := op.fn(); err != nil {
							b.Fatal(err)
						}
					}
				})
			}
		})
	}
}

// BenchmarkRead times whole-store reads on ~65k quads.
func BenchmarkRead(b *testing.B) {
	benchReads(b, graphtest.Generate(graphtest.GenerateOptions{Docs: 100, Seed: 1}))
}

// BenchmarkRead1M times whole-store reads on ~1M quads; run it by name.
func BenchmarkRead1M(b *testing.B) {
	benchReads(b, graphtest.Generate(graphtest.GenerateOptions{Docs: 1600, Seed: 1}))
}
