package facts

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// pendingRelation is a relation whose entities get their final ids in finish.
type pendingRelation struct {
	si, sj     int
	subj, obj  arg
	pred, text string
	quals      map[string]string
	negated    bool
	modality   string
	attr       *docEntity
	attrSpan   [2]int
	conf       float64
	// origin is the reading that found it (clause, event, stance, nominal,
	// apposition) and verb the token of its verb (-1: none), for the
	// confidence model.
	origin string
	verb   int
	// learned says conf is the confidence model's, signals what it weighed.
	learned bool
	signals []string
}

func (p pendingRelation) record(d *docState) Relation {
	// Specific facts are more often right than vague ones (measured on CaRB dev:
	// tuples with qualifiers 0.76 precision against 0.57; one-word concept objects 0.51).
	if !p.learned && len(p.quals) > 0 {
		p.conf += 0.04
	}
	if !p.learned && p.obj.ent != nil && p.obj.ent.typ == TypeConcept && !strings.Contains(strings.TrimSpace(p.obj.text), " ") {
		p.conf -= 0.04
	}
	if !p.learned && len(strings.Fields(p.text)) >= 3 {
		p.conf += 0.03 // "was released for", "agreed to begin": the verb's frame was read whole
	}
	// A predicate is one token ("hold-role", "be-exchanged"): it becomes an IRI in the store.
	r := Relation{Kind: KindRelation, Provenance: d.prov(p.si, p.sj, p.conf, p.signals),
		Subject: d.ref(p.subj.ent, p.subj.start, p.subj.end), Predicate: strings.ReplaceAll(p.pred, " ", "-"), PredicateText: p.text,
		Object: d.ref(p.obj.ent, p.obj.start, p.obj.end), Qualifiers: p.quals, Negated: p.negated,
		Modality: p.modality}
	if r.Modality == "" {
		r.Modality = ModalityAsserted
	}
	if p.attr != nil {
		a := d.ref(p.attr, p.attrSpan[0], p.attrSpan[1])
		r.AttributedTo = &a
	}
	return r
}

// relativeTime reports whether a time phrase names its time only against
// another ("the morning", "the coming months", "this week"): no date a
// relation can point at, unlike "March" or "2001".
func relativeTime(phrase string) bool {
	switch strings.ToLower(firstWord(phrase)) {
	case "the", "this", "that", "these", "those", "a", "an", "its", "his", "her", "their", "our", "my", "next", "last", "every", "each",
		"recent", "past", "coming", "previous", "following", "few", "several", "many", "some": // "in recent months"
		return true
	}
	return false
}

// smallClause reads verb a's object with a predicate of its own: ok when
// there is none, or the predicate is one adjective x ("leave the flaw
// unpatched" → leave-unpatched, x its token); not ok when the predicate is
// longer or a verb ("make producers more competitive", "let Kelly get
// away"): the object alone is not what the verb does to it. Open IE keeps
// the object, as CaRB's annotators do.
func (d *docState) smallClause(si, a int) (x int, ok bool) {
	t := d.sents[si].tree
	x = t.child(a, "xcomp")
	o := t.child(a, "obj")
	if o < 0 {
		o = t.child(a, "iobj") // "allow people to swap …" parsed with people as the receiver
	}
	if l := d.verbLemma(si, a); !d.x.opts.SingleSentence && o > a && causeVerbs[l] {
		// "has seen her book Small Island win the award", "had a bucket of
		// slurry thrown over him", "made it a contender": what is seen, had or
		// made is the object's deed or state, not the object (the parser
		// often hangs that verb on the object as a reduced relative)
		toks := d.sents[si].toks
		for _, c := range t.children(o, "acl", "acl:relcl") {
			if c < o || t.child(c, "mark", "nsubj", "nsubj:pass", "aux") >= 0 || commaBetween(toks, o, c) || toks[c].lower == "compared" {
				continue // (", compared to EA's": an aside on the object)
			}
			switch toks[c].tag {
			case "VB", "VBD", "VBN":
				return -1, false // "saw her book win", "had a bucket of slurry thrown over him"
			case "VBG":
				if perceptionCues[l] || l == "hear" {
					return -1, false // "saw prices rising" ("made his money buying up property" keeps it)
				}
			}
		}
		if l == "make" && toks[o].lower == "it" {
			for _, k := range t.kids[a] {
				if k > o && t.upos[k] == "NUM" {
					return -1, false // "made it two", "made it 4-1": the score, not a thing made
				}
			}
		}
		if l == "make" {
			for _, k := range t.kids[a] {
				if k > a && k < o && t.upos[k] == "PRON" && t.base(k) != "nmod:poss" && t.base(k) != "iobj" {
					return -1, false // "made it a contender": the pronoun is what is made, the noun what it becomes
				}
			}
		}
	}
	if d.x.opts.SingleSentence || x < 0 || o < 0 {
		return -1, true
	}
	switch t.upos[x] {
	case "ADJ", "ADV":
		if len(t.kids[x]) == 0 {
			return x, true
		}
		return -1, false
	case "VERB":
		if enablingVerbs[d.verbLemma(si, a)] {
			return -1, false // "would allow people to swap payments": who is allowed is nothing without what
		}
		return -1, t.child(x, "mark") >= 0 // "asked them to leave" keeps its object
	}
	return -1, true
}

// enablingVerbs make their object able to do something: the object alone is
// not what the verb relates ("allow the UK to deport suspects").
var enablingVerbs = set(`allow let enable permit`)

// causeVerbs take a small clause: the object and what it does or becomes
// ("saw the focus intensify", "had his car towed", "made it a contender").
var causeVerbs = set(`see watch hear have make get let`)

// pendingStatement is a statement whose entities get their final ids in finish.
type pendingStatement struct {
	si, sj      int
	speaker     *docEntity // nil: unknown
	speakerSpan [2]int
	cue         string
	content     [2]int   // byte span of the content in the article
	gaps        [][2]int // spans inside content that are not the words said: the cue interrupting a quotation
	direct      bool
	about       []arg
	stance      string
	conf        float64
	dropInside  bool     // held back with the facts inside its words: a speaker linked to no name, a story told
	signals     []string // what the confidence model weighed, with Options.Signals
}

// words is the content's text without its gaps: “We will win,” he said. “Next
// year too.” says "We will win. Next year too.", not the cue between.
func (p pendingStatement) words(text string) string {
	var b strings.Builder
	at := p.content[0]
	for _, g := range p.gaps {
		b.WriteString(strings.TrimSpace(text[at:g[0]]))
		at = g[1]
		next, _ := utf8.DecodeRuneInString(strings.TrimLeft(text[at:], " "))
		// a cue between two commas interrupts one clause and closes no
		// sentence: "Also, said Mr Flynn, Vodafone has …"
		gt := strings.TrimSpace(text[g[0]:g[1]])
		inClause := len(gt) > 1 && gt[0] == ',' && gt[len(gt)-1] == ','
		if last, _ := utf8.DecodeLastRuneInString(b.String()); !inClause && !unicode.IsLower(next) && !strings.ContainsRune(".?!", last) {
			b.WriteByte('.') // the sentence the cue closed
		}
		b.WriteByte(' ')
	}
	b.WriteString(strings.TrimSpace(text[at:p.content[1]]))
	return b.String()
}

func (p pendingStatement) record(d *docState) Statement {
	st := Statement{Kind: KindStatement, Provenance: d.prov(p.si, p.sj, p.conf, p.signals),
		Speaker: d.ref(p.speaker, p.speakerSpan[0], p.speakerSpan[1]), Cue: p.cue,
		Content: p.words(d.doc.Text), ContentSpan: p.content,
		Direct: p.direct, Stance: p.stance}
	seen := map[string]bool{}
	for _, a := range p.about {
		r := d.ref(a.ent, a.start, a.end)
		if seen[r.ID] || a.ent == p.speaker {
			continue
		}
		seen[r.ID] = true
		st.About = append(st.About, r)
	}
	return st
}

// idiomNouns are the nouns of verb phrases that take nothing: "take part",
// "take place".
var idiomNouns = set(`part place`)

// participlePrepositions are participles news uses as prepositions.
var participlePrepositions = set(`following regarding concerning considering excluding barring pending
	notwithstanding`)

// locativePrepositions say where a thing is: "the countries in Europe".
var locativePrepositions = set(`in at near inside outside`)

// honorifics are titles of address, not roles: "Mr. Baker".
var honorifics = set(`mr. mrs. ms. dr. mr mrs ms dr sir dame madam`)

// conditionals open clauses that state a condition, not a fact.
var conditionals = set(`if unless whether`)

// demonstratives stand alone as subjects: "That amounts to …", "This often results in …".
var demonstratives = set(`this that these those`)

// indefinitePronouns name nobody in particular; facts about them are not kept.
var indefinitePronouns = set(`nobody nothing everyone everybody someone somebody anyone anybody no-one none`)

// temporalWords head phrases that say when, never what.
var temporalWords = set(`monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow
	week weeks month months year years morning evening night weekend decade january february march april
	may june july august september october november december afternoon tonight noon midnight day days
	hour hours minute minutes spring summer autumn winter christmas easter`)

// quantifiers approximate an amount before a noun phrase: "around one-fifth".
var quantifiers = set(`around about nearly almost roughly approximately over some more than less under`)

// speechNouns stand for what their possessor said or holds: "Hegseth's assertion",
// "the Biden administration's position".
var speechNouns = set(`assertion assertions statement statements remarks remark comments comment words position
	stance view views claim claims announcement commitment policy argument warning message`)

// utterances are words said: "his comments" are his.
var utterances = set(`comments comment remarks remark words statement statements assertion assertions claim claims`)

// evaluative words that, said of something, reject or support it.
// rejectWords and supportWords judge a plan or a claim. Words of likelihood
// or weight ("possible", "unlikely", "inevitable", "important") say how things
// stand, not whether the speaker is for them: "computing capacity is as
// important a commodity as hardware" backs nothing.
var rejectWords = set(`unrealistic impractical unacceptable illusionary illusory unviable
	unworkable wrong dangerous ridiculous pointless futile absurd unnecessary`)

var supportWords = set(`realistic practical good right necessary essential steadfast
	productive meaningful vital crucial welcome`)

// addOnce adds a mention the rules found (a concept, a role, a place behind
// a demonym) to the entity table once: the same words read again — a subject
// looked up for a clause, then for salience — are the same mention, not a
// second one.
func (d *docState) addOnce(m *mention) *docEntity {
	key := addedKey{m.start, m.end, m.typ}
	if e, ok := d.added[key]; ok {
		return e
	}
	e := d.table.add(m)
	if d.added == nil {
		d.added = map[addedKey]*docEntity{}
	}
	d.added[key] = e
	return e
}

// addedKey identifies a mention the rules added: its span and type.
type addedKey struct {
	start, end int
	typ        string
}

// mentionAt returns the mention covering token k of sentence si.
func (d *docState) mentionAt(si, k int) *mention {
	for i := range d.mentions[si] {
		m := &d.mentions[si][i]
		if k >= m.first && k <= m.last {
			return m
		}
	}
	return nil
}

// conceptArg names tokens [i, j] as a concept (an adjective or noun phrase).
func (d *docState) conceptArg(si, i, j int) (arg, bool) {
	s := d.sents[si]
	toks := s.toks
	for i < j && (toks[i].tag == "DT" || toks[i].tag == "RB") {
		i++
	}
	if m := d.mentionAt(si, j); m != nil && m.ent != nil && m.first <= i {
		return arg{ent: m.ent, first: i, last: j, start: m.start, end: m.end, text: m.surface}, true
	}
	name := s.textOf(toks[i].start, toks[j].end)
	if len(name) < 3 {
		return arg{}, false
	}
	e := d.addOnce(&mention{surface: name, typ: TypeConcept, start: toks[i].start, end: toks[j].end})
	return arg{ent: e, first: i, last: j, start: toks[i].start, end: toks[j].end, text: name}, true
}

func boolf(b bool, f float64) float64 {
	if b {
		return f
	}
	return 0
}

// stance reads the content's attitude: rejection when it negates or calls something
// unrealistic, support when it affirms, neutral otherwise.
func (d *docState) stance(toks []token, cueLemma string) string {
	lx := d.x.lx
	switch {
	case rejectStanceCues[cueLemma]:
		return StanceRejects
	case supportStanceCues[cueLemma]:
		return StanceSupports
	case hedgeCues[cueLemma] || len(toks) > 0 && toks[len(toks)-1].text == "?":
		return StanceNeutral // a question or a guess takes no side
	}
	// The content judges when it holds a judging word; a negation in the three
	// words before turns it round ("not good", "never wrong").
	neg, pos := 0, 0
	for i, t := range toks {
		bad, good := lx.negWords[t.lower], lx.posWords[t.lower]
		if !bad && !good {
			continue
		}
		for k := max(0, i-3); k < i; k++ {
			if negators[toks[k].lower] {
				bad, good = good, bad
				break
			}
		}
		if bad {
			neg++
		}
		if good {
			pos++
		}
	}
	switch {
	case neg > pos:
		return StanceRejects
	case pos > neg:
		return StanceSupports
	}
	return StanceNeutral
}

