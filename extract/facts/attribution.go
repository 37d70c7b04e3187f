package facts

import (
	"slices"
	"strings"
	"unicode"
)

// This file finds who said what in the tree: a reporting verb (a cue) with
// the clause it reports (ccomp: "said that …", "said a win would …"), with
// the clause it interrupts or follows ("…, he said", "…, said Ms Short"),
// with an infinitive ("promised to …") or, for verbs that judge, with its
// object ("criticised the plan"); and "according to X". The speaker is the
// cue's subject — through coordination ("… and added that"), participles
// ("…, saying that …") and relative clauses — or its passive agent.

// minCueCount and minCueShare decide which verbs learned from PolNeAR's train
// split count as cues when reading attributions: seen heading a cue at least
// this often, and doing so in at least this share of the times their forms
// are written. Chosen on train: at 0.33 "support", "want" and "endorse"
// (nouns as often as verbs) were lost; at 0.10 "spend", "put" and "raise"
// came in (content F1 0.648 at 0.15, 0.645 at 0.10, 0.639 at 0.33).
const (
	minCueCount = 5
	minCueShare = 0.15
)

// minFormShare is the stricter share a single form must reach to count as
// a reporting verb everywhere else (tagging, facts under attribution): there
// a verb such as "sign" or "find" must not read as speech.
const minFormShare = 0.33

// contentNouns take a "that" clause saying what they contain, without
// anyone saying it: "despite concerns that …", "the fact that …".
var contentNouns = set(`concern fear hope sign evidence possibility idea fact news impression perception sense
	feeling indication likelihood chance notion signal suggestion rumor rumour report criticism speculation doubt
	expectation assumption worry`)

// cueNouns name what someone said or holds and take it as a "that" clause:
// "Trump's claim that …", "the report's finding that …".
var cueNounLemmas = set(`claim statement assertion argument suggestion allegation warning promise belief view
	position comment remark finding conclusion accusation charge insistence denial admission announcement
	estimate prediction assessment contention complaint concern fear hope insistence message threat vow pledge
	testimony acknowledgment acknowledgement`)

// objectCues judge or describe what they take as object; the object is what
// the source says about: "Trump criticised the deal" attributes a view of the
// deal to Trump.
var objectCues = set(`criticize criticise praise endorse accuse blame defend condemn welcome attack slam blast
	denounce mock question dismiss reject deny describe call label brand applaud hail decry lambast
	rebuke chide warn thank congratulate cite support back oppose favor favour`)

// infinitiveCues report an intention or a demand: "vowed to …", "urged X to …".
var infinitiveCues = set(`promise vow pledge threaten refuse decline urge ask call demand expect plan hope
	intend offer`)

// minObjectShare is the share of its uses in which a learned cue introduces
// an attribution above which its object is what is attributed: news writes
// "endorsed Clinton", "blasted the deal", "cited the report" as attributions;
// below it ("signed the bill", "found the money") the object is a thing done.
// Chosen on train: 0.33 → 0.20 took indirect content recall 0.532 → 0.541
// (content F1 0.670 → 0.671) with deedVerbs kept out; at 0.12 it gained
// 0.003 more for 0.003 of F1.
const minObjectShare = 0.2

// deedVerbs act on their object — a thing made, signed, filed or released,
// a person hired or fired — however often PolNeAR's annotators read their
// sentences as attributions: "signed the agreement" says nothing.
var deedVerbs = set(`sign hire fire appoint launch file publish release open block strike introduce go
	deliver cover watch devote expose attempt offer issue appear present broadcast lay follow`)

var reflexives = set(`myself yourself himself herself itself ourselves yourselves themselves`)

// addresseeVerbs take the person spoken to as object, not what is said.
var addresseeVerbs = set(`tell ask inform assure remind warn urge advise notify brief persuade encourage
	thank congratulate order answer call`)

// clauseCues report what was said as a clause; an object the parser gives
// them is the clause's subject cut off ("said the minimum age … would be
// reduced"), never a fact about the speaker and that noun.
var clauseCues = set(`say tell state add note write report announce claim insist argue explain suggest
	reveal confirm warn stress reply respond remark declare assert acknowledge admit`)

// learnedObjectCues are the learned cues whose object is what they attribute.
func learnedObjectCues(lx *lexicon) map[string]bool {
	out := map[string]bool{}
	for w, c := range polnearCues {
		if c.cue >= minCueCount && float64(c.cue) >= minObjectShare*float64(c.seen) {
			if l := lx.lemmatize(w, false); !addresseeVerbs[l] && !deedVerbs[l] {
				out[l] = true
			}
		}
	}
	return out
}

// learnedCues are the learned reporting verbs: a form that heads cues often
// enough makes its verb one.
func learnedCues(lx *lexicon) map[string]bool {
	out := map[string]bool{}
	for w, c := range polnearCues {
		if c.cue >= minCueCount && float64(c.cue) >= minFormShare*float64(c.seen) {
			out[lx.lemmatize(w, false)] = true
		}
	}
	return out
}

// attributionCues are the verbs read as cues when looking for attributions:
// the learned ones judged on all their forms together, so a verb used as
// often as a noun ("support", "want") still counts.
func attributionCues(lx *lexicon) map[string]bool {
	out := map[string]bool{}
	for l, c := range cueLemmas(lx) {
		if c.cue >= minCueCount && float64(c.cue) >= minCueShare*float64(c.seen) {
			out[l] = true
		}
	}
	for l := range lx.cues {
		out[l] = true
	}
	return out
}

// cueLemmas sums the learned table over the forms of each verb: "endorsed",
// "endorses" and "endorsing" are one cue, judged on all its uses together,
// so a verb seen rarely in each form still counts.
func cueLemmas(lx *lexicon) map[string]cueCount {
	out := map[string]cueCount{}
	for w, c := range polnearCues {
		l := lx.lemmatize(w, false)
		o := out[l]
		o.cue += c.cue
		o.seen += c.seen
		out[l] = o
	}
	return out
}

// isCue reports whether token k is a reporting verb.
func (d *docState) isCue(si, k int) bool {
	s := d.sents[si]
	if s.tree == nil || s.tree.upos[k] != "VERB" {
		return false
	}
	if s.toks[k].isCap() && !titleCase(tokenTexts(s.toks)) && (k > 0 && s.toks[k-1].tag != "``" || k+2 < len(s.toks) && s.toks[k+1].lower == "of" && s.toks[k+2].isCap()) {
		return false // a title or a name: "Call of Duty", "the Promise party"
	}
	l := d.verbLemma(si, k)
	if d.x.opts.SingleSentence {
		// Open IE over lone sentences: "X supported Y" is already the
		// relation tuple of its verb; only speech verbs make statements there.
		return d.x.lx.cues[l]
	}
	if infinitiveCues[l] {
		// "plans to …", "intends to …": an aim, whatever the noun of the same
		// form did to the learned share
		if x := s.tree.child(k, "xcomp"); x > k {
			if m := s.tree.child(x, "mark"); m >= 0 && s.toks[m].lower == "to" {
				return true
			}
		}
	}
	return d.x.attrCues[l] || objectCues[l]
}

// content is what a cue reports: a token range and how it was found.
type content struct {
	lo, hi int
	kind   string // "clause", "parenthetical", "infinitive", "object", "according"
	gap    [2]int // tokens inside lo..hi that are not the words (the cue in "X, he said, Y"); gap[1] == 0: none
}

// trimSpan drops quotation marks, commas, dashes and final stops at the edges of [lo, hi].
func trimSpan(toks []token, lo, hi int) (int, int) {
	edge := func(t token) bool {
		switch plain(t.text) {
		case ",", ".", ":", ";", "-", "--", "(", ")":
			return true
		}
		return false
	}
	for lo <= hi && edge(toks[lo]) {
		lo++
	}
	for hi >= lo && edge(toks[hi]) {
		hi--
	}
	// an unbalanced quotation mark left at an edge
	for lo <= hi && toks[lo].tag == "``" && !balancedQuote(toks, lo, hi+1) {
		lo++
	}
	for hi >= lo && toks[hi].tag == "``" && !balancedQuote(toks, lo, hi+1) {
		hi--
	}
	return lo, hi
}

// balancedQuote reports whether tokens [i, e) hold an even number of quotation marks.
func balancedQuote(toks []token, i, e int) bool {
	n := 0
	for k := i; k < e; k++ {
		if toks[k].tag == "``" {
			n++
		}
	}
	return n%2 == 0
}

