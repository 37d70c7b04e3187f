package facts

import "strings"

// Wrong arguments taken from the wrong place in the sentence: conjuncts
// that the parse coordinates with an argument but the sentence does not.

// notConjunctOf reports whether conj c of head h is no second thing beside h
// although the parse coordinates them, so an argument at h must not spread
// to it:
//   - "Unemployment levels, in percentage terms, are heading …": a conjunct
//     opened by its own preposition while h has none is a phrase set off by
//     commas, not another subject;
//   - "seen by supporters as …, the so-called oligarchs": a conjunct that no
//     "and"/"or" joins — neither on it nor on any other conjunct of h, and
//     none after it in the sentence (the parse often hangs a list's "and"
//     on the wrong word) — and that does not follow h's phrase right after
//     its comma is a fragment the parse hung far back, not a list item.
func notConjunctOf(t *tree, toks []token, h, c int) bool {
	if k := t.child(c, "case"); k >= 0 && t.upos[k] == "ADP" && t.child(h, "case") < 0 && t.child(c, "cc") < 0 && !exampleCase(toks, k) {
		return true
	}
	_, hi := t.span(h, set(`conj cc punct`))
	lo, _ := t.span(c, set(`punct`))
	if adjoins(t, h, c, hi, lo) {
		return false // "the administrator, turnaround expert Enrico Bondi", "in Australia, Finland, Brazil": an apposition the parse coordinated, or a list
	}
	for k := c + 1; k < len(t.upos); k++ {
		if t.upos[k] == "CCONJ" {
			return false // "include Boots, Burberry, Mothercare and …" with the "and" hung elsewhere
		}
	}
	// the whole coordination: the parse chains a list "A, B, C and D" as
	// often as it hangs every item on the first
	r := h
	for steps := 0; t.rel[r] == "conj" && t.head[r] >= 0 && steps < len(t.head); steps++ {
		r = t.head[r]
	}
	return !coordinated(t, r, 0)
}

// coordinated reports whether some conjunct below k (through conj links)
// carries its own "and"/"or".
func coordinated(t *tree, k, depth int) bool {
	if depth > len(t.head) {
		return false
	}
	for _, s := range t.children(k, "conj") {
		if t.child(s, "cc") >= 0 || coordinated(t, s, depth+1) {
			return true
		}
	}
	return false
}

// afterToken keeps the arguments that do not lie after token k, where a
// relative clause opens: "a production which included the music …, complex
// choreography and lighting" — what the parse coordinates with the
// antecedent after its relative clause did not do what the clause says ("a
// man who left, and a woman"); the antecedent's own conjuncts come before
// it ("the men and women who left").
func afterToken(k int, args []arg) []arg {
	out := args[:0:0]
	for _, a := range args {
		if a.first > k {
			continue
		}
		out = append(out, a)
	}
	return out
}

// exampleCase reports whether the preposition at k opens an example or a
// companion of the noun before it ("services, like Napster, …", "five men,
// along with four others, …", "such as", "as well as"): what is said of the
// noun is said of it too, so it stays a second argument.
func exampleCase(toks []token, k int) bool {
	switch toks[k].lower {
	case "like", "plus", "alongside", "along", "together":
		return true
	case "as":
		return k > 0 && (toks[k-1].lower == "such" || toks[k-1].lower == "well")
	case "with":
		return k > 0 && (toks[k-1].lower == "along" || toks[k-1].lower == "together")
	}
	return false
}

// adjoins reports whether conjunct c follows its head h's own phrase (which
// ends at hi) with nothing between but punctuation and h's other conjuncts:
// c opens at lo.
func adjoins(t *tree, h, c, hi, lo int) bool {
	sibs := t.children(h, "conj")
	for k := hi + 1; k < lo; k++ {
		if t.upos[k] == "PUNCT" {
			continue
		}
		in := false
		for _, s := range sibs {
			if s != c && t.dominates(s, k) {
				in = true
				break
			}
		}
		if !in {
			return false
		}
	}
	return true
}

