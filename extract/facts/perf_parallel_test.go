package facts

import (
	"bytes"
	"context"
	"fmt"
	"strings"
	"testing"

	"newsgraph/extract/record"
)

// parallelDocs is the corpus repeated copies times under new ids, so that two
// workers have enough documents to share evenly (the corpus alone is five
// articles of unequal length, which caps any split at well under 2×).
func parallelDocs(c *corpus, copies int) []Document {
	var docs []Document
	for k := range copies {
		for _, d := range c.docs {
			d.ID = fmt.Sprintf("%s-copy%d", d.ID, k)
			docs = append(docs, d)
		}
	}
	return docs
}

// TestExtractAllWorkersIdentical checks the promise of RunOptions.Workers:
// the JSON Lines written for the corpus are byte-identical whatever the
// number of workers, so a parallel build is reproducible.
func TestExtractAllWorkersIdentical(t *testing.T) {
	c := mustCorpus(t)
	x := mustExtractor(t)
	docs := parallelDocs(c, 2)
	var want []byte
	for _, workers := range []int{1, 2, 3, 8} {
		res, err := x.ExtractAll(context.Background(), docs, RunOptions{Workers: workers})
		if err != nil {
			t.Fatalf("workers=%d: %v", workers, err)
		}
		var buf bytes.Buffer
		if err := record.WriteJSONL(&buf, res); err != nil {
			t.Fatalf("workers=%d: WriteJSONL: %v", workers, err)
		}
		if buf.Len() == 0 {
			t.Fatalf("workers=%d: no output", workers)
		}
		if want == nil {
			want = buf.Bytes()
			continue
		}
		if got := buf.Bytes(); !bytes.Equal(got, want) {
			t.Errorf("workers=%d: output differs from workers=1 (%d vs %d bytes), first difference:\n%s",
				workers, len(got), len(want), firstDiff(string(want), string(got)))
		}
	}
}

func firstDiff(a, b string) string {
	al, bl := strings.Split(a, "\n"), strings.Split(b, "\n")
	for i := range min(len(al), len(bl)) {
		if al[i] != bl[i] {
			return fmt.Sprintf("line %d\n  workers=1: %s\n  other:     %s", i+1, al[i], bl[i])
		}
	}
	return fmt.Sprintf("one output is a prefix of the other (%d vs %d lines)", len(al), len(bl))
}

// BenchmarkExtractAllWorkers extracts the corpus, repeated four times, with
// one and with two workers. Compare the sentences/s of the two for the
// parallel speedup; sentences/cpu-s shows whether the second worker adds
// overhead (it should stay flat), which is what a busy machine, where the
// wall-clock speedup mostly measures the neighbours, can still tell.
func BenchmarkExtractAllWorkers(b *testing.B) {
	c := mustCorpus(b)
	x := mustExtractor(b)
	docs := parallelDocs(c, 4)
	sentences := 0
	for range 4 {
		for _, r := range c.results {
			sentences += r.Sentences
		}
	}
	for _, workers := range []int{1, 2} {
		b.Run(fmt.Sprintf("workers=%d", workers), func(b *testing.B) {
			cpu0 := perfCPUTime()
			for b.Loop() {
				if _, err := x.ExtractAll(context.Background(), docs, RunOptions{Workers: workers}); err != nil {
					b.Fatal(err)
				}
			}
			cpu := perfCPUTime() - cpu0
			b.ReportMetric(float64(sentences*b.N)/b.Elapsed().Seconds(), "sentences/s")
			b.ReportMetric(float64(sentences*b.N)/cpu.Seconds(), "sentences/cpu-s")
		})
	}
}