// Cues that take a side by themselves, and cues that hedge or ask.
var (
	rejectStanceCues  = set(`reject dismiss deny oppose condemn criticise criticize denounce attack slam blast decry deplore`)
	supportStanceCues = set(`welcome praise back support endorse applaud hail commend`)
	hedgeCues         = set(`ask question wonder suggest speculate`)
	negators          = set(`not n't never no nor hardly`)
)

// stanceRelation turns an evaluation inside what a speaker said into a relation:
// "returning to pre-2014 borders is an unrealistic objective" → speaker —reject→
// pre-2014 borders. inner are the relations read from the content; target is the
// first phrase of the content, used when the cue itself rejects ("dismissed suggestions …").
func (d *docState) stanceRelation(si int, sp arg, cue, cueLemma string, inner []pendingRelation, first *arg, conf float64) {
	emit := func(pred string, target arg) {
		if target.ent == nil || target.ent == sp.ent {
			return
		}
		for _, p := range d.pendingRels {
			if p.si == si && p.subj.ent == sp.ent && p.obj.ent == target.ent {
				return // "Poland rejected its adoption": the clause says it already
			}
		}
		d.pendingRels = append(d.pendingRels, pendingRelation{origin: "stance", verb: -1, si: si, sj: si, subj: sp, obj: target,
			pred: pred, text: cue, conf: conf, modality: ModalityReported})
	}
	switch cueLemma {
	case "reject", "dismiss", "deny", "oppose":
		if first != nil {
			emit("reject", *first)
		}
		return
	}
	for _, r := range inner {
		if r.pred != "be" && r.pred != "remain" && r.pred != "seem" {
			continue
		}
		rej, sup := false, false
		for _, w := range strings.Fields(strings.ToLower(plain(r.obj.text))) {
			w = strings.Trim(w, ",.;:\"'")
			rej = rej || rejectWords[w]
			sup = sup || supportWords[w]
		}
		switch {
		case r.negated && sup || !r.negated && rej:
			emit("reject", r.subj)
		case !r.negated && sup:
			emit("support", r.subj)
		}
	}
}

// clauseArg names tokens [i, j] — a clause used as an argument — as a concept.
func (d *docState) clauseArg(si, i, j int) (arg, bool) {
	s := d.sents[si]
	toks := s.toks
	if j < i {
		return arg{}, false
	}
	name := s.textOf(toks[i].start, toks[j].end)
	e := d.addOnce(&mention{surface: name, typ: TypeConcept, start: toks[i].start, end: toks[j].end})
	return arg{ent: e, first: i, last: j, start: toks[i].start, end: toks[j].end, text: name}, true
}

// clauses extracts the relations and reported statements of sentence si.
func (d *docState) clauses(si int) {
	d.salientAt = append(d.salientAt, salience{d.lastPerson, d.lastThing, d.lastGroup})
	if s := d.sents[si]; s.tree == nil && !s.parsed {
		// prepare parses every sentence (and reports a failure); a caller that
		// built the state itself gets the tree here
		s.tree, _ = d.x.parse(s.text, s.toks, d.mentions[si])
		s.parsed = true
	}
	if d.sents[si].tree == nil {
		return // too long to parse: its names and quotations are still read
	}
	d.repairCoordination(si)
	d.repairModifierCoordination(si)
	d.repairDativeObjects(si)
	d.repairOfComplements(si)
	d.treeClauses(si)
	d.treeStatements(si)
	d.nominalRelations(si)
	d.updateSalience(si)
}

// repairCoordination reattaches a verb the parser coordinated with a
// reporting verb across the clause it reports: in "Peskov revealed that Putin
// invited Trump and expressed …" the second verb continues the reported
// clause (Putin expressed), unless it reports too ("said … and added that").
func (d *docState) repairCoordination(si int) {
	t := d.sents[si].tree
	toks := d.sents[si].toks
	changed := false
	// "told NATO allies that Europe must spend more" parsed as a relative clause
	// on "allies": a "that" beside another subject or object of its clause is
	// the complementiser, and the clause is what the cue reports.
	for th, r := range t.head {
		if r < 0 || toks[th].lower != "that" || t.rel[r] != "acl:relcl" || (t.base(th) != "obj" && t.base(th) != "nsubj") {
			continue
		}
		other := false
		for _, c := range t.kids[r] {
			other = other || c != th && t.base(c) == t.base(th)
		}
		if !other {
			continue
		}
		t.rel[th] = "mark" // "assertion that …" keeps its clause: the noun's content
		if n := t.head[r]; n >= 0 && t.head[n] >= 0 && (t.base(n) == "obj" || t.base(n) == "iobj") && d.isCue(si, t.head[n]) &&
			!cueNounLemmas[d.x.lx.lemmatize(toks[n].lower, true)] && !contentNouns[d.x.lx.lemmatize(toks[n].lower, true)] {
			t.head[r], t.rel[r] = t.head[n], "ccomp"
		}
		changed = true
	}
	for v, h := range t.head {
		if h < 0 || t.rel[v] != "conj" || !d.isCue(si, h) || d.isCue(si, v) && t.child(v, "ccomp") >= 0 || t.child(v, "nsubj") >= 0 {
			continue
		}
		if c := t.child(h, "ccomp"); c > h && c < v {
			t.head[v] = c
			changed = true
		}
	}
	if changed {
		t.relink()
	}
}

// personNamedIn reports whether a person is named in sentence si before token k.
func (d *docState) personNamedIn(si, k int) bool {
	for _, m := range d.mentions[si] {
		if m.last < k && m.ent != nil && m.ent.typ == TypePerson {
			return true
		}
	}
	return false
}

// salience is who "he", "it" and "they" most likely mean at a point of the article.
type salience struct {
	person, thing *docEntity
	group         []*docEntity
}

// at restores the salience as it was before sentence si, and returns a
// function that puts back the current one.
func (d *docState) at(si int) func() {
	now := salience{d.lastPerson, d.lastThing, d.lastGroup}
	if si >= 0 && si < len(d.salientAt) {
		st := d.salientAt[si]
		d.lastPerson, d.lastThing, d.lastGroup = st.person, st.thing, st.group
	}
	return func() {
		d.lastPerson, d.lastThing, d.lastGroup = now.person, now.thing, now.group
	}
}

// factContext is what the sentence says about a clause: asserted, reported
// by someone, or not asserted at all (a condition, a question, a denial).
type factContext struct {
	attr     *docEntity // who reports it
	attrSpan [2]int
	modality string // "" asserted, ModalityReported, ModalityPossible
	reporter int    // the reporting verb, or -1
}

// rejectCues deny or dismiss what they report: the clause is not asserted,
// by them or anyone.
var rejectCues = set(`deny dismiss reject refute dispute doubt`)

// adverbialMarks open clauses that say when, why or despite what, never
// what an adjective is about: "is obscene although it …", "was angry when …".
var adverbialMarks = set(`if because as when while although though whereas since after before until unless once so lest`)

// relativeOnNoun reports whether clause c is a relative clause whose noun is
// one of its arguments, not the noun's content: "the statement that was
// shown to the cabinet", "the allegations, which he has denied", "remarks he
// made about Arabs" (he made the remarks), against "claims that he had
// fiddled the figures". A relative pronoun in an argument's place says so; a
// clause without one must lack the object of a verb that takes such a noun
// (the lexicon's light verbs: "make remarks", "express concerns").
func (d *docState) relativeOnNoun(si, c int) bool {
	t, toks := d.sents[si].tree, d.sents[si].toks
	if t.rel[c] != "acl:relcl" {
		return false
	}
	light := d.x.lx.lightVerbs[d.verbLemma(si, c)]
	subjects := len(t.children(c, "nsubj", "nsubj:pass"))
	for _, k := range t.kids[c] {
		switch t.base(k) {
		case "nsubj", "obj", "obl":
			if toks[k].lower != "that" && (toks[k].tag == "WDT" || toks[k].tag == "WP") {
				return true // "which he has denied": no content clause opens so
			}
			if toks[k].lower == "that" && t.upos[k] == "PRON" && (t.base(k) == "nsubj" && subjects == 1 || light) {
				// "the statement that was shown", "the remarks that he made"; not
				// "signs that oil prices are easing", read with "that" an object
				return true
			}
		}
	}
	return subjects == 1 && t.child(c, "nsubj") >= 0 && t.child(c, "mark") < 0 && !hasChild(t, c, "obj", "ccomp", "xcomp", "aux:pass") && light
}

// timeMarks open a clause of time.
var timeMarks = set(`once when whenever until till before after`)

// futureTime reports whether adverbial clause c, in the present tense with
// no modal of its own, hangs on a clause that is only planned or possible:
// English puts the future of a time clause in the present ("Turkey could help
// once its population comes of age", "prices will rise when demand
// recovers"), so what it says has not happened either.
func (d *docState) futureTime(si, c int) bool {
	t, toks := d.sents[si].tree, d.sents[si].toks
	h := t.head[c]
	if h < 0 || t.base(c) != "advcl" {
		return false
	}
	timed := false // "after it completes" (a mark), "when the bank publishes" (an adverb)
	for _, k := range t.children(c, "mark", "advmod") {
		timed = timed || k < c && timeMarks[toks[k].lower]
	}
	if !timed {
		return false
	}
	tense := toks[c].tag
	if cop := t.child(c, "cop"); cop >= 0 {
		tense = toks[cop].tag
	}
	for _, k := range t.children(c, "aux", "aux:pass") {
		tense = toks[k].tag
		if toks[k].tag == "MD" {
			return false // "when it would …": its own modality
		}
	}
	if tense != "VBZ" && tense != "VBP" {
		return false
	}
	hf, _ := d.frameOf(si, h)
	for !hf.future && hf.modality != ModalityPossible && t.base(h) == "xcomp" && t.head[h] >= 0 {
		h = t.head[h] // "could help alleviate a shortage once …": the modal is on the verb above
		hf, _ = d.frameOf(si, h)
	}
	return hf.future || hf.modality == ModalityPossible
}

// interrogativeArgument reports whether clause c asks which: its subject
// or object is fixed by an interrogative determiner ("which cinemas will
// receive", "what measures were taken"), so the clause is an indirect
// question and states no answer (a relative "which" is a pronoun, never a
// determiner).
func interrogativeArgument(t *tree, toks []token, c int) bool {
	for _, a := range t.children(c, "nsubj", "obj") {
		if a >= c {
			continue
		}
		for _, k := range t.children(a, "det") {
			if toks[k].tag == "WDT" && (toks[k].lower == "which" || toks[k].lower == "what" || toks[k].lower == "whichever") {
				return true
			}
		}
	}
	return false
}

// presentTense reports whether clause c is in the simple present, with no
// auxiliary of its own: "until the euro reaches", "before it is sold".
func presentTense(t *tree, toks []token, c int) bool {
	tense := toks[c].tag
	if cop := t.child(c, "cop"); cop >= 0 {
		tense = toks[cop].tag
	}
	for _, k := range t.children(c, "aux", "aux:pass") {
		if toks[k].tag != "VBZ" && toks[k].tag != "VBP" {
			return false // "until it had sold", "before it could act"
		}
		tense = toks[k].tag
	}
	return tense == "VBZ" || tense == "VBP"
}

// speakingAdjunct reports whether clause c is a participle opening the
// sentence before cue h's subject: "Speaking to the House Budget Committee
// he urged Congress to …" says when and where he spoke, not what he said.
func speakingAdjunct(t *tree, toks []token, c, h int) bool {
	sb := t.child(h, "nsubj")
	return t.head[c] == h && t.base(c) == "advcl" && (toks[c].tag == "VBG" || toks[c].tag == "VBN") &&
		sb > c && t.child(c, "nsubj", "nsubj:pass", "mark") < 0
}

// pastNarrated reports whether adverbial clause c hangs on a verb in the
// simple past that nothing hedges: "led the city council for seven years
// before entering the Commons" tells a life in order, and what came after
// happened too.
func (d *docState) pastNarrated(si, c int) bool {
	t, toks := d.sents[si].tree, d.sents[si].toks
	h := t.head[c]
	if h < 0 || t.base(c) != "advcl" || t.upos[h] != "VERB" || toks[h].tag != "VBD" {
		return false
	}
	for _, k := range t.kids[h] {
		if t.rel[k] == "aux" || t.rel[k] == "aux:pass" || t.rel[k] == "advmod" && negating(t, toks, k) {
			return false // "did not wait before acting", "would wait": no narrative of deeds
		}
	}
	return true
}

// askedFor reports whether clause p lies in what directive cue r asks for:
// the cue's complement ("urged O'Reilly to co-present", "recommends that
// …"), not a participle telling what else the speaker did ("…, adding in a
// letter").
func askedFor(t *tree, toks []token, p, r int) bool {
	c := p
	for steps := 0; c >= 0 && t.head[c] != r && steps < 12; steps++ {
		c = t.head[c]
	}
	if c < 0 || t.head[c] != r {
		return true // the cue found outside the tree's path: its words say so
	}
	switch t.base(c) {
	case "advcl":
		m := t.child(c, "mark")
		return m >= 0 && toks[m].lower == "that"
	case "parataxis", "conj":
		return false
	}
	return true
}

// adjunctMarks open a clause of time, reason or contrast: what it says
// stands beside the deed a directive asks for ("because 3,500 travellers have
// no place to stop"), unlike "by reducing costs", the deed's manner.
var adjunctMarks = set(`because since as while although though whereas when after before once until`)