// contentOf returns what reporting verb v reports, or nil.
func (d *docState) contentOf(si, v int) *content {
	s := d.sents[si]
	t, toks := s.tree, s.toks
	punct := set(`punct`)
	l := d.verbLemma(si, v)
	mk := func(lo, hi int, kind string) *content {
		if cl, ok := d.closingCue(si); ok && kind != "parenthetical" && cl.cue != v && lo < cl.comma && cl.comma <= hi &&
			t.child(cl.cue, "mark") < 0 && !adverbialOpeners[toks[cl.comma+1].lower] { // not "…, since the trio announced their resignations"
			// "SAIC says none of its money will be paid …, the FT reports": a
			// reporting clause closing the sentence is another source's cue,
			// not part of what the inner speaker said
			hi = cl.comma - 1
		}
		lo, hi = trimSpan(toks, lo, hi)
		if hi < lo {
			return nil
		}
		return &content{lo: lo, hi: hi, kind: kind}
	}
	c := -1
	nominal := -1
	for _, k := range t.children(v, "ccomp") {
		if (t.upos[k] == "NOUN" || t.upos[k] == "PROPN" || t.upos[k] == "PRON") && t.child(k, "cop") < 0 && t.child(k, "nsubj") < 0 {
			if nominal < 0 {
				nominal = k // "The Tories, he said, can cut …": the subject cut off by the cue
			}
			continue
		}
		if c < 0 {
			c = k
		}
	}
	if c < 0 {
		c = nominal
	}
	if c < 0 {
		// "Tony Blair has had the chance …, Michael Howard has said" parsed with the
		// clause as an adverbial of the cue: a clause before the cue and its subject
		if sb := t.child(v, "nsubj"); sb >= 0 && sb < v {
			for _, a := range t.kids[v] {
				if a < sb && (t.base(a) == "advcl" || t.base(a) == "dep" || t.base(a) == "parataxis") && t.child(a, "mark") < 0 && (t.upos[a] == "VERB" || t.child(a, "cop") >= 0) {
					if _, ahi := t.span(a, punct); ahi < sb {
						c = a
					}
				}
			}
		}
	}
	if c < 0 {
		// "stating that …" parsed as an adverbial clause: the "that" says what it is
		for _, a := range t.children(v, "advcl") {
			if m := t.child(a, "mark"); m >= 0 && toks[m].lower == "that" && a > v {
				c = a
				break
			}
		}
	}
	if c < 0 {
		c = d.strandedThat(si, v)
	}
	// "…, Lib Dem leader Charles Kennedy has said." closing the sentence, hung
	// anywhere by the parser: everything before its comma is what was said.
	if c < 0 && t.child(v, "obj") < 0 && t.child(v, "xcomp") < 0 {
		vlo, vhi := t.span(v, punct)
		end := vhi + 1
		for end < len(toks) && (toks[end].tag == "." || toks[end].tag == "``") {
			end++
		}
		sb := t.child(v, "nsubj")
		plain := vhi-vlo <= 8 && (sb < 0 || d.relativeHead(si, sb) < 0) // not ", which had insisted on …"
		for _, o := range t.children(v, "obl") {
			plain = plain && d.isTemporal(si, o)
		}
		if plain && end == len(toks) && vlo >= 3 && toks[vlo-1].text == "," && (sb >= 0 || t.rel[v] == "parataxis") && t.head[v] >= 0 && t.head[v] < vlo {
			return mk(0, vlo-2, "parenthetical")
		}
	}
	if c >= 0 {
		lo, hi := t.span(c, punct)
		if m := t.child(c, "mark"); m == lo && toks[m].lower == "that" || toks[lo].lower == "that" && lo < hi && (t.base(lo) == "mark" || hasOtherSubject(t, c, lo)) {
			lo++ // the content is what follows "that"
		}
		var cut [2]int // the cue between a subject and its verb: "The Greens, he said, can fix …"
		if c > v && t.child(c, "nsubj", "nsubj:pass", "expl") < 0 {
			// the cue's own words: its subject and the verb ("he said")
			vlo, vhi := v, v
			if sb := t.child(v, "nsubj"); sb >= 0 && sb < v {
				vlo, _ = t.span(sb, punct)
			}
			front := -1
			if nominal >= 0 && nominal != c && nominal < v {
				front, _ = t.span(nominal, punct)
			} else if f := frontOf(toks); vlo >= 2 && f < vlo-1 && toks[vlo-1].text == "," && lo == vhi+2 && toks[vhi+1].text == "," {
				front = f // the subject hung on the cue, or on nothing
			}
			if front >= 0 && front < vlo {
				lo, cut = front, cueGap(toks, vlo, vhi)
			}
		}
		if o := t.child(v, "obj"); o >= 0 && o < lo && (contentNouns[d.x.lx.lemmatize(toks[o].lower, true)] || cueNounLemmas[d.x.lx.lemmatize(toks[o].lower, true)]) {
			lo = o // "dismissed suggestions that …": the clause is the noun's, the noun is what is dismissed
		}
		if c > v {
			hi = d.clauseTail(si, v, hi)
		}
		// "…, saying, “…”" at the end: the quotation is a statement of its own
		for k := lo + 1; k < hi; k++ {
			if toks[k].text == "," && d.quoteStartsAfter(si, k) {
				hi = k - 1
				break
			}
		}
		if c > v && addresseeVerbs[l] {
			lo = d.addresseeCut(si, c, lo)
		}
		cc := mk(lo, hi, "clause")
		if cc != nil && cut[1] > 0 && cc.lo < cut[0] && cut[1] < cc.hi {
			cc.gap = cut
		}
		return cc
	}
	// "…, he said": the cue interrupts or follows the clause it reports (the
	// parser may also call it a conjunct: "Mr Blair has failed, he claimed, …").
	parenthetical := t.rel[v] == "parataxis" ||
		t.rel[v] == "conj" && t.child(v, "nsubj") >= 0 && t.child(v, "cc") < 0 && v > 1 && toks[t.child(v, "nsubj")-1].text == ","
	if parenthetical && t.head[v] >= 0 && t.child(v, "obj") < 0 && t.child(v, "xcomp") < 0 {
		h := t.head[v]
		if b := t.base(h); (b == "nsubj" || b == "nsubj:pass") && t.head[h] > h {
			h = t.head[h] // "The fees, the mayor argued, were too high" hung on the subject
		}
		lo, hi := t.span(h, punct)
		vlo, vhi := t.span(v, punct)
		// the cue and the commas around it, left out of the words
		gap := func(c *content) *content {
			if c != nil && c.lo < vlo && vhi < c.hi {
				c.gap = cueGap(toks, vlo, vhi)
			}
			return c
		}
		switch {
		case lo < vlo && vhi < hi && !d.mostlyQuoted(si, lo, hi):
			// "The fees, the mayor argued, were too high": the cue inside what
			// was said, its span over both parts as in a quotation it cuts
			return gap(mk(lo, hi, "parenthetical"))
		case vlo > h:
			hi = vlo - 1 // the cue follows the content
			if hi < lo {
				return nil
			}
			return mk(lo, hi, "parenthetical")
		case vhi < h:
			// "The Greens, he said, can fix …" with the subject hung on the cue:
			// the words start where the sentence does
			if front := frontOf(toks); vlo >= 2 && front < vlo-1 && toks[vlo-1].text == "," && !d.anyQuoted(si, front, hi) {
				return gap(mk(front, hi, "parenthetical"))
			}
			return mk(vhi+1, hi, "parenthetical")
		}
		return nil
	}
	// "He said: …", "He said, …": the reported clause hangs off the cue.
	if c := t.child(v, "parataxis"); c >= 0 && c > v && t.child(v, "obj") < 0 {
		lo, hi := t.span(c, punct)
		return mk(lo, hi, "clause")
	}
	if x := t.child(v, "xcomp"); x >= 0 && infinitiveCues[l] {
		lo, hi := t.span(x, punct)
		if o := t.child(v, "obj"); o >= 0 && o < x {
			lo = o // "urged Congress to act": who is urged belongs to the demand
			if olo, _ := t.span(o, punct); olo < lo {
				lo = olo // all of a name: "urged the World Trade Organisation to …", not "Organisation to …"
			}
		}
		return mk(lo, hi, "infinitive")
	}
	views := !d.x.opts.SingleSentence // see isCue
	if x := t.child(v, "xcomp"); views && x >= 0 && x > v && t.child(v, "obj") < 0 && !seemVerbs[l] && d.x.attrCues[l] {
		if m := t.child(x, "mark"); m >= 0 && toks[m].lower == "to" {
			lo, hi := t.span(x, punct) // "wants to build a wall", "sought to block the vote"
			return mk(lo, hi, "infinitive")
		}
	}
	if o := t.child(v, "obj"); o >= 0 && (objectCues[l] || d.x.objectCues[l] && d.objectStated(si, v)) && !(l == "deny" && doubleObject(t, toks, v)) && (l != "call" && l != "describe" || t.child(v, "xcomp") >= 0 || t.child(v, "obl") >= 0 || slices.ContainsFunc(t.children(v, "advcl"), func(c int) bool { return holdsAs(t, toks, c) })) && (t.base(v) != "acl" || t.rel[v] == "acl:relcl" && t.child(v, "nsubj") >= 0 || d.agentParticiple(si, v)) {
		// A participle modifying a noun ("the plan described below") attributes
		// nothing; a relative clause with its subject ("Christie, who endorsed
		// Trump") does.
		// "call" and "describe" judge only with what they call it: "called the
		// plan a disaster", "described it as …" — not "called the office".
		// the object and what the verb says of it: "accused Clinton of lying", "called the plan a disaster"
		lo, hi := t.span(o, punct) // the whole object: "disparaging remarks Trump had made about Machado"
		for _, c := range t.kids[v] {
			// ("accused Mr Brown of ducking tough choices": the charge hangs as an adverbial clause)
			charge := t.base(c) == "advcl" && accuseLemmas[l] && t.child(c, "mark") >= 0 && chargePrepositions[toks[t.child(c, "mark")].lower] ||
				d.nounsInfinitive(si, o, c) || // "rejected the Lib Dem's call to open up the books"
				asLemmas[l] && t.base(c) == "advcl" && holdsAs(t, toks, c) // "described their excuses for missing the tests as unacceptable": what they were called hangs inside the clause
			if c > v && !punct[t.rel[c]] && (!argDrop[t.rel[c]] || charge) && !d.isTemporal(si, c) && t.base(c) != "nsubj" && t.base(c) != "advmod" && t.rel[c] != "compound:prt" {
				a, b := t.span(c, punct)
				lo, hi = min(lo, a), max(hi, b)
			}
		}
		return mk(lo, hi, "object")
	}
	// "talked about the economy", "called for a ban", "railed against the
	// deal": a learned cue's prepositional object is what it is about.
	if views && t.child(v, "obj") < 0 {
		for _, o := range t.children(v, "obl") {
			if cs := d.caseOf(si, o); o > v && aboutPrepositions[cs] && !(cs == "to" && (clauseCues[l] || speakVerbs[l])) {
				lo, hi := t.span(o, punct)
				if cs := t.child(o, "case"); cs == lo {
					lo++
				}
				return mk(lo, hi, "object")
			}
		}
		// "talked about moving on", "called for the United States to step
		// up …": the same preposition opening a clause the parser hangs as an
		// adverbial.
		for _, a := range t.children(v, "advcl") {
			m := t.child(a, "mark")
			if a <= v || m < 0 || !aboutPrepositions[toks[m].lower] || toks[m].lower == "to" {
				continue
			}
			lo, hi := t.span(a, punct)
			if m == lo {
				lo++
			}
			return mk(lo, hi, "object")
		}
	}
	if clauseCues[l] || l == "ask" {
		if lo, hi, ok := d.trailingClause(si, v); ok {
			return mk(lo, hi, "clause")
		}
	}
	return nil
}

