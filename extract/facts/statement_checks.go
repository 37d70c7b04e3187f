package facts

import "strings"

// Checks on attributed statements read off the tree: whom a speaker tells is
// not part of the words, a demand's addressee is a whole name, a document
// speaks for its named author, and candidates that report no words (indirect
// questions, bare times, reason clauses, comments or films as speakers, a
// relative clause after a list of names) are held back with a reason.

// objectPronouns are who a speaker tells: "told him he …".
var objectPronouns = set(`me you him her us them`)

// addresseeCut returns where the words of clause c, reported by a verb that
// takes whom it tells ("told the Times he hoped …"), begin when the parser
// hung the addressee on the clause instead of the verb: a noun phrase of c
// that opens its span before c's subject is who was spoken to, not part of
// what was said.
func (d *docState) addresseeCut(si, c, lo int) int {
	t, toks := d.sents[si].tree, d.sents[si].toks
	sb := t.child(c, "nsubj", "nsubj:pass", "expl")
	if sb < 0 || sb <= lo {
		return lo
	}
	// "told BBC Radio 4's Today programme Mr Blair had refused …": the
	// parser ran the addressee's last words into the subject's name; a
	// common noun right before an honorific ends the addressee, as no
	// name is written after one
	if slo, _ := t.span(sb, set(`punct`)); slo == lo {
		for k := lo + 1; k < sb; k++ {
			if d.x.lx.honorifics[strings.TrimSuffix(toks[k].lower, ".")] != 0 && strings.HasPrefix(toks[k-1].tag, "NN") && !strings.HasPrefix(toks[k-1].tag, "NNP") && !d.x.lx.titles[toks[k-1].lower] {
				return k
			}
		}
	}
	for _, k := range t.kids[c] {
		if k >= sb {
			continue
		}
		switch t.base(k) {
		case "obl", "obj", "iobj", "dep", "nmod":
		default:
			continue
		}
		if t.child(k, "case") >= 0 || d.isTemporal(si, k) {
			continue // "said in London he …", "said on Monday he …": the clause's own adverbial, or the cue's
		}
		klo, khi := t.span(k, set(`punct`))
		if klo != lo || khi >= sb || !(t.upos[k] == "NOUN" || t.upos[k] == "PROPN" || toks[k].tag == "PRP" && objectPronouns[toks[k].lower]) {
			continue
		}
		lo = khi + 1
		for lo < sb && (toks[lo].lower == "that" || toks[lo].text == ",") {
			lo++
		}
		return lo
	}
	return lo
}

// questionCues take a question as what they report: "asked whether …",
// "questioned how …", "wondered why …".
var questionCues = set(`ask question query inquire enquire wonder doubt`)

// questionOpeners open an indirect question ("explained what went wrong",
// "showed how to do it"). "Whether" is left: "refrained from confirming
// whether Ukraine would have an equal role" reports on a question put to
// the speaker, which the reference corpus counts as a statement.
var questionOpeners = set(`what how why where`)

// contentTokens returns the first and last token of sentence si inside the
// byte span sp, or ok false when the span starts in another sentence.
func (d *docState) contentTokens(si int, sp [2]int) (lo, hi int, ok bool) {
	if si < 0 || si >= len(d.sents) || d.sents[si].tree == nil {
		return 0, 0, false
	}
	lo, hi = -1, -1
	for k, tk := range d.sents[si].toks {
		if tk.start >= sp[0] && tk.end <= sp[1] {
			if lo < 0 {
				lo = k
			}
			hi = k
		}
	}
	return lo, hi, lo >= 0
}

// bareNoun reports whether noun k has only a determiner, adjectives,
// numbers and a preposition for dependents: "the next few days", not "his
// years at Stradey as …".
func bareNoun(t *tree, k int) bool {
	for _, c := range t.kids[k] {
		switch t.base(c) {
		case "det", "amod", "nummod", "compound", "case", "punct", "advmod":
		default:
			return false
		}
	}
	return true
}