// directiveCues report what someone wants done, not what is so: "It
// recommends that developing countries reduce their tariffs".
var directiveCues = set(`recommend propose urge demand advise request order require`)

// accuseLemmas charge someone with a deed the sentence does not assert:
// "was charged with avoiding a test", "accused him of leaking".
var accuseLemmas = set(`accuse charge suspect allege indict sue blame`)

// chargePrepositions open what someone is accused or blamed of: "of lying",
// "for failing", "over spending".
var chargePrepositions = set(`of for over`)

// contextOf walks up from predicate p to the clauses that govern it: the
// first reporting verb makes its subject the source; "if", "whether",
// "asked" and questions make it possible rather than asserted.
func (d *docState) contextOf(si, p int) factContext {
	s := d.sents[si]
	t, toks := s.tree, s.toks
	ctx := factContext{reporter: -1}
	possible := false
	c, prev := p, -1
	described := false // the walk passed a clause describing a noun or giving a reason: not the deed asked for
	for steps := 0; c >= 0 && steps < 12; steps++ {
		if m := t.child(c, "mark"); ctx.reporter < 0 && (t.base(c) == "acl" || t.base(c) == "advcl" && m >= 0 && adjunctMarks[toks[m].lower]) {
			described = true
		}
		if ctx.reporter < 0 && t.base(c) == "advcl" && toks[c].tag == "VBG" && d.isCue(si, c) {
			described = true // "urged O'Reilly to co-present the special, adding in a letter": his own words, not asked of anyone
		}
		for _, m := range t.children(c, "mark") {
			if conditionals[toks[m].lower] {
				possible = true
			}
			if (toks[m].lower == "before" || toks[m].lower == "until") && (toks[c].tag == "VBG" || toks[c].tag == "VB") && !d.pastNarrated(si, c) {
				possible = true // "before ringing the alarm bells": not done yet
			}
			if (toks[m].lower == "before" || toks[m].lower == "until" || toks[m].lower == "till") && m < c && presentTense(t, toks, c) {
				possible = true // "a matter of time until the euro reaches $1.30": English puts what is still to come in the present
			}
		}
		if d.futureTime(si, c) {
			possible = true // "could help once its population comes of age": a time still to come
		}
		if t.head[c] >= 0 && interrogativeArgument(t, toks, c) {
			possible = true // "to determine which cinemas will receive the technology": a question, not its answer
		}
		// "If you can't sell a deal in that time, it is a bad deal": the clause
		// holds only on the condition — not a clause of its own beside it
		// ("Although Wal-Mart has suspended sales, the deal will ensure it
		// follows the law if it renews them": it has suspended), nor a verb
		// coordinated with it ("will ensure X if Y and will also provide Z")
		beside := prev >= 0 && (t.base(prev) == "advcl" && t.child(prev, "mark") >= 0 || t.base(prev) == "conj" || t.base(prev) == "parataxis")
		for _, a := range t.children(c, "advcl") {
			if m := t.child(a, "mark"); !beside && (m >= 0 && (toks[m].lower == "if" || toks[m].lower == "unless") || invertedCondition(t, toks, a)) {
				possible = true
			}
		}
		if t.base(c) == "advcl" && invertedCondition(t, toks, c) {
			possible = true // "Had the kickers not been so bad, …": they were
		}
		if ctx.reporter < 0 && ctx.attr == nil {
			// "according to X": X is the source.
			for _, o := range t.children(c, "obl") {
				if d.caseOf(si, o) == "according to" {
					if a := d.speakerArgs(si, o); len(a) > 0 && a[0].ent != nil {
						ctx.attr, ctx.attrSpan = a[0].ent, [2]int{a[0].start, a[0].end}
						ctx.modality = ModalityReported
					}
				}
			}
		}
		if ctx.reporter < 0 {
			// "…, he said": a reporting verb hanging off the clause as parenthetical.
			for _, k := range t.children(c, "parataxis") {
				// (a verb with an object of its own says something else: "…,
				// which will ultimately determine their fate")
				if d.isCue(si, k) && d.contentOf(si, k) == nil && t.child(k, "obj") < 0 {
					ctx.reporter = k
					break
				}
			}
		}
		h := t.head[c]
		if h < 0 {
			if len(toks) > 0 && toks[len(toks)-1].text == "?" {
				possible = true // a question asserts nothing
			}
			break
		}
		// ("continues to enjoy a dominance": a verb that goes on is no cue, whatever it is after a quotation)
		if ctx.reporter < 0 && (t.base(c) == "ccomp" || t.base(c) == "parataxis" || t.base(c) == "xcomp" && !seemVerbs[d.verbLemma(si, h)] && !d.thingObject(si, h)) && d.isCue(si, h) {
			ctx.reporter = h
		}
		if ctx.reporter < 0 && d.isCue(si, h) && c < h && !speakingAdjunct(t, toks, c, h) {
			// "Tony Blair has had the chance …, Michael Howard has said" with the
			// clause hung on the cue as an adverbial: its content says so
			if cc := d.contentOf(si, h); cc != nil && cc.lo <= c && c <= cc.hi {
				ctx.reporter = h
			}
		}
		if ctx.reporter < 0 && ctx.attr == nil && t.base(c) == "ccomp" && d.holdsBelief(si, h) {
			// "a move it hopes will stoke competition", "the Forum is concerned
			// that the system will let scammers …": the holder's hope or fear,
			// not the writer's fact
			if sb := t.child(h, "nsubj"); sb >= 0 {
				if a := d.argsAt(si, sb); len(a) > 0 && a[0].ent != nil {
					ctx.attr, ctx.attrSpan = a[0].ent, [2]int{a[0].start, a[0].end}
					ctx.modality = ModalityReported
				}
			}
			if ctx.attr == nil {
				possible = true
			}
		}
		if (t.base(c) == "acl" || t.base(c) == "ccomp") && (t.upos[h] == "NOUN" || t.upos[h] == "PROPN") {
			// "claims that he had fiddled the figures": what a claim, a fear or a
			// suggestion holds is not asserted
			// ("a complaint filed against the bank": a participle on the noun
			// says what happened to it, not what it holds)
			reduced := t.base(c) == "acl" && t.child(c, "mark", "nsubj", "nsubj:pass", "aux", "aux:pass") < 0 && (toks[c].tag == "VBN" || toks[c].tag == "VBG")
			if l := d.x.lx.lemmatize(toks[h].lower, true); (contentNouns[l] || cueNounLemmas[l]) && l != "fact" && !reduced && !d.relativeOnNoun(si, c) {
				possible = true
			}
		}
		if (t.base(c) == "ccomp" || t.base(c) == "xcomp") && askLemmas[d.verbLemma(si, h)] {
			possible = true
		}
		if m, cm := t.child(h, "mark"), t.child(c, "mark"); t.base(c) == "ccomp" && t.upos[h] == "VERB" && !described && m >= 0 && toks[m].lower == "to" &&
			!factiveLemmas[d.verbLemma(si, h)] && t.base(h) != "acl" && (cm < 0 || !adverbialMarks[toks[cm].lower]) {
			// "brought in to ensure that the problems do not spread", "wants to
			// show that the schools have improved": what an infinitive only aimed
			// at or planned would establish is not established either (a phrase
			// describing a noun on the way, "the problems plaguing web users", is;
			// "woke up to discover Mr Bush had won": what one finds is so; an
			// infinitive on a noun, "the decision to hold them was upheld", or
			// a clause of time or reason, "unable to rest because he had a
			// shortage", is a misread tree, not a complement)
			if hf, _ := d.frameOf(si, h); hf.modality == ModalityPossible {
				possible = true
			}
		}
		if c > h && (t.base(c) == "advcl" || t.base(c) == "acl" || t.base(c) == "xcomp" || t.base(c) == "ccomp") && accuseLemmas[d.verbLemma(si, h)] {
			possible = true // "charged with avoiding a drug test": an accusation, not a fact
		}
		prev, c = c, h
	}
	if ctx.reporter < 0 {
		// a closing "…, X has said" the parser hung inside the clause it reports
		for v := p + 1; v < len(toks); v++ {
			if d.isCue(si, v) {
				if c := d.contentOf(si, v); c != nil && c.kind == "parenthetical" && c.lo <= p && p <= c.hi {
					ctx.reporter = v
					break
				}
			}
		}
	}
	if invertedOpening(toks) {
		possible = true // the parser rarely reads the inverted condition; its opening word gives it away
	}
	if ctx.reporter >= 0 {
		unsaid := false // "Ukraine may find it has a sympathetic ear": nobody has found or said it yet
		for _, c := range t.kids[ctx.reporter] {
			if t.rel[c] == "advmod" && negating(t, toks, c) || t.rel[c] == "aux" && modalPossible[toks[c].lower] {
				possible = true // "You can't say the results have eased …", "did not say that …": not asserted
			}
			if t.rel[c] == "aux" && hedgeModals[toks[c].lower] {
				unsaid = true
			}
		}
		l := d.verbLemma(si, ctx.reporter)
		sp := d.cueSpeakers(si, ctx.reporter)
		if intentLemmas[l] {
			// "He will say that the Lib Dems want to restore trust by fighting
			// poverty": a wish someone else reports is theirs to report
			if o := t.head[ctx.reporter]; o >= 0 && (t.base(ctx.reporter) == "ccomp" || t.base(ctx.reporter) == "parataxis") && sayCues[d.verbLemma(si, o)] && d.isCue(si, o) {
				if osp := d.cueSpeakers(si, o); len(osp) > 0 && osp[0].ent != nil && (len(sp) == 0 || sp[0].ent != osp[0].ent) {
					sp = osp // (a reporter the article does not name, or the holder saying it of itself, leaves the wish the holder's)
				}
				possible = possible || !described // (a phrase describing a noun inside the wish, "officials who colluded", is still said)
			}
		}
		if directiveCues[l] && !described && askedFor(t, toks, p, ctx.reporter) {
			possible = true // "recommends that developing countries reduce tariffs": asked for, not done (still theirs)
		}
		switch {
		case rejectCues[l] || askLemmas[l]:
			possible = true
		case unsaid:
			possible = true
		case len(sp) > 0:
			ctx.attr, ctx.attrSpan = sp[0].ent, [2]int{sp[0].start, sp[0].end}
			ctx.modality = ModalityReported
		default:
			ctx.modality = ModalityReported
		}
	}
	if possible {
		ctx.modality = ModalityPossible
	}
	return ctx
}

// asFarAs reports whether clause p opens with "as far as" ("as far as X is
// concerned", "as far as I know").
func asFarAs(t *tree, toks []token, p int) bool {
	lo, _ := t.span(p, nil)
	for k := max(lo-2, 0); k <= lo && k+2 < len(toks); k++ {
		if toks[k].lower == "as" && toks[k+1].lower == "far" && toks[k+2].lower == "as" {
			return true // the parser hangs "as far" on the main clause or on this one
		}
	}
	return false
}

// adverbParticles are particles the parser often labels adverbs.
var adverbParticles = set(`back away aside forward`)

// particles complete a phrasal verb ("played down", "set out"); a noun the
// parser took for one ("offset ore costs") does not.
var particles = set(`up down out off in on over away back through around round along about forward apart aside
	by ahead behind across together open`)

// boundPrepositionNouns make a preposition only with what follows them ("in
// return for", "in line with", "in spite of", "in addition to"): alone, as a
// qualifier, they misstate the sentence.
var boundPrepositionNouns = set(`return exchange line accordance spite addition terms favour favor search relation respect lieu wake face behalf`)

// openIdioms are the nouns of "make no … about/of", idioms of saying a thing
// openly, with the preposition that names it: "made no secret of his
// ambition", "makes no bones about it".
var openIdioms = map[string]string{"secret": "of", "bones": "about"}

// upTo reports whether the particle at k is the "up" of "up to", a bound on
// an amount ("have been given up to 30 days"), not a phrasal verb's.
func upTo(toks []token, k int) bool {
	return toks[k].lower == "up" && k+1 < len(toks) && toks[k+1].lower == "to"
}

// commaBetween reports whether a comma stands between tokens a and b: two
// objects with one between are a list ("running Windows 95, 98, NT and XP"),
// not a receiver and a thing.
func commaBetween(toks []token, a, b int) bool {
	for k := a + 1; k < b; k++ {
		if toks[k].text == "," {
			return true
		}
	}
	return false
}