// trailingClause reads what speech verb v reports when the parser lost the
// clause ("Sanders says Clinton ran a very aggressive campaign" with the
// clause cut into a second subject and an object): everything after the
// cue, its addressee ("told reporters", "asked him") and a "that", to the
// end of the sentence, if it holds a verb.
func (d *docState) trailingClause(si, v int) (int, int, bool) {
	s := d.sents[si]
	t, toks := s.tree, s.toks
	if sb := t.child(v, "nsubj"); sb < 0 || sb > v {
		return 0, 0, false
	}
	lo := v + 1
	addressed := false
	for lo < len(toks) {
		r := t.rel[lo]
		if t.head[lo] == v && r == "compound:prt" {
			lo++
			continue
		}
		// The addressee is one phrase, and it may open with a determiner or a
		// modifier: "told a Commons committee human rights concerns remained"
		// skips "a Commons committee" (whose head is not its first word); a
		// second noun phrase the parser also hung on the cue ("human rights
		// concerns") is the clause's subject, not another addressee.
		if !addressed {
			if a := d.addresseeAt(si, v, lo); a >= 0 {
				lo, addressed = addresseeEnd(t, toks, a)+1, true
				continue
			}
		}
		if toks[lo].lower == "that" || toks[lo].text == "," || toks[lo].text == ":" {
			lo++
			continue
		}
		break
	}
	hi := len(toks) - 1
	verb := false
	for k := lo; k <= hi; k++ {
		if t.upos[k] == "VERB" || t.upos[k] == "AUX" {
			verb = true
		}
	}
	return lo, hi, verb && hi-lo >= 2
}

// asLemmas judge their object by what they call it, with "as": "described
// the plan as a disaster", "branded the move as reckless".
var asLemmas = set(`describe brand label dismiss hail condemn denounce criticise criticize`)

// holdsAs reports whether clause c holds an "as" that opens what its phrase
// is called ("… for missing the tests as \"unacceptable\"").
func holdsAs(t *tree, toks []token, c int) bool {
	lo, hi := t.span(c, set(`punct`))
	for k := lo; k <= hi; k++ {
		if toks[k].lower == "as" && (t.base(k) == "mark" || t.base(k) == "case") {
			return true
		}
	}
	return false
}

// addresseeAt returns the child of speech verb v whose phrase starts at
// token lo and names who was spoken to (an indirect object, or the object of
// a verb whose object is its addressee), or -1.
func (d *docState) addresseeAt(si, v, lo int) int {
	t := d.sents[si].tree
	for _, k := range t.kids[v] {
		r := t.rel[k]
		if r != "iobj" && !(r == "obj" && addresseeVerbs[d.verbLemma(si, v)]) || k != lo && toldThings[d.x.lx.lemmatize(d.sents[si].toks[k].lower, true)] {
			continue
		}
		if t.child(k, "nsubj", "nsubj:pass", "cop", "aux") >= 0 {
			continue // "told the BBC Michael Howard has always been in favour": a clause misread as one
		}
		if klo, _ := t.span(k, set(`punct`)); klo == lo {
			return k
		}
	}
	return -1
}

// toldThings are what is told, not whom: "tells the story of two men".
var toldThings = set(`story tale truth lie joke secret history`)

// relativeOpener reports whether relative clause c opens with a relative
// word ("anyone who spots him"), so it belongs to its noun; one opening
// with "that" or with its subject ("told reporters he was angry") is a
// reported clause the parser hung on the addressee.
func relativeOpener(t *tree, toks []token, c int) bool {
	lo, _ := t.span(c, set(`punct`))
	switch toks[lo].lower {
	case "who", "whom", "whose", "which", "where":
		return true
	}
	// after a verb of telling, a clause opening with "that" or with a
	// subject of its own is what was told ("told a meeting of farmers that
	// the subsidy would stay", "told a court that fraud charges … are
	// false"), even where the parser took it for a relative clause
	return t.child(c, "nsubj", "nsubj:pass") < 0
}

// addresseeEnd returns the last token of addressee a's own words: a
// clause the parser hung on it is what was said, not who heard it ("told
// reporters he was angry" with "he was angry" read as a relative clause
// on "reporters", "told a court that fraud charges … are false").
func addresseeEnd(t *tree, toks []token, a int) int {
	hi := a
	for _, j := range t.kids[a] {
		if j < a || t.base(j) == "punct" {
			continue
		}
		if r := t.rel[j]; r == "ccomp" || r == "advcl" || r == "acl:relcl" && !relativeOpener(t, toks, j) {
			continue
		}
		if _, jhi := t.span(j, set(`punct`)); jhi > hi {
			hi = jhi
		}
	}
	// the same clause hung deeper, on a noun of the addressee's own
	// ("told a meeting of farmers that the subsidy would stay")
	for k := a + 1; k <= hi; k++ {
		if t.rel[k] == "acl:relcl" && !relativeOpener(t, toks, k) {
			if klo, _ := t.span(k, set(`punct`)); klo > a && klo <= hi {
				hi = klo - 1
			}
		}
	}
	return hi
}

// clauseTail extends a reported clause ending at hi over what the parser hung
// on cue v after it — "said the party had become a shell of itself, too
// focused on …", "admitted it would be hard for him to win if …": a
// modifier following the clause belongs to what was said. A conjunct or a
// parenthetical is a predicate of its own ("… and added that …"), a cue with
// its own content ("…, adding that …") says something else, a time or
// "according to" tells when or who.
func (d *docState) clauseTail(si, v, hi int) int {
	s := d.sents[si]
	t, toks := s.tree, s.toks
	punct := set(`punct`)
	for {
		next := hi + 1
		for next < len(toks) && (toks[next].text == "," || toks[next].text == "--" || toks[next].text == "—" || toks[next].text == "–") {
			next++
		}
		ext := -1
		for _, k := range t.kids[v] {
			if k <= hi || punct[t.rel[k]] {
				continue
			}
			if lo, _ := t.span(k, punct); lo == next {
				ext = k
			}
		}
		if ext < 0 {
			return hi
		}
		switch t.base(ext) {
		case "advcl", "obl", "advmod", "xcomp", "dep", "ccomp":
		default:
			return hi
		}
		if t.base(ext) == "obl" && (d.isTemporal(si, ext) || toks[next].lower == "according") {
			return hi
		}
		if t.base(ext) == "advcl" && d.isCue(si, ext) && d.contentOf(si, ext) != nil {
			return hi
		}
		_, ehi := t.span(ext, punct)
		hi = ehi
	}
}

// anyQuoted reports whether a token of [lo, hi] is inside a quotation: a
// quotation a cue cuts is the quote rules' to read.
func (d *docState) anyQuoted(si, lo, hi int) bool {
	for k := lo; k <= hi; k++ {
		if d.quoted[si][k] {
			return true
		}
	}
	return false
}

// agentParticiple reports whether participle v modifies a noun naming who
// does it — "Democrats supporting Mrs. Clinton", "a group backing Bush":
// the noun holds the view its participle states. A participle on a thing
// ("the plan described below") or with a passive sense states nothing.
func (d *docState) agentParticiple(si, v int) bool {
	t, toks := d.sents[si].tree, d.sents[si].toks
	h := t.head[v]
	if t.rel[v] != "acl" || h < 0 || h > v || !strings.HasSuffix(toks[v].lower, "ing") || t.child(v, "mark") >= 0 {
		return false
	}
	if m := d.mentionAt(si, h); m != nil && m.ent != nil && (m.ent.typ == TypePerson || m.ent.typ == TypeOrg || m.ent.typ == TypeNORP) {
		return true
	}
	typ := d.nounSpeakerType(toks[h].text)
	return typ == TypePerson || typ == TypeOrg
}

