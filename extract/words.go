package extract

import (
	"fmt"

	"github.com/jdkato/prose/v2"
)

// Sentences cuts text into sentences the way the extractor does: into
// trimmed lines, then each line at sentence ends. Every non-empty line is
// kept, headlines and boilerplate included.
func Sentences(text string) []string {
	var out []string
	for _, l := range splitLines(text) {
		for _, sp := range splitSentences(l.text) {
			out = append(out, l.text[sp[0]:sp[1]])
		}
	}
	return out
}

// Words tokenises one sentence as the extractor does (prose's tokenizer on
// plain quotes) and returns the words as they are written in s.
func Words(s string) ([]string, error) {
	doc, err := prose.NewDocument(plain(s), prose.WithTagging(false), prose.WithSegmentation(false), prose.WithExtraction(false))
	if err != nil {
		return nil, fmt.Errorf("tokenizing: %w", err)
	}
	toks := doc.Tokens()
	out := make([]string, 0, len(toks))
	cur := 0
	for _, t := range toks {
		st, en, ok := alignToken(s, cur, t.Text)
		if !ok {
			continue
		}
		cur = en
		out = append(out, s[st:en])
	}
	return out, nil
}
