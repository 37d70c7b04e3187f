package graph_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/kv"
	hbolt "github.com/hidal-go/hidalgo/kv/bbolt"

	"newsgraph/graph"
	"newsgraph/graph/graphtest"
)

// BenchmarkOpenBolt opens and closes an existing bolt store, the fixed cost
// of every newsgraph command. Point NEWSGRAPH_OPEN_STORE at a big store (the
// 1M-quad one the queries benchmarks cache under
// $TMPDIR/newsgraph-bench/v2-1000000/store.db, copied so nothing else holds
// its lock):
//
//	NEWSGRAPH_OPEN_STORE=/path/store.db go test -run '^$' -bench OpenBolt -benchmem ./graph/
func BenchmarkOpenBolt(b *testing.B) {
	dir := os.Getenv("NEWSGRAPH_OPEN_STORE")
	if dir == "" {
		b.Skip("set NEWSGRAPH_OPEN_STORE to a bolt store directory")
	}
	ctx := context.Background()
	cpu0 := cpuTime()
	for b.Loop() {
		s, err := graph.Open(ctx, graph.Config{Address: dir})
		if err != nil {
			b.Fatal(err)
		}
		if err := s.Close(); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64((cpuTime()-cpu0).Milliseconds())/float64(b.N), "cpu-ms/op")
}

// BenchmarkKVBloom isolates the Cayley option behind the open cost above:
// its kv quad store keeps a 100M-entry bloom filter of existing quads,
// rebuilt at every open by scanning the whole log. With no_bloom the open is
// constant-time; this measures what that costs a bulk load, writing 100
// generated articles' quads into raw Cayley kv over bbolt in LoadBatch-sized
// batches, with and without the filter.
//
//	go test -run '^$' -bench KVBloom -benchtime 2x ./graph/
func BenchmarkKVBloom(b *testing.B) {
	docs := graphtest.Generate(graphtest.GenerateOptions{Docs: 100, Seed: 1})
	var batches [][]cgraph.Delta
	for i := 0; i < len(docs); i += batchDocs {
		var ds []cgraph.Delta
		for _, d := range docs[i:min(i+batchDocs, len(docs))] {
			qs, _ := graph.DocumentQuads(d)
			for _, q := range qs {
				ds = append(ds, cgraph.Delta{Quad: q, Action: cgraph.Add})
			}
		}
		batches = append(batches, ds)
	}
	for _, noBloom := range []bool{false, true} {
		b.Run(fmt.Sprintf("no_bloom=%v", noBloom), func(b *testing.B) {
			quads := 0
			var cpu time.Duration
			for b.Loop() {
				b.StopTimer()
				db, err := hbolt.Open(filepath.Join(b.TempDir(), "indexes.bolt"), nil)
				if err != nil {
					b.Fatal(err)
				}
				opts := cgraph.Options{kv.OptNoBloom: noBloom}
				if err := kv.Init(db, opts); err != nil {
					b.Fatal(err)
				}
				qs, err := kv.New(db, opts)
				if err != nil {
					b.Fatal(err)
				}
				b.StartTimer()
				cpu0 := cpuTime()
				for _, ds := range batches {
					if err := qs.ApplyDeltas(ds, cgraph.IgnoreOpts{IgnoreDup: true}); err != nil {
						b.Fatal(err)
					}
					quads += len(ds)
				}
				cpu += cpuTime() - cpu0
				b.StopTimer()
				qs.Close()
				b.StartTimer()
			}
			b.ReportMetric(float64(quads)/cpu.Seconds(), "quads/cpu-s")
		})
	}
}