// unsaid reports a cue that says nothing: negated, over an open question
// ("did not say if they were developing it", "never said whether …").
func (d *docState) unsaid(si, v int, c *content) bool {
	t, toks := d.sents[si].tree, d.sents[si].toks
	if m := t.child(v, "mark"); m >= 0 {
		switch toks[m].lower {
		case "whether", "if":
			if t.rel[v] != "advcl" {
				return true // "asked whether he thought the country was well-governed": a question, nobody thinks it yet
			}
		case "without":
			return true // "cut crime without asking people to pay more": nobody asks
		}
	}
	negated := false
	for _, k := range t.children(v, "advmod") {
		negated = negated || negAdverbs[toks[k].lower]
	}
	if !negated || c.lo <= 0 {
		return false
	}
	for _, k := range []int{c.lo - 1, c.lo} {
		if w := toks[k].lower; w == "if" || w == "whether" {
			return true
		}
	}
	return false
}

// coordinators join a verb to its partner ("tell and share"), unlike "both"
// or "either", which open a phrase.
var coordinators = set(`and or but nor`)

// claimHoldingVerbs make, keep or repeat what a noun of saying names: their
// subject holds it ("made the claim that …", "repeated his warning that …").
var claimHoldingVerbs = set(`make repeat reiterate restate issue renew voice express maintain stand advance
	press publish release put air raise stress echo underline emphasise emphasize share offer give deliver
	roll unveil add send post tweet write present outline lay set`)

// aboutPrepositions introduce what a cue is about: "spoke about", "called for".
var aboutPrepositions = set(`about for against on of over to`)

// seemVerbs say how a thing looks or goes on, not who says so: "appears to
// be winning", "continues to lead".
var seemVerbs = set(`seem appear look sound continue begin start`)

// speakVerbs take who is spoken to with "to": "spoke to reporters".
var speakVerbs = set(`speak talk`)

// strandedThat finds a "that" clause the parser hung on a noun after cue v
// ("told NATO officials in Brussels that …" with the clause on Brussels): a
// clause marked "that" below v's objects and prepositional phrases is what v
// reports. A relative "that" is the clause's subject or object, never its mark.
func (d *docState) strandedThat(si, v int) int {
	t := d.sents[si].tree
	toks := d.sents[si].toks
	var walk func(k, depth int) int
	walk = func(k, depth int) int {
		for _, c := range t.kids[k] {
			if c < v {
				continue
			}
			switch t.base(c) {
			case "acl", "advcl", "ccomp":
				if m := t.child(c, "mark"); m >= 0 && toks[m].lower == "that" && depth > 0 {
					return c
				}
			case "obj", "iobj", "obl", "nmod":
				if l := d.x.lx.lemmatize(toks[c].lower, true); cueNounLemmas[l] || contentNouns[l] {
					continue // "Hegseth's assertion that …", "despite concerns that …": the noun's own content
				}
				if depth < 3 {
					if r := walk(c, depth+1); r >= 0 {
						return r
					}
				}
			}
		}
		return -1
	}
	return walk(v, 0)
}

// quoteStartsAfter reports whether a quotation opens within two words after
// token k and runs to the end of the sentence: "…, saying, “…”".
func (d *docState) quoteStartsAfter(si, k int) bool {
	s := d.sents[si]
	toks := s.toks
	for _, qs := range d.quotes {
		if qs.open >= toks[k].end && k+3 < len(toks) && qs.open <= toks[k+3].start && qs.close >= s.end-2 {
			return true
		}
	}
	return false
}

// cueSpeakers returns who speaks through reporting verb v: its subject, or
// its passive agent. An argument with no entity is a speaker the article
// does not name ("they"), kept as written.
func (d *docState) cueSpeakers(si, v int) []arg {
	sp := d.treeSpeakers(si, v)
	if len(sp) > 0 {
		sp = d.cleanSpeaker(si, sp)
	}
	if t := d.sents[si].tree; (t.child(v, "aux:pass") >= 0 || t.child(v, "nsubj:pass") >= 0) && !activeSubject(t, v) {
		// "The film was praised as “a story which moved millions”", "…, she
		// was told": a passive cue's subject is what is spoken of or to, never
		// who speaks; only its agent ("was praised by critics") speaks
		return sp
	}
	// "…, the minister has said" with the speaker swallowed by the clause
	// before it: the surface names who speaks when the tree names no one or
	// only a thing
	// "…, says party leader Anne Smith" parsed with the cue as a conjunct of
	// the clause before it: the verb has no subject of its own, and the one it
	// shares is the reported clause's; the words after the cue speak
	inverted := func(c closing) bool {
		return c.spLo > v && d.sents[si].tree.child(v, "nsubj") < 0
	}
	if c, ok := d.closingCue(si); ok && c.cue == v && (len(sp) == 0 || sp[0].ent == nil || sp[0].ent.typ == TypeConcept && !sp[0].resolved || inverted(c)) {
		if cs := d.closingSpeaker(si, c); len(cs) > 0 && (len(sp) == 0 || cs[0].ent != nil && (cs[0].ent.typ != TypeConcept || sp[0].ent == nil)) {
			return cs
		}
	}
	return sp
}

// activeSubject reports whether v has a subject of the active voice: the
// parser sometimes hangs a second, passive-labelled subject on "has said"
// ("…, film-maker George Lucas has said"), which a true passive lacks.
func activeSubject(t *tree, v int) bool {
	for _, k := range t.kids[v] {
		if t.rel[k] == "nsubj" {
			return true
		}
	}
	return false
}

// treeSpeakers returns who speaks through cue v as the tree says.
func (d *docState) treeSpeakers(si, v int) []arg {
	t := d.sents[si].tree
	if d.passiveCue(si, v) {
		if ag := t.child(v, "obl:agent"); ag >= 0 {
			return d.speakerArgs(si, ag)
		}
		return nil
	}
	toks := d.sents[si].toks
	if sb := t.child(v, "nsubj"); sb >= 0 && !(sb < v && toks[v].tag == "VBG" && v > 0 && toks[v-1].text == "," && t.head[v] >= 0) {
		// "That might, he suggests, lead to …" with two subjects: the one
		// between commas next to the cue speaks, the other opens what is said
		for _, o := range t.children(v, "nsubj") {
			if o > sb && o < v && o > 0 && toks[o-1].text == "," {
				sb = o
			}
		}
		if rel := d.relativeHead(si, sb); rel >= 0 {
			sb = rel
		}
		return d.speakerArgs(si, sb)
	}
	// "…, said Clara Voss": the parser may take the speaker after the verb for its object.
	if o := t.child(v, "obj"); o > v && (t.rel[v] == "parataxis" || t.child(v, "ccomp") >= 0 && t.child(v, "ccomp") < v) {
		if a := d.speakerArgs(si, o); len(a) > 0 && a[0].ent != nil && (a[0].ent.typ == TypePerson || a[0].ent.typ == TypeUnnamed ||
			a[0].ent.typ == TypeConcept && d.nounSpeakerType(a[0].text) != "" && d.indefiniteBefore(si, a[0].first)) {
			return a // "…,” said spokesman Alex Folkes", "…,” confirmed a Saints spokesman"
		}
	}
	if sp, ok := d.coordinatedCueSpeaker(si, v); ok {
		return sp // "said X had … and said he was …": the first cue's speaker
	}
	if sp := d.subjectsOf(si, v); len(sp) > 0 {
		return sp
	}
	// "said spokesman Alex Folkes" however the parser hung it: a person named
	// right after a subjectless cue, behind at most a title.
	for k := v + 1; k < len(toks) && k <= v+4; k++ {
		if m := d.mentionAt(si, k); m != nil && m.ent != nil && m.ent.typ == TypePerson {
			return []arg{{ent: m.ent, first: m.first, last: m.last, start: m.start, end: m.end, text: m.surface}}
		}
		if t.upos[k] != "NOUN" && t.upos[k] != "PROPN" && t.upos[k] != "DET" && t.upos[k] != "ADJ" {
			break
		}
	}
	return nil
}

// indefiniteBefore reports whether the phrase starting at token k opens
// with "a" or "an": "confirmed a Saints spokesman" names no one the article
// knows, unlike "said the German", which later rules may link to a name.
func (d *docState) indefiniteBefore(si, k int) bool {
	toks := d.sents[si].toks
	for j := k; j >= 0 && j >= k-1; j-- {
		if toks[j].lower == "a" || toks[j].lower == "an" {
			return true
		}
	}
	return false
}

// demandedAct reports whether cue v is an infinitive another verb asks for
// ("urged them to say", "called on him to denounce", "asked to comment"):
// the words are wanted from someone, not said.
func (d *docState) demandedAct(si, v int) bool {
	t, toks := d.sents[si].tree, d.sents[si].toks
	m := t.child(v, "mark")
	h := t.head[v]
	if m < 0 || toks[m].lower != "to" || h < 0 || t.base(v) != "xcomp" && t.base(v) != "advcl" && t.base(v) != "ccomp" {
		return false
	}
	l := d.verbLemma(si, h)
	return demandCues[l] || addresseeVerbs[l] || l == "call" || l == "want" || l == "expect"
}

// cueGap is the stretch of tokens vlo..vhi a cue takes inside the words it
// reports, with the commas on either side: ", he said," in "X, he said, Y".
func cueGap(toks []token, vlo, vhi int) [2]int {
	if vlo > 0 && toks[vlo-1].text == "," {
		vlo--
	}
	if vhi+1 < len(toks) && toks[vhi+1].text == "," {
		vhi++
	}
	return [2]int{vlo, vhi}
}

// frontOf returns the first token of a sentence's own words: after an opening
// "And" or "But" and punctuation.
func frontOf(toks []token) int {
	k := 0
	for k < len(toks) && (toks[k].tag == "CC" || toks[k].tag == "``" || toks[k].text == "," || toks[k].text == "-") {
		k++
	}
	return k
}

