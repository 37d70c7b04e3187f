package facts

import "newsgraph/extract/syntax"

// A noun phrase inside a prepositional phrase that the parser took for the
// subject of the verb after it, with the preposition read as the clause's
// subordinator: "problems with the US economy were still significant" parsed
// as "with [the US economy were significant]", "an ex-chief financial
// officer at Boeing has received a jail sentence" as "at [Boeing has
// received …]". A preposition opens no finite clause in English ("with",
// "at", "for" take a noun, a gerund or an absolute "with prices rising",
// never "with prices were rising"), so the noun is the preposition's object
// and what the verb says is said of the phrase the preposition completes.

// clauseMarkPrepositions are prepositions the parser hangs on a verb as its
// subordinator; none of them opens a finite clause with a noun subject.
var clauseMarkPrepositions = set(`with without of for at in on by from between among amongst over under into through against about within across`)

// whWords open an embedded question or free relative, which a preposition
// does take as a finite clause: "about who will pay", "on whether it has",
// "over how it should be funded".
var whWords = set(`who whom whose what which whatever whoever how whether when where why if`)

// finiteClause reports whether verb or predicate h is finite beyond doubt:
// a modal or a tensed auxiliary or copula, or a past tense of its own that
// no noun or participle spells the same way. A bare "hit", "shows" or
// "chart" is as often a noun the parser took for a verb ("the country hit
// Ring of Fire", "radio information show The Brains Trust"), and a bare
// past after "with" is the participle of an absolute ("with the cheese
// produced outside Greece").
func finiteClause(t *tree, toks []token, lx *lexicon, h int, absolute bool) bool {
	for _, c := range t.kids[h] {
		switch t.base(c) {
		case "aux", "cop":
			switch toks[c].tag {
			case "MD", "VBZ", "VBP", "VBD":
				return true
			}
		}
	}
	if absolute || t.upos[h] != "VERB" || toks[h].tag != "VBD" {
		return false
	}
	return lx.lemmatize(toks[h].lower, false) != toks[h].lower
}

