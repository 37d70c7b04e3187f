package extract

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/jdkato/prose/v2"
)

// token is one word or punctuation mark of a sentence, tagged by prose and
// anchored to the article by byte offsets.
type token struct {
	text       string // as written in the article
	lower      string // lower case, with typographic quotes made plain
	tag        string // Penn Treebank part of speech
	ent        string // prose's entity label in IOB form ("B-PERSON"), a hint only
	start, end int    // byte offsets in the article
}

func (t token) isNoun() bool   { return strings.HasPrefix(t.tag, "NN") }
func (t token) isProper() bool { return t.tag == "NNP" || t.tag == "NNPS" }
func (t token) isVerb() bool   { return strings.HasPrefix(t.tag, "VB") }
func (t token) isCap() bool {
	// Invisible format characters (bidi controls, zero-width joiners) before the
	// first letter do not hide its capital: "‮Putin‬".
	for _, r := range t.text {
		if !unicode.Is(unicode.Cf, r) {
			return unicode.IsUpper(r)
		}
	}
	return false
}

// plainRune maps typographic quotes and dashes to the ASCII forms prose emits.
func plainRune(r rune) rune {
	switch r {
	case '“', '”', '„', '‟', '″':
		return '"'
	case '‘', '’', '‚', '‛', '′':
		return '\''
	case '–', '—', '‑':
		return '-'
	}
	return r
}

func plain(s string) string {
	return strings.Map(plainRune, s)
}

// tag runs prose over one sentence (offset base in the article) and aligns its
// tokens back to the article text.
func (x *Extractor) tag(s string, base int) ([]token, error) {
	// prose's tokenizer trips on typographic quotes (it tags them as words); give it
	// plain ones. plain keeps every rune, so alignment below is rune by rune.
	// Its entity recogniser is three quarters of its cost and its labels were
	// only ever hints here (it calls Ukraine a person): names come from tags,
	// capitalisation and the gazetteers, so it stays off.
	doc, err := prose.NewDocument(plain(s), prose.UsingModel(x.model), prose.WithSegmentation(false), prose.WithExtraction(false))
	if err != nil {
		return nil, fmt.Errorf("tagging: %w", err)
	}
	ptoks := doc.Tokens()
	out := make([]token, 0, len(ptoks))
	cur := 0
	for _, pt := range ptoks {
		st, en, ok := alignToken(s, cur, pt.Text)
		if !ok {
			continue // prose invented or rewrote a token; keep the rest aligned
		}
		cur = en
		txt := s[st:en]
		label := pt.Label
		if label == "" {
			label = "O" // no entity hint: prose's recogniser is off (see Extractor.tag)
		}
		out = append(out, token{
			text: txt, lower: strings.ToLower(plain(txt)), tag: pt.Tag, ent: label,
			start: base + st, end: base + en,
		})
	}
	fixTags(out)
	return out, nil
}

// fixTags repairs prose's tags where typographic quotes confuse it: quote marks
// get the Penn quote tags, and the word after a modal (past adverbs and quote
// marks) is a verb ("would “probably” meet").
func fixTags(toks []token) {
	for i := range toks {
		switch plain(toks[i].text) {
		case "'":
			if toks[i].tag == "POS" {
				break // "Courtaulds ' moves": a possessive, not a quotation mark
			}
			toks[i].tag = "``"
			toks[i].ent = "O"
		case "\"":
			toks[i].tag = "``"
			toks[i].ent = "O"
		}
	}
	for i := range toks {
		switch {
		case toks[i].lower == "towards" || toks[i].lower == "toward" || toks[i].lower == "amid":
			toks[i].tag = "IN"
		case toks[i].tag == "VBZ" && i+1 < len(toks) && (toks[i+1].tag == "VBP" || toks[i+1].tag == "VBD") && strings.HasSuffix(toks[i].lower, "s") && !auxiliaries[toks[i].lower]:
			// "estimates suggest": a plural noun before its verb — but "Tony Blair has
			// said" keeps its auxiliary, or "Tony Blair has" becomes a thing.
			toks[i].tag = "NNS"
		}
	}
	for i := range toks {
		if toks[i].tag != "MD" {
			continue
		}
		j := i + 1
		for j < len(toks) && (toks[j].tag == "RB" || toks[j].tag == "``" || strings.HasSuffix(toks[j].lower, "ly")) {
			j++
		}
		if j < len(toks) && (toks[j].tag == "NN" || toks[j].tag == "NNP" || toks[j].tag == "VBP") && !toks[j].isCap() {
			toks[j].tag = "VB"
		}
	}
}

// auxiliaries are verbs that stand before another verb: never nouns.
var auxiliaries = set(`has is was does says`)

// alignToken finds tok in s at or shortly after cur, comparing plain runes.
func alignToken(s string, cur int, tok string) (int, int, bool) {
	want := []rune(plain(tok))
	if len(want) == 0 {
		return 0, 0, false
	}
	limit := cur + 64
	for st := cur; st < len(s) && st <= limit; {
		r, size := utf8.DecodeRuneInString(s[st:])
		if plainRune(r) == want[0] {
			if en, ok := matchRunes(s, st, want); ok {
				return st, en, true
			}
		}
		st += size
	}
	return 0, 0, false
}

func matchRunes(s string, st int, want []rune) (int, bool) {
	i := st
	for _, w := range want {
		if i >= len(s) {
			return 0, false
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if plainRune(r) != w {
			return 0, false
		}
		i += size
	}
	return i, true
}