// passiveCue reports whether cue v is passive: "was reported by", "is expected to".
func (d *docState) passiveCue(si, v int) bool {
	t := d.sents[si].tree
	return t.child(v, "aux:pass") >= 0 || t.child(v, "nsubj:pass") >= 0 || frontedParticiple(t, d.sents[si].toks, v)
}

// frontedParticiple reports whether v is a past participle opening a clause
// its head's subject undergoes: "Asked about the plan, Mr Johnson said …"
// (a past form before its head with no subject or auxiliary of its own is
// the participle, whatever the tagger said).
func frontedParticiple(t *tree, toks []token, v int) bool {
	return t.rel[v] == "advcl" && (toks[v].tag == "VBN" || toks[v].tag == "VBD" && v < t.head[v]) &&
		t.child(v, "aux") < 0 && t.child(v, "nsubj") < 0 && t.child(v, "nsubj:pass") < 0
}

// speakerArgs resolves the phrase at h as a speaker; a pronoun nothing
// resolves stays as written, without an entity.
func (d *docState) speakerArgs(si, h int) []arg {
	if a, ok := d.workAuthor(si, h); ok {
		return []arg{a} // "a study by the State Planning Organisation": its author
	}
	a := d.argsAt(si, h)
	if len(a) == 0 || a[0].ent != nil && a[0].ent.typ == TypeConcept && !a[0].resolved {
		// "Ms Kelly told …" parsed with the honorific as head and the name in
		// apposition: the name right after the head is who speaks.
		t := d.sents[si].tree
		for _, m := range d.mentions[si] {
			if m.ent != nil && m.ent.typ != TypeConcept && m.first <= h+1 && m.last >= h && (m.first <= h || t.head[m.first] == h) {
				return []arg{{ent: m.ent, first: m.first, last: m.last, start: m.start, end: m.end, text: m.surface}}
			}
		}
	}
	if len(a) > 0 {
		return d.cleanSpeaker(si, a)
	}
	tk := d.sents[si].toks[h]
	if d.x.lx.pronouns[tk.lower] || tk.tag == "PRP" {
		return []arg{{first: h, last: h, start: tk.start, end: tk.end, text: tk.text}}
	}
	return nil
}

// treeStatements finds the reported speech of sentence si.
func (d *docState) treeStatements(si int) {
	s := d.sents[si]
	t, toks, q := s.tree, s.toks, d.quoted[si]
	for v := range toks {
		if q[v] || !d.isCue(si, v) {
			continue
		}
		c := d.contentOf(si, v)
		if cl, ok := d.closingCue(si); ok && cl.cue == v {
			// "…, the minister has said": what was said is all before the comma,
			// however the parser hung it
			if lo, hi := trimSpan(toks, 0, cl.comma-1); hi > lo {
				c = &content{lo: lo, hi: hi, kind: "parenthetical"}
			}
		}
		if c == nil || d.mostlyQuoted(si, c.lo, c.hi) {
			continue // a quotation's statement is made by the quote rules
		}
		if c.lo == c.hi && (t.upos[c.lo] == "PRON" || toks[c.lo].tag == "WP" || toks[c.lo].tag == "WDT") {
			continue // "what they say are …": a relative word says nothing
		}
		if d.demandedAct(si, v) {
			continue // "urged the minister to say that …", "called on him to denounce …": asked for, not said
		}
		if neg := t.child(v, "advmod"); neg >= 0 && negAdverbs[toks[neg].lower] && !rejectCues[d.verbLemma(si, v)] {
			continue // "did not announce new policies": nothing was said
		}
		if d.passiveCue(si, v) && t.child(v, "obl:agent") < 0 {
			if c.kind != "clause" {
				continue // "were denied visas": no one reports anything
			}
			// "spyware was being written that …": a thing made, with a relative
			// clause put after the verb; "it was reported that …" and "he was
			// told that …" report
			if sb := t.child(v, "nsubj:pass"); sb >= 0 && toks[sb].lower != "it" && t.upos[sb] != "PRON" && !addresseeVerbs[d.verbLemma(si, v)] && !(d.mentionAt(si, sb) != nil && d.mentionAt(si, sb).ent != nil && d.mentionAt(si, sb).ent.typ == TypePerson) {
				continue
			}
		}
		speakers := d.cueSpeakers(si, v)
		if len(speakers) == 0 || c.hi < v && v < len(toks)-3 {
			// the tree lost the speaker of "Mark Oaten said Labour was right …",
			// or read the speaker as what was said
			if sp, lo, hi, ok := d.openingCue(si, v); ok && (len(speakers) == 0 || c.lo <= sp[0].first) {
				speakers, c = sp, &content{lo: lo, hi: hi, kind: "clause"}
			}
		}
		// "Cook said Goldsmith's admission suggested …": the statement is Cook's;
		// "Smith said officials believe …" is also the officials' (a speaker
		// noun: people, a body, a document).
		if ctx := d.contextOf(si, v); ctx.reporter >= 0 && ctx.reporter != v && (len(speakers) == 0 || speakers[0].ent == nil || speakers[0].ent.typ == TypeConcept && d.nounSpeakerType(speakers[0].text) == "") {
			continue
		}
		cue := toks[v].text
		if prt := t.child(v, "compound:prt"); prt == v+1 {
			cue = s.textOf(toks[v].start, toks[prt].end) // "laid out"
		}
		// "refrained from confirming", "declined to say": the cue as written, its denial included
		if h := t.head[v]; h >= 0 && h < v && v-h <= 3 && (t.base(v) == "advcl" || t.base(v) == "xcomp") && negPredicates[d.verbLemma(si, h)] {
			cue = s.textOf(toks[h].start, toks[v].end)
		}
		d.addStatement(si, v, cue, speakers, c)
	}
	// "Trump's claim that …": a noun of saying with its content and holder.
	for n := range toks {
		if q[n] || t.upos[n] != "NOUN" || !cueNounLemmas[d.x.lx.lemmatize(toks[n].lower, true)] {
			continue
		}
		c := -1
		for _, k := range t.kids[n] {
			if (t.base(k) == "acl" || t.base(k) == "ccomp") && k > n {
				if m := t.child(k, "mark"); m >= 0 && toks[m].lower == "that" {
					c = k
					break
				}
			}
		}
		if c < 0 {
			continue
		}
		var speakers []arg
		if p := t.child(n, "nmod:poss"); p >= 0 {
			speakers = d.speakerArgs(si, p)
		}
		for _, k := range t.children(n, "nmod") {
			if d.caseOf(si, k) == "by" || d.caseOf(si, k) == "from" {
				speakers = d.speakerArgs(si, k)
			}
		}
		if len(speakers) == 0 {
			// "Trump repeated his claim that …", "X made the claim that …": the holder is
			// the subject of the verb that takes the noun.
			// Only a verb that makes or keeps the claim gives it to its subject:
			// who "played down claims that …" or "rejected the claim that …" is
			// answering someone else's.
			if h := t.head[n]; h >= 0 && t.base(n) == "obj" && claimHoldingVerbs[d.verbLemma(si, h)] {
				speakers = d.cueSpeakers(si, h)
			}
		}
		if len(speakers) == 0 {
			continue
		}
		lo, hi := t.span(c, set(`punct`))
		if m := t.child(c, "mark"); m == lo {
			lo++
		}
		lo, hi = trimSpan(toks, lo, hi)
		if hi < lo {
			continue
		}
		// A quotation inside ("assertion that such membership is “unlikely”") is part of it.
		d.addStatement(si, -1, toks[n].text, speakers, &content{lo: lo, hi: hi, kind: "noun"})
	}
	if !d.x.opts.SingleSentence { // see isCue
		d.stateStatements(si)
	}
	// "according to X": X is the source of the clause it qualifies.
	for k := 0; k+1 < len(toks); k++ {
		if toks[k].lower != "according" || toks[k+1].lower != "to" || q[k] {
			continue
		}
		x := t.head[k]
		if x < 0 || t.head[x] < 0 || x < k {
			continue
		}
		h := t.head[x]
		// "…, leading the field with 30%, according to X" hung on a noun or a
		// phrase of the clause: what X says is the whole clause.
		// "…, killing 107, according to X": the whole clause the participle
		// hangs off, also a participle on a noun ("… and Democrats looking
		// for experience (90 percent), according to CNN")
		for moved := true; moved; {
			moved = false
			for t.head[h] >= 0 && !d.isPredicate(si, h) {
				h, moved = t.head[h], true
			}
			for t.head[h] >= 0 && (t.base(h) == "advcl" || t.base(h) == "conj" || t.rel[h] == "acl") && t.child(h, "nsubj") < 0 {
				h, moved = t.head[h], true
			}
		}
		xlo, xhi := t.span(x, set(`punct`))
		xlo = min(xlo, k)
		if k == 0 || k > 0 && toks[k-1].text == "," && closesSentence(toks, xhi) {
			// "UK firms will prosper - but this could trigger rate rises, according
			// to a report", "According to X, only 12% of homes …": opening or
			// closing the sentence, the source speaks for all of it
			for t.head[h] >= 0 {
				h = t.head[h]
			}
		}
		lo, hi := t.span(h, set(`punct`))
		switch {
		case xlo <= lo+1:
			lo = xhi + 1 // "According to X, …"
		case xhi >= hi-1:
			hi = xlo - 1 // "…, according to X."
		case xlo > h:
			hi = xlo - 1
		case xhi < h:
			lo = xhi + 1
		}
		if k == 0 {
			// "According to analysts IDC, a fifth of all drives will …": what
			// they say is all after the comma, however the parser hung it
			for c := k + 2; c < len(toks); c++ {
				if toks[c].text == "," {
					lo, hi = c+1, len(toks)-1
					break
				}
			}
		}
		lo, hi = trimSpan(toks, lo, hi)
		if hi < lo || d.mostlyQuoted(si, lo, hi) {
			continue
		}
		d.addStatement(si, -1, "according to", d.speakerArgs(si, x), &content{lo: lo, hi: hi, kind: "according"})
	}
}

