package extract

import "strings"

// verbGroup is a verb with its auxiliaries, adverbs, particles and infinitive
// complements: "has repeatedly stated", "had agreed to begin", "is scheduled to meet".
type verbGroup struct {
	first, last int
	main        int    // token of the verb that carries the meaning
	lemma       string // lemma of main
	negated     bool
	modality    string
	passive     bool
	copula      bool
	finite      bool
	adjunct     bool // a participle after a comma: "…, saying …"
	subj        []arg
	subjDone    bool
	done        bool // already read as part of another clause
}

// arg is an argument of a clause: an entity, or a concept (a noun phrase).
type arg struct {
	ent        *docEntity
	first      int // token range of the phrase
	last       int
	start, end int    // byte span of the text naming it
	text       string // as written
	resolved   bool   // found through a pronoun or a definite description
	possessor  string // "Ukraine" in "Ukraine's NATO membership"
}

// withBefore reports whether the name ending at token k is introduced by "with"
// ("with Deputy Prime Minister Angela Rayner stating …").
func withBefore(toks []token, k int) bool {
	for j := k; j >= 0 && j >= k-6; j-- {
		if toks[j].lower == "with" {
			return true
		}
		if !toks[j].isCap() && toks[j].tag != "DT" && toks[j].tag != "PRP$" && toks[j].lower != "of" {
			return false
		}
	}
	return false
}

// quotedModifier returns the index after a short quotation starting at j that
// modifies the noun after it ("a “lengthy and highly productive” phone call"), or
// j when the quotation is something else.
func quotedModifier(toks []token, quoted []bool, j int) int {
	m := j
	for m < len(toks) && quoted[m] {
		m++
	}
	if m-j > 8 || m >= len(toks) || !toks[m].isNoun() {
		return j
	}
	return m
}

// quantityWords can head a noun phrase before "of": "much of a clue", "all of it".
var quantityWords = set(`much many most some all none each any both few several half part rest lot lots`)

// quotedAdverb reports whether toks[j] is a quotation mark or an adverb inside a
// one-word quotation within a verb group: would “probably” meet.
func quotedAdverb(toks []token, quoted []bool, j int) bool {
	t := toks[j]
	if t.tag == "RB" || strings.HasSuffix(t.lower, "ly") {
		return true
	}
	if plain(t.text) == "\"" || plain(t.text) == "'" {
		// an opening mark must be followed by an adverb, a closing one preceded by one
		return j+1 < len(toks) && (toks[j+1].tag == "RB" || strings.HasSuffix(toks[j+1].lower, "ly")) && quoted[j+1] ||
			j > 0 && quoted[j-1] && (toks[j-1].tag == "RB" || strings.HasSuffix(toks[j-1].lower, "ly"))
	}
	return false
}

// prepositionalParticiple are participles that work as prepositions: "…, including Crimea".
var prepositionalParticiple = set(`including following according regarding concerning excluding considering given
	compared starting beginning amid during pending barring`)

var auxLemmas = set(`be have do will would can could may might shall should must`)
var modalPossible = set(`may might could would should can`)
var hedgeAdverbs = set(`probably possibly potentially perhaps maybe likely reportedly allegedly`)
var negAdverbs = set(`not n't never no`)

// isFiniteStart reports whether toks[i] can open a verb group.
func isFiniteStart(t token) bool {
	switch t.tag {
	case "VBD", "VBZ", "VBP", "MD":
		return true
	}
	return false
}