// receiver reports whether object o of verb v can be who receives the other
// object: a name (a person, body or place, or one nothing typed yet) or a
// personal pronoun ("sold GM a stake", "gave them a boost") — not an amount ("put 1p a pint on beer") nor
// what a verb of naming names ("called it a vote-now, pay-later Budget").
func (d *docState) receiver(si, v, o int) bool {
	toks := d.sents[si].toks
	if l := d.verbLemma(si, v); namingCues[l] || objectCues[l] && l != "give" {
		return false
	}
	switch toks[o].lower {
	case "him", "her", "them", "us", "me", "you":
		return true
	}
	m := d.mentionAt(si, o)
	if m != nil && m.ent != nil && (m.ent.typ == TypePerson || m.ent.typ == TypeOrg || m.ent.typ == TypeGPE || m.ent.typ == TypeNORP || m.ent.weakType) {
		return true
	}
	// "to give passengers a fast net connection", "offer pensioners a free
	// bus pass": a plural of people before a second object receives it
	if toks[o].tag != "NNS" {
		return false
	}
	l := d.x.lx.lemmatize(toks[o].lower, true)
	if peopleNouns[l] || personHeads[l] != 0 || d.personLike(si, o) {
		return true
	}
	// "offer pensioners a free bus pass", "giving households a one-off
	// payment": a bare plural right before an object opened by "a"/"an"
	// is who gets it (a thing the verb acts on twice would be one phrase)
	t := d.sents[si].tree
	if t.child(o, "det", "nmod:poss", "amod", "compound", "case", "nummod", "advmod") >= 0 || o+1 >= len(toks) {
		return false
	}
	for _, b := range t.children(v, "obj") {
		// not a rate: "30,000 copies an hour", "10 hours a day"
		if lo, _ := t.span(b, nil); b > o && lo == o+1 && (toks[lo].lower == "a" || toks[lo].lower == "an") && !temporalWords[toks[b].lower] {
			return true
		}
	}
	return false
}

// invertedOpening reports whether a sentence (not a question) opens with the
// auxiliary of an inverted condition followed by its subject: "Had the
// kickers not been so bad, …", "Should the outlook worsen, …". Everything in
// it holds only on the condition.
func invertedOpening(toks []token) bool {
	k := 0
	for k < len(toks) && (toks[k].tag == "``" || toks[k].text == "'" || toks[k].text == "\"") {
		k++
	}
	if k+2 >= len(toks) || toks[len(toks)-1].text == "?" {
		return false
	}
	if !conditionAuxiliaries[toks[k].lower] {
		return false
	}
	n := toks[k+1]
	if n.lower != "the" && n.lower != "it" && n.lower != "they" && n.lower != "we" && n.lower != "i" && n.lower != "he" && n.lower != "she" &&
		n.tag != "NNP" && n.tag != "PRP$" && n.tag != "DT" {
		return false
	}
	for _, tk := range toks[k+2:] {
		if tk.text == "," {
			return true
		}
	}
	return false
}

// invertedCondition reports whether clause c is a condition written with its
// auxiliary first: "Had England's kickers not been so bad", "Should the
// outlook worsen", "Were it not for …".
func invertedCondition(t *tree, toks []token, c int) bool {
	sb := t.child(c, "nsubj", "nsubj:pass", "expl")
	if sb < 0 || t.child(c, "mark") >= 0 {
		return false
	}
	for _, a := range t.kids[c] {
		if a < sb && (t.base(a) == "aux" || t.base(a) == "cop") && conditionAuxiliaries[toks[a].lower] {
			return true
		}
	}
	return false
}

// conditionAuxiliaries open a condition written with its auxiliary first.
var conditionAuxiliaries = set(`had should were`)

// treeClauses reads the relations of sentence si off its tree; predicates
// inside quotations are read with the quotation (see quoteRelations).
func (d *docState) treeClauses(si int) {
	s := d.sents[si]
	q := d.quoted[si]
	for p := range s.toks {
		if q[p] || !d.isPredicate(si, p) {
			continue
		}
		d.clauseRelations(si, p, d.contextOf(si, p))
	}
}

// complexPrepositions are a preposition and a noun that together work as one
// preposition ("in response to", "on behalf of", "as part of").
var complexPrepositions = set(`in_response in_addition in_line in_spite in_terms in_view in_light in_favour in_favor
	in_order in_wake in_face in_case in_place in_lieu in_return in_exchange in_relation in_respect in_accordance
	in_support in_protest in_memory in_honour in_honor in_aid on_behalf on_top on_account on_grounds on_basis
	as_result at_expense at_hands by_way by_means with_regard with_respect`)

// boundPrepositionPhrases are the complexPrepositions whose noun says nothing
// without the phrase it introduces: "in spite" of what, "in accordance" with what.
var boundPrepositionPhrases = set(`in_addition in_spite in_accordance in_terms in_lieu in_relation in_view
	on_behalf by_means with_regard`)

// holdsBelief reports whether word h takes a clause its subject hopes, fears
// or believes: a verb of beliefVerbs or an adjective of beliefAdjectives.
func (d *docState) holdsBelief(si, h int) bool {
	switch d.sents[si].tree.upos[h] {
	case "VERB":
		return beliefVerbs[d.verbLemma(si, h)]
	case "ADJ":
		return beliefAdjectives[d.sents[si].toks[h].lower]
	}
	return false
}

// beliefVerbs take a clause someone hopes, fears or expects; when no rule
// read them as a cue, what they take is still theirs, not asserted.
var beliefVerbs = set(`hope fear expect believe think assume suspect predict anticipate wish imagine reckon`)

// thingObject reports whether verb h has a direct object that is a thing,
// not someone addressed: in "conclude negotiations to liberalise trade" the
// infinitive is what the negotiations are for, not what anyone says, unlike
// "urged the WTO to act" or "told reporters to wait".
func (d *docState) thingObject(si, h int) bool {
	o := d.sents[si].tree.child(h, "obj")
	if l := d.verbLemma(si, h); o < 0 || objectInfinitiveVerbs[l] || directiveCues[l] || askLemmas[l] || beliefVerbs[l] {
		return false // "wants Congressmen to change the rules": the infinitive is the wish
	}
	a := d.argsAt(si, o)
	return len(a) > 0 && a[0].ent != nil && a[0].ent.typ == TypeConcept && d.nounSpeakerType(a[0].text) == ""
}

// objectInfinitiveVerbs take an object and an infinitive about it as one
// content: "wanted Sundance to be a platform", "told the club to wait".
var objectInfinitiveVerbs = set(`want wish need like prefer tell force allow encourage persuade convince warn invite
	find call press lobby implore beg instruct remind challenge enable help let make get consider`)

// intentLemmas hold what their subject wants done, not what it says is so.
var intentLemmas = set(`want wish hope plan intend aim seek`)

// hedgeModals make a reporting verb a mere possibility: "critics might
// argue that …", "Ukraine may find it has …" report no one's words ("can"
// and "must" are left: "I can confirm that …", "I must say …" do).
var hedgeModals = set(`may might could`)

// factiveLemmas take a clause that is so whatever mood they are in:
// "woke up to discover that Mr Bush had won".
var factiveLemmas = set(`discover find learn realise realize see notice know hear regret`)

// experiencerParticiples are passive forms whose subject feels something
// about what follows, and so holds it: "was surprised that …", "is
// disappointed because …" (unlike "was described as", "was accused of").
var experiencerParticiples = set(`surprised pleased disappointed delighted shocked amazed astonished angered annoyed
	encouraged heartened alarmed dismayed frustrated satisfied saddened upset stunned thrilled impressed
	relieved disturbed troubled horrified puzzled baffled irritated outraged appalled`)

// beliefAdjectives take a clause that someone fears, hopes or believes; it
// is theirs, not asserted ("aware that", "clear that" are left: what one is
// aware of is so).
var beliefAdjectives = set(`concerned worried convinced sure certain confident optimistic pessimistic hopeful afraid
	adamant fearful anxious doubtful`)

// discoursePhrases are a preposition and a noun that link the writer's
// sentences ("for instance", "in fact", "of course") or hedge a claim ("has at
// least given him a target": "least" is no circumstance of the giving).
var discoursePhrases = set(`for_instance for_example in_fact of_course in_particular in_general in_turn by_contrast
	in_contrast in_short in_effect in_practice in_theory on_average in_sum at_least at_most at_all`)

// phraseText is the phrase headed by k as written, without its preposition:
// "Monday" of "on Monday".
func (d *docState) phraseText(si, k int) string {
	s := d.sents[si]
	t, toks := s.tree, s.toks
	lo, hi := t.span(k, argDrop)
	for lo < k && (t.base(lo) == "case" || t.base(lo) == "fixed" || toks[lo].tag == "``" || toks[lo].text == ",") {
		lo++
	}
	for hi > k && (toks[hi].tag == "``" || toks[hi].text == "," || toks[hi].tag == ".") {
		hi--
	}
	return s.textOf(toks[lo].start, toks[hi].end)
}