// closesSentence reports whether only punctuation follows token k in its sentence.
func closesSentence(toks []token, k int) bool {
	for j := k + 1; j < len(toks); j++ {
		if !strings.ContainsAny(toks[j].text[:1], ".!?\"'”’)") {
			return false
		}
	}
	return true
}

// mostlyQuoted reports whether [lo, hi] is essentially one quotation ("said
// that “…”"): the quotation's statement says it. Reported speech with quoted
// words in it ('tweeted that Machado was “disgusting” and “a con”') is not.
func (d *docState) mostlyQuoted(si, lo, hi int) bool {
	toks := d.sents[si].toks
	for _, qs := range d.quotes {
		n := 0
		for k := lo; k <= hi; k++ {
			if toks[k].start >= qs.open && toks[k].end <= qs.close {
				n++
			}
		}
		if 4*n >= 3*(hi-lo+1) {
			return true
		}
	}
	return false
}

// addStatement records what the speakers say through cue v (-1: no verb).
func (d *docState) addStatement(si, v int, cue string, speakers []arg, c *content) {
	s := d.sents[si]
	toks := s.toks
	if v >= 0 && d.unsaid(si, v, c) {
		return
	}
	if v >= 0 && c.kind != "clause" && c.kind != "parenthetical" && deedVerbs[d.verbLemma(si, v)] {
		return // "offered a new deal", "filed for bankruptcy", "published on Tuesday": a deed, whichever rule proposed it
	}
	d.addresseeThat(si, v, c) // "told a court that …": the court is spoken to
	if c.lo == c.hi && reflexives[toks[c.lo].lower] {
		return // "defending themselves": nothing said
	}
	if v >= 0 && c.lo > v && toks[c.lo].tag == "CC" && coordinators[toks[c.lo].lower] {
		return // "letting people tell and share their stories": the verb's partner, not its words
	}
	start, end := toks[c.lo].start, toks[c.hi].end
	var about []arg
	var inner []pendingRelation
	for _, p := range d.pendingRels {
		if p.si == si && p.subj.start >= start && p.subj.end <= end {
			inner = append(inner, p)
			about = append(about, p.subj)
			if p.pred != "be" && p.pred != "remain" && p.pred != "seem" {
				about = append(about, p.obj)
			}
		}
	}
	about = append(about, d.mentionsIn(si, c.lo, c.hi)...)
	lemma := ""
	if v >= 0 {
		lemma = d.verbLemma(si, v)
		if o := s.tree.child(v, "obj", "iobj"); o >= 0 && c.kind == "clause" {
			about = append(about, d.argsAt(si, o)...) // "told NATO leaders that …"
		}
	}
	stance := d.stance(toks[c.lo:c.hi+1], lemma)
	conf := 0.8
	switch c.kind {
	case "object", "infinitive":
		conf = 0.6
	case "parenthetical", "according":
		conf = 0.75
	case "noun":
		conf = 0.65
	}
	var gaps [][2]int
	if c.gap[1] > 0 {
		gaps = [][2]int{{toks[c.gap[0]].start, toks[c.gap[1]].end}}
	}
	if len(speakers) == 0 {
		d.pendingSts = append(d.pendingSts, pendingStatement{si: si, sj: si, cue: cue, content: [2]int{start, end}, gaps: gaps,
			about: about, stance: stance, conf: 0.3})
		return
	}
	sp := speakers[0] // one content, one speaker: coordinated speakers share it through the first
	d.pendingSts = append(d.pendingSts, pendingStatement{si: si, sj: si, speaker: sp.ent,
		speakerSpan: [2]int{sp.start, sp.end}, cue: cue, content: [2]int{start, end}, gaps: gaps,
		about: about, stance: stance, conf: conf - boolf(sp.resolved, 0.1)})
	if sp.ent != nil {
		var first *arg
		if v >= 0 && (c.kind == "object" || rejectCues[lemma]) {
			if o := s.tree.child(v, "obj"); o >= 0 {
				if a, ok := d.phraseArg(si, o); ok {
					first = &a
				}
			}
		}
		d.stanceRelation(si, sp, cue, lemma, inner, first, 0.6)
	}
}

// mentionsIn returns the entities named in tokens [c0, c1] of sentence si.
func (d *docState) mentionsIn(si, c0, c1 int) []arg {
	var out []arg
	for _, m := range d.mentions[si] {
		if m.first >= c0 && m.last <= c1 && m.ent != nil {
			out = append(out, arg{ent: m.ent, first: m.first, last: m.last, start: m.start, end: m.end, text: m.surface})
		}
	}
	return out
}

// transcriptLabels are words that open a line with a colon without naming a speaker.
var transcriptLabels = set(`image images photo photos picture video note source sources update updated related
	read watch listen editor editors correction clarification advertisement sponsored share follow
	reporting additional contact email tel fax`)

// transcriptTurns reads interviews and debates written as transcripts:
// "PENCE: Well, look, …" — the label names the speaker, the rest of the line
// is what they said.
func (d *docState) transcriptTurns() {
	for si, s := range d.sents {
		ln := d.lines[s.line]
		if s.start != ln.start || s.tree == nil {
			continue
		}
		toks := s.toks
		first := 0
		for first < len(toks) && toks[first].tag == "``" {
			first++ // a turn printed inside quotation marks: "PENCE: …"
		}
		colon := -1
		for k := first; k < len(toks) && k <= first+4; k++ {
			if toks[k].text == ":" {
				colon = k
				break
			}
			if !toks[k].isCap() || transcriptLabels[toks[k].lower] {
				break
			}
		}
		if colon <= first || colon+1 >= len(toks) {
			continue
		}
		// A name the article knows, or a label in capitals as transcripts write them.
		var speaker *docEntity
		if m := d.mentionAt(si, colon-1); m != nil && m.ent != nil && m.first == first && m.ent.typ == TypePerson {
			speaker = m.ent
		} else {
			caps := true
			for k := first; k < colon; k++ {
				caps = caps && isAllCapsWord(toks[k].text)
			}
			if !caps {
				continue
			}
			label := s.textOf(toks[first].start, toks[colon-1].end)
			speaker = d.addOnce(&mention{surface: labelName(label), typ: TypePerson, start: toks[first].start, end: toks[colon-1].end})
		}
		sj := si
		for sj+1 < len(d.sents) && d.sents[sj+1].line == s.line {
			sj++
		}
		start, end := toks[colon+1].start, d.sents[sj].end
		for end > start && strings.ContainsRune(" .\"", rune(d.doc.Text[end-1])) {
			end--
		}
		if end-start < 2 {
			continue
		}
		d.pendingSts = append(d.pendingSts, pendingStatement{si: si, sj: sj, speaker: speaker,
			speakerSpan: [2]int{toks[first].start, toks[colon-1].end}, cue: ":", content: [2]int{start, end},
			direct: true, about: d.mentionsInSpan(si, sj, start, end), stance: d.stanceOfSpan(si, sj, start, end), conf: 0.7})
	}
}

// labelName writes a label in capitals as a name: "PENCE" → "Pence".
func labelName(s string) string {
	words := strings.Fields(strings.ToLower(s))
	for i, w := range words {
		r := []rune(w)
		r[0] = unicode.ToUpper(r[0])
		words[i] = string(r)
	}
	return strings.Join(words, " ")
}

// hasOtherSubject reports whether clause c has a subject other than token k:
// then a "that" at k opening it is the complementiser, whatever the parser
// called it ("told NATO allies that Europe must spend more").
func hasOtherSubject(t *tree, c, k int) bool {
	for _, s := range t.children(c, "nsubj") {
		if s != k {
			return true
		}
	}
	return false
}

// stanceAdjectives say what their subject holds about something: "is
// critical of the deal", "is confident that …", "is willing to negotiate".
var stanceAdjectives = set(`willing unwilling concerned proud clear sure critical eager interested confident
	worried convinced skeptical sceptical optimistic pessimistic aware happy afraid opposed determined supportive
	angry upset frustrated hopeful certain adamant reluctant keen open`)

// stanceNouns name a view or a demand that someone holds of something:
// "Trump's support for Cruz", "her call for a ban", "his refusal to testify".
var stanceNouns = set(`support call criticism concern decision refusal opposition fear view warning vow
	response message endorsement demand praise commitment pledge promise proposal`)

