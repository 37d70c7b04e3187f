package facts

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/jdkato/prose/v2"

	"newsgraph/extract/syntax"
)

// token is one word or punctuation mark of a sentence, cut by prose's
// tokenizer, tagged by the syntax package's tagger and anchored to the article
// by byte offsets.
type token struct {
	text       string // as written in the article
	lower      string // lower case, with typographic quotes made plain
	tag        string // Penn Treebank part of speech, as the rules here read it
	xpos, upos string // the tagger's own tags, handed back to the parser unchanged
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

// plain reads typographic quotes and dashes as ASCII, as prose's tokenizer
// and the tagger do (syntax.Plain).
func plain(s string) string { return syntax.Plain(s) }

// tag cuts one sentence (offset base in the article) into tokens with
// prose's tokenizer, aligns them back to the article text and tags them with
// the syntax package's tagger. prose's own tagger is not used: its averaged
// perceptron breaks score ties by map iteration order, so the same sentence
// could be tagged two ways on two runs; the syntax tagger is deterministic.
func (x *Extractor) tag(s string, base int) ([]token, error) {
	spans, err := tokenize(s)
	if err != nil {
		return nil, err
	}
	out := make([]token, len(spans))
	for i, sp := range spans {
		txt := s[sp[0]:sp[1]]
		out[i] = token{text: txt, lower: strings.ToLower(plain(txt)), ent: "O", start: base + sp[0], end: base + sp[1]}
	}
	if len(out) == 0 || len(out) > syntax.MaxWords {
		return out, nil // too long to tag: no tags, so no names from tags and no tree
	}
	ss := syntax.Sentence{Tokens: make([]syntax.Token, len(out))}
	for i, tk := range out {
		ss.Tokens[i].Form = tagForm(tk.text)
	}
	if err := x.parser.Tag(&ss); err != nil {
		return nil, fmt.Errorf("tagging: %w", err)
	}
	for i, w := range ss.Tokens {
		if out[i].lower == "cannot" {
			w.XPOS, w.UPOS = "MD", "AUX" // EWT splits "can not" and never saw the word whole
		}
		out[i].xpos, out[i].upos = w.XPOS, w.UPOS
		out[i].tag = pennTag(out[i], w.XPOS)
	}
	x.agentNouns(out)
	return out, nil
}

// hasFinite reports whether the tagger found a finite verb in the sentence.
func hasFinite(toks []token) bool {
	for _, t := range toks {
		switch t.xpos {
		case "VBD", "VBZ", "VBP", "MD":
			return true
		}
	}
	return false
}

// agentNouns corrects a tagging error news text meets at the head of a
// sentence: the real verb after a bare plural agent noun read as a noun, the
// sentence left with no verb or the plural taken for it ("Web developers face/NN
// big problems"). The -ers
// word is a plural noun when its stem is a verb the word list knows in -ed and
// -ing ("develop", "report", "farm"), a bare singular noun comes before it (no
// determiner: "the site offers …" stays a verb) and the word after it can be the verb.
func (x *Extractor) agentNouns(toks []token) {
	for i := 1; i+2 < len(toks); i++ {
		t, prev, next := toks[i], toks[i-1], toks[i+1]
		stem := strings.TrimSuffix(t.lower, "ers")
		if t.xpos != "VBZ" && !(t.xpos == "NNS" && !hasFinite(toks)) || stem == t.lower || len(stem) < 4 || !x.lx.words[stem+"ed"] || !x.lx.words[stem+"ing"] || !x.lx.words[stem+"er"] {
			continue
		}
		if prev.xpos != "NN" && prev.xpos != "NNP" || i >= 2 && (toks[i-2].tag == "DT" || toks[i-2].tag == "PRP$" || toks[i-2].tag == "POS" || toks[i-2].tag == "JJ") {
			continue
		}
		if next.xpos != "NN" && next.xpos != "VB" && next.xpos != "VBP" || next.isCap() {
			continue
		}
		toks[i].xpos, toks[i].upos = "NNS", "NOUN"
		toks[i].tag = pennTag(toks[i], "NNS")
		toks[i+1].xpos, toks[i+1].upos = "VBP", "VERB"
		toks[i+1].tag = pennTag(toks[i+1], "VBP")
	}
}

// tagForm is the word as the tagger and parser read it: EWT writes plain
// quotation marks and dashes, never the Penn Treebank's doubled backquotes
// and apostrophes.
func tagForm(text string) string {
	f := plain(text)
	if f == "``" || f == "''" {
		return "\""
	}
	return f
}

// tokenize cuts s into words with prose's tokenizer and returns their byte
// spans in s.
func tokenize(s string) ([][2]int, error) {
	// prose's tokenizer trips on typographic quotes (it reads them as words);
	// give it plain ones. plain keeps every rune, so alignment below is rune by rune.
	doc, err := prose.NewDocument(plain(s), prose.WithTagging(false), prose.WithSegmentation(false), prose.WithExtraction(false))
	if err != nil {
		return nil, fmt.Errorf("tokenizing: %w", err)
	}
	ptoks := doc.Tokens()
	out := make([][2]int, 0, len(ptoks))
	cur := 0
	for _, pt := range ptoks {
		st, en, ok := alignToken(s, cur, pt.Text)
		if !ok {
			continue // prose invented or rewrote a token; keep the rest aligned
		}
		out = gapTokens(s, cur, st, out)
		cur = en
		if q := openingQuote(s[st:en]); q > 0 {
			out = append(out, [2]int{st, st + q}) // "‘We": the mark and the word
			st += q
		}
		for c := innerComma(s[st:en]); c > 0; c = innerComma(s[st:en]) {
			// "Appleton,31": a word, the comma and what follows, not one name
			out = append(out, [2]int{st, st + c}, [2]int{st + c, st + c + 1})
			st += c + 1
		}
		if c := cliticAt(s[st:en]); c > 0 {
			out = append(out, [2]int{st, en - c}) // "We've": the word and its auxiliary, as EWT writes them
			st = en - c
		}
		out = append(out, [2]int{st, en})
	}
	return gapTokens(s, cur, len(s), out), nil
}

// gapTokens adds the words of s[from:to] that prose's tokenizer dropped
// ("O'Malley" comes back as "O", "McDonald's." as "McDonald"): a word
// glued to the token before it joins it, a possessive or clitic 's stays a
// token of its own, as EWT writes it, and a final punctuation mark is split
// off. Nothing of the text is lost.
func gapTokens(s string, from, to int, out [][2]int) [][2]int {
	i := from
	for i < to {
		for i < to && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r') {
			i++
		}
		if i >= to {
			break
		}
		j := i
		for j < to && s[j] != ' ' && s[j] != '\t' && s[j] != '\n' && s[j] != '\r' {
			j++
		}
		w0, w1 := i, j
		var tail [][2]int
		for w1 > w0 && strings.ContainsRune(".,;:!?)\"", rune(s[w1-1])) {
			tail = append([][2]int{{w1 - 1, w1}}, tail...)
			w1--
		}
		if w1 > w0 {
			glued := len(out) > 0 && out[len(out)-1][1] == w0
			switch lw := strings.ToLower(plain(s[w0:w1])); {
			case lw == "'s" || lw == "'":
				out = append(out, [2]int{w0, w1})
			case glued:
				out[len(out)-1][1] = w1
			default:
				out = append(out, [2]int{w0, w1})
			}
		}
		out = append(out, tail...)
		i = j
	}
	return out
}