// repairPrepositionSubject gives the noun that a preposition-marked finite
// clause took as its subject back to the preposition ("the US economy" to
// "with"), hung on the word right before the preposition ("problems"). The
// phrase that word heads is the clause's subject when the parse lets it
// be read so: the clause hangs on it ("as problems with the US economy were
// still significant" parsed with "were significant" a clause of
// "problems"), or it is the object of the verb the clause hangs on ("said
// the prospects for the economy remained bright" parsed with "prospects"
// said's object). Otherwise the clause is left without a subject: better
// none than one the sentence does not give.
func (t *tree) repairPrepositionSubject(toks []token, lx *lexicon) bool {
	changed := false
	for n := range toks {
		h := t.head[n]
		if t.base(n) != "nsubj" || h < 0 || n > h || t.upos[n] != "NOUN" && t.upos[n] != "PROPN" && t.upos[n] != "NUM" {
			continue
		}
		m := t.child(h, "mark")
		if m < 0 || m >= n || m == 0 || !clauseMarkPrepositions[toks[m].lower] {
			continue
		}
		if lo, _ := t.span(n, set(`acl:relcl acl appos punct`)); lo != m+1 {
			continue // a word between the preposition and the noun's phrase: "about what it sees"
		}
		wh := false
		clo, _ := t.span(h, nil)
		for k := min(clo, m) + 1; k < n; k++ { // "underlining how effective an investment in housing has been"
			wh = wh || whWords[toks[k].lower]
		}
		for k := m + 1; k < n; k++ {
			// "told MPs on Tuesday care was needed", "on the day testimony was
			// set to begin": the preposition opens a time, and the noun after
			// it starts the clause or a relative clause on the time
			wh = wh || temporalWords[toks[k].lower] && t.base(k) != "nmod" // not "in last week's election"
		}
		absolute := toks[m].lower == "with" || toks[m].lower == "without"
		if wh || !finiteClause(t, toks, lx, h, absolute) {
			continue
		}
		if w := toks[m+1].text; w != "" && w[0] >= 'A' && w[0] <= 'Z' && toks[m+1].tag != "NNP" && toks[m+1].tag != "NNPS" {
			continue // "against the dollar Analysts said …": a sentence that lost its full stop
		}
		x := m - 1
		rel := "nmod"
		switch t.upos[x] {
		case "NOUN", "NUM", "PRON":
		case "PROPN":
			if t.upos[n] == "PROPN" {
				continue // one name: "the Office for National Statistics said", "the News of the World picked up"
			}
		case "VERB":
			rel = "obl" // "Failure to comply with these measures could result in …"
		default:
			continue
		}
		for t.head[x] > x && (t.base(x) == "flat" || t.base(x) == "compound") {
			x = t.head[x]
		}
		for t.head[x] >= 0 && t.head[x] < x && t.base(x) == "flat" {
			x = t.head[x]
		}
		if t.dominates(n, x) {
			continue
		}
		subj := t.rel[n]
		t.head[n], t.rel[n] = x, rel
		t.head[m], t.rel[m] = n, "case"
		t.relink()
		changed = true
		if t.child(h, "nsubj", "nsubj:pass", "csubj", "expl") >= 0 {
			continue
		}
		// the phrase the preposition completes: "the prospects for the
		// country's booming economy", "year-on-year sales of new homes in
		// the US", "several of the 10 countries hit by the giant waves"
		s := x
		for t.head[s] >= 0 && t.head[s] < s && (t.base(s) == "nmod" || t.base(s) == "acl" && t.upos[s] == "VERB") &&
			(t.upos[t.head[s]] == "NOUN" || t.upos[t.head[s]] == "PROPN" || t.upos[t.head[s]] == "NUM") {
			s = t.head[s]
		}
		if rel != "nmod" || t.upos[s] == "VERB" {
			t.unhang(toks, h, s)
			continue
		}
		switch g := t.head[s]; {
		case g == h && s == x:
			// "as problems with the US economy were still significant": the
			// clause takes the noun's place, its preposition ("as") its mark
			r := t.rel[s]
			t.head[h] = t.head[s]
			switch syntax.BaseRel(r) {
			case "obl", "nmod", "advcl", "acl":
				t.rel[h] = "advcl"
			default:
				t.rel[h] = r
			}
			t.head[s], t.rel[s] = h, subj
			for _, c := range t.kids[s] {
				if t.base(c) == "case" && c < s {
					t.head[c], t.rel[c] = h, "mark"
				}
			}
		case g >= 0 && g == t.head[h] && t.base(s) == "obj" && s < h && t.upos[g] == "VERB" && clauseVerb(lx, toks[g].lower):
			// "he hoped agreement with several countries could be reached":
			// what was hoped is the clause, and the agreement its subject
			t.head[s], t.rel[s] = h, subj
			t.rel[h] = "ccomp"
		default:
			t.unhang(toks, h, s)
			continue
		}
		t.relink()
	}
	return changed
}

// clauseVerb reports whether the verb spelled w takes a clause as what is
// said, believed or shown ("hoped agreement … could be reached", "showing
// sales … had fallen"): a noun right after it can be that clause's subject.
func clauseVerb(lx *lexicon, w string) bool {
	l := lx.lemmatize(w, false)
	return clauseReportingVerbs[l] || beliefVerbs[l] || l == "show" || l == "mean" || l == "find"
}

// unhang keeps clause h, left without its subject, from borrowing the
// subject of the clause it hangs on when that subject lies outside the
// phrase s the preposition completes: "a deft header from Gudjohnsen
// levelled matters" hung on "Gallas knocked back across goal" is not
// Gallas's. A clause hung on a participle of the phrase ("a survey carried
// out in 2000 by Forrester Research found") still reads its subject
// through it, and a clause of saying keeps its place: it is what was said.
func (t *tree) unhang(toks []token, h, s int) {
	g := t.head[h]
	if g < 0 || t.base(h) != "advcl" && t.base(h) != "conj" {
		return
	}
	for _, b := range t.children(g, "nsubj", "nsubj:pass") {
		if reducedRelative(t, toks, g, b) {
			return // "a survey carried out in 2000 by Forrester Research found": the survey found
		}
		if t.upos[s] == "VERB" || !t.dominates(s, b) {
			t.rel[h] = "dep"
			return
		}
	}
}

// reducedRelative reports whether verb g, read as a clause with subject b,
// may be a past participle describing b ("a survey carried out …",
// "the many benefits secured through this deal"): a bare past tense right
// after its subject, not a relative clause of its own.
func reducedRelative(t *tree, toks []token, g, b int) bool {
	if toks[g].tag != "VBD" || t.rel[g] == "acl:relcl" || hasChild(t, g, "aux", "aux:pass") {
		return false
	}
	_, hi := t.span(b, set(`punct`))
	return hi+1 == g
}