// stateStatements finds views stated with an adjective or held in a noun:
// "Rubio is critical of the deal", "Trump's support for Cruz". The holder is
// the adjective's subject or the noun's possessor; the content is what the
// word takes: its clause, its infinitive or its prepositional object.
func (d *docState) stateStatements(si int) {
	s := d.sents[si]
	t, toks, q := s.tree, s.toks, d.quoted[si]
	punct := set(`punct`)
	target := func(h int) (int, int, bool) {
		for _, c := range t.kids[h] {
			if c < h {
				continue
			}
			switch b := t.base(c); {
			case b == "ccomp" || b == "xcomp" || b == "acl" && t.child(c, "mark") >= 0:
				lo, hi := t.span(c, punct)
				if m := t.child(c, "mark"); m == lo && toks[m].lower == "that" {
					lo++
				}
				return lo, hi, true
			case b == "obl" || b == "nmod":
				if aboutPrepositions[d.caseOf(si, c)] || d.caseOf(si, c) == "with" && t.upos[h] == "ADJ" {
					lo, hi := t.span(c, punct)
					if cs := t.child(c, "case"); cs == lo {
						lo++
					}
					return lo, hi, true
				}
			}
		}
		return 0, 0, false
	}
	for h := range toks {
		if q[h] {
			continue
		}
		var holder int
		switch {
		case t.upos[h] == "ADJ" && stanceAdjectives[toks[h].lower] && t.child(h, "cop") >= 0:
			holder = t.child(h, "nsubj")
			if holder >= 0 && (toks[holder].lower == "it" || t.base(holder) == "expl") {
				holder = -1 // "it is clear that …": nobody holds it
			}
		case t.upos[h] == "NOUN" && stanceNouns[d.x.lx.lemmatize(toks[h].lower, true)]:
			holder = t.child(h, "nmod:poss")
		default:
			continue
		}
		if holder < 0 {
			continue
		}
		lo, hi, ok := target(h)
		if !ok {
			continue
		}
		lo, hi = trimSpan(toks, lo, hi)
		if hi < lo || d.mostlyQuoted(si, lo, hi) {
			continue
		}
		speakers := d.speakerArgs(si, holder)
		if len(speakers) == 0 {
			continue
		}
		d.addStatement(si, -1, toks[h].text, speakers, &content{lo: lo, hi: hi, kind: "noun"})
	}
}

// closing is a reporting clause that closes its sentence after a comma:
// "…, the work and pensions minister has said.", "…, said a spokesman.",
// "…, pro-hunt MPs say." News writes the attribution last so often that the
// surface says more than a parse of the long clause before it, which often
// swallows the speaker (as an apposition, an object, a relative clause).
type closing struct {
	cue        int // the reporting verb
	spLo, spHi int // the speaker phrase
	comma      int // the comma that ends what was said
}

// closingVerbs close a sentence as its attribution besides the clause cues
// ("…, analysts believe"); learned cues such as "continue" or "show" do not.
var closingVerbs = set(`believe think predict conclude concede complain comment maintain contend observe
	estimate forecast allege recall`)

// closingCue finds the closing reporting clause of sentence si: a comma,
// then a short speaker phrase and a speech verb (with its auxiliaries), or a
// speech verb and a short speaker phrase, then at most a short addressee or
// time ("told the BBC", "in a statement") before the sentence ends.
func (d *docState) closingCue(si int) (closing, bool) {
	s := d.sents[si]
	t, toks := s.tree, s.toks
	if t == nil {
		return closing{}, false
	}
	end := len(toks) - 1
	for end >= 0 && (toks[end].tag == "." || toks[end].tag == "``" || toks[end].text == ")") {
		end--
	}
	// "…, a Chinese official said, adding that …": the reporting clause
	// closes what was said; the participle after it says more of its own
	for k := end - 1; k >= 3; k-- {
		if toks[k].text == "," && toks[k+1].tag == "VBG" && clauseCues[d.verbLemma(si, k+1)] {
			end = k - 1
			break
		}
	}
	speech := func(k int) bool {
		if !toks[k].isVerb() || toks[k].tag == "VBG" || toks[k].tag == "VB" && k > 0 && toks[k-1].lower == "to" {
			return false
		}
		l := d.verbLemma(si, k)
		if toks[k].tag == "VBN" && (k == 0 || t.upos[k-1] != "AUX") && !sayCues[l] {
			// "…, with Jim Smith named": no one speaks ("said", "told" and
			// "added" are past tense as often as the tagger calls them
			// participles: "…," John Houlihan, editor of X told BBC News)
			return false
		}
		return clauseCues[l] || closingVerbs[l]
	}
	// a phrase that names someone: no verb, no comma, a noun or a pronoun in it
	nominal := func(lo, hi int) bool {
		if lo > hi || hi-lo > 7 {
			return false
		}
		noun := false
		for k := lo; k <= hi; k++ {
			switch {
			case toks[k].text == "," || toks[k].tag == "``" || toks[k].tag == "MD" || toks[k].tag == "VBD" || toks[k].tag == "VBZ" || toks[k].tag == "VBP" || toks[k].lower == "that" || toks[k].tag == "WP" || toks[k].tag == "WDT":
				return false
			case toks[k].isNoun() || toks[k].tag == "PRP" || t.upos[k] == "NOUN" || t.upos[k] == "PROPN" || t.upos[k] == "PRON":
				noun = true
			}
		}
		return noun
	}
	// what may follow the cue: "told the BBC", "in a statement", "on Monday"
	for tail := end; tail >= 0 && end-tail <= 5; tail-- {
		v := tail
		if !speech(v) {
			if toks[v].text == "," || toks[v].tag == "MD" || t.upos[v] == "VERB" || t.upos[v] == "AUX" {
				break
			}
			continue
		}
		if v < end && !nominal(v+1, end) && !(toks[v+1].tag == "IN" && v+1 < end && nominal(v+2, end)) {
			break
		}
		// "…, Ms Short has said": the speaker before the cue and its auxiliaries
		k := v - 1
		passive := false
		for k >= 0 && (toks[k].tag == "MD" || t.upos[k] == "AUX" || toks[k].tag == "RB" && toks[k].lower != "not" && toks[k].lower != "n't") {
			passive = passive || beForms[toks[k].lower] && toks[v].tag == "VBN"
			k--
		}
		if passive {
			break // "…, the group were told": who was told, not who said it
		}
		if k > 0 && toks[k].text == "," {
			k-- // the comma closing an apposition: "…, Lena Fischer, the finance chief, said"
		}
		for c := k - 1; c >= 2 && k-c <= 7; c-- {
			if toks[c].text == "," {
				lo := c + 1
				if lo < k && (toks[lo].tag == "``" || toks[lo].tag == "''") {
					lo++ // `…," Revolution Studios spokesman Sean Dudas said`: the closing mark after the comma
				}
				if nominal(lo, k) {
					// "…, Tina Tchen, the first lady's chief of staff, said": the
					// name before the apposition speaks
					for _, m := range d.mentions[si] {
						if m.last == c-1 && m.first >= 2 && m.ent != nil && m.ent.typ == TypePerson && (toks[m.first-1].text == "," || toks[m.first-1].tag == "``") {
							return closing{cue: v, spLo: m.first, spHi: k, comma: m.first - 1}, true
						}
					}
					return closing{cue: v, spLo: lo, spHi: k, comma: c}, true
				}
				break
			}
		}
		// "…, said a spokesman", "…, say the Tories": the speaker after the cue
		if v == tail && v >= 3 && toks[v-1].text == "," && v < end && toks[v+1].tag != "IN" && toks[v+1].tag != "TO" && nominal(v+1, end) && !addresseeVerbs[d.verbLemma(si, v)] {
			return closing{cue: v, spLo: v + 1, spHi: end, comma: v - 1}, true
		}
		break
	}
	// "…, said the company's chief executive, John Ferriola": a role and the
	// name in apposition after the cue
	for v := end - 3; v >= 3 && end-v <= 12; v-- {
		if !speech(v) || toks[v-1].text != "," || addresseeVerbs[d.verbLemma(si, v)] {
			continue
		}
		for c := v + 2; c < end; c++ {
			if toks[c].text != "," {
				continue
			}
			if nominal(v+1, c-1) && nominal(c+1, end) {
				if m := d.mentionAt(si, c+1); m != nil && m.ent != nil && m.ent.typ == TypePerson && m.first == c+1 && m.last == end {
					return closing{cue: v, spLo: c + 1, spHi: end, comma: v - 1}, true
				}
				// "…, said Tony Froggatt, S&N's chief executive": the name, then its role
				if m := d.mentionAt(si, v+1); m != nil && m.ent != nil && m.ent.typ == TypePerson && m.first == v+1 && m.last == c-1 {
					return closing{cue: v, spLo: v + 1, spHi: c - 1, comma: v - 1}, true
				}
			}
			break
		}
		break
	}
	return closing{}, false
}

// closingSpeaker resolves the speaker phrase of a closing reporting clause:
// a name in it, or the phrase with its head noun (the last noun before a
// preposition: "a spokesman for the Home Office" is a spokesman).
func (d *docState) closingSpeaker(si int, c closing) []arg {
	s := d.sents[si]
	t, toks := s.tree, s.toks
	h := -1
	for k := c.spLo; k <= c.spHi; k++ {
		if (t.upos[k] == "ADP" || toks[k].tag == "IN") && h >= 0 {
			break
		}
		if toks[k].isNoun() || toks[k].tag == "PRP" || t.upos[k] == "NOUN" || t.upos[k] == "PROPN" || t.upos[k] == "PRON" {
			h = k
		}
	}
	if h < 0 {
		return nil
	}
	if m := d.mentionAt(si, c.spLo); m != nil && m.ent != nil && m.ent.typ == TypePerson && m.first == c.spLo {
		return []arg{{ent: m.ent, first: m.first, last: m.last, start: m.start, end: m.end, text: m.surface}}
	}
	hi := c.spHi
	for k := h + 1; k <= c.spHi; k++ {
		if toks[k].tag == "IN" || t.upos[k] == "ADP" {
			if k > h+1 || toks[k].lower != "of" {
				hi = k - 1 // "the spokesman for the Home Office" keeps its head; "the leader of Labour" its of-phrase
			}
			break
		}
	}
	if m := d.mentionAt(si, h); m != nil && m.ent != nil {
		return []arg{{ent: m.ent, first: m.first, last: m.last, start: m.start, end: m.end, text: m.surface}}
	}
	if a, ok := d.nameArg(si, c.spLo, h, hi); ok {
		return []arg{a}
	}
	return nil
}

