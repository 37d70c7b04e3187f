package facts

import (
	"context"
	"fmt"
	"strings"
	"testing"
)

// syllables make pronounceable, capitalised, distinct made-up names.
var syllables = []string{"ka", "lo", "mi", "ren", "sa", "tor", "vel", "dun", "bri", "gan", "hol", "pes", "qui", "zar", "fen", "wic"}

// madeUpWord returns a distinct capitalised word for each i (base-16 syllables).
func madeUpWord(i int, minSyl int) string {
	var b strings.Builder
	for n := 0; n < minSyl || i > 0; n++ {
		b.WriteString(syllables[i%len(syllables)])
		i /= len(syllables)
	}
	w := b.String()
	return strings.ToUpper(w[:1]) + w[1:]
}

// manyNamesArticle is one article naming n different people, each by full
// name and then by surname, the way a long list of candidates or victims reads.
func manyNamesArticle(n int) string {
	var b strings.Builder
	for i := range n {
		first, last := madeUpWord(i%97, 2), madeUpWord(i, 3)
		fmt.Fprintf(&b, "%s %s praised the plan on Monday. %s said it would help.\n", first, last, last)
	}
	return b.String()
}

// nestedQuotesArticle is one sentence of n reported speeches each quoting the
// next: A said: “B said: “… the plan works.”””.
func nestedQuotesArticle(n int) string {
	var b strings.Builder
	for i := range n {
		fmt.Fprintf(&b, "%s %s said: “", madeUpWord(i%97, 2), madeUpWord(i, 3))
	}
	b.WriteString("the plan works")
	b.WriteString(strings.Repeat("”", n))
	b.WriteString(".\n")
	return b.String()
}

// quotedChainArticle is a quotation holding a chain of n reports: Putin said:
// “A said that B said that … the plan works.” Each report's clause reads the
// clauses inside it (issue 11: 88% of the time went to finding each one's index).
func quotedChainArticle(n int) string {
	var b strings.Builder
	b.WriteString("Putin said: “")
	for i := range n {
		fmt.Fprintf(&b, "%s %s said that ", madeUpWord(i%97, 2), madeUpWord(i, 3))
	}
	b.WriteString("the plan works.”\n")
	return b.String()
}

// BenchmarkManyNames extracts one article naming n people. The per-name time
// (ns/name) must stay flat from 1,000 to 20,000 names: each new name used to
// be compared with every person met before (issue 11: 21 s for 10,000).
func BenchmarkManyNames(b *testing.B) {
	x := mustExtractor(b)
	for _, n := range []int{1000, 5000, 20000} {
		doc := Document{ID: "names", Text: manyNamesArticle(n)}
		b.Run(fmt.Sprintf("names=%d", n), func(b *testing.B) {
			for b.Loop() {
				res, err := x.Extract(context.Background(), doc)
				if err != nil {
					b.Fatal(err)
				}
				if len(res.Entities) < n {
					b.Fatalf("%d entities for %d people", len(res.Entities), n)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*n), "ns/name")
		})
	}
}

// BenchmarkNestedQuotes extracts one sentence of n nested quotations or
// quoted reports; ns/quote must stay flat from 1,000 to 10,000 (issue 11: 140 s
// for 10,000).
func BenchmarkNestedQuotes(b *testing.B) {
	x := mustExtractor(b)
	for _, shape := range []struct {
		name string
		text func(int) string
	}{{"nested", nestedQuotesArticle}, {"chain", quotedChainArticle}} {
		for _, n := range []int{1000, 5000, 10000} {
			doc := Document{ID: "quotes", Text: shape.text(n)}
			b.Run(fmt.Sprintf("%s=%d", shape.name, n), func(b *testing.B) {
				for b.Loop() {
					if _, err := x.Extract(context.Background(), doc); err != nil {
						b.Fatal(err)
					}
				}
				b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*n), "ns/quote")
			})
		}
	}
}