// clauseRelations emits the relations of the clause headed by p.
func (d *docState) clauseRelations(si, p int, ctx factContext) []pendingRelation {
	s := d.sents[si]
	t, toks := s.tree, s.toks
	lx := d.x.lx
	// a verb merged into the clause above it ("agreed to begin") is read there
	if t.rel[p] == "xcomp" && t.child(p, "nsubj") < 0 && t.head[p] >= 0 && d.isPredicate(si, t.head[p]) && !objectControlled(t, t.head[p], p) &&
		!(toks[p].tag == "VBG" && len(d.withSubject(si, p)) > 0) { // (an absolute participle is a clause of its own: see chainEnd)
		return nil
	}
	// "Following the takeover, Microsoft said …", "rows concerning camps": a
	// participle that works as a preposition relates no subject to its object
	// ("including" does: "prizes including the Wales Open")
	if participlePrepositions[toks[p].lower] && toks[p].tag != "VBD" && toks[p].tag != "VBZ" && toks[p].tag != "VBP" && t.child(p, "nsubj") < 0 && t.child(p, "aux") < 0 {
		return nil
	}
	if asFarAs(t, toks, p) {
		return nil // "as far as Robinson is concerned": the writer's frame, nobody's state
	}
	f, ok := d.frameOf(si, p)
	if !ok {
		return nil
	}
	// A reporting verb with a clause is a statement, not a relation: "Campbell
	// said a win would …" never makes "win" the object of "say".
	if d.isCue(si, p) {
		if c := d.contentOf(si, p); c != nil && (c.kind != "object" || clauseCues[d.verbLemma(si, p)] || clauseOnlyReporting[d.verbLemma(si, p)]) {
			return nil
		}
	}
	if clauseOnlyCues[d.verbLemma(si, p)] && t.child(p, "obj") >= 0 {
		return nil // "…, says Tory leader Michael Howard" misparsed: the speaker as object
	}
	a := f.args
	if labelQuoted(t, toks, a, d.verbLemma(si, a)) {
		return nil
	}
	subj := f.subj
	var objs []arg
	text := f.text
	pred := f.lemma
	prt := t.child(a, "compound:prt")
	if adv := t.child(a, "advmod"); prt < 0 && adv == a+1 && adverbParticles[toks[adv].lower] {
		prt = adv // "pushed back a hearing", "held back": the parser calls the particle an adverb
	}
	if adv := t.child(a, "advmod"); prt < 0 && adv == a+1 && adv+1 < len(toks) && particles[toks[adv].lower] && !upTo(toks, adv) && t.base(adv+1) == "case" && t.head[adv+1] >= 0 && t.head[t.head[adv+1]] == a {
		// "got off to a rolling start", "dipped ahead of Findlay": a particle the
		// parser made an adverb, right before the preposition of the verb's
		// phrase, is the verb's ("get off to", not "get to")
		prt = adv
	}
	if prt >= 0 && !f.copula && !d.x.opts.SingleSentence && (pred == d.verbLemma(si, a) || strings.HasSuffix(pred, " "+d.verbLemma(si, a))) && (particles[toks[prt].lower] || strandedParticle(t, toks, prt)) {
		pred += " " + toks[prt].lower // "played down reports", "set out the choices": the particle makes the verb
	}
	quals := map[string]string{}
	var when []arg
	whenPrep := ""
	adjObl := -1
	if f.copula {
		if ar, ok := d.phraseArgExcept(si, p, predDrop); ok {
			objs = []arg{ar}
		}
		if c := t.child(p, "case"); c >= 0 && c < p {
			// "is in a cell", "was at the meeting": the preposition belongs to the predicate
			pred = "be " + toks[c].lower
			text += " " + toks[c].text
		} else if t.upos[p] == "ADJ" {
			// "was noncommittal about whether …", "is ready for talks": what the
			// adjective is about is the object, the adjective joins the predicate.
			for _, c := range t.kids[p] {
				if c < p || t.base(c) != "obl" && t.base(c) != "advcl" && t.base(c) != "ccomp" && t.base(c) != "csubj" {
					continue
				}
				prep := d.caseOf(si, c)
				if m := t.child(c, "mark"); m >= 0 && (prep == "" || t.base(c) != "obl") {
					prep = toks[m].lower // a clause's own word: "although it was under …" is although, not under
				}
				if prep == "" || adverbialMarks[prep] {
					continue
				}
				if prep == "that" && !d.x.opts.SingleSentence {
					continue // "are concerned that …": a belief, not a thing; the graph keeps clauses out
				}
				var oa []arg
				if t.base(c) != "obl" {
					if a, ok := d.spanArg(si, c); ok {
						// "concerned about growing pressures": the preposition is the predicate's
						if m := t.child(c, "mark", "case"); m == a.first && a.first < a.last {
							if b, ok := d.clauseArg(si, a.first+1, a.last); ok {
								a = b
							}
						}
						oa = []arg{a}
					}
				} else {
					oa = d.argsAt(si, c)
				}
				if len(oa) > 0 {
					pred = "be " + toks[p].lower + " " + prep
					text = f.text + " " + toks[p].text + " " + prep
					objs = oa
					adjObl = c
					break
				}
			}
		}
	} else if x, ok := d.smallClause(si, a); ok {
		if x >= 0 {
			// "leave the flaw unpatched": what the verb makes of its object
			// is part of the predicate
			pred += " " + toks[x].lower
		}
		os := t.children(a, "obj")
		if len(os) == 2 && os[0]+1 < os[1] && t.child(os[1], "cc") < 0 && !d.x.opts.SingleSentence && d.receiver(si, a, os[0]) && !commaBetween(toks, os[0], os[1]) {
			// "had sold GM a stake": two objects in a row, the first the
			// receiver (an indirect object the parser labelled obj)
			if r := d.argsAt(si, os[0]); len(r) > 0 {
				quals["to"] = r[0].text
			}
			os = os[1:]
		}
		if len(os) == 2 && namingCues[d.verbLemma(si, a)] && t.child(os[1], "cc") < 0 && !d.x.opts.SingleSentence {
			// "branded it a sticking plaster": the first is what is named, the second its name
			if r := d.argsAt(si, os[1]); len(r) > 0 {
				quals["as"] = r[0].text
			}
			os = os[:1]
		}
		for _, o := range os {
			objs = append(objs, d.argsAt(si, o)...)
		}
		if io := t.child(a, "iobj"); io >= 0 && len(objs) > 0 && quals["to"] == "" && !d.x.opts.SingleSentence && d.receiver(si, a, io) {
			if r := d.argsAt(si, io); len(r) > 0 {
				quals["to"] = r[0].text // "gave Fiat a put option": who received it
			}
		}
		if len(objs) == 0 {
			if o := t.child(a, "iobj"); o >= 0 {
				objs = d.argsAt(si, o)
			}
		}
	} else if o := t.child(a, "obj"); enablingVerbs[d.verbLemma(si, a)] || d.verbLemma(si, a) == "make" && o >= 0 && toks[o].lower == "it" {
		// "enables researchers around the globe to …": the deed enabled is the
		// fact, not the enabling; "made it two from close range": a score
		return nil
	}
	// A predicative complement: "is called Taiwanese", "seems happy with this
	// arrangement", "was elected president".
	if len(objs) == 0 && !f.copula {
		if x := t.child(a, "xcomp"); x >= 0 && (t.upos[x] == "NOUN" || t.upos[x] == "PROPN" || t.upos[x] == "ADJ" || t.upos[x] == "NUM") &&
			t.child(a, "expl") < 0 && t.child(x, "ccomp") < 0 && t.child(x, "csubj") < 0 { // not "made it clear he was …"
			if ar, ok := d.phraseArgExcept(si, x, predDrop); ok {
				objs = []arg{ar}
				if w := copularPreposition(t, toks, x); w != "" && pred == f.lemma {
					// "appears to be beyond Scotland", "looked to be on course":
					// the preposition says how the subject stands to the object
					pred += " " + w
					text += " " + w
				}
			}
		}
	}
	// "opposed Ukraine joining NATO": the gerund's subject is what is opposed.
	if len(objs) == 0 && !f.copula && !d.isCue(si, a) {
		if c := t.child(a, "ccomp", "xcomp"); c > a && toks[c].tag == "VBG" {
			if sb := t.child(c, "nsubj"); sb >= 0 {
				objs = d.argsAt(si, sb)
			}
		}
	}
	// Passive: the agent does it ("was brokered by Witkoff" → Witkoff broker …).
	if f.passive {
		if ag := t.child(a, "obl:agent"); ag >= 0 && !d.isTemporal(si, ag) { // "by the spring of 2006" is when, not who
			if agents := d.argsAt(si, ag); len(agents) > 0 {
				objs = subj
				subj = agents
				text += " by"
			}
		} else {
			// "have all been awarded MBEs": the subject is given the object, it
			// gives nothing — written active it would say the opposite
			pred = "be " + toks[p].lower
			if prt > p && !d.x.opts.SingleSentence && particles[toks[prt].lower] && !upTo(toks, prt) {
				// "was ruled out for six weeks" is not "was ruled for", nor "is
				// made up of" "is made of": the particle stays in the passive
				pred += " " + toks[prt].lower
			}
		}
	}
	// Object relative: "Crimea, which it annexed" — the relative pronoun as object.
	// (phraseArg follows it to its antecedent.)
	// A clause as object: "The doctor suspects love is behind …" (Open IE only;
	// the graph keeps clauses out).
	if len(objs) == 0 && d.x.opts.SingleSentence && !d.isCue(si, a) {
		if c := t.child(a, "ccomp"); c >= 0 {
			if ar, ok := d.spanArg(si, c); ok {
				objs = []arg{ar}
			}
		}
	}
	// Prepositional phrases: the first that is not a time phrase is the object
	// when there is none ("spoke with Zelenskyy"), the rest qualify.
	var bound []int
	obls := t.children(a, "obl")
	if a != p {
		obls = append(t.children(p, "obl"), obls...)
	}
	for _, o := range obls {
		if t.rel[o] == "obl:agent" && !d.isTemporal(si, o) || o == adjObl {
			continue
		}
		prep := d.caseOf(si, o)
		if prep == "according to" {
			continue // a source, read by the attribution rules
		}
		if d.isTemporal(si, o) || prep == "" {
			if prep != "" {
				if _, dup := quals[prep]; !dup {
					quals[prep] = d.phraseText(si, o)
				}
				if when == nil {
					// a time phrase is the object of last resort: "was demolished in March"
					lo, hi := t.span(o, argDrop)
					for lo < o && (t.base(lo) == "case" || t.base(lo) == "fixed") {
						lo++
					}
					if ta, ok := d.clauseArg(si, lo, hi); ok {
						when, whenPrep = []arg{ta}, d.sents[si].toks[t.child(o, "case")].text
					}
				}
			}
			continue
		}
		pn := prep + "_" + toks[o].lower
		if discoursePhrases[pn] {
			continue // "for instance", "in fact": how the writer argues, nothing about the deed
		}
		if complexPrepositions[pn] {
			// "slowed in response to rate rises", "acted on behalf of the club": the
			// noun is part of a preposition, the phrase a circumstance, never the object.
			// Some of these nouns are a fragment without their complement, no
			// circumstance: "in addition" opening a sentence links it to the last;
			// "wore it, in spite of being divorced" hangs the clause elsewhere,
			// leaving "in: spite". (Bare "in place", "in line", "in return" still
			// say something: "put plans in place".)
			if _, dup := quals[prep]; !dup {
				// a noun whose complement the parser hung elsewhere says nothing
				// alone: "in return for providing finance" is no "in: return",
				// "In addition, …" no "in: addition"; a complement right after it
				// is joined below ("in line with forecasts")
				pt := d.phraseText(si, o)
				bare := strings.EqualFold(pt, toks[o].text)
				completed := o+1 < len(toks) && (toks[o+1].lower == "for" || toks[o+1].lower == "with" || toks[o+1].lower == "of" || toks[o+1].lower == "to" && t.upos[o+1] == "ADP")
				switch {
				case bare && boundPrepositionNouns[toks[o].lower] && completed:
					bound = append(bound, o)
				case bare && boundPrepositionPhrases[pn]:
				default:
					quals[prep] = pt // ("treated its pupils with respect", "in line to take the place": alone)
				}
			}
			continue
		}
		if prep == "for" && d.forInfinitive(si, o) {
			continue // "the time has come for him to apologise": he is to apologise, not what came
		}
		if prep == "with" && d.absoluteWith(si, o) {
			continue // "began brightly with Devine and Flack seeing the ball": a circumstance, its own clause
		}
		oa := d.argsAt(si, o)
		if len(oa) == 0 {
			continue
		}
		if clauseAdjuncts[strings.ReplaceAll(prep, " ", "_")] {
			// "grew thanks to a recovery in rubber production": a reason, never
			// what the verb acts on
			if _, dup := quals[prep]; !dup {
				quals[prep] = oa[0].text
			}
			continue
		}
		if objs == nil && o > p {
			objs = oa
			text += " " + toks[t.child(o, "case")].text
			if c := t.child(o, "case"); !d.x.opts.SingleSentence && c >= 0 && (t.upos[c] == "ADP" || amountTo(toks, c)) && prep == toks[c].lower {
				// "came from Highfields", "stumbled with a poor switch": the
				// preposition is part of what the verb says of its object
				if r := t.child(a, "advmod"); r > a && r < c && !f.passive && placeWords[toks[r].lower] {
					// "came third in the 400m", "is ranked 158th in the world":
					// the place is what the verb says, not "came in the 400m"
					pred += " " + toks[r].lower
					text += " " + toks[r].text
				}
				pred += " " + prep
			}
			continue
		}
		if _, dup := quals[prep]; !dup {
			quals[prep] = oa[0].text
		}
	}
	// "described their explanations as "unacceptable"", with the "as" phrase
	// hung on the object or as a clause: what the object is judged to be
	// is part of what the verb says
	if _, ok := quals["as"]; !ok && !d.x.opts.SingleSentence && regardVerbs[f.lemma] && len(objs) > 0 && !strings.Contains(" "+pred+" ", " as ") {
		if as := d.regardAs(si, a); as != "" {
			quals["as"] = as
		}
	}
	// "grew in line with forecasts", parsed as "in line" and "with forecasts":
	// the two make one qualifier, "in line with: forecasts"
	for _, o := range bound {
		q := toks[o+1].lower
		if v, ok := quals[q]; ok {
			quals[d.caseOf(si, o)+" "+toks[o].lower+" "+q] = v
			delete(quals, q)
		}
	}
	// A time phrase hung on the object ("signed the agreement on Monday"), or a
	// phrase hung on a name ("met Peter Holm in Oslo"), qualifies the verb.
	for _, o := range t.children(a, "obj") {
		for _, n := range t.children(o, "nmod") {
			if t.rel[n] == "nmod:poss" {
				continue // "France's Total": the owner is part of the name, not where or when
			}
			prep := d.caseOf(si, n)
			place := false
			if m := d.mentionAt(si, n); m != nil && m.ent != nil && (m.ent.typ == TypeGPE || m.ent.typ == TypeLoc) && locativePrepositions[prep] {
				place = true // "signed the agreement in Oslo"
			}
			if prep == "" || prep == "of" || !d.isTemporal(si, n) && t.upos[o] != "PROPN" && !place {
				continue
			}
			if _, dup := quals[prep]; !dup {
				quals[prep] = d.phraseText(si, n)
			}
			// the phrase qualifies the verb now, so it leaves the object's words
			nlo, _ := t.span(n, argDrop)
			for k := range objs {
				if objs[k].start < toks[nlo].start && objs[k].end > toks[nlo].start && nlo > 0 {
					e := nlo - 1
					for e > 0 && toks[e].text == "," {
						e--
					}
					if toks[e].end > objs[k].start {
						objs[k].end = toks[e].end
						objs[k].text = s.textOf(objs[k].start, objs[k].end)
					}
				}
			}
		}
	}
	// Open IE counts what an adverbial clause adds ("when results were sluggish")
	// as an argument; the graph keeps clauses out of its qualifiers.
	if d.x.opts.SingleSentence {
		for _, c := range t.children(a, "advcl") {
			m := t.child(c, "mark")
			if m < 0 || c < p {
				continue
			}
			if ar, ok := d.spanArg(si, c); ok {
				w := toks[m].lower
				if _, dup := quals[w]; !dup && strings.HasPrefix(strings.ToLower(ar.text), w) {
					quals[w] = strings.TrimSpace(ar.text[len(w):])
				}
			}
		}
	}
	// Light verb + nominalisation: "extended an invitation for Trump to visit
	// Moscow" → invite Trump; "had a phone conversation with Putin" → talk.
	// Only an object after the verb is its nominal (a misparse can hang one
	// before it, and the predicate text runs from the verb to the object).
	if len(objs) == 1 && objs[0].ent != nil && objs[0].ent.typ == TypeConcept && (lx.lightVerbs[f.lemma] || f.lemma == "engage" || f.lemma == "spend") {
		if o := t.child(a, "obj"); o > f.textLo {
			if v, ok := lx.nominals[toks[o].lower]; ok {
				for _, r := range append(t.children(o, "nmod"), obls...) {
					prep := d.caseOf(si, r)
					if prep != "for" && prep != "to" && prep != "with" && prep != "toward" && prep != "towards" || d.isTemporal(si, r) {
						continue
					}
					if v == "talk" && prep == "for" {
						continue // "made the call for longer sentences": a demand, not a talk with them
					}
					if ra := d.argsAt(si, r); len(ra) > 0 {
						pred = v
						text = s.textOf(toks[f.textLo].start, toks[o].end) + " " + toks[t.child(r, "case")].text
						objs = ra
						delete(quals, prep)
						// "… for Trump to visit Moscow": the infinitive's object qualifies it,
						// also where the parser hung the infinitive on the light verb
						x := t.child(o, "acl")
						if x < 0 {
							if v := t.child(a, "advcl"); v > o {
								if m := t.child(v, "mark"); m >= 0 && toks[m].lower == "to" {
									x = v
								}
							}
						}
						if x >= 0 {
							if xo := t.child(x, "obj"); xo >= 0 {
								if xa, ok := d.phraseArg(si, xo); ok {
									quals["to"] = xa.text
								}
							}
						}
						break
					}
				}
			}
		}
	}
	// "has made no secret of his wish to fight corruption": an idiom that
	// says the thing is plain, not a secret that was not made; what the
	// phrase after it names is the object ("make no secret of" → wish)
	if o := t.child(a, "obj"); !d.x.opts.SingleSentence && f.lemma == "make" && o > f.textLo && openIdioms[toks[o].lower] != "" {
		if det := t.child(o, "det"); det >= 0 && det < o && toks[det].lower == "no" {
			for _, n := range append(t.children(o, "nmod"), obls...) {
				if c := t.child(n, "case"); c > o && toks[c].lower == openIdioms[toks[o].lower] {
					if na := d.argsAt(si, n); len(na) > 0 {
						pred = "make no " + toks[o].lower + " " + toks[c].lower
						text = s.textOf(toks[f.textLo].start, toks[c].end)
						objs = na
						delete(quals, toks[c].lower)
						break
					}
				}
			}
		}
	}
	// "take part in the vote", "took place in Leeds": the noun is the verb's
	// own, no thing taken; what the phrase after it names is the object. (Open
	// IE benchmarks keep "part" as the object: CaRB dev F1 0.516 → 0.515.)
	if o := t.child(a, "obj"); !d.x.opts.SingleSentence && len(objs) == 1 && o > f.textLo && f.lemma == "take" && idiomNouns[toks[o].lower] && t.child(o, "det", "amod", "nmod:poss") < 0 {
		var with []arg
		prep := ""
		for _, r := range append(t.children(o, "nmod"), obls...) {
			if c := d.caseOf(si, r); (c == "in" || c == "at" && toks[o].lower == "place") && !d.isTemporal(si, r) {
				if with = d.argsAt(si, r); len(with) > 0 {
					prep = c
					break
				}
			}
		}
		if len(with) == 0 {
			return nil // "the talks took place": nothing related
		}
		pred = f.lemma + "-" + toks[o].lower + "-" + prep
		text = s.textOf(toks[f.textLo].start, toks[o].end) + " " + prep
		objs = with
		delete(quals, prep)
	}
	// "mentioned a subsequent discussion with Zelenskyy", "held talks with Kyiv":
	// an event with someone is a relation with them as well.
	var events []pendingRelation
	if !f.copula && (pred == f.lemma || pred == "be "+toks[p].lower) {
		for _, o := range t.children(a, "obj") {
			v, ok := lx.nominals[toks[o].lower]
			if !ok || !lx.eventNouns[lx.lemmatize(toks[o].lower, true)] {
				continue
			}
			for _, r := range t.children(o, "nmod") {
				if d.caseOf(si, r) != "with" {
					continue
				}
				for _, other := range d.argsAt(si, r) {
					if other.ent != nil && other.ent.typ != TypeConcept {
						for _, sa := range subj {
							events = append(events, pendingRelation{origin: "event", verb: p, si: si, sj: si, subj: sa, obj: other, pred: v,
								text: s.textOf(toks[o].start, toks[t.child(r, "case")].end), conf: 0.6})
						}
					}
				}
			}
		}
	}
	// "he and Putin had a phone conversation": an event shared by two subjects.
	if len(subj) == 2 && len(objs) == 1 && objs[0].ent != nil && objs[0].ent.typ == TypeConcept && (lx.lightVerbs[f.lemma] || f.lemma == "engage") {
		if o := t.child(a, "obj"); o > f.textLo {
			if v, ok := lx.nominals[toks[o].lower]; ok && lx.eventNouns[lx.lemmatize(toks[o].lower, true)] {
				pred = v
				text = s.textOf(toks[f.textLo].start, toks[o].end)
				objs = subj[1:]
				subj = subj[:1]
			}
		}
	}
	// "founded and led the bank": a coordinated verb shares the first one's object.
	if len(objs) == 0 && t.rel[p] == "conj" && t.head[p] >= 0 {
		h := t.head[p]
		for _, o := range t.children(h, "obj") {
			if o > p {
				objs = append(objs, d.argsAt(si, o)...)
			}
		}
	}
	if len(objs) == 0 && when != nil && (d.x.opts.SingleSentence || !relativeTime(when[0].text) && (f.passive || f.copula)) {
		objs = when
		text += " " + whenPrep
		delete(quals, strings.ToLower(whenPrep))
	}
	if len(objs) == 0 && len(events) == 0 {
		return nil
	}
	if len(quals) == 0 {
		quals = nil
	}
	conf := 0.85
	switch t.base(p) {
	case "advcl", "acl":
		conf -= 0.1
	}
	if f.copula && pred == "be" {
		conf += 0.05
	}
	modality := f.modality
	if ctx.modality == ModalityPossible {
		modality = ModalityPossible
		conf -= 0.15
	} else if ctx.modality == ModalityReported && (modality == "" || modality == ModalityAsserted) {
		modality = ModalityReported
		conf -= 0.05
	} else if f.future && modality == "" && !d.x.opts.SingleSentence {
		modality = ModalityPossible // "the SUVs will be built in Japan": a plan the article states, not yet a fact
	}
	if !d.x.opts.SingleSentence && clauseInPredicate(text) {
		return nil // "is when the chancellor outlines", "is, the Lib Dems lack": two clauses read as one verb
	}
	before := len(d.pendingRels)
	for _, sa := range subj {
		if !d.x.opts.SingleSentence && (!d.nominalArg(si, sa) || d.runOnArg(si, sa)) {
			continue // "likely to be the last …", "to set out much of …": no thing does it
		}
		for _, oa := range objs {
			if sa.ent == oa.ent || sa.ent == nil || oa.ent == nil {
				continue
			}
			if !d.x.opts.SingleSentence && d.runOnArg(si, oa) {
				continue
			}
			if !d.x.opts.SingleSentence && !f.copula {
				if k := d.argHead(si, oa); k >= 0 && t.upos[k] == "ADJ" && t.base(k) == "obj" && t.child(k, "det") < 0 {
					continue // "faced both criminal and civil charges" cut at the adjective: no thing
				}
			}
			if !d.x.opts.SingleSentence && !f.copula && d.clausalArg(si, oa) {
				continue // "looked at whether companies rigged bids": a clause, which the graph keeps out
			}
			if !d.x.opts.SingleSentence && oa.first > 0 && t.base(oa.first-1) == "mark" && adverbialMarks[toks[oa.first-1].lower] {
				continue // "regretted the limit while BP declined": BP opens a clause of its own
			}

			if sa.start < oa.end && oa.start < sa.end && !sa.resolved && !oa.resolved {
				continue // the same words on both sides: "it has been possible to name …" misread
			}
			c := conf
			if sa.resolved {
				c -= 0.1
			}
			if oa.ent.typ == TypeConcept {
				c -= 0.1
			}
			if len(subj) > 1 || len(objs) > 1 {
				c -= 0.05
			}
			negated := f.negated
			if k := d.argHead(si, oa); !d.x.opts.SingleSentence && k >= 0 {
				if det := t.child(k, "det"); det >= 0 && negativeNo(toks, det) {
					negated = !negated // "know no national borders", "had no comment"
				}
			}
			pr := pendingRelation{origin: "clause", verb: p, si: si, sj: si, subj: sa, obj: oa, pred: pred, text: text, quals: quals,
				negated: negated, modality: modality, conf: c}
			if ctx.attr != nil { // "Nestle said it had enjoyed …": per Nestle, even of itself
				pr.attr, pr.attrSpan = ctx.attr, ctx.attrSpan
			}
			d.pendingRels = append(d.pendingRels, pr)
		}
	}
	for _, ev := range events {
		if ev.subj.ent == nil || ev.subj.ent == ev.obj.ent {
			continue
		}
		ev.negated, ev.modality = f.negated, modality
		if ctx.attr != nil {
			ev.attr, ev.attrSpan = ctx.attr, ctx.attrSpan
		}
		d.pendingRels = append(d.pendingRels, ev)
	}
	return d.pendingRels[before:]
}