// subordinators open a clause inside another; a question's verbs are counted up to one.
var subordinateOpeners = set(`when if because while after before as since until unless although though so that which who`)

// finiteGroups counts the runs of finite verbs in tokens (lo, hi] before a
// subordinate clause opens: "what went wrong when …" has one, "what was
// needed was one approach" two.
func finiteGroups(toks []token, lo, hi int) int {
	n := 0
	for k := lo + 1; k <= hi; k++ {
		if subordinateOpeners[toks[k].lower] {
			break
		}
		p := toks[k-1]
		aux := p.tag == "MD" || auxForms[p.lower]
		switch toks[k].tag {
		case "VBD", "VBZ", "VBP", "MD":
			if p.tag != "MD" {
				n++ // "what was needed WAS …", "what they were WAS …"
			}
		case "VBN":
			if !aux && (p.tag == "VBN" || p.tag == "VBD") {
				n++ // "how the measure was introduced REMAINED …", tagged a participle
			}
		}
	}
	return n
}

// auxForms are the auxiliaries a verb of the same group follows.
var auxForms = set(`be is are was were been being am have has had having do does did`)

// zeroRelative reports whether relative clause v on noun h opens with no
// relative word, a pronoun for its subject right after the noun: "the
// single track they thought they were getting" (not "an interview in which
// he accused …", nor a clause after a comma the parser hung on a noun
// before it).
func zeroRelative(t *tree, toks []token, h, v int) bool {
	sb := t.child(v, "nsubj")
	if h < 0 || h > v || sb != h+1 || toks[sb].tag != "PRP" {
		return false // (a pronoun right after the noun: the parser also calls "the announcement many analysts had said …" a relative clause)
	}
	for k := h + 1; k < v; k++ {
		switch {
		case toks[k].tag == "WDT" || toks[k].tag == "WP" || toks[k].tag == "WP$" || toks[k].tag == "WRB" || toks[k].lower == "that" || toks[k].text == "," || toks[k].tag == "IN":
			return false
		}
	}
	return true
}

// mainClauseAfterComma reports whether a comma in (lo, hi) is followed by
// a subject and a finite verb: "while he understood …, the country needed
// …" holds its main clause, however the parser hung it.
func mainClauseAfterComma(toks []token, lo, hi int) bool {
	for k := lo + 1; k < hi; k++ {
		if toks[k].text != "," {
			continue
		}
		j := k + 1
		for j <= hi && (toks[j].tag == "DT" || toks[j].tag == "PRP" || toks[j].tag == "PRP$" || toks[j].tag == "CD" || toks[j].tag == "POS" || strings.HasPrefix(toks[j].tag, "JJ") || toks[j].isNoun()) {
			j++
		}
		if j > k+1 && j <= hi {
			switch toks[j].tag {
			case "VBD", "VBZ", "VBP", "MD":
				return true
			}
		}
	}
	return false
}

// resultParticiples open a clause saying what follows from the one before:
// ", meaning aid could be delivered …", ", leaving …".
var resultParticiples = set(`meaning leaving making causing prompting allowing forcing sending pushing bringing
	adding saying`)

// clauseCount counts the runs of finite verbs in tokens [lo, hi] up to a
// participle clause after a comma (", meaning aid could be …"): "when his
// peerage was first announced" has one; "As the idea was to prove a point
// the fake domain has now been handed back" two, its main clause hung
// under the adverbial by the parser.
func clauseCount(toks []token, lo, hi int) int {
	n := 0
	for k := lo; k <= hi; k++ {
		if k > lo && toks[k-1].text == "," && resultParticiples[toks[k].lower] {
			break // (", prevailing winds meant …" is a noun phrase and counts)
		}
		aux := k > lo && (toks[k-1].tag == "MD" || auxForms[toks[k-1].lower] || strings.HasPrefix(toks[k-1].tag, "RB") && k-1 > lo && auxForms[toks[k-2].lower])
		switch toks[k].tag {
		case "VBD", "VBZ", "VBP", "MD":
			if !aux {
				n++
			}
		}
	}
	return n
}

