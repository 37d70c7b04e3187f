package main

import (
	"strings"

	"github.com/jdkato/prose/v2"

	"newsgraph/extract/syntax"
)

// proseTagger tags gold tokens with prose's Penn tagger, for comparing it
// with the model's own tagger: the words are joined by spaces, prose
// tokenises and tags them, and each word takes the tag of the prose token
// that starts where it starts (or the last one before).
type proseTagger struct{ model *prose.Model }

func newProseTagger() (*proseTagger, error) {
	doc, err := prose.NewDocument("Warm up.", prose.WithSegmentation(false), prose.WithExtraction(false))
	if err != nil {
		return nil, err
	}
	return &proseTagger{model: doc.Model}, nil
}

func (pt *proseTagger) tag(s *syntax.Sentence) error {
	var b strings.Builder
	starts := make([]int, len(s.Tokens))
	for i, t := range s.Tokens {
		if i > 0 {
			b.WriteByte(' ')
		}
		starts[i] = b.Len()
		b.WriteString(t.Form)
	}
	text := b.String()
	doc, err := prose.NewDocument(text, prose.UsingModel(pt.model), prose.WithSegmentation(false), prose.WithExtraction(false))
	if err != nil {
		return err
	}
	toks := doc.Tokens()
	// Locate each prose token in the text to know where it starts.
	pos := make([]int, len(toks))
	cur := 0
	for j, t := range toks {
		k := strings.Index(text[cur:], t.Text)
		if k < 0 {
			pos[j] = cur
			continue
		}
		pos[j] = cur + k
		cur += k + len(t.Text)
	}
	j := 0
	for i := range s.Tokens {
		for j+1 < len(toks) && pos[j+1] <= starts[i] {
			j++
		}
		tag := "NN"
		if j < len(toks) {
			tag = toks[j].Tag
		}
		s.Tokens[i].XPOS = tag
		s.Tokens[i].UPOS = pennToUPOS(tag, s.Tokens[i].Form)
	}
	return nil
}

var beForms = map[string]bool{"be": true, "is": true, "are": true, "was": true, "were": true, "been": true, "being": true, "am": true, "'s": true, "'re": true, "'m": true}

// pennToUPOS maps a Penn tag to the universal tag UD English uses most
// often for it.
func pennToUPOS(tag, form string) string {
	switch tag {
	case "NN", "NNS":
		return "NOUN"
	case "NNP", "NNPS":
		return "PROPN"
	case "VB", "VBD", "VBG", "VBN", "VBP", "VBZ":
		if beForms[strings.ToLower(form)] {
			return "AUX"
		}
		return "VERB"
	case "MD":
		return "AUX"
	case "JJ", "JJR", "JJS":
		return "ADJ"
	case "RB", "RBR", "RBS", "WRB":
		if l := strings.ToLower(form); l == "not" || l == "n't" {
			return "PART"
		}
		return "ADV"
	case "IN", "RP":
		return "ADP"
	case "DT", "PDT", "WDT":
		return "DET"
	case "PRP", "PRP$", "WP", "WP$", "EX":
		return "PRON"
	case "CC":
		return "CCONJ"
	case "CD":
		return "NUM"
	case "TO", "POS":
		return "PART"
	case "UH":
		return "INTJ"
	case "$", "SYM", "#":
		return "SYM"
	case "FW", "LS":
		return "X"
	}
	return "PUNCT"
}