// beForms are the forms of "be" that make a participle passive.
var beForms = set(`be is are was were been being am`)

// sentenceAdverbs stand between a subject and its verb and are often tagged
// as nouns there ("Ed Davey meanwhile said").
var sentenceAdverbs = set(`meanwhile however also too instead later earlier now then again though separately
	likewise similarly nonetheless nevertheless`)

// cleanSpeaker cuts what the parser glued onto a speaker phrase: a time or an
// adverb after it ("Mr Straw last week", "the chancellor meanwhile") and a
// clause run into it ("Charles Kennedy has told voters his …"). The name
// inside, or the phrase without the glued words, is who speaks.
func (d *docState) cleanSpeaker(si int, a []arg) []arg {
	sp := a[0]
	if sp.ent == nil || sp.ent.typ != TypeConcept || sp.resolved || sp.last < sp.first {
		return a
	}
	s := d.sents[si]
	t, toks := s.tree, s.toks
	cut := sp.last + 1 // the first glued word
	for k := sp.first; k <= sp.last; k++ {
		if toks[k].tag == "MD" || toks[k].tag == "VBZ" || toks[k].tag == "VBD" || toks[k].tag == "VBP" || t.upos[k] == "AUX" {
			cut = k
			break
		}
	}
	for cut-1 > sp.first && (toks[cut-1].tag == "IN" || toks[cut-1].tag == "TO" || toks[cut-1].tag == "RB" || sentenceAdverbs[toks[cut-1].lower] || d.isTemporal(si, cut-1) || (toks[cut-1].lower == "last" || toks[cut-1].lower == "this" || toks[cut-1].lower == "next") && cut <= sp.last) {
		cut--
	}
	for cut-1 > sp.first && (toks[cut-1].lower == "last" || toks[cut-1].lower == "this" || toks[cut-1].lower == "next" || toks[cut-1].tag == "DT") {
		cut--
	}
	if cut > sp.last {
		return a
	}
	for cut-1 > sp.first && (toks[cut-1].text == "," || toks[cut-1].tag == "``") {
		cut--
	}
	if cut <= sp.first {
		return a[1:] // the whole phrase is a time or a clause: nobody is named
	}
	// the last person named in what is left, or a name heading it, speaks
	// ("Lib Dem spokesman Ed Davey"; not NATO in "other NATO allies")
	var name *mention
	for i, m := range d.mentions[si] {
		if m.ent != nil && m.ent.typ != TypeConcept && m.first >= sp.first && m.last < cut && (m.last == cut-1 || m.ent.typ == TypePerson) && (name == nil || m.first > name.first) {
			name = &d.mentions[si][i]
		}
	}
	if name != nil {
		return append([]arg{{ent: name.ent, first: name.first, last: name.last, start: name.start, end: name.end, text: name.surface}}, a[1:]...)
	}
	h := cut - 1
	for h > sp.first && !(toks[h].isNoun() || t.upos[h] == "NOUN" || t.upos[h] == "PROPN") {
		h--
	}
	if b, ok := d.nameArg(si, sp.first, h, cut-1); ok {
		return append([]arg{b}, a[1:]...)
	}
	return a[1:]
}

// thingObjectVerbs report speech as a clause, and their noun object is mostly
// a thing got or done ("added Pacific Assault to its catalogue", "reported
// profits", "wrote a book"), not what is said. ("claimed victory" says who
// won, as PolNeAR reads it, so claim is not one of them.)
var thingObjectVerbs = set(`add report write`)

// senseVerbs report what is seen, known or found; with a noun object they
// state a view only with what the object is or does ("a poll shows Trump
// leading", "sees the deal as a win"), never of the subject's own doing
// ("find yourself covering", "showed off their prowess").
var senseVerbs = set(`find show see know point`)

// statedObject reports whether the noun object o of learned cue v is what the
// speaker states.
func (d *docState) statedObject(si, v, o int) bool {
	s := d.sents[si]
	t, toks := s.tree, s.toks
	l := d.verbLemma(si, v)
	n := d.x.lx.lemmatize(toks[o].lower, true)
	if deedVerbs[l] {
		return false // "signed the agreement": a deed, learned cue or not
	}
	if thingObjectVerbs[l] {
		return cueNounLemmas[n] || stanceNouns[n] || contentNouns[n]
	}
	if senseVerbs[l] {
		if strings.HasSuffix(toks[o].lower, "self") || strings.HasSuffix(toks[o].lower, "selves") {
			return false
		}
		if p := t.child(v, "compound:prt"); p >= 0 && toks[p].lower != "out" {
			return false
		}
		// a view needs what the object is said to be or do: "sees the deal as
		// a win", "a poll shows Trump leading", "found Clinton with a lead";
		// a bare object is seen, found or had ("saw strong profits", "find
		// plenty of music")
		if t.child(v, "xcomp") >= 0 || t.child(o, "acl") >= 0 || t.child(o, "acl:relcl") >= 0 {
			return true
		}
		for _, c := range t.children(v, "obl") {
			if cs := d.caseOf(si, c); c > o && (cs == "as" || cs == "with") {
				return true
			}
		}
		return false
	}
	return true
}

// tokenTexts returns the words of toks as written.
func tokenTexts(toks []token) []string {
	out := make([]string, len(toks))
	for i, tk := range toks {
		out[i] = tk.text
	}
	return out
}

// openingCue reads "Liberal Democrat spokesman Mark Oaten said Labour was
// right …" off the surface when the tree names no speaker: a speech verb
// after a short speaker phrase that opens the sentence (behind at most a
// leading adverbial: "On Saturday, …"), and the rest of the sentence as
// what was said. It returns the speaker and the content's token range.
func (d *docState) openingCue(si, v int) ([]arg, int, int, bool) {
	s := d.sents[si]
	t, toks := s.tree, s.toks
	if t == nil || !clauseCues[d.verbLemma(si, v)] && !closingVerbs[d.verbLemma(si, v)] || toks[v].tag != "VBD" && toks[v].tag != "VBZ" && toks[v].tag != "VBP" && toks[v].tag != "VBN" {
		return nil, 0, 0, false
	}
	k := v - 1
	for k >= 0 && (toks[k].tag == "MD" || t.upos[k] == "AUX" || toks[k].tag == "RB" || toks[k].tag == "RBR" || sentenceAdverbs[toks[k].lower]) {
		k--
	}
	lo := 0
	if lo <= k && (toks[lo].tag == "IN" || toks[lo].tag == "RB" || toks[lo].tag == "VBG" || toks[lo].tag == "CC") {
		// a leading adverbial up to its comma: "On Saturday,", "Speaking after the debate,"
		for lo <= k && toks[lo].text != "," {
			lo++
		}
		lo++
	}
	if lo > k || k-lo > 9 {
		return nil, 0, 0, false
	}
	for j := lo; j <= k; j++ {
		tk := toks[j]
		if tk.tag == "MD" || tk.tag == "VBD" || tk.tag == "VBZ" || tk.tag == "VBP" || tk.tag == "WP" || tk.tag == "WDT" || tk.tag == "``" || tk.lower == "that" {
			return nil, 0, 0, false
		}
	}
	var sp []arg
	// a person named in the phrase, the last one ("Family Planning Association
	// chief executive, Anne Weyman,"), or a name heading it ("the Tories"; not
	// "Labour" in "a Labour spokesman")
	for _, m := range d.mentions[si] {
		if m.first >= lo && m.last <= k && m.ent != nil && (m.ent.typ == TypePerson || m.last == k && (len(sp) == 0 || sp[0].ent.typ != TypePerson)) && m.ent.typ != TypeConcept {
			sp = []arg{{ent: m.ent, first: m.first, last: m.last, start: m.start, end: m.end, text: m.surface}}
		}
	}
	if len(sp) == 0 {
		for j := lo; j <= k; j++ {
			if toks[j].text == "," {
				return nil, 0, 0, false // a clause or a list, not one phrase
			}
		}
		sp = d.closingSpeaker(si, closing{cue: v, spLo: lo, spHi: k})
	}
	if len(sp) == 0 {
		return nil, 0, 0, false
	}
	c := v + 1
	if addresseeVerbs[d.verbLemma(si, v)] {
		for c < len(toks) && c <= v+3 && (toks[c].tag == "PRP" || toks[c].tag == "DT" || toks[c].isProper() || toks[c].tag == "NNS") {
			c++
		}
	}
	for c < len(toks) && (toks[c].lower == "that" || toks[c].text == "," || toks[c].text == ":") {
		c++
	}
	hi := len(toks) - 1
	for hi > c && (toks[hi].tag == "." || toks[hi].tag == "``") {
		hi--
	}
	verb := false
	for j := c; j <= hi; j++ {
		verb = verb || t.upos[j] == "VERB" || t.upos[j] == "AUX" || toks[j].isVerb()
	}
	if !verb || hi-c < 2 {
		return nil, 0, 0, false
	}
	return sp, c, hi, true
}