// singleRoot reports whether one token of [lo, hi] only has its head
// outside the span (punctuation aside): the span is one phrase or clause.
func singleRoot(t *tree, lo, hi int) bool {
	n := 0
	for k := lo; k <= hi; k++ {
		if h := t.head[k]; (h < lo || h > hi) && t.rel[k] != "punct" {
			n++
		}
	}
	return n == 1
}

// spanRoot returns the first token of [lo, hi] whose head lies outside it:
// the word the rest of the span depends on.
func spanRoot(t *tree, lo, hi int) int {
	for k := lo; k <= hi; k++ {
		if h := t.head[k]; h < lo || h > hi {
			return k
		}
	}
	return -1
}

// statementHoldReason reports why statement p is not kept, or "": words that are a
// question, a time, a thing for a speaker, a list one member of which is
// made to speak, a passive participle's subject for its agent.
func (d *docState) statementHoldReason(p pendingStatement) string {
	if p.direct && perceptionCues[d.cueLemma(p.cue)] {
		if s, i, ok := d.cueVerb(p); ok && (s.toks[i].tag == "VB" || s.toks[i].tag == "VBN" || s.toks[i].tag == "VBG") {
			// "described not being able to see as simply "an inconvenience"",
			// "a program known as an "aggregator"": a quotation hung on an
			// infinitive or participle of seeing or knowing is a name or the
			// object of another verb, not words seen ("Standard Chartered sees
			// "the opportunity …"" states a view and is kept)
			return "a quotation under seeing or knowing"
		}
	}
	if p.direct || p.si != p.sj {
		return ""
	}
	lo, hi, ok := d.contentTokens(p.si, p.content)
	if !ok {
		return ""
	}
	s := d.sents[p.si]
	t, toks := s.tree, s.toks
	cue := d.cueLemma(p.cue)
	root := spanRoot(t, lo, hi)
	if w := toks[lo].text; questionOpeners[w] && !questionCues[cue] && !decisionCues[cue] && (lo == 0 || toks[lo-1].lower != "that") && root >= 0 && (t.head[lo] == root || lo == root) && finiteGroups(toks, lo, hi) < 2 {
		// "Duff explained what went wrong", "trying to figure out what had to
		// be done": an indirect question says what the words were about, not
		// what they said. "said what was needed was one approach" has the
		// question for subject of a verb after it (two finite verbs before
		// any subordinate clause), and "Why on earth will …, he demanded" is
		// a question asked in words: both are kept.
		return "a question, not words"
	}
	if root >= 0 && d.isTemporal(p.si, root) && bareNoun(t, root) && singleRoot(t, lo, hi) && !d.inSpan(p.si, p.sj, p.content, d.hasVerb) {
		return "a time for words" // "will be questioned by a judge over the next few days"
	}
	if w := toks[lo].lower; (adverbialOpeners[w] && w != "if" && w != "whether" || w == "because") && t.upos[lo] != "VERB" && root >= 0 && t.head[lo] == root && singleRoot(t, lo, hi) && !mainClauseAfterComma(toks, lo, hi) && clauseCount(toks, lo, hi) == 1 && (lo == hi || !strings.HasPrefix(toks[lo+1].tag, "RB") && toks[lo+1].tag != "VBG") {
		// "It urged people to go online … because donations could be
		// processed more quickly", "When Joy Rainey started competing … she
		// was continuing the family tradition": the words are only a reason or
		// a time; the clause they qualify is not in them. ("if" and "whether"
		// open questions too: "asked whether …", "wondered if …"; "until now
		// the US had …" and "after visiting the theatre he was …" are no
		// clause of their own, the verb after them is the main one)
		return "an adverbial clause alone for words"
	}
	if hi+1 < len(toks) && (toks[hi+1].text == ":" || toks[hi+1].tag == "``" && toks[hi+1].start > toks[hi].end) && toks[hi].isVerb() && (clauseCues[d.verbLemma(p.si, hi)] || sayCues[d.verbLemma(p.si, hi)] || d.x.lx.cues[d.verbLemma(p.si, hi)]) {
		// "He said the man shouted: "…"": the words end where someone else's
		// quotation opens; they say only who spoke it (a closing mark ends a
		// quoted word of the words themselves: "was not "rattled"")
		return "words that introduce a quotation"
	}
	if p.speaker != nil && p.speaker.typ != TypePerson && p.speaker.typ != TypeOrg && p.speaker.typ != TypeGPE && p.speaker.typ != TypeNORP {
		head := d.x.lx.lemmatize(headNoun(p.speaker.name), true)
		if speechActNouns[head] {
			// "a comment suggesting he wants …", "the comments refused to
			// apologise": what was said does not speak; its speaker is elsewhere
			return "words for speaker"
		}
		if tk, _, ok := d.cueToken(p); ok && depictionNouns[head] && (senseVerbs[cue] || objectCues[cue] || strings.HasPrefix(tk.tag, "JJ") || tk.tag == "RP") {
			// "The film shows Mr Howard laughing", "His film was highly critical
			// of …": a work depicts or takes a side; nobody's words are reported
			return "a work depicts, no words"
		}
	}
	if i, ok := d.cueIndex(p); ok {
		if lo > i && d.closesQuotation(p, i) {
			// ""I'd like to say the game will take place," Butragueno
			// declared of the charity match": the quotation is what the cue
			// reports; what it is about is no second statement
			return "the quotation's cue, read again for its object"
		}
		if t.rel[i] == "acl:relcl" && lo > i && toks[lo-1].lower != "that" && zeroRelative(t, toks, t.head[i], i) && root >= 0 && t.upos[root] == "VERB" && t.child(root, "obj", "ccomp", "xcomp", "obl") < 0 {
			// "the single track they thought they were getting": in a relative
			// clause with no relative word, what the cue reports lacks the
			// noun it is about ("getting" what?)
			return "words with a relative gap"
		}
		if t.rel[i] == "acl:relcl" && d.namedList(p.si, t.head[i]) {
			if sb := t.child(i, "nsubj"); sb >= 0 && (toks[sb].tag == "WP" || toks[sb].tag == "WDT") {
				// "London Clubs International, Rank Group and Stanley Leisure, who
				// had been hoping …": the clause speaks for the whole list, and a
				// statement names one speaker, so any one of them is wrong
				return "a list's relative clause"
			}
		}
		if toks[i].tag == "VBN" && t.rel[i] == "acl" && lo > i && t.child(i, "obl:agent") < 0 && d.speakerIsHead(p, t.head[i]) {
			// "has seen many firms cautioned for not honouring them": the noun a
			// past participle modifies undergoes it; nobody is named saying it
			// ("…, the government department for planning said." read as a
			// participle closes what it reports and is left alone)
			return "a participle's noun undergoes it"
		}
		if (toks[i].tag == "VBN" || toks[i].tag == "VBD") && t.child(i, "nsubj") < 0 && t.child(i, "aux") < 0 && i > 0 && lo > i && toks[i-1].isNoun() && !(toks[i-1].start >= p.speakerSpan[0] && toks[i-1].end <= p.speakerSpan[1]) && agentAtEnd(toks, lo, hi) {
			// "in a move branded a "humiliating retreat" by the Tories": a reduced
			// passive whose agent speaks, not the subject the parser reached
			return "a passive participle's agent speaks"
		}
	}
	return ""
}