// repairMisplacedArguments rehangs arguments the parser put in the wrong
// place of the sentence:
//   - "In the Labour Party he has been regarded as …" with the fronted
//     phrase taken for a second subject: a noun subject opened by its own
//     preposition beside another subject of the same verb is an oblique;
//   - "as Mr Kilroy-Silk and Ms Kelly, a Cabinet Office minister, arrived"
//     with the apposition hung on the first of the pair: an apposition that
//     follows a later, named conjunct right after its comma describes that
//     conjunct.
func (t *tree) repairMisplacedArguments(toks []token) bool {
	changed := false
	for k := range toks {
		b := t.base(k)
		if b != "nsubj" || t.upos[k] != "NOUN" && t.upos[k] != "PROPN" {
			continue
		}
		c := t.child(k, "case")
		if c < 0 || t.upos[c] != "ADP" || c > k {
			continue
		}
		if lo, _ := t.span(k, nil); lo != c {
			continue // the preposition opens the phrase ("In the Labour Party")
		}
		other := false
		for _, s := range t.children(t.head[k], "nsubj", "nsubj:pass") {
			other = other || s != k && t.child(s, "case") < 0
		}
		if other {
			t.rel[k] = "obl"
			changed = true
		}
	}
	// "came mainly from outside western Europe", "strong demand outside
	// western Europe" with the preposition tagged an adjective: it opens the
	// phrase as a preposition, and the place is where it is not
	for k := range toks {
		n := t.head[k]
		if t.rel[k] != "amod" || toks[k].tag != "JJ" || n < 0 || !outsideWords[toks[k].lower] {
			continue
		}
		if lo, _ := t.span(n, set(`punct case`)); lo != k {
			continue
		}
		t.rel[k] = "case"
		if t.rel[n] == "appos" {
			t.rel[n] = "nmod"
		}
		changed = true
	}
	for a := range toks {
		h := t.head[a]
		if t.rel[a] != "appos" || h < 0 || h > a || a < 2 || t.upos[a] != "NOUN" && t.upos[a] != "PROPN" || t.child(a, "cop") >= 0 {
			continue
		}
		for _, c := range t.children(h, "conj") {
			// a named conjunct: "the founder and ex-chief executive, Mikhail
			// Khodorkovsky" names the one both nouns describe
			if c < h || c > a || t.child(c, "cc") < 0 || t.upos[c] != "PROPN" {
				continue
			}
			_, hi := t.span(c, set(`punct appos`))
			lo, _ := t.span(a, set(`punct`))
			if hi+2 == lo && toks[hi+1].text == "," && !t.dominates(a, c) {
				t.head[a] = c
				changed = true
			}
		}
	}
	return changed
}

// durationNouns name a stretch of time ("minutes" and "times" are left
// out: "expected the minutes to show", "at times").
var durationNouns = set(`time day days week weeks month months year years hour hours night nights season seasons weekend weekends decade decades spell`)

// durationObject reports whether token k is a stretch of time that is the
// object of a verb ("spend the next three days", "get extra time", "wasted
// little time"): a clause hung on it ("… based at the hotel", "… to comply",
// "… regretting") is done by the verb's subject, never by the time.
func durationObject(t *tree, toks []token, k int) bool {
	if k < 0 || !durationNouns[toks[k].lower] || t.base(k) != "obj" {
		return false
	}
	h := t.head[k]
	return h >= 0 && t.upos[h] == "VERB"
}

// durationClause reports whether participle p hung on the stretch of time h
// tells what the verb's subject does in it: an infinitive ("has had four
// years to prepare"), a present participle right after the phrase ("spent two days being cross-examined", not "two decades of
// blistering growth"), or a past one after "spend" ("spend the next three
// days based at the hotel"; "deny people the relaxed hours enjoyed
// elsewhere" describes the hours).
func durationClause(t *tree, toks []token, h, p int) bool {
	if t.upos[p] != "VERB" || p == 0 || toks[p-1].tag == "IN" {
		return false
	}
	switch toks[p].tag {
	case "VBG":
		return true
	case "VB":
		m := t.child(p, "mark") // "has had four years to prepare"
		return m >= 0 && toks[m].lower == "to"
	case "VBN":
		v := toks[t.head[h]].lower
		return strings.HasPrefix(v, "spen")
	}
	return false
}

// durationVerb returns the verb whose stretch of time clause p tells what is
// done in ("spend the next three days based at …", "get extra time to
// comply"), or -1.
func durationVerb(t *tree, toks []token, p int) int {
	h := t.head[p]
	if h < 0 || t.upos[p] != "VERB" {
		return -1
	}
	switch t.rel[p] {
	case "acl":
		if durationObject(t, toks, h) && durationClause(t, toks, h, p) {
			return t.head[h]
		}
	case "xcomp":
		if o := t.child(h, "obj"); o >= 0 && o < p && durationObject(t, toks, o) && t.upos[h] == "VERB" {
			return h
		}
	}
	return -1
}

