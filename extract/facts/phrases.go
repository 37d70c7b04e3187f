package facts

import "strings"

// Token-level noun-phrase scanning over prose's tags, kept for the
// coreference rules (coref.go), which note a sentence's noun phrases before
// its tree is read. Clauses and their arguments come from the tree.

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

func lastWord(s string) string {
	f := strings.Fields(strings.ToLower(s))
	if len(f) == 0 {
		return ""
	}
	return f[len(f)-1]
}