// namedList reports whether token h stands in a list of three names or
// more ("London Clubs International, Rank Group and Stanley Leisure"):
// a relative clause after it may speak for all of them. (With two, "Microsoft
// and attorney general Eliot Spitzer, who alleged …", the clause is as often
// the last one's.)
func (d *docState) namedList(si, h int) bool {
	t := d.sents[si].tree
	if h < 0 {
		return false
	}
	first := h
	for t.rel[first] == "conj" && t.head[first] >= 0 {
		first = t.head[first]
	}
	items := append([]int{first}, t.children(first, "conj")...)
	if len(items) < 3 {
		return false
	}
	for _, k := range items {
		if t.upos[k] != "PROPN" {
			return false
		}
	}
	return true
}

// speechActNouns name what was said; a phrase they head is never its speaker.
var speechActNouns = set(`comment remark suggestion allegation accusation assertion quote quotation`)

// depictionNouns name works that show or tell a story rather than state.
var depictionNouns = set(`film movie documentary programme show video series drama photo photograph picture
	painting poster`)

// cueIndex returns the token of statement p's cue, a verb or an adjective
// outside its words, in the sentence the statement starts in.
func (d *docState) cueIndex(p pendingStatement) (int, bool) {
	w := firstWord(p.cue)
	s := d.sents[p.si]
	if s.tree == nil {
		return 0, false
	}
	for i, tk := range s.toks {
		if tk.text == w && (tk.end <= p.content[0] || tk.start >= p.content[1]) {
			return i, true
		}
	}
	return 0, false
}