// intoObject returns the object of verb h that does what gerund p, opened by
// "into", says ("trick people into handing over details", "lull players
// into remaining at the tables"), or -1: the object of a verb of pushing
// someone into something, or a who, and not one that is the subject again
// ("deluded itself into believing" is the subject's belief).
func intoObject(d *docState, si, h, p int) int {
	t, toks := d.sents[si].tree, d.sents[si].toks
	if h < 0 || toks[p].tag != "VBG" || t.upos[h] != "VERB" {
		return -1
	}
	o := t.child(h, "obj")
	if o < 0 || o > p || strings.HasSuffix(toks[o].lower, "self") || strings.HasSuffix(toks[o].lower, "selves") {
		return -1
	}
	if !intoVerbs[d.verbLemma(si, h)] && !d.personLike(si, o) {
		return -1 // "ploughed an enormous amount of effort into protecting people": the effort protects no one
	}
	return o
}

// intoVerbs move someone into doing something: their object does it.
var intoVerbs = set(`trick lure lull coax con dupe fool push pressure pressurise pressurize force drive tempt recruit bully
	talk persuade deceive manipulate mislead frighten scare shame goad cajole entice seduce provoke hoodwink panic rush`)

// passivePurposeNoun returns the noun that passive infinitive p ("to be
// managed by …"), hung on verb h as a purpose, says what is done to, or -1:
// a thing (no who, no place) that is h's object or oblique and ends right
// before the "to" at m. "will put money in a special fund to be managed by a
// charity" — the fund is managed, not the bank that puts the money in;
// "moved to Paris to be coached by him" is the mover's.
func passivePurposeNoun(d *docState, si, h, p, m int) int {
	t, toks := d.sents[si].tree, d.sents[si].toks
	if toks[m].lower != "to" || m < 1 || t.child(p, "aux:pass") < 0 || t.upos[h] != "VERB" {
		return -1
	}
	for _, n := range t.children(h, "obj", "obl") {
		if n > m || t.upos[n] != "NOUN" {
			continue
		}
		if _, hi := t.span(n, argDrop); hi != m-1 || d.personLike(si, n) {
			continue
		}
		if mm := d.mentionAt(si, n); mm != nil && mm.ent != nil && (mm.ent.typ == TypeGPE || mm.ent.typ == TypeLoc || mm.ent.typ == TypePerson) {
			continue
		}
		return n
	}
	return -1
}

// outsideWords are prepositions of place the tagger takes for adjectives.
var outsideWords = set(`outside beyond`)

// listPastClause returns the token after which h's conjuncts continue a
// list inside h's own relative clause rather than h's coordination, or -1: "cited as a production which included the music of
// Spears, supported by costumes, complex choreography as well as video,
// lighting and other effects" — the parse hangs the clause's list on
// "production", but the first item after the clause follows a bare comma,
// no "and", so it and the items after it belong to the clause. A second
// thing with its own "and" ("a man who left early, and a woman") is h's,
// and so is a list of things each with its own infinitive or participle
// ("attempts to bring in X, plans to lower Y", "commuters wanting X, game
// fans looking for Y").
func listPastClause(t *tree, toks []token, h int) int {
	if whWords[toks[h].lower] {
		return -1 // "the issues were what he referred to as the war, the situation and …": what he named is the list
	}
	start := -1
	for _, r := range t.children(h, "acl:relcl") {
		if r < h {
			continue
		}
		if lo, _ := t.span(r, nil); start < 0 || lo < start {
			start = lo
		}
	}
	if start < 0 {
		return -1
	}
	for _, c := range t.children(h, "conj") {
		if c > start {
			if t.child(c, "cc") >= 0 {
				return -1
			}
			return start
		}
	}
	return -1
}

// subjectControlAdjectives describe someone as set to do something, so an
// object they are predicated of ("made him determined to win", "left them
// free to leave") is who would do it. Adjectives of ease ("made it harder
// to brake", "makes the deficit easier to fund") are left out: their
// object is what the infinitive is done to, or no one.
var subjectControlAdjectives = set(`determined able unable willing unwilling eager keen ready anxious desperate reluctant free
	hungry motivated inclined prepared resolved`)

// repairPerfectParticiple rehangs a perfect participle ("having gained",
// "having first bought") that the parse hung on the noun before it as the
// adverbial it is: "Caprice, who left in the fourth eviction having gained
// just 5% of the vote" — Caprice gained it, not the eviction. It hangs on
// the verb whose phrase holds the noun, whose subject it shares. After
// "with" the noun is the participle's own subject ("with improvements
// having been made") and stays.
func (t *tree) repairPerfectParticiple(toks []token) bool {
	changed := false
	for p := range toks {
		n := t.head[p]
		if toks[p].lower != "having" || t.base(p) != "acl" || n < 0 || n > p || t.upos[n] != "NOUN" && t.upos[n] != "PROPN" {
			continue
		}
		if c := t.child(n, "case"); c >= 0 && (toks[c].lower == "with" || toks[c].lower == "without") {
			continue
		}
		perfect := false // "having gained", not "a priest having an affair", "businesses having to pay"
		for _, c := range t.kids[p] {
			perfect = perfect || c > p && toks[c].tag == "VBN" && t.upos[c] == "VERB"
		}
		if !perfect {
			continue
		}
		v := t.head[n]
		for v >= 0 && t.upos[v] != "VERB" {
			v = t.head[v]
		}
		if v < 0 || t.dominates(p, v) {
			continue
		}
		t.head[p], t.rel[p] = v, "advcl"
		changed = true
	}
	return changed
}

