//go:build linux

package graph_test

import (
	"bufio"
	"context"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"newsgraph/graph"
	"newsgraph/graph/graphtest"
)

// BenchmarkLoad1MBoltRSS loads ~1M quads (1,600 generated articles) into a
// fresh bbolt store in batches of batchDocs, as newsgraph build does, and
// reports the process's resident memory: before the load (the input records
// already in memory), its peak during the load (sampled every 50 ms, and the
// kernel's high-water mark), and the growth between the two, which is what
// loading itself costs — in all and in anonymous memory (the heap, without
// the pages of the store's memory-mapped file). Bounded memory means the growth stays flat as the
// store grows; compare with -bench 'LoadRSS' at other sizes via
// NEWSGRAPH_RSS_DOCS. Run it by name:
//
//	go test -run '^$' -bench Load1MBoltRSS -benchtime 1x ./graph/
func BenchmarkLoad1MBoltRSS(b *testing.B) {
	docsN := 1600
	if v, err := strconv.Atoi(os.Getenv("NEWSGRAPH_RSS_DOCS")); err == nil && v > 0 {
		docsN = v
	}
	docs := graphtest.Generate(graphtest.GenerateOptions{Docs: docsN, Seed: 1})
	ctx := context.Background()
	for b.Loop() {
		b.StopTimer()
		s, err := graph.Open(ctx, graph.Config{Address: filepath.Join(b.TempDir(), "ng.db")})
		if err != nil {
			b.Fatal(err)
		}
		runtime.GC()
		debug.FreeOSMemory()
		before, beforeAnon := rssKB(b, "VmRSS"), rssKB(b, "RssAnon")
		peak, peakAnon := before, beforeAnon
		stop := make(chan struct{})
		var wg sync.WaitGroup
		wg.Go(func() {
			t := time.NewTicker(50 * time.Millisecond)
			defer t.Stop()
			for {
				select {
				case <-stop:
					return
				case <-t.C:
					peak = max(peak, rssKB(b, "VmRSS"))
					peakAnon = max(peakAnon, rssKB(b, "RssAnon"))
				}
			}
		})
		b.StartTimer()
		quads := 0
		start, cpu0 := time.Now(), cpuTime()
		for i := 0; i < len(docs); i += batchDocs {
			st, err := s.LoadBatch(ctx, docs[i:min(i+batchDocs, len(docs))])
			if err != nil {
				b.Fatal(err)
			}
			quads += st.QuadsAdded
		}
		elapsed, cpu := time.Since(start), cpuTime()-cpu0
		b.StopTimer()
		close(stop)
		wg.Wait()
		peak = max(peak, rssKB(b, "VmRSS"))
		peakAnon = max(peakAnon, rssKB(b, "RssAnon"))
		b.ReportMetric(float64(quads), "quads")
		b.ReportMetric(float64(quads)/elapsed.Seconds(), "quads/s")
		b.ReportMetric(float64(quads)/cpu.Seconds(), "quads/cpu-s")
		b.ReportMetric(float64(before)/1024, "rss-before-MB")
		b.ReportMetric(float64(peak)/1024, "rss-peak-MB")
		b.ReportMetric(float64(peak-before)/1024, "rss-growth-MB")
		b.ReportMetric(float64(rssKB(b, "VmHWM"))/1024, "hwm-MB")
		// Anonymous memory is the heap; the rest of RSS is bolt's
		// memory-mapped file, pages the kernel can drop at will.
		b.ReportMetric(float64(peakAnon-beforeAnon)/1024, "anon-growth-MB")
		if err := s.Close(); err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
	}
}

// rssKB reads one kB field (VmRSS, VmHWM) of /proc/self/status.
func rssKB(tb testing.TB, field string) int {
	f, err := os.Open("/proc/self/status")
	if err != nil {
		tb.Fatalf("reading memory use: %v", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if rest, ok := strings.CutPrefix(sc.Text(), field+":"); ok {
			n, err := strconv.Atoi(strings.TrimSuffix(strings.TrimSpace(rest), " kB"))
			if err != nil {
				tb.Fatalf("reading %s: %v", field, err)
			}
			return n
		}
	}
	tb.Fatalf("no %s in /proc/self/status", field)
	return 0
}