// speakerIsHead reports whether statement p's speaker is written as the
// phrase headed by token h.
func (d *docState) speakerIsHead(p pendingStatement, h int) bool {
	if h < 0 || p.speakerSpan[1] <= p.speakerSpan[0] {
		return false
	}
	tk := d.sents[p.si].toks[h]
	return tk.start >= p.speakerSpan[0] && tk.end <= p.speakerSpan[1]
}

// agentAtEnd reports whether tokens [lo, hi] end in a "by" phrase naming
// someone: "… a "humiliating retreat" by the Tories".
func agentAtEnd(toks []token, lo, hi int) bool {
	for k := hi; k > lo && hi-k <= 5; k-- {
		if toks[k].lower == "by" {
			return k < hi && (toks[hi].isProper() || toks[hi].isNoun())
		}
		if toks[k].isVerb() || toks[k].text == "," {
			return false
		}
	}
	return false
}

// coordinatedCueSpeaker returns who speaks through cue v when v is a
// conjunct with no subject of its own hung inside what another cue of the
// same verb reports: "The shadow chancellor said Mr Brown's "golden rule"
// had "turned to dross" and said he was borrowing …" — the second "said" is
// the chancellor's, not the golden rule's. ok is false when v is no such cue.
func (d *docState) coordinatedCueSpeaker(si, v int) ([]arg, bool) {
	t := d.sents[si].tree
	if t.rel[v] != "conj" || t.child(v, "nsubj") >= 0 || t.child(v, "nsubj:pass") >= 0 {
		return nil, false
	}
	l := d.verbLemma(si, v)
	for k, steps := t.head[v], 0; k >= 0 && steps < 6; k, steps = t.head[k], steps+1 {
		if b := t.base(k); b != "ccomp" && b != "parataxis" || t.head[k] < 0 {
			continue
		}
		w := t.head[k]
		if w < v && d.verbLemma(si, w) == l && t.child(w, "nsubj") >= 0 {
			return d.treeSpeakers(si, w), true
		}
		return nil, false
	}
	return nil, false
}

// addresseeThat cuts from what addressee verb v reports the addressee the
// parser left in front of it with its "that": "has told a court that fraud
// charges … are "false"" reports "fraud charges … are false", said to a
// court; "told a meeting of farmers that …" what was said at the meeting.
func (d *docState) addresseeThat(si, v int, c *content) {
	toks := d.sents[si].toks
	if v < 0 || c == nil || c.lo != v+1 || !addresseeVerbs[d.verbLemma(si, v)] {
		return
	}
	for k := c.lo; k <= c.hi && k <= c.lo+5; k++ {
		tk := toks[k]
		if tk.lower == "that" && k > c.lo && k < c.hi {
			c.lo = k + 1
			return
		}
		if !(tk.tag == "DT" || tk.tag == "PRP$" || tk.lower == "of" || strings.HasPrefix(tk.tag, "JJ") || tk.isNoun() || tk.tag == "PRP" && objectPronouns[tk.lower] || tk.tag == "POS") {
			return
		}
	}
}