// clauseWords open a clause of their own inside a predicate.
var clauseWords = set(`when where why how what whether which who whom he she we they i`)

// clauseInPredicate reports whether a predicate as written runs across a
// clause boundary: a comma, a word that opens another clause or a subject
// pronoun ("how contrite he is" read as one verb).
func clauseInPredicate(text string) bool {
	for _, w := range strings.Fields(text) {
		if strings.HasSuffix(w, ",") || w == "," || clauseWords[strings.ToLower(w)] {
			return true
		}
	}
	return false
}

// nominalArg reports whether argument a is headed by a noun, a name, a
// pronoun, a number or a gerund — something that can do or be a thing —
// rather than an adjective or an infinitive the parser cut as a phrase.
func (d *docState) nominalArg(si int, a arg) bool {
	t, toks := d.sents[si].tree, d.sents[si].toks
	k := d.argHead(si, a)
	if k < 0 {
		return true
	}
	switch t.upos[k] {
	case "ADJ":
		// "the poor", "the 30-year-old", "many", "most": an adjective standing for a noun
		return t.child(k, "det") >= 0 || toks[a.first].tag == "DT" || a.first > 0 && toks[a.first-1].tag == "DT" || quantityWords[toks[k].lower]
	case "VERB", "AUX":
		return toks[k].tag == "VBG" && t.child(k, "mark") < 0 // "Smoking kills", not "to set out …"
	}
	return true
}

// argHead returns the word heading argument a in the tree (the first of its
// words whose head lies outside it), or -1 for an argument found through a
// pronoun or one without words of its own.
func (d *docState) argHead(si int, a arg) int {
	t, toks := d.sents[si].tree, d.sents[si].toks
	if a.resolved || a.first < 0 || a.last >= len(toks) || a.first > a.last {
		return -1
	}
	for k := a.first; k <= a.last; k++ {
		if h := t.head[k]; h < a.first || h > a.last {
			return k
		}
	}
	return -1
}

// clausalArg reports whether argument a is headed by a finite or infinitive
// verb: a clause, not a thing ("whether companies rigged bids").
func (d *docState) clausalArg(si int, a arg) bool {
	t, toks := d.sents[si].tree, d.sents[si].toks
	k := d.argHead(si, a)
	if k < 0 {
		return false
	}
	for m := max(a.first-1, 0); m <= a.first; m++ {
		if t.base(m) == "mark" && (toks[m].lower == "whether" || toks[m].lower == "if") && t.head[m] >= a.first && t.head[m] <= a.last {
			return true // "at whether companies rigged bids", however the parser hung it
		}
	}
	if t.upos[k] == "VERB" && toks[k].tag != "VBG" && toks[k].tag != "VBN" && t.child(k, "nsubj") >= 0 {
		return true
	}
	// "came after Polish officials had raised concerns" with the verb parsed
	// as a modifier of the noun after it: a word of the phrase with a subject
	// of its own, other than a relative clause, makes it a clause
	for m := a.first; m <= a.last && m < len(toks); m++ {
		if m != k && t.base(m) != "acl" && t.child(m, "nsubj") >= 0 && (t.child(m, "aux") >= 0 || t.child(m, "cop") >= 0) {
			return true
		}
	}
	return false
}

// runOnArg reports whether argument a runs past a comma into a clause of its
// own: a finite verb or a subordinating conjunction after the comma that no
// relative clause inside the phrase accounts for ("Best Buy, meanwhile,
// missed its target" cut as one phrase; "a huge social aspect, whereas other
// games …").
func (d *docState) runOnArg(si int, a arg) bool {
	t, toks := d.sents[si].tree, d.sents[si].toks
	comma := false
	for m := a.first; m <= a.last && m < len(toks); m++ {
		if toks[m].text == "," {
			comma = true
			continue
		}
		if !comma {
			continue
		}
		finite := toks[m].tag == "VBD" || toks[m].tag == "VBZ" || toks[m].tag == "VBP" || toks[m].tag == "MD"
		if !finite && !adverbialMarks[toks[m].lower] {
			continue
		}
		relative := false
		for h := m; h >= a.first && h <= a.last; h = t.head[h] { // a root's head (-1) ends the walk
			if t.base(h) == "acl" { // acl:relcl included
				relative = true
				break
			}
		}
		if !relative {
			return true
		}
	}
	return false
}

// rootSubject returns the subject token of the sentence's main clause, or -1.
func (d *docState) rootSubject(si int) int {
	t := d.sents[si].tree
	if t == nil {
		return -1
	}
	for k := range t.head {
		if t.head[k] < 0 {
			return t.child(k, "nsubj")
		}
	}
	return -1
}

// updateSalience remembers who sentence si is about for the pronouns of the next
// ones: the subject of its main clause, else a person it names.
func (d *docState) updateSalience(si int) {
	t := d.sents[si].tree
	var subj []arg
	for k := range t.head {
		if t.head[k] < 0 && !d.quoted[si][k] {
			subj = d.subjectsOf(si, k)
			break
		}
	}
	if len(subj) > 1 {
		d.lastGroup = nil
		for _, a := range subj {
			d.lastGroup = append(d.lastGroup, a.ent)
		}
	}
	for _, a := range subj {
		if a.ent == nil {
			continue
		}
		switch a.ent.typ {
		case TypePerson:
			d.lastPerson = a.ent
		case TypeOrg, TypeGPE:
			d.lastThing = a.ent
		}
	}
	if len(subj) == 0 || subj[0].ent == nil || subj[0].ent.typ != TypePerson {
		// No person heads the main clause (or the parse missed it): a person who is
		// some clause's subject, else the first person named, is who "he" means next.
		for k := range t.head {
			if t.base(k) == "nsubj" && !d.quoted[si][k] {
				if m := d.mentionAt(si, k); m != nil && m.ent != nil && m.ent.typ == TypePerson {
					d.lastPerson = m.ent
					return
				}
			}
		}
		if d.lastPerson == nil {
			for _, m := range d.mentions[si] {
				if m.ent != nil && m.ent.typ == TypePerson {
					d.lastPerson = m.ent
					break
				}
			}
		}
	}
}

