package facts

import (
	"slices"
	"strings"
)

// Titles of works ("Meet the Fockers", "Hide and Seek", "Always Look on the
// Bright Side of Life") are capitalised runs with small words inside, which
// the name rules cut into pieces ("Fockers", "Hide", "Seek") and type as
// people. News introduces a title once after a noun for its kind ("comedy
// sequel Meet the Fockers", "his new thriller Hide and Seek"); the document's
// later mentions of the same words are the same work.

// titleNouns before a capitalised run say it is a work's title.
var titleNouns = set(`novel book film movie album song documentary sitcom opera musical painting poem comedy
	thriller sequel prequel hit single anthem track drama series show play blockbuster biopic ballad tune
	programme program game horror western cartoon memoir`)

// verbLikeTitleNouns are as often verbs; they name a work only after a
// determiner, a possessive or an adjective.
var verbLikeTitleNouns = set(`hit show play single track game program programme record tune series`)

// nounPhraseOpeners are the tags of words that open a noun phrase before its noun.
var nounPhraseOpeners = set(`DT PRP$ JJ JJR JJS POS`)

// titleSmallWords may stand inside a title, between its capitalised words.
var titleSmallWords = set(`the a an of and to in on at for with by from or my your his her our their`)

// workTitles collects, as the words written, the titles that follow a title
// noun in the document, each once, longest first.
func (x *Extractor) workTitles(sents []*sentence) [][]string {
	var out [][]string
	seen := map[string]bool{}
	for _, s := range sents {
		toks := s.toks
		for k := 0; k+1 < len(toks); k++ {
			// "long-running shows Will and Grace and CSI", "soap operas Knots
			// Landing, Falcon Crest plus The Bold And The Beautiful"
			for _, words := range x.titleList(toks, k) {
				if key := strings.Join(words, " "); !seen[key] {
					seen[key] = true
					out = append(out, words)
				}
			}
			if !titleNouns[toks[k].lower] || toks[k].isCap() || strings.HasPrefix(toks[k].tag, "VB") {
				continue
			}
			if verbLikeTitleNouns[toks[k].lower] && (k == 0 || !nounPhraseOpeners[toks[k-1].tag]) {
				continue // "flooding hit Western Australia": a verb; "his new single Dare" a noun
			}
			i := k + 1
			if toks[i].text == "," && i+1 < len(toks) {
				i++ // "2000 hit comedy, Meet the Parents"
			}
			j := x.titleEnd(toks, i)
			if j < 0 && !verbLikeTitleNouns[toks[k].lower] && x.oneWordTitle(toks, i) {
				j = i // "the comedy Sideways", "the film Closer"
			}
			if j >= i {
				words := make([]string, 0, j-i+1)
				for _, t := range toks[i : j+1] {
					words = append(words, t.text)
				}
				if key := strings.Join(words, " "); !seen[key] {
					seen[key] = true
					out = append(out, words)
				}
			}
		}
	}
	// longest first, so that "Meet the Parents 2" wins over "Meet the Parents"
	slices.SortStableFunc(out, func(a, b []string) int { return len(b) - len(a) })
	return out
}

// titleEnd returns the last token of the title that opens at token i: a run of
// capitalised words and numbers with small words between them, ending on a
// capitalised word or a number, at most eight tokens. -1 when no title of
// more than one word opens there, or the run is a person's name ("Mr Blair",
// "Jerry Springer"). What a preposition adds after a title is no part of it
// when it names a place, a time, a number or a person ("The Sea Inside from
// Spain", "… in 2002", "… with Norah Jones"); nor is a second title or a
// person after "and" ("Meet the Fockers and Shall We Dance", "Shrek and
// Steven Spielberg").
func (x *Extractor) titleEnd(toks []token, i int) int {
	if i >= len(toks) || !toks[i].isCap() || x.lx.honorifics[toks[i].lower] != 0 || x.lx.titles[toks[i].lower] {
		return -1
	}
	if x.lx.given[toks[i].lower] != 0 && i+1 < len(toks) && toks[i+1].isCap() && !(i+2 < len(toks) && titleSmallWords[toks[i+2].text]) {
		return -1 // a person's full name ("Maria Full of Grace" is a title)
	}
	if _, place := x.lx.places[toks[i].lower]; place {
		return -1 // "Europe and North America"
	}
	end := -1
	for k := i; k < len(toks) && k < i+8; k++ {
		t := toks[k]
		switch {
		case t.isCap() || k > i && t.tag == "CD" && isDigits(strings.ReplaceAll(t.text, "/", "")):
			if k > i {
				end = k
			}
		case titleSmallWords[t.lower] && t.text == t.lower && k+1 < len(toks):
			n := toks[k+1]
			person := x.lx.given[n.lower] != 0 && k+2 < len(toks) && toks[k+2].isCap() // "Norah Jones", not "Heaven"
			if t.lower == "and" || t.lower == "or" {
				if k-i > 2 || person || n.lower == "the" || end < 0 && k > i+1 {
					return end
				}
				continue
			}
			_, place := x.lx.places[n.lower]
			if place || n.tag == "CD" || x.lx.months[n.lower] || temporalWords[n.lower] || person {
				return end // "… in 2002", "… from Spain", "… on Friday", "… with Norah Jones"
			}
		default:
			return end
		}
	}
	return end
}