// nounsInfinitive reports whether clause c, an infinitive the parser hung on
// the verb right after its object o, is the object's own ("rejected the Lib
// Dem's call to open up the books"): what was rejected is the call to do it.
func (d *docState) nounsInfinitive(si, o, c int) bool {
	t, toks := d.sents[si].tree, d.sents[si].toks
	if t.base(c) != "advcl" && t.base(c) != "xcomp" || !infinitiveNouns[d.x.lx.lemmatize(toks[o].lower, true)] {
		return false
	}
	m := t.child(c, "mark")
	if m < 0 || toks[m].lower != "to" {
		return false
	}
	_, ohi := t.span(o, set(`punct`))
	return m == ohi+1
}

// authoredWorks are documents whose author a "by" phrase names.
var authoredWorks = set(`report study survey poll research review analysis figure data statistic book paper
	audit assessment estimate forecast`)

// workAuthor returns the body or person a document at token h is by, when
// the article names them there: "according to a recent impact study by the
// country's State Planning Organisation", "a survey by Goldman Sachs found",
// "figures released by the Cabinet Office showed" — the named author
// speaks through the document. ("one analyst quoted by AFP" is no document:
// AFP only quotes.)
func (d *docState) workAuthor(si, h int) (arg, bool) {
	t, toks := d.sents[si].tree, d.sents[si].toks
	if h < 0 || h >= len(toks) || !authoredWorks[d.x.lx.lemmatize(toks[h].lower, true)] {
		return arg{}, false
	}
	var by []int
	for _, k := range t.kids[h] {
		switch t.base(k) {
		case "nmod":
			if d.caseOf(si, k) == "by" {
				by = append(by, k)
			}
		case "acl":
			// "figures released on Tuesday by the BPI": the participle's agent
			// (not "a study, which was commissioned by …": who pays for a
			// study is not who wrote it)
			if toks[k].tag == "VBN" && t.rel[k] == "acl" {
				for _, a := range t.kids[k] {
					if t.rel[a] == "obl:agent" || t.base(a) == "obl" && d.caseOf(si, a) == "by" {
						by = append(by, a)
					}
				}
			}
		}
	}
	for _, k := range by {
		if t.child(k, "conj") >= 0 {
			continue // "by the Licensed Taxi Drivers Association and Pointsec": one of them is not the author
		}
		if m := d.mentionAt(si, k); m != nil && m.ent != nil && (m.ent.typ == TypeOrg || m.ent.typ == TypePerson) && !m.ent.weakType {
			return arg{ent: m.ent, first: m.first, last: m.last, start: m.start, end: m.end, text: m.surface}, true
		}
	}
	return arg{}, false
}

// closesQuotation reports whether cue i of statement p follows a quotation
// that ends, with its comma, right before the speaker and the cue
// (""…," Butragueno declared"): the cue reports that quotation.
func (d *docState) closesQuotation(p pendingStatement, i int) bool {
	toks := d.sents[p.si].toks
	k := i - 1
	for k >= 0 && toks[k].start >= p.speakerSpan[0] && toks[k].end <= p.speakerSpan[1] && p.speakerSpan[1] > p.speakerSpan[0] {
		k--
	}
	for k >= 0 && (toks[k].text == "," || toks[k].tag == "MD" || auxForms[toks[k].lower]) {
		k--
	}
	return k >= 1 && k < i-1 && toks[k].tag == "``" && strings.ContainsAny(toks[k].text, "\"'”’") && toks[k-1].text == ","
}