// quoteTreeSpeaker finds the reporting verb of quotation qs in the trees of
// its first and last sentences: a cue outside the quotation that governs a
// word inside it ("said, “…”", "told reporters that “…”") or hangs off one
// (“…,” he said), and returns its speaker.
func (d *docState) quoteTreeSpeaker(si, sj int, qs quoteSpan) (arg, string, float64, bool) {
	// Of the cues whose tree reaches the quotation, the nearest introduces it:
	// in "He added that Russia opposed it, saying, “…”" the content of
	// "opposed" spans the quotation too, but "saying" is what says it.
	type found struct {
		sp   arg
		cue  string
		conf float64
		dist int
	}
	for _, k := range []int{sj, si} {
		var best *found
		s := d.sents[k]
		t, toks := s.tree, s.toks
		if t == nil {
			continue
		}
		inside := func(i int) bool { return toks[i].start >= qs.open && toks[i].end <= qs.close }
		for v := range toks {
			if inside(v) || !d.isCue(k, v) || deedVerbs[d.verbLemma(k, v)] { // "said it exposed “racism …”": Liberty's words, not the deed's doer's
				continue
			}
			linked := false
			for _, c := range t.kids[v] {
				if inside(c) && t.base(c) != "punct" {
					linked = true
				}
			}
			if h := t.head[v]; h >= 0 && inside(h) {
				linked = true
			}
			if c := d.contentOf(k, v); c != nil && toks[c.lo].start < qs.close && toks[c.hi].end > qs.open {
				linked = true
			}
			if !linked {
				continue
			}
			restore := d.at(k)
			sp := outsideQuote(d.cueSpeakers(k, v), qs)
			for _, c := range t.children(v, "nsubj") {
				if len(sp) == 0 && !inside(c) && (t.rel[c] == "nsubj" || experiencerParticiples[toks[v].lower] || beliefAdjectives[toks[v].lower]) {
					// the other subject, after the quotation; a passive's subject is
					// spoken of, not speaking ("The film was praised as “a story …”"),
					// unless the participle tells what its subject felt ("had been
					// surprised because it was “obvious …”")
					sp = d.speakerArgs(k, c)
				}
			}
			restore()
			if len(sp) == 0 {
				continue
			}
			conf := 0.85
			dist := qs.open - toks[v].end
			if toks[v].start >= qs.close {
				conf = 0.9
				dist = toks[v].start - qs.close
			}
			if t.child(v, "aux:pass") >= 0 || t.child(v, "nsubj:pass") >= 0 {
				dist += 1 << 20 // "… says she was told: “…”": a passive cue's subject heard it
			}
			if best == nil || dist < best.dist {
				best = &found{sp[0], toks[v].text, conf - boolf(sp[0].resolved, 0.1), dist}
			}
		}
		if best != nil {
			return best.sp, best.cue, best.conf, true
		}
	}
	// The tree may miss the link (a parse through the quotation marks): a cue
	// right before the quotation ("stated, “…”", "reaffirmed that “…”") or right
	// after it ("“…,” he said", "“…,” said Peskov") introduces it.
	if sp, cue, conf, ok := d.adjacentCue(si, sj, qs); ok {
		return sp, cue, conf, ok
	}
	// "Johansson was more restrained in his assessment: “I have to …”": a
	// clause whose subject is someone, ending in a colon right before the
	// quotation, introduces it without a verb of saying
	if sp, ok := d.colonSpeaker(si, qs); ok {
		return sp, ":", 0.6 - boolf(sp.resolved, 0.1), true
	}
	// "Rathbun stated:" closing the sentence before: the quotation is what was stated.
	if si > 0 && strings.TrimSpace(d.doc.Text[d.sents[si].start:qs.open]) == "" {
		k := si - 1
		s := d.sents[k]
		toks := s.toks
		v := len(toks) - 1
		for v >= 0 && (toks[v].text == ":" || toks[v].text == "," || toks[v].tag == "``" || toks[v].text == ".") {
			v--
		}
		if s.tree != nil && v >= 0 && v < len(toks)-1 && d.isCue(k, v) && d.contentOf(k, v) == nil && (toks[v+1].text == ":" || toks[v+1].text == ",") {
			restore := d.at(k)
			sp := d.cueSpeakers(k, v)
			restore()
			if len(sp) > 0 {
				return sp[0], toks[v].text, 0.8 - boolf(sp[0].resolved, 0.1), true
			}
		}
	}
	return arg{}, "", 0, false
}

// outsideQuote keeps the speakers written outside quotation qs: a name in
// the quoted words ("“Hollywood or Bollywood, it's the box office …,” says
// Adarsh" parsed with Hollywood as a subject of says) is what is said, never
// who says it. A speaker of an earlier sentence (no span here) stays.
func outsideQuote(sp []arg, qs quoteSpan) []arg {
	out := sp[:0:0]
	for _, a := range sp {
		if a.end > a.start && a.start >= qs.open && a.end <= qs.close {
			continue
		}
		out = append(out, a)
	}
	return out
}

// colonSpeaker finds who a colon right before quotation qs hands the word to:
// the subject of the clause the colon ends, when it is a person, someone
// unnamed or a body.
func (d *docState) colonSpeaker(si int, qs quoteSpan) (arg, bool) {
	s := d.sents[si]
	t, toks := s.tree, s.toks
	if t == nil {
		return arg{}, false
	}
	c := -1
	for k, tk := range toks {
		if tk.end <= qs.open && tk.text == ":" && strings.TrimSpace(d.doc.Text[tk.end:qs.open]) == "" {
			c = k
		}
	}
	if c < 1 {
		return arg{}, false
	}
	// the clause before the colon: the head of its first token's chain that
	// stays before the colon
	h := c - 1
	for t.head[h] >= 0 && t.head[h] < c {
		h = t.head[h]
	}
	sb := t.child(h, "nsubj") // nsubj:pass too
	if sb < 0 || sb >= c {
		return arg{}, false
	}
	if t.rel[sb] == "nsubj:pass" && d.isCue(si, h) && !experiencerParticiples[toks[h].lower] {
		return arg{}, false // "Kevin Donnellon was asked: “…”": a passive cue's subject was spoken to
	}
	sp := d.speakerArgs(si, sb)
	if len(sp) == 0 || sp[0].ent == nil {
		return arg{}, false
	}
	switch e := sp[0].ent; {
	case e.typ == TypePerson || e.typ == TypeOrg || e.typ == TypeUnnamed:
		return sp[0], true
	case e.typ == TypeConcept && (e.weakType || t.upos[sb] == "PROPN"):
		return sp[0], true // a name nothing typed yet ("Johansson"): speaker typing decides
	}
	return arg{}, false
}

// namingCues call something by the words quoted after their object.
var namingCues = set(`call describe label brand term dub`)

// adjacentCue finds a reporting verb next to quotation qs: before it with
// nothing but "that" and punctuation between, or after it with at most a
// short name between.
func (d *docState) adjacentCue(si, sj int, qs quoteSpan) (arg, string, float64, bool) {
	try := func(k, v int, conf float64) (arg, string, float64, bool) {
		restore := d.at(k)
		sp := outsideQuote(d.cueSpeakers(k, v), qs)
		restore()
		if len(sp) == 0 {
			return arg{}, "", 0, false
		}
		return sp[0], d.sents[k].toks[v].text, conf - boolf(sp[0].resolved, 0.1), true
	}
	if s := d.sents[sj]; s.tree != nil {
		toks := s.toks
		between := 0
		for v := range toks {
			if toks[v].start < qs.close {
				continue
			}
			if toks[v].lower == "according" && strings.TrimLeft(d.doc.Text[qs.close:toks[v].start], ` ,"'”’`) == "" && v+1 < len(toks) && toks[v+1].lower == "to" && closesWithPunct(d.doc.Text, qs) {
				// "“The UK is the largest market,” according to John Binks, director of GfK"
				if n := s.tree.head[v]; n > v {
					restore := d.at(sj)
					sp := outsideQuote(d.speakerArgs(sj, n), qs)
					restore()
					if len(sp) > 0 && sp[0].ent != nil {
						return sp[0], "according to", 0.8, true
					}
				}
				break
			}
			if d.isCue(sj, v) {
				if between <= 4 && closesWithPunct(d.doc.Text, qs) {
					return try(sj, v, 0.85)
				}
				if m := d.namedBeforeRole(sj, qs, v); m != nil && closesWithPunct(d.doc.Text, qs) {
					// "“…,” Mr Prettejohn, Lloyd's chief executive said": the name, then its role
					return arg{ent: m.ent, first: m.first, last: m.last, start: m.start, end: m.end, text: m.surface}, toks[v].text, 0.8, true
				}
				break
			}
			if toks[v].text != "," && toks[v].tag != "``" {
				between++
			}
		}
	}
	if s := d.sents[si]; s.tree != nil {
		toks := s.toks
		gap := 0
		for v := len(toks) - 1; v >= 0; v-- {
			if toks[v].end > qs.open {
				continue
			}
			if d.isCue(si, v) {
				// "calling his conversation with Trump “meaningful”": verbs that name
				// what they call something reach over their object
				if l := d.verbLemma(si, v); gap == 0 || gap <= 8 && namingCues[l] {
					return try(si, v, 0.8)
				}
				break
			}
			if w := toks[v].lower; w != "," && w != ":" && w != "that" && toks[v].tag != "``" {
				if s.tree.upos[v] == "VERB" || s.tree.upos[v] == "AUX" || toks[v].tag == "." {
					break
				}
				gap++
			}
		}
	}
	return arg{}, "", 0, false
}

// namedBeforeRole returns the person named first after quotation qs when
// only words of a role stand between the name and cue v ("Mr Prettejohn,
// Lloyd's chief executive said"); nil otherwise.
func (d *docState) namedBeforeRole(si int, qs quoteSpan, v int) *mention {
	toks := d.sents[si].toks
	k := 0
	for k < v && (toks[k].start < qs.close || toks[k].text == "," || toks[k].tag == "``" || toks[k].tag == "''" ||
		d.x.lx.honorifics[strings.TrimSuffix(toks[k].lower, ".")] != 0) {
		k++ // ("Mr" opens the name)
	}
	m := d.mentionAt(si, k)
	if m == nil || m.first != k || m.ent == nil || m.ent.typ != TypePerson {
		return nil
	}
	for j := m.last + 1; j < v; j++ {
		if toks[j].text == "," || toks[j].tag == "POS" || d.roleWord(toks[j]) || titleModifiers[toks[j].lower] {
			continue
		}
		if mm := d.mentionAt(si, j); mm != nil && mm.ent != nil && mm.ent.typ != TypePerson {
			continue // the body the role is in: "Lloyd's", "of Sophos"
		}
		switch toks[j].lower {
		case "of", "at", "the", "a", "an", "chief", "senior", "managing", "general":
			continue
		}
		return nil
	}
	return m
}

// absoluteWith reports whether the "with" phrase at o opens an absolute
// construction: its noun phrase is followed at once by a participle that
// says what the noun does ("with Devine and Steve Flack seeing plenty of the
// ball", "with prices rising"), however the parser hung the participle.
func (d *docState) absoluteWith(si, o int) bool {
	t := d.sents[si].tree
	toks := d.sents[si].toks
	j := o + 1
	for j < len(toks) && (t.upos[j] == "PROPN" || t.upos[j] == "NOUN" || t.upos[j] == "CCONJ" || t.upos[j] == "DET" ||
		t.upos[j] == "ADJ" || t.upos[j] == "NUM" || t.upos[j] == "PART" && toks[j].lower != "to") {
		j++
	}
	return j < len(toks) && toks[j].tag == "VBG" && t.child(j, "nsubj") < 0 && t.dominates(t.head[o], j)
}

// closesWithPunct reports whether quotation qs ends with a comma, full stop,
// question or exclamation mark, inside or just outside its closing mark.
func closesWithPunct(text string, qs quoteSpan) bool {
	inner := strings.TrimRight(text[qs.open:qs.close], "”\"’'")
	if strings.HasSuffix(inner, ",") || strings.HasSuffix(inner, ".") || strings.HasSuffix(inner, "?") || strings.HasSuffix(inner, "!") {
		return true
	}
	after := strings.TrimLeft(text[qs.close:], " ")
	return strings.HasPrefix(after, ",") || strings.HasPrefix(after, ".")
}

