package facts

import "strings"

// Phrases cut or glued: the parser sometimes splits one noun phrase in two
// at a word it could not place ("Kenya's athletics body", "the two-time
// London Marathon runner-up") or lets a sentence adverb open the subject's
// phrase ("Already particular businesses are …"). The repairs below (run by
// repair, tree.go) put the phrase back together before any fact is read; the
// gate check holds back a name the parse ran across a dash.

// repairDoubleObject reads "attacked government red tape and debt", parsed
// with "government" and "tape" two objects of "attacked", as one object: a
// bare singular noun (no determiner, nothing hung on it) right before another
// object that has no determiner of its own modifies it. Two objects are a
// recipient and a thing only when the first is a pronoun, a name, a plural
// or has a determiner ("gave the firm money", "charged customers fees"),
// which are left alone.
func (t *tree) repairDoubleObject(toks []token) bool {
	changed := false
	for b := 2; b < len(toks); b++ {
		v := t.head[b]
		// a second object with a preposition, a number or a determiner of
		// its own is a phrase of its own ("send data over long distances",
		// "threatened rain one moment")
		if v < 0 || v >= b || t.rel[b] != "obj" || t.upos[b] != "NOUN" || hasChild(t, b, "det", "nmod:poss", "case", "nummod") {
			continue
		}
		blo, bhi := t.span(b, nil)
		if !onlyModifiersBefore(t, toks, b, blo) || punctIn(toks, blo, bhi) {
			continue // "send data over long distances", "losing money fast - albeit …"
		}
		a := blo - 1
		if a <= v || t.head[a] != v || t.rel[a] != "obj" || toks[a].tag != "NN" || t.upos[a] != "NOUN" || len(t.kids[a]) > 0 {
			continue
		}
		t.head[a], t.rel[a] = b, "compound"
		changed = true
	}
	return changed
}

// repairThanksToGerund reads "posted a record profit thanks to cost-cutting
// measures", parsed with "to" marking "cost-cutting" as an infinitive on
// "thanks", as "thanks to" before a noun phrase: "cost-cutting" is an
// adjective on "measures", and "to" the noun's preposition, the shape
// repairThanksTo then reads.
func (t *tree) repairThanksToGerund(toks []token) bool {
	changed := false
	for k := 1; k+3 < len(toks); k++ {
		if toks[k].lower != "thanks" || toks[k+1].lower != "to" || t.rel[k+1] != "mark" {
			continue
		}
		n := t.head[k+1]
		if n != k+2 || toks[n].tag != "VBG" || t.head[n] != k {
			continue
		}
		m := t.child(n, "obj")
		if m <= n || t.upos[m] != "NOUN" {
			continue
		}
		for _, c := range t.kids[n] {
			if c != m && c != k+1 {
				t.head[c] = m
			}
		}
		t.head[m], t.rel[m] = k, "nmod"
		t.head[n], t.rel[n] = m, "amod"
		t.head[k+1], t.rel[k+1] = m, "case"
		changed = true
	}
	return changed
}

// repairFrontedPhrase reads "In just 12 months phishing has established
// itself", parsed with "months" a compound of the subject "phishing", as what
// it is: a noun with a preposition of its own heads a prepositional phrase,
// never part of the noun after it, and before a subject such a phrase says
// when, where or how of the clause: it hangs on the verb.
func (t *tree) repairFrontedPhrase(toks []token) bool {
	changed := false
	for k := range toks {
		n := t.head[k]
		if t.rel[k] != "compound" || n <= k || !subjectRel(t.rel[n]) || t.head[n] < 0 {
			continue
		}
		// the preposition opens the whole subject's phrase, and the noun
		// closes its own ("In August 2004 Chinese authorities" is left alone)
		c := t.child(k, "case")
		if c < 0 || c > k || t.upos[c] != "ADP" {
			continue
		}
		if nlo, _ := t.span(n, nil); nlo != c {
			continue
		}
		if _, khi := t.span(k, nil); khi != k {
			continue
		}
		t.head[k], t.rel[k] = t.head[n], "obl"
		changed = true
	}
	return changed
}