// innerComma returns the offset of a comma inside word w with a letter before
// it and a letter or digit after it ("Appleton,31", a space lost in the
// scrape), or 0. Between two digits it is a thousands mark ("1,000") and stays.
func innerComma(w string) int {
	i := strings.IndexByte(w, ',')
	if i <= 0 || i+1 >= len(w) {
		return 0
	}
	before, _ := utf8.DecodeLastRuneInString(w[:i])
	after, _ := utf8.DecodeRuneInString(w[i+1:])
	if !unicode.IsLetter(before) || !unicode.IsLetter(after) && !unicode.IsDigit(after) {
		return 0
	}
	return i
}

// cliticAt returns the length of an auxiliary clitic ('ve, 'll, 'd, 'm, with
// a plain or typographic apostrophe) that prose's tokenizer left on the word
// before it, or 0. prose splits 's, 're and n't but not these.
func cliticAt(w string) int {
	i := strings.LastIndexAny(w, "'’")
	if i <= 0 {
		return 0
	}
	switch strings.ToLower(plain(w[i:])) {
	case "'ve", "'ll", "'d", "'m":
	default:
		return 0
	}
	for _, r := range w[:i] {
		if !unicode.IsLetter(r) {
			return 0
		}
	}
	return len(w) - i
}

// openingQuote returns the length of a single quotation mark that opens word
// w and that prose's tokenizer left on it (it reads a leading apostrophe as
// part of the word, as in 'em or '90s): a typographic opening mark always, a
// plain apostrophe before a capital letter ('We need …'). 0 when there is none.
func openingQuote(w string) int {
	r, n := utf8.DecodeRuneInString(w)
	if n == len(w) {
		return 0
	}
	next, _ := utf8.DecodeRuneInString(w[n:])
	switch {
	case r == '‘' || r == '‛':
		return n
	case r == '\'' && unicode.IsUpper(next):
		return n
	}
	return 0
}

// pennTag maps the tagger's XPOS (EWT's Penn Treebank tags) to the tags the
// rules here read. EWT adds tags for web text that the Penn Treebank of news
// lacks: an address is a noun, a prefix written apart an adjective, a piece
// of a word written apart a foreign word; a hyphen or dash standing alone is
// HYPH, which no rule reads, whatever EWT called it (a dash is not a clause
// break the way a colon or semicolon is). Every quotation mark, opening or
// closing, gets the opening tag: which side of a quotation a mark is on is
// settled by the quotation finder, not by its tag.
func pennTag(t token, xpos string) string {
	switch plain(t.text) {
	case ";":
		return ":" // EWT calls a semicolon a comma; Penn, and the rules here, ":"
	case "-", "--":
		return "HYPH"
	case "\"", "``", "''":
		return "``"
	case "'":
		if xpos != "POS" { // "Courtaulds ' moves" is a possessive, not a quotation mark
			return "``"
		}
	}
	switch xpos {
	case "``", "''":
		return "``"
	case "ADD": // a web or e-mail address
		return "NN"
	case "AFX": // a prefix written apart: "pre - war"
		return "JJ"
	case "GW": // a piece of a word written apart
		return "FW"
	}
	return xpos
}

// alignToken finds tok in s at or shortly after cur, comparing plain runes.
func alignToken(s string, cur int, tok string) (int, int, bool) {
	want := []rune(plain(tok))
	if len(want) == 0 {
		return 0, 0, false
	}
	limit := cur + 64
	for st := cur; st < len(s) && st <= limit; {
		r, size := utf8.DecodeRuneInString(s[st:])
		if syntax.PlainRune(r) == want[0] {
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
		if syntax.PlainRune(r) != w {
			return 0, false
		}
		i += size
	}
	return i, true
}