// quoteRelations reads the facts inside a quotation off the tree,
// attributed to its speaker ("“President Putin emphasized the root causes,”
// Peskov said" → Putin emphasize root causes, according to Peskov).
func (d *docState) quoteRelations(si, sj int, qs quoteSpan, speaker *docEntity, spSpan [2]int) []pendingRelation {
	before := len(d.pendingRels)
	d.inQuote = speaker
	for k := si; k <= sj; k++ {
		s := d.sents[k]
		if s.tree == nil {
			continue
		}
		for p, tk := range s.toks {
			if tk.start < qs.inner0 || tk.end > qs.inner1 || !d.isPredicate(k, p) {
				continue
			}
			restore := d.at(k)
			ctx := d.contextOf(k, p)
			if ctx.attr == nil && ctx.modality != ModalityPossible {
				ctx.attr, ctx.attrSpan, ctx.modality = speaker, spSpan, ModalityReported
			}
			d.clauseRelations(k, p, ctx)
			restore()
		}
	}
	d.inQuote = nil
	kept := d.pendingRels[:before]
	for k := before; k < len(d.pendingRels); k++ {
		p := d.pendingRels[k]
		if p.obj.ent == speaker && p.obj.start >= qs.close {
			continue // "…,” said Alex Folkes": the speaker after the quotation is no argument inside it
		}
		p.conf -= 0.1
		kept = append(kept, p)
	}
	d.pendingRels = kept
	return append([]pendingRelation(nil), d.pendingRels[before:]...)
}

// nominalRelations reads facts stated without a verb: titles ("U.S. Defense
// Secretary Pete Hegseth" → Pete Hegseth —hold role→ Defense Secretary, of: United
// States), appositions ("Dmitry Peskov, the Kremlin spokesman," → is), and, for Open
// IE, possessives ("Gen-Probe's shares" → has).
func (d *docState) nominalRelations(si int) {
	s := d.sents[si]
	toks, q := s.toks, d.quoted[si]
	for _, m := range d.mentions[si] {
		if m.role == "" || m.ent == nil || m.ent.typ != TypePerson || q[m.first] || honorifics[strings.ToLower(m.role)] {
			continue
		}
		roleStart := m.start
		for k := m.first - 1; k >= 0 && toks[k].end <= m.start; k-- {
			if !toks[k].isCap() && toks[k].lower != "of" {
				break
			}
			if strings.Contains(m.role, toks[k].text) {
				roleStart = toks[k].start
			}
		}
		if roleStart == m.start {
			continue
		}
		roleText := strings.TrimSpace(s.textOf(roleStart, m.start))
		key := "role/" + m.ent.name + "/" + m.role
		if d.seen[key] {
			continue
		}
		d.seen[key] = true
		role := d.addOnce(&mention{surface: m.role, typ: TypeConcept, start: roleStart, end: m.start})
		var quals map[string]string
		if m.roleOf != "" {
			quals = map[string]string{"of": m.roleOf}
		}
		d.pendingRels = append(d.pendingRels, pendingRelation{origin: "nominal", verb: -1, si: si, sj: si,
			subj: arg{ent: m.ent, start: m.start, end: m.end, text: m.surface},
			obj:  arg{ent: role, start: roleStart, end: roleStart + len(roleText), text: roleText},
			pred: "hold role", text: "holds role", quals: quals, conf: 0.8})
	}
	t := s.tree
	lx := d.x.lx
	for k := range toks {
		if q[k] {
			continue
		}
		// Events between two parties: "the phone call between Trump and Putin" →
		// Trump talk Putin; "talks between Kyiv and Moscow".
		if v, ok := lx.nominals[toks[k].lower]; ok && lx.eventNouns[lx.lemmatize(toks[k].lower, true)] {
			for _, n := range t.children(k, "nmod") {
				if d.caseOf(si, n) != "between" {
					continue
				}
				parties := d.argsAt(si, n)
				if len(parties) == 2 && parties[0].ent.typ != TypeConcept && parties[1].ent.typ != TypeConcept && parties[0].ent != parties[1].ent {
					lo, _ := t.span(k, argDrop)
					d.pendingRels = append(d.pendingRels, pendingRelation{origin: "nominal", verb: -1, si: si, sj: si, subj: parties[0], obj: parties[1],
						pred: v, text: s.textOf(toks[lo].start, toks[t.child(n, "case")].end), conf: 0.7})
				}
			}
		}
		// Appositions: "Dmitry Peskov, the Kremlin spokesman," and "the Kremlin
		// spokesman, Dmitry Peskov,": the name holds the role, or is the thing.
		for _, c := range t.kids[k] {
			if w := t.child(c, "nmod:poss"); w >= 0 && w < c && (toks[w].lower == "whose" || toks[w].lower == "which") {
				continue // "Mr Howard, whose grandmother died in Auschwitz,": a relative clause, not his name
			}
			// the parser sometimes calls "Anna Berg, the chief executive of Nordbank," a parataxis
			if t.rel[c] != "appos" {
				lo, _ := t.span(c, argDrop)
				if t.rel[c] != "parataxis" && t.rel[c] != "list" && t.rel[c] != "dep" || lo == 0 || toks[lo-1].text != "," || t.child(c, "det") < 0 || t.child(c, "nsubj") >= 0 || t.child(c, "cop") >= 0 || t.upos[c] == "VERB" {
					continue
				}
			}
			name, desc := k, c
			if m := d.mentionAt(si, c); m != nil && m.ent != nil && m.ent.typ != TypeConcept {
				if m2 := d.mentionAt(si, k); m2 == nil || m2.ent == nil || m2.ent.typ == TypeConcept {
					name, desc = c, k
				}
			}
			if name == c && desc == k {
				// "his family and his "hero", Nelson Mandela": the name is the last conjunct's
				for _, lc := range t.children(k, "conj") {
					if lc > desc && lc < c && d.apposOnLast(si, lc, c) {
						desc = lc
					}
				}
			}
			d.apposition(si, name, desc)
		}
		if !d.x.opts.SingleSentence {
			continue
		}
		// Open IE also counts the facts noun phrases imply: possessives ("Gen-Probe's
		// shares" → Gen-Probe has shares), examples ("languages such as Tok Pisin" →
		// Tok Pisin is a language) and places ("the countries in Europe").
		if t.upos[k] != "NOUN" && t.upos[k] != "PROPN" {
			continue
		}
		for _, c := range t.kids[k] {
			switch {
			case t.rel[c] == "nmod:poss" && t.upos[c] != "PRON":
				owner, ok1 := d.phraseArg(si, c)
				thing, ok2 := d.headArg(si, k)
				if ok1 && ok2 && owner.ent != thing.ent {
					d.pendingRels = append(d.pendingRels, pendingRelation{origin: "nominal", verb: -1, si: si, sj: si, subj: owner, obj: thing,
						pred: "have", text: "has", conf: 0.55})
				}
			case t.base(c) == "nmod":
				prep := d.caseOf(si, c)
				switch {
				case prep == "such as" || prep == "including" || prep == "like":
					class, ok := d.headArg(si, k)
					for _, m := range d.argsAt(si, c) {
						if ok && m.ent != class.ent {
							d.pendingRels = append(d.pendingRels, pendingRelation{origin: "nominal", verb: -1, si: si, sj: si, subj: m, obj: class, pred: "be", text: "is", conf: 0.55})
						}
					}
				case locativePrepositions[prep] && !d.isTemporal(si, c):
					thing, ok1 := d.headArg(si, k)
					place, ok2 := d.phraseArg(si, c)
					if ok1 && ok2 && thing.ent != place.ent {
						be := "is "
						if toks[k].tag == "NNS" || toks[k].tag == "NNPS" {
							be = "are "
						}
						d.pendingRels = append(d.pendingRels, pendingRelation{origin: "nominal", verb: -1, si: si, sj: si, subj: thing, obj: place,
							pred: "be " + prep, text: be + toks[t.child(c, "case")].text, conf: 0.5})
					}
				}
			}
		}
	}
}

// headArg names the noun k with its own modifiers before it, without the
// phrases after it: "the countries" of "the countries in Europe".
func (d *docState) headArg(si, k int) (arg, bool) {
	t := d.sents[si].tree
	lo := k
	for _, c := range t.kids[k] {
		if c < k && !argDrop[t.rel[c]] && !argDrop[t.base(c)] && t.base(c) != "case" {
			a, _ := t.span(c, argDrop)
			lo = min(lo, a)
		}
	}
	return d.nameArg(si, lo, k, k)
}

// apposition records what an apposition says of a name: a role when the
// description is headed by a title ("Dmitry Peskov, the Kremlin spokesman" →
// hold role spokesman; "X, the leader of Y" → of: Y), else that it is the
// thing described ("Acme, a maker of parts" → is).
func (d *docState) apposition(si, name, desc int) {
	s := d.sents[si]
	t, toks := s.tree, s.toks
	who, ok1 := d.phraseArg(si, name)
	if !ok1 || who.ent == nil {
		return
	}
	if who.ent.typ == TypeConcept && !d.x.opts.SingleSentence {
		return // two descriptions: nothing named
	}
	if m := d.mentionAt(si, desc); m != nil && m.ent != nil && m.ent.typ != TypeConcept {
		return // "Trump, Putin and …": a list of names, not an apposition
	}
	if t.upos[desc] != "NOUN" && t.upos[desc] != "PROPN" && !(t.upos[desc] == "ADJ" && t.child(desc, "det") >= 0) {
		return
	}
	if who.ent.typ == TypePerson && orgNouns[toks[desc].lower] && !d.x.opts.SingleSentence {
		return // "Ivan Kulakov, deputy chairman of Highland Gold - a mining firm": the firm's, not his
	}
	if d.x.lx.honorifics[strings.TrimSuffix(toks[desc].lower, ".")] != 0 && toks[desc].isCap() && t.child(desc, "det") < 0 {
		return // "Howard, Mr Blair said": a title of address is no role, nor the thing described
	}
	if m := d.mentionAt(si, desc+1); m != nil && m.first == desc+1 && m.ent != nil && m.ent.typ == TypePerson && m.ent != who.ent && desc+1 < len(toks) && toks[desc+1].isCap() {
		return // "James Valente, coach Remy Korchemny and trainer Greg Anderson": the title is the next name's
	}
	if d.x.lx.titles[toks[desc].lower] && who.ent.typ == TypePerson {
		lo, _ := spanExcept(t, desc, argDrop, set(`nmod obl case`))
		for lo < desc && (t.base(lo) == "det" || t.base(lo) == "case") {
			lo++
		}
		roleText := s.textOf(toks[lo].start, toks[desc].end)
		key := "role/" + who.ent.name + "/" + strings.ToLower(roleText)
		if d.seen[key] {
			return
		}
		d.seen[key] = true
		var quals map[string]string
		for _, n := range t.children(desc, "nmod", "obl") {
			if d.caseOf(si, n) == "of" {
				if of, ok := d.phraseArg(si, n); ok {
					quals = map[string]string{"of": of.text}
				}
			}
		}
		role := d.addOnce(&mention{surface: roleText, typ: TypeConcept, start: toks[lo].start, end: toks[desc].end})
		obj := arg{ent: role, first: lo, last: desc, start: toks[lo].start, end: toks[desc].end, text: roleText}
		if d.x.opts.SingleSentence {
			// Open IE: "is | the chief executive of Nordbank", the whole apposition
			plo, phi := t.span(desc, argDrop)
			obj.start, obj.end = toks[plo].start, toks[phi].end
			quals = nil
		}
		d.pendingRels = append(d.pendingRels, pendingRelation{origin: "apposition", verb: -1, si: si, sj: si, subj: who,
			obj: obj, pred: "hold role", text: "holds role", quals: quals, conf: 0.75})
		return
	}
	if !d.x.opts.SingleSentence {
		// A name beside a name is another name for it or a misparse ("Mr Waller,
		// Exxon …", "James McAvoy from Shameless (Channel 4)"), and a bracket after
		// a name gives a channel, party or place it belongs to, not what it is.
		if t.upos[desc] == "PROPN" || desc > 0 && toks[desc].isCap() {
			return // a capitalised head is a name or a title: "Sophie Scholl - The Final Days"
		}
		if lo, _ := t.span(desc, argDrop); lo > 0 && toks[lo-1].text == "(" {
			return
		}
	}
	what, ok := d.phraseArg(si, desc)
	if !ok || what.ent == who.ent {
		return
	}
	if !d.x.opts.SingleSentence && what.ent != nil && what.ent.typ != TypeConcept && (desc < what.first || desc > what.last) {
		return // "Rory Bruer, head of distribution for Sony Pictures": he is not the name inside
	}
	d.pendingRels = append(d.pendingRels, pendingRelation{origin: "apposition", verb: -1, si: si, sj: si, subj: who, obj: what, pred: "be", text: "is", conf: 0.7})
}

// copularPreposition returns the words that join a complement x to the verb
// it completes when x is a preposition's object after "to be" ("appears to
// be beyond Scotland" → "to be beyond"), or "" when no preposition opens it
// ("appeared to be natural", "proved to be a fake").
func copularPreposition(t *tree, toks []token, x int) string {
	c := t.child(x, "case")
	if c < 0 || c > x || t.child(x, "cop") < 0 {
		return ""
	}
	var words []string
	for _, k := range t.kids[x] {
		if k < x && (t.base(k) == "mark" || t.base(k) == "cop" || k == c) {
			words = append(words, toks[k].lower)
		}
	}
	if len(words) < 3 || words[0] != "to" {
		return "" // "the representative were in custody": no "to be", a noun the parser took for a verb
	}
	return strings.Join(words, " ")
}

// placeWords name a place in an order, written as a word: "third", "last" (a
// predicate is words: "158th" stays out).
var placeWords = set(`first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth
	thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth last`)
