//go:build unix

package queries_test

import (
	"context"
	"runtime"
	"syscall"
	"testing"
	"time"

	"newsgraph/graph"
	"newsgraph/queries"
)

// BenchmarkQueryLatency runs the three interactive queries of issue 8 on
// each backend's big store (see buildBenchStore; built once for all of them),
// on the sampled names ("all") and on the hubs alone ("hub": Vladimir Putin,
// Putin–Trump, Ukraine), the worst case. Besides ns/op it reports cpu-ms/op,
// the process's CPU time per query: these queries run on one goroutine, so on
// an idle machine their latency is about their CPU time, while on a shared
// one ns/op mostly measures the wait for a core.
//
//	go test -run '^$' -bench QueryLatency -benchtime 40x ./queries/
func BenchmarkQueryLatency(b *testing.B) {
	ctx := context.Background()
	smp := newBenchSamples()
	type query struct {
		name string
		run  func(s *graph.Store, i int, hub bool) error
	}
	pick := func(list []string, i int, hub bool) string {
		if hub {
			return list[0]
		}
		return list[i%len(list)]
	}
	qs := []query{
		{"neighbors", func(s *graph.Store, i int, hub bool) error {
			_, err := queries.Neighbors(ctx, s, pick(smp.subjects, i, hub), 1)
			return err
		}},
		{"between", func(s *graph.Store, i int, hub bool) error {
			p := smp.pairs[0]
			if !hub {
				p = smp.pairs[i%len(smp.pairs)]
			}
			_, err := queries.Between(ctx, s, p[0], p[1])
			return err
		}},
		{"about", func(s *graph.Store, i int, hub bool) error {
			_, err := queries.About(ctx, s, pick(smp.about, i, hub))
			return err
		}},
	}
	for _, backend := range backends {
		b.Run(backend, func(b *testing.B) {
			s := buildBenchStore(b, backend)
			runtime.GC()
			for _, q := range qs {
				for _, set := range []string{"all", "hub"} {
					b.Run(q.name+"/"+set, func(b *testing.B) {
						b.ReportAllocs()
						cpu0 := perfCPUTime()
						for i := 0; b.Loop(); i++ {
							if err := q.run(s, i, set == "hub"); err != nil {
								b.Fatal(err)
							}
						}
						b.ReportMetric(float64(perfCPUTime()-cpu0)/float64(time.Millisecond)/float64(b.N), "cpu-ms/op")
					})
				}
			}
		})
	}
}

// perfCPUTime is the user+system CPU time this process has used.
func perfCPUTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
