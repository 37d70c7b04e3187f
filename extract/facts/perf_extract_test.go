package facts

import (
	"context"
	"testing"
	"time"

	"github.com/jdkato/prose/v2"
)

// BenchmarkExtractVsProse measures issue 8's first goal as one ratio from one
// run: each iteration extracts the corpus (the whole pipeline) and then tags
// the same sentences with prose alone (tag + entities, shared model, no
// segmentation), timing both. extract/prose is the pipeline's cost over
// prose's own pass: 1.0 means our work on top costs nothing. It is reported
// on CPU time as well as wall time, because on a shared machine the
// wall-clock times mostly measure the neighbours.
func BenchmarkExtractVsProse(b *testing.B) {
	c := mustCorpus(b)
	x := mustExtractor(b)
	m := prose.ModelFromData("en") // the extractor no longer tags with prose; the yardstick does
	sents := corpusSentences(b, c)
	for i, s := range sents {
		sents[i] = plain(s)
	}
	ctx := context.Background()
	var extWall, proseWall, extCPU, proseCPU time.Duration
	for b.Loop() {
		w0, c0 := time.Now(), perfCPUTime()
		for _, d := range c.docs {
			if _, err := x.Extract(ctx, d); err != nil {
				b.Fatal(err)
			}
		}
		w1, c1 := time.Now(), perfCPUTime()
		for _, s := range sents {
			if _, err := prose.NewDocument(s, prose.UsingModel(m), prose.WithSegmentation(false)); err != nil {
				b.Fatal(err)
			}
		}
		extWall += w1.Sub(w0)
		proseWall += time.Since(w1)
		extCPU += c1 - c0
		proseCPU += perfCPUTime() - c1
	}
	n := float64(len(sents) * b.N)
	b.ReportMetric(n/extCPU.Seconds(), "extract-sentences/cpu-s")
	b.ReportMetric(n/proseCPU.Seconds(), "prose-sentences/cpu-s")
	b.ReportMetric(extCPU.Seconds()/proseCPU.Seconds(), "extract/prose-cpu")
	b.ReportMetric(extWall.Seconds()/proseWall.Seconds(), "extract/prose-wall")
}
