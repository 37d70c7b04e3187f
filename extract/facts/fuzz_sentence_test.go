package facts

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"newsgraph/extract/record"
)

// maxSeedSentences bounds the seeds read from the shared texts, so the seed
// corpus (run by every plain `go test`) stays a few seconds.
const maxSeedSentences = 600

// newsSentences returns the sentences of the shared corpus and of the GUM news
// texts, as the extractor's own splitters cut them. Missing folders give none.
func newsSentences(tb testing.TB) []string {
	var paths []string
	for _, glob := range []string{
		filepath.Join(sharedDir, "corpus", "*.txt"),
		filepath.Join(sharedDir, "eval", "gum-news", "text", "*.txt"),
	} {
		p, err := filepath.Glob(glob)
		if err != nil {
			tb.Fatal(err)
		}
		paths = append(paths, p...)
	}
	sort.Strings(paths)
	var out []string
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			tb.Fatalf("reading seed text: %v", err)
		}
		for _, l := range splitLines(string(b)) {
			for _, sp := range splitSentences(l.text) {
				if s := strings.TrimSpace(l.text[sp[0]:sp[1]]); len(strings.Fields(s)) > 3 {
					out = append(out, s)
				}
			}
		}
	}
	if len(out) > maxSeedSentences {
		// Every k-th sentence keeps seeds from every text.
		k := (len(out) + maxSeedSentences - 1) / maxSeedSentences
		kept := out[:0]
		for i := 0; i < len(out); i += k {
			kept = append(kept, out[i])
		}
		out = kept
	}
	return out
}

var singleSentenceExtractor = sync.OnceValues(func() (*Extractor, error) { return New(Options{SingleSentence: true}) })

// FuzzSentence feeds one sentence through the whole extractor, as an article
// and as an Open IE sentence: no panic, every span holds the text it names, and
// the same sentence gives the same bytes twice. Seeds are real news sentences
// (../shared, read at test time) and the written ones in testdata/fuzz/FuzzSentence.
func FuzzSentence(f *testing.F) {
	seeds := newsSentences(f)
	if len(seeds) == 0 {
		f.Log("no shared texts beside the repository: only the seeds in testdata/fuzz/FuzzSentence")
	}
	for _, s := range seeds {
		f.Add(s)
	}
	article, err := testExtractor()
	if err != nil {
		f.Fatal(err)
	}
	single, err := singleSentenceExtractor()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) || len(text) > 2000 {
			return // the reader hands over valid UTF-8; a sentence is short
		}
		for _, x := range []*Extractor{article, single} {
			first := extractBytes(t, x, text)
			if again := extractBytes(t, x, text); !bytes.Equal(first, again) {
				t.Fatalf("two runs differ (single sentence %v):\n%s\n---\n%s", x.opts.SingleSentence, first, again)
			}
		}
	})
}

// extractBytes extracts text as one document and returns the JSON Lines output,
// failing t when a record's spans do not hold the words it carries.
func extractBytes(t *testing.T, x *Extractor, text string) []byte {
	t.Helper()
	res, err := x.Extract(context.Background(), Document{ID: "fuzz", Text: text})
	if err != nil {
		t.Fatalf("Extract: %v", err)
	}
	check := func(what, s string, span []int) {
		if len(span) != 2 {
			return
		}
		if span[0] < 0 || span[1] > len(text) || span[0] > span[1] || text[span[0]:span[1]] != s {
			t.Fatalf("%s %q not at %v", what, s, span)
		}
	}
	for _, r := range res.Relations {
		check("sentence", r.Text, r.Span[:])
		check("subject", r.Subject.Mention, r.Subject.MentionSpan)
		check("object", r.Object.Mention, r.Object.MentionSpan)
		if strings.TrimSpace(r.Predicate) == "" {
			t.Fatalf("relation without predicate: %+v", r)
		}
	}
	for _, st := range res.Statements {
		check("sentence", st.Text, st.Span[:])
		if sp := st.ContentSpan; sp[0] < 0 || sp[1] > len(text) || sp[0] > sp[1] || !wordsWithin(text[sp[0]:sp[1]], st.Content) {
			t.Fatalf("content %q not within %v", st.Content, sp)
		}
	}
	var buf bytes.Buffer
	if err := record.WriteJSONL(&buf, []*Result{res}); err != nil {
		t.Fatal(err)
	}
	if x.opts.SingleSentence {
		// The Open IE rendering walks the relations again (detokenising, qualifiers).
		tuples, err := x.OpenIE(context.Background(), text)
		if err != nil {
			t.Fatalf("OpenIE: %v", err)
		}
		for _, tu := range tuples {
			buf.WriteString(tu.TSV(text))
			buf.WriteByte('\n')
		}
	}
	return buf.Bytes()
}