// oneWordTitle reports whether token i, right after a noun for a work, is a
// one-word title: capitalised, inside the sentence, followed by no other
// capitalised word, and no place, people or given name ("the song Britons
// would …" names no song).
func (x *Extractor) oneWordTitle(toks []token, i int) bool {
	if i >= len(toks) || i == 0 || !toks[i].isCap() || i+1 < len(toks) && toks[i+1].isCap() {
		return false
	}
	w := toks[i].lower
	if titleSmallWords[w] || !x.isNameToken(toks[i], false, nil) {
		return false // "the film The …", "the show What …": a word, no title
	}
	_, place := x.lx.places[w]
	_, dem := x.lx.demonyms[w]
	return !place && !dem && x.lx.given[w] == 0 && x.lx.honorifics[w] == 0 && !x.lx.titles[w] && len(w) > 2
}

// titleAt returns the last token of a known title written at token i, or -1.
func titleAt(toks []token, i int, titles [][]string) int {
	for _, words := range titles {
		if i+len(words) > len(toks) {
			continue
		}
		ok := true
		for n, w := range words {
			ok = ok && (toks[i+n].text == w || n > 0 && titleSmallWords[toks[i+n].lower] && strings.EqualFold(toks[i+n].text, w)) // "Assault on Precinct 13"
		}
		if ok {
			return i + len(words) - 1
		}
	}
	return -1
}

// titleList returns the titles listed after a plural title noun at token k
// ("shows Will and Grace and CSI", "operas Knots Landing, Falcon Crest plus
// The Bold And The Beautiful"): each a title of more than one word, joined to
// the next by a comma, "and", "or" or "plus". A plural that could be a verb
// ("shows", "hits") is a noun only after an adjective or a determiner. A lone
// title with "and" inside after a plural names two works ("his singles
// Takeover and Izzo"): its halves are the titles.
func (x *Extractor) titleList(toks []token, k int) [][]string {
	w := toks[k].lower
	l := x.lx.lemmatize(w, true)
	if l == w || !titleNouns[l] || toks[k].isCap() || toks[k].tag != "NNS" {
		return nil
	}
	if verbLikeTitleNouns[l] && (k == 0 || !nounPhraseOpeners[toks[k-1].tag] && !(toks[k-1].tag == "VBG" && strings.Contains(toks[k-1].text, "-"))) {
		return nil // "the survey shows Labour ahead": a verb ("long-running shows" a noun)
	}
	var out [][]string
	items := 0
	for i := k + 1; i < len(toks); {
		j := x.titleEnd(toks, i)
		if j < i {
			if toks[i].isCap() && items > 0 {
				items++ // "… and CSI": one more item, of one word
			}
			break
		}
		words := make([]string, 0, j-i+1)
		for _, t := range toks[i : j+1] {
			words = append(words, t.text)
		}
		out = append(out, words)
		items++
		n := j + 1
		if n >= len(toks) {
			break
		}
		switch toks[n].lower {
		case ",", "and", "or", "plus":
			n++
			if n < len(toks) && (toks[n].lower == "and" || toks[n].lower == "or") {
				n++ // ", and"
			}
		default:
			return splitLoneTitle(out, items)
		}
		i = n
	}
	return splitLoneTitle(out, items)
}

// splitLoneTitle cuts the one title of a plural's list at its lower-case
// "and": the plural says there are several.
func splitLoneTitle(out [][]string, items int) [][]string {
	if items != 1 || len(out) != 1 {
		return out
	}
	for p, w := range out[0] {
		if w == "and" && p > 0 && p+1 < len(out[0]) {
			return [][]string{out[0][:p], out[0][p+1:]}
		}
	}
	return out
}