// verbGroups finds the verb groups of a sentence outside quotations.
func (x *Extractor) verbGroups(toks []token, quoted []bool) []*verbGroup {
	var out []*verbGroup
	for i := 0; i < len(toks); i++ {
		if quoted[i] {
			continue
		}
		t := toks[i]
		adjunct := false
		switch {
		case isFiniteStart(t):
		case i == 0 && (t.tag == "VBN" || t.tag == "VBG") && !prepositionalParticiple[t.lower]:
			adjunct = true // "Built in 1889, the bridge …": a fronted participle
		case t.tag == "VBN" && i > 0 && toks[i-1].isProper() && !quoted[i-1]:
			// prose tags some past tenses as participles: "Trump altered three years …"
		case (t.tag == "VBG" || t.tag == "VBN") && i > 0 && toks[i-1].text == "," && !quoted[i-1] && !prepositionalParticiple[t.lower]:
			adjunct = true // "…, saying …", "The exchange, brokered by …"
		case t.tag == "VBN" && i > 0 && (toks[i-1].tag == "NN" || toks[i-1].tag == "NNS") && !quoted[i-1] && i+1 < len(toks) &&
			(toks[i+1].tag == "DT" || toks[i+1].tag == "JJ" || toks[i+1].tag == "NN" || toks[i+1].tag == "NNS" || toks[i+1].tag == "IN" || toks[i+1].isProper()):
			adjunct = true // reduced relative: "office computers considered standard equipment"
		case t.tag == "VBG" && i > 0 && toks[i-1].isProper() && !quoted[i-1] && !prepositionalParticiple[t.lower] && withBefore(toks, i-1):
			adjunct = true // "with Deputy Prime Minister Angela Rayner stating that …"
		case t.tag == "VBG" && i > 0 && toks[i-1].lower == "and" && len(out) > 0 && out[len(out)-1].adjunct && !quoted[i-1]:
			adjunct = true // "…, calling it “meaningful” and saying …"
		case t.tag == "VBN" && i > 0 && (toks[i-1].lower == "and" || toks[i-1].lower == "or") && len(out) > 0 && out[len(out)-1].passive && !quoted[i-1]:
			adjunct = true // "were mobilized and sent to the border": a second passive
		case t.tag == "VBG" && i > 0 && toks[i-1].lower == "by" && !quoted[i-1]:
			adjunct = true // "… by stating, “…”"
		case t.tag == "VB" && i > 0 && (toks[i-1].lower == "and" || toks[i-1].lower == "or") && len(out) > 0:
			adjunct = false // coordinated bare verb: "will meet and discuss"
		default:
			continue
		}
		vg := &verbGroup{first: i, main: i, finite: !adjunct, adjunct: adjunct}
		j := i
		for ; j < len(toks) && (!quoted[j] || j > i && quotedAdverb(toks, quoted, j)); j++ {
			tj := toks[j]
			if quoted[j] {
				vg.last = j
				continue
			}
			if j > i && tj.tag == "JJ" && j+1 < len(toks) && toks[j+1].tag == "VBN" && toks[j-1].isVerb() {
				vg.last = j // "has long sought": prose tags "long" as an adjective
				continue
			}
			if j > i {
				ok := tj.isVerb() || tj.tag == "MD" || tj.tag == "RB" && j+1 < len(toks) && (toks[j+1].isVerb() || toks[j+1].tag == "RB" || toks[j+1].tag == "TO") ||
					negAdverbs[tj.lower] ||
					tj.tag == "TO" && j+1 < len(toks) && toks[j+1].tag == "VB" ||
					tj.tag == "RP"
				if !ok {
					break
				}
				if tj.tag == "VBG" && toks[j-1].isVerb() && !auxLemmas[x.lx.lemmatize(toks[j-1].lower, false)] {
					break // "started ramping": the gerund is an object, not part of the group
				}
			}
			if negAdverbs[tj.lower] {
				vg.negated = true
			}
			if tj.tag == "MD" && modalPossible[tj.lower] || hedgeAdverbs[tj.lower] {
				vg.modality = ModalityPossible
			}
			if tj.isVerb() {
				vg.main = j
			}
			vg.last = j
		}
		if vg.last < i {
			vg.last = i
		}
		// The main verb: the last verb unless an earlier non-auxiliary carries the
		// meaning ("agreed to begin" → agree; "is scheduled to meet" → meet).
		vg.main = -1
		for k := vg.first; k <= vg.last; k++ {
			if !toks[k].isVerb() {
				continue
			}
			l := x.lx.lemmatize(toks[k].lower, false)
			last := true
			for m := k + 1; m <= vg.last; m++ {
				if toks[m].isVerb() {
					last = false
				}
			}
			if auxLemmas[l] && !last {
				if l == "be" {
					vg.passive = true // provisional: confirmed below by a VBN main verb
				}
				continue
			}
			if vg.main < 0 || x.lx.raisingVerb[toks[vg.main].lower] {
				vg.main = k
			}
		}
		if vg.main < 0 {
			// A modal whose verb is quoted ("will “work together”") still heads a clause.
			if t.tag == "MD" {
				vg.main = i
			} else {
				i = vg.last
				continue
			}
		}
		if vg.first > 0 && negAdverbs[toks[vg.first-1].lower] && !quoted[vg.first-1] {
			vg.negated = !vg.negated // "X never visited Y"
		}
		vg.lemma = x.lx.lemmatize(toks[vg.main].lower, false)
		vg.passive = vg.passive && toks[vg.main].tag == "VBN" || adjunct && t.tag == "VBN"
		switch vg.lemma {
		case "be", "remain", "become", "seem", "appear":
			vg.copula = vg.main == vg.last
		}
		out = append(out, vg)
		i = vg.last
	}
	return out
}