// repairDoubleSubject reads "Kenya's athletics body has reversed …" and "The
// groundbreaking Commodore 64 computer elicits …", parsed with two subjects
// of one verb, as one subject: a clause has one subject, and two nouns next
// to each other with nothing between them are one phrase whose head is the
// later noun. The earlier noun, with what hangs on it (its determiner, its
// possessor, a name the parser set beside it), becomes the later one's
// modifier.
func (t *tree) repairDoubleSubject(toks []token) bool {
	changed := false
	for b := 1; b < len(toks); b++ {
		v := t.head[b]
		if v < 0 || v <= b || !subjectRel(t.rel[b]) || !nounUpos(t.upos[b]) {
			continue
		}
		for _, a := range t.kids[v] {
			if a >= b || t.rel[a] != t.rel[b] || !nounUpos(t.upos[a]) {
				continue
			}
			lo, hi := t.span(a, nil)
			blo, _ := t.span(b, nil)
			// a noun with a determiner of its own opens a phrase of its own
			// ("Sri Lanka … are the two countries the ADB fears are …")
			if hi+1 != blo || lo > a || noPhraseBetween(toks, hi, blo) || hasChild(t, b, "det", "nmod:poss") {
				continue
			}
			if _, core := t.span(a, map[string]bool{"appos": true, "flat": true}); core != a {
				// "Revenues at media group Reuters slipped": the earlier
				// noun's phrase ends in a noun of its own ("group"); a name
				// after it is that noun's, and the earlier noun stays the
				// subject
				if core == hi && toks[b].isProper() && nounUpos(t.upos[hi]) && !toks[hi].isProper() && len(t.kids[b]) == 0 {
					t.head[b], t.rel[b] = hi, "appos"
					changed = true
				}
				continue
			}
			// what the parser set beside the earlier noun inside the gap
			// (an apposition, a flat name) is part of the later noun's phrase
			for _, c := range t.kids[a] {
				switch {
				case c > a && (t.base(c) == "appos" || t.base(c) == "flat"):
					t.head[c], t.rel[c] = b, "compound"
				case c < a && (t.rel[c] == "nmod:poss" || t.rel[c] == "det"):
					// "Kenya's", "The": they open the whole phrase
					t.head[c] = b
				}
			}
			t.head[a], t.rel[a] = b, modifierRel(toks[a])
			changed = true
		}
	}
	return changed
}

// repairBareApposition reads "suspended the two-time London Marathon
// runner-up" and "its latest third-generation (3G) device", parsed with the
// later common noun an apposition of the earlier, as one phrase headed by the
// later noun. A true apposition is set off by a comma or a dash ("Mr Smith,
// the chairman"); one that follows its noun with no punctuation between, and
// is itself a common noun, is the rest of the phrase. A name after a
// description ("marathon runner Susan Chepkemei") is left alone: the name
// rules read it.
func (t *tree) repairBareApposition(toks []token) bool {
	changed := false
	for y := 1; y < len(toks); y++ {
		x := t.head[y]
		// an age standing for a person ("the 28-year-old") is read through
		// to whom it stands for; it keeps its own phrase
		if x < 0 || x >= y || t.base(y) != "appos" || t.upos[y] != "NOUN" || t.upos[x] != "NOUN" || toks[y].isProper() || strings.HasSuffix(toks[x].lower, "-old") {
			continue
		}
		ylo, _ := t.span(y, nil)
		// "a documentary its best film", "30 times the amount": a noun with
		// a determiner of its own opens a phrase of its own
		if isPunctTag(toks[ylo].tag) || hasChild(t, y, "det", "nmod:poss") || !onlyBracketsBetween(t, toks, x, ylo) {
			continue
		}
		// y takes x's place in the sentence; x and the rest of its phrase
		// before y hang on y
		t.head[y], t.rel[y] = t.head[x], t.rel[x]
		t.head[x], t.rel[x] = y, modifierRel(toks[x])
		for _, c := range t.kids[x] {
			if c > y {
				t.head[c] = y // what followed the whole phrase is y's now
			}
		}
		changed = true
	}
	return changed
}