// repairResultClause reads "so many were visiting the sites that some
// webpages were struggling to cope", "reached such astronomical proportions
// that foreigners may choose not to hold dollars", parsed as a relative
// clause on the noun before "that", as the clause of result it is: after
// "so" or "such" in the clause above, a "that" clause with a subject of its
// own says what followed, and "that" is its mark, not a relative word
// standing for the sites.
func (t *tree) repairResultClause(toks []token) bool {
	changed := false
	for r := range toks {
		a := t.head[r]
		if t.rel[r] != "acl:relcl" || a < 0 || a > r {
			continue
		}
		th := -1
		for _, c := range t.kids[r] {
			if toks[c].lower == "that" && c < r {
				th = c
			}
		}
		sb := t.child(r, "nsubj", "nsubj:pass")
		if th < 0 || th != a+1 || sb < 0 || sb == th {
			continue
		}
		v := t.head[a]
		for v >= 0 && t.upos[v] != "VERB" && t.child(v, "cop") < 0 {
			v = t.head[v]
		}
		if v < 0 {
			continue
		}
		lo, _ := t.span(v, set(`acl:relcl`))
		degree := false
		for k := lo; k < a; k++ {
			w := toks[k].lower
			degree = degree || (w == "so" || w == "such") && t.dominates(v, k)
		}
		if !degree {
			continue
		}
		t.head[r], t.rel[r] = v, "advcl"
		t.head[th], t.rel[th] = r, "mark"
		changed = true
	}
	return changed
}

// repairFrontedParticiple reads "Named home secretary after the 2001
// election, Mr Blunkett had seen …", parsed with the participle an
// adjective on "secretary" and "secretary" a second subject of "seen", as
// the fronted participle clause it is: the participle opening the sentence
// is an adverbial of the verb, the noun after it its complement, and the
// subject after the comma the one subject (Blunkett was named home
// secretary).
func (t *tree) repairFrontedParticiple(toks []token) bool {
	changed := false
	for a := range toks {
		v := t.head[a]
		if t.rel[a] != "nsubj" && t.rel[a] != "nsubj:pass" || v < 0 || v < a || !nounUpos(t.upos[a]) {
			continue
		}
		lo, hi := t.span(a, nil)
		p := lo
		if toks[p].tag == "``" && p+1 < a {
			p++
		}
		if toks[p].tag != "VBN" || t.head[p] < 0 || !t.dominates(a, t.head[p]) || t.base(p) != "amod" {
			continue
		}
		// a second subject of v after a comma that closes the fronted phrase
		other := -1
		for _, b := range t.children(v, "nsubj", "nsubj:pass") {
			if b > a {
				other = b
			}
		}
		if other < 0 {
			continue
		}
		comma := false
		for k := hi + 1; k < other; k++ {
			comma = comma || toks[k].text == ","
		}
		if !comma {
			continue
		}
		t.head[p], t.rel[p] = v, "advcl"
		t.head[a], t.rel[a] = p, "xcomp"
		changed = true
	}
	return changed
}

// repairOuterSubject reads "The problem is that the club is still in debt",
// parsed with "problem" and "club" both subjects of "debt", as the outer
// frame it is: the clause after "that" has its own subject, and what the
// noun before "is" names (the problem, the only positive) is not in debt.
// The outer noun is set apart ("nsubj:outer" is the UD label; a plain
// dependent here, so no clause reads it as its subject).
func (t *tree) repairOuterSubject(toks []token) bool {
	changed := false
	for h := range toks {
		subs := t.children(h, "nsubj", "nsubj:pass")
		if len(subs) < 2 {
			continue
		}
		n1, n2 := subs[0], subs[len(subs)-1]
		m, cop := -1, -1
		for _, c := range t.kids[h] {
			switch {
			case t.base(c) == "mark" && toks[c].lower == "that" && c > n1 && c < n2:
				m = c
			case t.base(c) == "cop" && c > n1 && c < n2:
				cop = c
			}
		}
		if m < 0 || cop < 0 || cop > m {
			continue
		}
		t.rel[n1] = "dep"
		t.rel[cop] = "dep"
		changed = true
	}
	return changed
}