// predicateText is the verb group as written, without leading auxiliaries of tense.
func predicateText(s *sentence, toks []token, vg *verbGroup) string {
	return s.textOf(toks[vg.first].start, toks[vg.last].end)
}

// npStartTag reports whether a token can start a noun phrase.
func npTag(t token) bool {
	switch t.tag {
	case "DT", "PDT", "PRP$", "JJ", "JJR", "JJS", "CD", "NN", "NNS", "NNP", "NNPS", "POS", "PRP", "FW", "$", "#":
		return true
	}
	return t.tag == "HYPH" || t.text == "-" && false
}

// nounPhraseAt returns the noun phrase starting at i (and its last token), or -1.
// "of"-phrases attach to it ("one-fifth of Ukraine's territory").
func nounPhraseAt(toks []token, i int, quoted []bool) int {
	if i >= len(toks) || quoted[i] || !npTag(toks[i]) {
		return -1
	}
	if toks[i].tag == "PRP" {
		return i
	}
	j := i
	last := -1
	for j < len(toks) && (!quoted[j] || j > i && quotedModifier(toks, quoted, j) > j) && (quoted[j] || npTag(toks[j]) || toks[j].tag == "RB" && j > i || toks[j].tag == "VBN" && j+1 < len(toks) && toks[j+1].isNoun() || toks[j].tag == "VBG" && j > i && j+1 < len(toks) && (toks[j+1].tag == "NN" || toks[j+1].tag == "NNS")) {
		if toks[j].tag == "PRP" || toks[j].tag == "DT" && j > i && toks[j-1].tag != "POS" || toks[j].tag == "PRP$" && j > i {
			break
		}
		if quoted[j] {
			j = quotedModifier(toks, quoted, j) // "a “lengthy and highly productive” phone call"
			continue
		}
		if toks[j].tag == "RB" {
			// "a partly conductive material": an adverb inside the phrase.
			if j == i || j+1 >= len(toks) || toks[j+1].tag != "JJ" && toks[j+1].tag != "VBN" {
				break
			}
		}
		if toks[j].isNoun() || toks[j].tag == "CD" || toks[j].tag == "PRP" {
			last = j
		}
		j++
	}
	if last < 0 && j == i && j+1 < len(toks) && toks[j+1].lower == "of" && quantityWords[toks[j].lower] {
		j++ // "much of a clue", "all of its powers": the quantity heads the phrase
	}
	if last < 0 && j > i && j < len(toks) && toks[j].lower == "of" && (toks[j-1].tag == "JJ" || toks[j-1].tag == "CD" || quantityWords[toks[j-1].lower]) {
		last = j - 1 // "one-fifth of …", "most of …": the quantity heads the phrase
	}
	if last < 0 {
		return -1
	}
	// "of" + noun phrase belongs to the head: "the root causes of the conflict",
	// "the importance of achieving a settlement".
	if last+2 < len(toks) && toks[last+1].lower == "of" {
		at := last + 2
		if toks[at].tag == "VBG" && at+1 < len(toks) {
			at++
		}
		if e := nounPhraseAt(toks, at, quoted); e >= 0 {
			return e
		}
	}
	return last
}

// nounPhraseEndingAt returns the first token of the noun phrase whose last token is k.
func nounPhraseEndingAt(toks []token, k int, quoted []bool) int {
	if k < 0 || quoted[k] {
		return -1
	}
	if toks[k].tag == "PRP" || toks[k].tag == "WP" || toks[k].tag == "DT" && demonstratives[toks[k].lower] && (k == 0 || !npTag(toks[k-1])) {
		return k
	}
	if !(toks[k].isNoun() || toks[k].tag == "CD") {
		return -1
	}
	i := k
	for i-1 >= 0 && !quoted[i-1] && (npTag(toks[i-1]) && toks[i-1].tag != "PRP" || toks[i-1].tag == "VBN" || toks[i-1].tag == "VBG" && i-2 >= 0 && toks[i-2].tag == "DT") {
		i--
		if toks[i].tag == "DT" || toks[i].tag == "PRP$" {
			if i-1 < 0 || toks[i-1].tag != "POS" && toks[i-1].tag != "PDT" && !quantityWords[toks[i-1].lower] {
				break
			}
		}
	}
	// "the root causes of the conflict": walk over "of" to the head phrase.
	if i-2 >= 0 && toks[i-1].lower == "of" {
		if s := nounPhraseEndingAt(toks, i-2, quoted); s >= 0 && (toks[i-2].isNoun()) && !toks[i-2].isProper() {
			return s
		}
	}
	return i
}