// repairOpeningAdverb reads "Already particular businesses are threatened",
// parsed with "Already" a modifier of the subject noun, as what it is: a word
// that opens the sentence and says when or how of the clause modifies the
// verb. Only adverbs that never limit a noun are moved ("Only three people
// came", "Just 12 people" keep theirs).
func (t *tree) repairOpeningAdverb(toks []token) bool {
	changed := false
	for k := range toks {
		n := t.head[k]
		if t.rel[k] != "advmod" || n < 0 || n <= k || !clauseAdverbs[toks[k].lower] || !nounUpos(t.upos[n]) || !opensSentence(toks, k) {
			continue
		}
		v := t.head[n]
		if v < 0 || !subjectRel(t.rel[n]) {
			continue
		}
		t.head[k] = v
		changed = true
	}
	return changed
}

// clauseAdverbs say when, or how things stand, of a whole clause.
var clauseAdverbs = set(`already now meanwhile currently recently still yet however nevertheless nonetheless later earlier then today yesterday`)

func subjectRel(r string) bool { return r == "nsubj" || r == "nsubj:pass" }

func nounUpos(u string) bool { return u == "NOUN" || u == "PROPN" }

// modifierRel is the relation a word takes when it turns out to modify the
// noun after it: an adjective's, or a noun's.
func modifierRel(tk token) string {
	if strings.HasPrefix(tk.tag, "JJ") {
		return "amod"
	}
	return "compound"
}

// noPhraseBetween reports whether the boundary between tokens hi and hi+1
// (= lo) is one a phrase does not cross: punctuation or a conjunction.
func noPhraseBetween(toks []token, hi, lo int) bool {
	return hi < 0 || lo >= len(toks) || toks[hi].tag == "CC" || toks[lo].tag == "CC" || isPunctTag(toks[hi].tag) || isPunctTag(toks[lo].tag)
}

// onlyBracketsBetween reports whether tokens x+1 … end-1 are nothing or a
// bracketed phrase hung on x ("third-generation (3G) device").
func onlyBracketsBetween(t *tree, toks []token, x, end int) bool {
	if end == x+1 {
		return true
	}
	if end < x+3 || toks[x+1].text != "(" || toks[end-1].text != ")" {
		return false
	}
	for k := x + 2; k < end-1; k++ {
		if !t.dominates(x, k) || toks[k].text == "(" || toks[k].text == ")" {
			return false
		}
	}
	return true
}

func isPunctTag(tag string) bool {
	return tag == "," || tag == "." || tag == ":" || tag == "HYPH" || tag == "-LRB-" || tag == "-RRB-" || tag == "``" || tag == "''" || tag == "NFP"
}

// dashInName reports whether the name of argument a runs across a dash set
// off by spaces ("44% stake - contributed 1.7bn euros", "pounds 35bn - pounds
// 2.5bn less"): such a dash opens or closes an aside, and a noun phrase does
// not run across it; the parse glued two phrases (judged set: 4 of 5 wrong).
func dashInName(a arg) bool {
	if a.ent == nil {
		return false
	}
	for _, d := range []string{" - ", " – ", " — "} {
		if strings.Contains(a.ent.name, d) {
			return true
		}
	}
	return false
}

// onlyModifiersBefore reports whether the words of k's phrase before it,
// from lo, are adjectives and nouns hung on it as such ("red tape", "library
// information"), not "over long distances".
func onlyModifiersBefore(t *tree, toks []token, k, lo int) bool {
	for _, c := range t.kids[k] {
		if c < k && t.base(c) != "amod" && t.base(c) != "compound" {
			return false
		}
	}
	for i := lo; i < k; i++ {
		if !strings.HasPrefix(toks[i].tag, "JJ") && !strings.HasPrefix(toks[i].tag, "NN") {
			return false
		}
	}
	return true
}

// punctIn reports whether tokens lo … hi hold punctuation.
func punctIn(toks []token, lo, hi int) bool {
	for k := max(lo, 0); k <= hi && k < len(toks); k++ {
		if isPunctTag(toks[k].tag) {
			return true
		}
	}
	return false
}
