package facts

import (
	"testing"
	"unicode/utf8"
)

// segmentSeeds are texts with the shapes that trip segmenters: quotes left open,
// nested and mixed quote styles, abbreviations, initials, boilerplate lines.
var segmentSeeds = []string{
	"Share this post\n\nHe said, “It is time.” She left.",
	"“I think,” Trump said, “we’re on the way. ‘Peace’ is near.”\n",
	"The U.S. Defense Secretary Pete Hegseth said so. Mr. Smith agreed.",
	"An unclosed “quote runs on and on",
	"\"Nested 'single' and “curly” quotes,\" he added.\n- Region:\n6/recent/ticker-posts",
	"No full stop at all in this very long line that keeps going without any end in sight",
	"A. B. C. D. E.",
	"",
}

// FuzzSegment checks the line, sentence and quotation splitters: every span is
// inside the text and on rune boundaries, sentences do not overlap, and a
// quotation's words lie inside its marks.
func FuzzSegment(f *testing.F) {
	for _, s := range segmentSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			return // the reader hands the segmenter valid UTF-8 only
		}
		for _, l := range splitLines(text) {
			if l.start < 0 || l.end > len(text) || l.start > l.end || text[l.start:l.end] != l.text {
				t.Fatalf("line span [%d,%d) does not hold %q", l.start, l.end, l.text)
			}
			prev := 0
			for _, sp := range splitSentences(l.text) {
				if sp[0] < prev || sp[1] > len(l.text) || sp[0] > sp[1] {
					t.Fatalf("sentence span %v out of order in %q", sp, l.text)
				}
				if !utf8.ValidString(l.text[sp[0]:sp[1]]) {
					t.Fatalf("sentence span %v splits a rune in %q", sp, l.text)
				}
				prev = sp[1]
			}
			for _, q := range findQuotes(l.text, l.start, 0) {
				if q.open < l.start || q.close > l.end || q.inner0 < q.open || q.inner1 > q.close || q.inner0 > q.inner1 {
					t.Fatalf("quote %+v outside line [%d,%d)", q, l.start, l.end)
				}
			}
		}
	})
}

// FuzzExtract runs the whole extractor on arbitrary text: no panic, and every
// record's spans hold the strings it carries.
func FuzzExtract(f *testing.F) {
	for _, s := range segmentSeeds {
		f.Add(s)
	}
	f.Add("Putin invited Trump to Moscow. He said, “Peace is near,” and left.")
	x, err := testExtractor()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) || len(text) > 4000 {
			return
		}
		extractBytes(t, x, text) // spans hold their words, every relation has a predicate
	})
}
