package extract

import (
	"sort"
	"strings"
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
}

func (p pendingRelation) record(d *docState) Relation {
	// Specific facts are more often right than vague ones (measured on CaRB dev:
	// tuples with qualifiers 0.76 precision against 0.57; one-word concept objects 0.51).
	if len(p.quals) > 0 {
		p.conf += 0.04
	}
	if p.obj.ent != nil && p.obj.ent.typ == TypeConcept && !strings.Contains(strings.TrimSpace(p.obj.text), " ") {
		p.conf -= 0.04
	}
	if len(strings.Fields(p.text)) >= 3 {
		p.conf += 0.03 // "was released for", "agreed to begin": the verb's frame was read whole
	}
	// A predicate is one token ("hold-role", "be-exchanged"): it becomes an IRI in the store.
	r := Relation{Kind: KindRelation, Provenance: d.prov(p.si, p.sj, p.conf),
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

// pendingStatement is a statement whose entities get their final ids in finish.
type pendingStatement struct {
	si, sj      int
	speaker     *docEntity // nil: unknown
	speakerSpan [2]int
	cue         string
	content     [2]int // byte span of the content in the article
	direct      bool
	about       []arg
	stance      string
	conf        float64
}

func (p pendingStatement) record(d *docState) Statement {
	st := Statement{Kind: KindStatement, Provenance: d.prov(p.si, p.sj, p.conf),
		Speaker: d.ref(p.speaker, p.speakerSpan[0], p.speakerSpan[1]), Cue: p.cue,
		Content: d.doc.Text[p.content[0]:p.content[1]], ContentSpan: p.content,
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

// locativePrepositions say where a thing is: "the countries in Europe".
var locativePrepositions = set(`in at near inside outside`)

// honorifics are titles of address, not roles: "Mr. Baker".
var honorifics = set(`mr. mrs. ms. dr. mr mrs ms dr sir dame madam`)

// nextWord returns the lower-case word at or after k, skipping quotation marks.
func nextWord(toks []token, k int) string {
	for k < len(toks) && toks[k].tag == "``" {
		k++
	}
	if k < len(toks) {
		return toks[k].lower
	}
	return ""
}

// subordinators after a comma open another clause: "…, while X stressed …".
var subordinators = set(`while whereas though although but because`)

// conditionals open clauses that state a condition, not a fact.
var conditionals = set(`if unless whether`)

// demonstratives stand alone as subjects: "That amounts to …", "This often results in …".
var demonstratives = set(`this that these those`)

// indefinitePronouns name nobody in particular; facts about them are not kept.
var indefinitePronouns = set(`nobody nothing everyone everybody someone somebody anyone anybody no-one none`)

// nounPrepositions introduce phrases that modify a noun ("the call between Trump and
// Putin"); subordinators like "after" or "while" do not.
var nounPrepositions = set(`of for between with without in on from about against over among toward towards to at by`)

// temporalWords head phrases that say when, never what.
var temporalWords = set(`monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow
	week weeks month months year years morning evening night weekend decade january february march april
	may june july august september october november december`)

// nonAgents can "suggest" or "show" but say nothing: "estimates suggest …".
var nonAgents = set(`estimates estimate figures data report reports study studies analysis survey surveys poll polls
	research evidence documents numbers statistics results signs indications records images footage`)

func lastWord(s string) string {
	f := strings.Fields(strings.ToLower(s))
	if len(f) == 0 {
		return ""
	}
	return f[len(f)-1]
}

// contentNouns take a "that" clause saying what they contain: "suggestions that …".
var contentNouns = set(`suggestion suggestions claim claims report reports idea ideas fact news hope hopes fear fears
	illusion impression perception sense feeling realization understanding message conviction
	concern concerns belief beliefs assertion assertions statement statements warning warnings
	sign signs signal signals indication indications evidence possibility likelihood chance
	argument view notion assurance assurances promise promises`)

// quantifiers approximate an amount before a noun phrase: "around one-fifth".
var quantifiers = set(`around about nearly almost roughly approximately over some more than less under`)

// speechNouns stand for what their possessor said or holds: "Hegseth's assertion",
// "the Biden administration's position".
var speechNouns = set(`assertion assertions statement statements remarks remark comments comment words position
	stance view views claim claims announcement commitment policy argument warning message`)

// utterances are words said: "his comments" are his.
var utterances = set(`comments comment remarks remark words statement statements assertion assertions claim claims`)

// clauses extracts the relations and reported statements of sentence si.
func (d *docState) clauses(si int) {
	s := d.sents[si]
	if s.tree != nil {
		d.treeClauses(si)
		d.treeStatements(si)
		d.nominalRelations(si)
		d.salience(si)
		return
	}
	toks, q := s.toks, d.quoted[si]
	groups := d.x.verbGroups(toks, q)
	d.groups[si] = groups
	for gi, vg := range groups {
		vg.subj = d.subjectOf(si, groups, gi)
		vg.subjDone = true
	}
	d.finalReportingClause(si, groups)
	for gi, vg := range groups {
		d.clause(si, groups, gi, vg)
	}
	d.nominalRelations(si)
	// Salience for the next sentences: the subject of the first finite clause.
	for _, vg := range groups {
		if len(vg.subj) == 0 || !vg.finite {
			continue
		}
		if len(vg.subj) > 1 {
			d.lastGroup = nil
			for _, a := range vg.subj {
				d.lastGroup = append(d.lastGroup, a.ent)
			}
		}
		for _, a := range vg.subj {
			switch a.ent.typ {
			case TypePerson:
				d.lastPerson = a.ent
			case TypeOrg, TypeGPE:
				d.lastThing = a.ent
			}
		}
		break
	}
	// A person named in the sentence but not as a subject is still the likeliest "he"
	// only if no subject person was found.
	if d.lastPerson == nil {
		for _, m := range d.mentions[si] {
			if m.ent != nil && m.ent.typ == TypePerson {
				d.lastPerson = m.ent
			}
		}
	}
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

// subjectOf finds the subject of verb group gi, following relative pronouns,
// commas around inserted clauses, coordination and participial adjuncts.
func (d *docState) subjectOf(si int, groups []*verbGroup, gi int) []arg {
	s := d.sents[si]
	toks, q := s.toks, d.quoted[si]
	vg := groups[gi]
	k := vg.first - 1
	for k >= 0 && (toks[k].tag == "RB" || toks[k].tag == "RBR") && !q[k] {
		k--
	}
	prevSubj := func() []arg {
		for g := gi - 1; g >= 0; g-- {
			if groups[g].finite && len(groups[g].subj) > 0 {
				return groups[g].subj
			}
		}
		return nil
	}
	if vg.adjunct && vg.first == 0 {
		// "Built in 1889, the bridge carries …": the subject follows the comma.
		for c := vg.last + 1; c < len(toks); c++ {
			if toks[c].text == "," {
				if a, _ := d.argsStartingAt(si, c+1); len(a) > 0 {
					return a
				}
				break
			}
		}
		return nil
	}
	if k < 0 || q[k] {
		return nil
	}
	t := toks[k]
	switch {
	case vg.adjunct && vg.passive && toks[vg.first].tag == "VBN" && (t.tag == "NN" || t.tag == "NNS"):
		// reduced relative: the noun before the participle undergoes it
		return d.argsEndingAt(si, k)
	case vg.adjunct && t.lower == "by" && !vg.passive:
		// "expressing optimism by stating, “…”": the main clause's subject.
		for g := 0; g < gi; g++ {
			if groups[g].finite && len(groups[g].subj) > 0 {
				return groups[g].subj
			}
		}
		return nil
	case vg.adjunct && t.text == ",":
		if vg.passive {
			// "The prisoner exchange, brokered by …": the phrase before the comma is
			// the object; the agent is found by the caller.
			return d.argsEndingAt(si, k-1)
		}
		// "with Trump and his Defence Secretary, Pete Hegseth, suggesting": a person
		// set off by commas is the participle's subject; otherwise the main clause's.
		if k-1 >= 0 {
			if m := d.mentionAt(si, k-1); m != nil && m.ent != nil && m.ent.typ == TypePerson {
				// only a name set off by commas, not the object of "with Putin,"
				if st := nounPhraseEndingAt(toks, k-1, q); st > 0 && toks[st-1].text == "," {
					return d.argsEndingAt(si, k-1)
				}
			}
		}
		for g := 0; g < gi; g++ {
			if groups[g].finite && len(groups[g].subj) > 0 {
				return groups[g].subj
			}
		}
		return nil
	case t.tag == "WDT" || t.tag == "WP" || t.lower == "that" && t.tag == "IN":
		// Relative clause: the antecedent precedes the pronoun.
		a := k - 1
		if a >= 0 && toks[a].text == "," {
			a--
		}
		if t.lower == "that" && t.tag == "IN" && a >= 0 && toks[a].isVerb() {
			return nil // complementiser after a verb: the subject follows, not precedes
		}
		return d.antecedent(si, a)
	case vg.adjunct && t.lower == "and":
		for g := gi - 1; g >= 0; g-- {
			if (groups[g].adjunct || vg.passive && groups[g].passive) && len(groups[g].subj) > 0 {
				return groups[g].subj
			}
		}
		return prevSubj()
	case t.lower == "and" || t.lower == "but" || t.lower == "or":
		// A conjunction right before the verb joins verb phrases: "… invited Trump and
		// expressed …" ("Trump and Putin agreed" has the name before the verb). After a
		// reporting verb's clause, the second verb is the reporter's: "Hegseth emphasized
		// that the effort was … and suggested …".
		for g := 0; g < gi; g++ {
			if groups[g].finite && len(groups[g].subj) > 0 {
				if d.x.lx.cues[groups[g].lemma] && d.x.lx.cues[vg.lemma] {
					return groups[g].subj
				}
				break
			}
		}
		return prevSubj()
	case t.text == "," && k >= 2 && (toks[k-1].tag == "RB" || toks[k-1].lower == "however") && toks[k-2].text == ",":
		// "The UK government, however, reaffirmed": a parenthetical adverb.
		return d.argsEndingAt(si, k-3)
	case t.text == "," && d.x.lx.cues[vg.lemma] && vg.last+1 < len(toks) && toks[vg.last+1].isProper():
		// Inversion after a quotation or clause: "…, says A. Rama Krishna, an analyst".
		if a, _ := d.argsStartingAt(si, vg.last+1); len(a) > 0 {
			return a
		}
		return nil
	case t.text == ",":
		// "Zelensky, who is scheduled …, insists": skip back over the inserted clause.
		for g := gi - 1; g >= 0; g-- {
			pg := groups[g]
			if pg.first > 0 && (toks[pg.first-1].tag == "WDT" || toks[pg.first-1].tag == "WP") && len(pg.subj) > 0 {
				return pg.subj
			}
			// object relative: "The museum, which Carlos Mendes founded in 1990, attracts"
			if len(pg.subj) > 0 && pg.subj[0].first >= 2 && pg.subj[0].last < pg.first {
				if w := pg.subj[0].first - 1; (toks[w].tag == "WDT" || toks[w].lower == "whom") && toks[w-1].text == "," {
					if a := d.antecedent(si, w-2); a != nil {
						return a
					}
				}
			}
		}
		// "Paul Grant, the chairman of Westbank, criticised", "The company, based in
		// Oslo, makes": an apposition or participle phrase between commas.
		for c2 := k - 1; c2 > 0; c2-- {
			if toks[c2].text != "," {
				continue
			}
			if m := d.mentionAt(si, k-1); m != nil && m.ent != nil && m.first <= c2+1+2 && nounPhraseAt(toks, c2+1, q) == k-1 {
				break // "Putin's spokesperson, Dmitry Peskov, dismissed": the name between commas
			}
			if c2+1 < k && (nounPhraseAt(toks, c2+1, q) == k-1 || toks[c2+1].tag == "VBN" || toks[c2+1].tag == "VBG" || toks[c2+1].tag == "JJ") {
				if a := d.argsEndingAt(si, c2-1); a != nil {
					return a
				}
			}
			break
		}
		if a := d.argsEndingAt(si, k-1); a != nil {
			return a // "Putin's spokesperson, Dmitry Peskov, dismissed": the name before the comma
		}
		return nil
	}
	// "Other people that can be classified using this title include …": a finite verb
	// right after a restrictive relative clause takes the clause's antecedent.
	if gi > 0 && vg.finite {
		pg := groups[gi-1]
		r := pg.first - 1
		ante := pg.subj
		if len(pg.subj) > 0 && pg.subj[0].first > 0 && pg.subj[0].last < pg.first {
			// object relative: "The bicycles that the company sells are made …"
			if w := pg.subj[0].first - 1; toks[w].lower == "that" || toks[w].tag == "WDT" {
				r = w
				ante = d.antecedent(si, w-1)
			}
		}
		if r >= 1 && (toks[r].tag == "WDT" || toks[r].tag == "WP" || toks[r].lower == "that") && toks[r-1].text != "," && len(ante) > 0 && !d.x.lx.cues[pg.lemma] {
			clean := true
			for m := pg.last + 1; m < vg.first; m++ {
				if toks[m].text == "," || toks[m].lower == "that" || toks[m].tag == "CC" || toks[m].isVerb() && toks[m].tag != "VBG" {
					clean = false
					break
				}
			}
			if clean {
				return ante
			}
		}
	}
	// "… and at the end leaves …": a fronted prepositional phrase after a
	// conjunction; the verb phrase is coordinated with the one before.
	if st := nounPhraseEndingAt(toks, k, q); st >= 2 && toks[st-1].tag == "IN" && !q[st-1] &&
		(toks[st-2].lower == "and" || toks[st-2].lower == "but") {
		return prevSubj()
	}
	return d.argsEndingAt(si, k)
}

// antecedent returns the phrase a relative pronoun after token a refers to: the
// phrase itself, not a noun it is attached to ("a shift from the Biden
// administration, which …" → the administration).
func (d *docState) antecedent(si, a int) []arg {
	s := d.sents[si]
	start := nounPhraseEndingAt(s.toks, a, d.quoted[si])
	if start < 0 {
		return nil
	}
	if r, ok := d.resolveArg(si, start, a); ok {
		return []arg{r}
	}
	return nil
}

// argsEndingAt returns the argument(s) whose phrase ends at token k, with
// coordinated names to their left ("Trump and Putin").
func (d *docState) argsEndingAt(si, k int) []arg {
	s := d.sents[si]
	toks, q := s.toks, d.quoted[si]
	if k < 0 || q[k] {
		return nil
	}
	// "The UK government": the actor noun after a place stands for the place.
	start := nounPhraseEndingAt(toks, k, q)
	if start < 0 {
		return nil
	}
	a, ok := d.resolveArg(si, start, k)
	if !ok {
		return nil
	}
	out := []arg{a}
	// Coordination to the left: "Trump and Putin", "Trump, Witkoff and Waltz"; a comma
	// alone ("…with Putin, Trump wrote") is not coordination.
	for c := start - 1; c >= 1; {
		if toks[c].lower != "and" && (toks[c].text != "," || len(out) == 1) {
			break
		}
		e := c - 1
		if toks[e].text == "," || toks[e].lower == "and" {
			e--
		}
		if e < 0 {
			break
		}
		st := nounPhraseEndingAt(toks, e, q)
		if st < 0 {
			break
		}
		b, ok := d.resolveArg(si, st, e)
		if !ok || b.ent.typ == TypeConcept || a.ent.typ == TypeConcept {
			break
		}
		out = append([]arg{b}, out...)
		start = st
		c = st - 1
	}
	// A prepositional phrase modifying a noun: "the phone call between Trump and Putin
	// lasted", "security guarantees for Ukraine must": the noun is the argument.
	// Several may stack: "the leaders of the parties in the coalition said".
	headEnd, headStart := -1, start
	for p := headStart - 1; p >= 1 && nounPrepositions[toks[p].lower] && !q[p] && toks[p-1].isNoun() && !toks[p-1].isProper(); p = headStart - 1 {
		st := nounPhraseEndingAt(toks, p-1, q)
		if st < 0 {
			break
		}
		headStart, headEnd = st, p-1
	}
	if headEnd >= 0 {
		if b, ok := d.resolveArg(si, headStart, headEnd); ok {
			// The mention is the whole phrase ("Four other countries in Europe");
			// the entity stays the noun it is about.
			b.end = toks[k].end
			b.text = s.textOf(b.start, b.end)
			return []arg{b}
		}
	}
	return out
}

// argsStartingAt returns the argument(s) whose phrase starts at token i, the
// coordinated ones to the right, and the index after them.
func (d *docState) argsStartingAt(si, i int) ([]arg, int) {
	s := d.sents[si]
	toks, q := s.toks, d.quoted[si]
	var out []arg
	for i < len(toks) {
		for i < len(toks) && (toks[i].tag == "RB" && !negAdverbs[toks[i].lower] || quantifiers[toks[i].lower] && i+1 < len(toks) && (toks[i+1].tag == "CD" || toks[i+1].tag == "NN" || toks[i+1].tag == "JJ")) {
			i++
		}
		e := nounPhraseAt(toks, i, q)
		if e < 0 {
			break
		}
		// "drone and artillery strikes": a bare noun coordinated into the next
		// phrase's head is one phrase, not two things.
		if e == i && (toks[i].tag == "NN" || toks[i].tag == "NNS") && e+2 < len(toks) && toks[e+1].lower == "and" {
			if e2 := nounPhraseAt(toks, e+2, q); e2 > e+2 && toks[e2].tag == "NNS" && !toks[e+2].isProper() && toks[e+2].tag != "DT" {
				e = e2
			}
		}
		if a, ok := d.resolveArg(si, i, e); ok {
			out = append(out, a)
		}
		i = e + 1
		// coordination: "JD Vance and Secretary of State Marco Rubio"
		if i+1 < len(toks) && (toks[i].lower == "and" || toks[i].lower == "or") && nounPhraseAt(toks, i+1, q) >= 0 {
			// not "… Moscow and expressed": a verb after the conjunction ends the phrase
			if e2 := nounPhraseAt(toks, i+1, q); e2+1 < len(toks) && toks[e2+1].isVerb() && toks[e2+1].tag != "VBG" && toks[e2+1].tag != "VBN" {
				break
			}
			i++
			continue
		}
		// a list: "Usher Hall , Caird Hall , Perth Concert Hall and Eden Court"
		if i+1 < len(toks) && toks[i].text == "," && !q[i] && listContinues(toks, i, q) {
			i++
			if toks[i].lower == "and" || toks[i].lower == "or" {
				i++ // "A, B, and C"
			}
			continue
		}
		break
	}
	return out, i
}

// listContinues reports whether the comma at i continues a list of noun phrases
// that ends with "and" or "or" ("A, B, C and D"), rather than closing a phrase.
func listContinues(toks []token, i int, q []bool) bool {
	for i < len(toks) && toks[i].text == "," {
		e := nounPhraseAt(toks, i+1, q)
		if e < 0 {
			return false
		}
		i = e + 1
		if i < len(toks) && (toks[i].lower == "and" || toks[i].lower == "or") {
			return nounPhraseAt(toks, i+1, q) >= 0
		}
		if i+1 < len(toks) && toks[i].text == "," && (toks[i+1].lower == "and" || toks[i+1].lower == "or") {
			return nounPhraseAt(toks, i+2, q) >= 0
		}
	}
	return false
}

// resolveArg turns tokens [i, j] into an argument: an entity when the phrase is (or
// is headed by) a name or resolves as a pronoun, else a concept.
func (d *docState) resolveArg(si, i, j int) (arg, bool) {
	s := d.sents[si]
	toks := s.toks
	a := arg{first: i, last: j, start: toks[i].start, end: toks[j].end}
	a.text = s.textOf(a.start, a.end)
	head := toks[j]
	// Pronouns and definite descriptions ("the president").
	if i == j && (head.tag == "PRP" || head.tag == "WP" || indefinitePronouns[head.lower] || head.tag == "DT" && demonstratives[head.lower]) || d.x.lx.pronouns[head.lower] && i == j {
		e := d.resolvePronoun(si, i)
		if e == nil && d.x.opts.SingleSentence && head.tag != "WP" && head.tag != "WDT" {
			// Open IE keeps the pronoun as written when the sentence cannot resolve it.
			e = d.table.add(&mention{surface: head.text, typ: TypeConcept, start: head.start, end: head.end})
		}
		if e == nil {
			return a, false
		}
		a.ent, a.resolved = e, true
		return a, true
	}
	if i+1 == j && toks[i].lower == "the" && d.x.lx.titles[head.lower] && d.lastPerson != nil {
		a.ent, a.resolved = d.lastPerson, true
		return a, true
	}
	// A name heading the phrase, or a place + actor noun ("the UK government").
	if m := d.mentionAt(si, j); m != nil && m.ent != nil {
		a.ent = m.ent
		a.start, a.end = m.start, m.end
		a.text = m.surface
		return a, true
	}
	if d.x.lx.actorNouns[head.lower] && j > i {
		if m := d.mentionAt(si, j-1); m != nil && m.ent != nil && (m.ent.typ == TypeGPE || m.actor) {
			a.ent = m.ent
			a.start, a.end = m.start, head.end
			a.text = s.textOf(a.start, a.end)
			return a, true
		}
		// "the Ukrainian leadership": a demonym modifying an actor noun.
		if canon, ok := d.x.lx.demonyms[toks[j-1].lower]; ok {
			e := d.table.add(&mention{surface: canon, canon: canon, typ: TypeGPE, start: toks[j-1].start, end: toks[j-1].end})
			a.ent = e
			a.start, a.end = toks[j-1].start, head.end
			a.text = s.textOf(a.start, a.end)
			return a, true
		}
	}
	// A concept: strip determiners, possessive pronouns and a possessor name.
	k := i
	for k < j && (toks[k].tag == "DT" || toks[k].tag == "PDT" || toks[k].tag == "PRP$" || toks[k].lower == "such" || toks[k].lower == "all" || toks[k].lower == "any") {
		k++
	}
	for p := k; p < j; p++ {
		if toks[p].tag == "POS" && p+1 <= j {
			if m := d.mentionAt(si, p-1); m != nil && m.ent != nil {
				a.possessor = m.ent.name
			}
			k = p + 1
			for k < j && (toks[k].tag == "DT" || toks[k].tag == "PRP$") {
				k++
			}
		}
	}
	if !toks[j].isNoun() && toks[j].tag != "CD" {
		return a, false
	}
	if utterances[head.lower] && toks[i].tag == "PRP$" && i < j {
		// "His comments came …": the words stand for whoever "his" is.
		if e := d.resolvePronoun(si, i); e != nil {
			a.ent, a.resolved = e, true
			a.start, a.end, a.text = toks[i].start, toks[i].end, toks[i].text
			return a, true
		}
	}
	if speechNouns[head.lower] && a.possessor != "" && k > i {
		// "the Biden administration's position, which has maintained …": the holder speaks.
		for p := i; p < k; p++ {
			if m := d.mentionAt(si, p); m != nil && m.ent != nil && m.ent.name == a.possessor {
				a.ent, a.start, a.end, a.text = m.ent, m.start, m.end, m.surface
				return a, true
			}
		}
	}
	name := s.textOf(toks[k].start, toks[j].end)
	if len(name) < 3 {
		return a, false
	}
	e := d.table.add(&mention{surface: name, typ: TypeConcept, start: toks[k].start, end: toks[j].end})
	a.ent = e
	a.start, a.end, a.text = toks[k].start, toks[j].end, name
	return a, true
}

// resolvePronoun finds what the pronoun at token k of sentence si refers to.
func (d *docState) resolvePronoun(si, k int) *docEntity {
	w := d.sents[si].toks[k].lower
	switch w {
	case "he", "she", "him", "her", "his", "hers", "who", "whom":
		// The nearest person named earlier in this sentence, else the salient one.
		for i := len(d.mentions[si]) - 1; i >= 0; i-- {
			m := d.mentions[si][i]
			if m.last < k && m.ent != nil && m.ent.typ == TypePerson && !d.quoted[si][m.first] {
				return m.ent
			}
		}
		return d.lastPerson
	case "i", "me", "my":
		return d.inQuote // the speaker of the quotation being read, if any
	case "it", "its", "which":
		if w == "it" && d.expletive(si, k) {
			return nil // "It is time to …": nothing is referred to
		}
		if w != "which" && d.sents[si].tree != nil {
			// "Moscow has seized …, including Crimea, which it annexed": the subject of
			// the sentence's main clause before reaching for nearer names.
			if r := d.rootSubject(si); r >= 0 && r < k {
				if m := d.mentionAt(si, r); m != nil && m.ent != nil && (m.ent.typ == TypeGPE || m.ent.typ == TypeOrg) {
					return m.ent
				}
			}
		} else if w != "which" {
			for _, g := range d.groups[si] {
				if g.subjDone && g.finite && len(g.subj) > 0 && d.sents[si].toks[g.first].start < d.sents[si].toks[k].start {
					if e := g.subj[0].ent; e.typ == TypeGPE || e.typ == TypeOrg {
						return e
					}
					break
				}
			}
		}
		for i := len(d.mentions[si]) - 1; i >= 0; i-- {
			m := d.mentions[si][i]
			if m.last < k && m.ent != nil && (m.ent.typ == TypeGPE || m.ent.typ == TypeOrg) && !d.quoted[si][m.first] {
				if w == "which" && m.last != k-1 && !(m.last == k-2 && d.sents[si].toks[k-1].text == ",") {
					continue
				}
				return m.ent
			}
		}
		if w == "it" || w == "its" {
			return d.lastThing
		}
	}
	return nil // "they", "we", "I": too ambiguous to guess
}

// clause extracts what verb group vg says: a statement for reporting verbs with a
// complement, and relations for its subject, object and prepositional phrases.
func (d *docState) clause(si int, groups []*verbGroup, gi int, vg *verbGroup) {
	if vg.done {
		return
	}
	vg.done = true
	s := d.sents[si]
	toks, q := s.toks, d.quoted[si]
	subj := vg.subj
	i := vg.last + 1
	text := predicateText(s, toks, vg)
	pred := vg.lemma
	// Passive with an agent: "… was brokered by Witkoff" → Witkoff broker ….
	var objs []arg
	if vg.passive {
		if i+1 < len(toks) && toks[i].lower == "by" {
			agents, next := d.argsStartingAt(si, i+1)
			if len(agents) > 0 && len(subj) > 0 {
				objs = subj
				subj = agents
				text += " by"
				i = next
			}
		}
	}
	// Object relative: "Crimea, which it annexed in 2014" → it annex Crimea.
	// The verb of an object relative has a gap where its object would be; a verb
	// followed by its own object is a complement clause ("announced on Wednesday that
	// he had a phone conversation").
	// A passive verb has no object to leave a gap for, and "that" after nouns like
	// "suggestions" opens their content, not a relative clause.
	if objs == nil && len(subj) > 0 && subj[0].first > 0 && !vg.passive && nounPhraseAt(toks, vg.last+1, q) < 0 {
		r := subj[0].first - 1
		if w := toks[r]; (w.tag == "WDT" || w.lower == "which" || w.lower == "whom" || w.lower == "that" && r > 0 && toks[r-1].isNoun() && !contentNouns[toks[r-1].lower]) && r > 0 {
			a := r - 1
			if toks[a].text == "," {
				a--
			}
			if ante := d.argsEndingAt(si, a); len(ante) > 0 {
				objs = ante
			}
		}
	}
	if len(subj) == 0 {
		return
	}
	lx := d.x.lx
	if vg.passive && objs == nil {
		// No agent: the subject undergoes the action ("territory could be exchanged for
		// land"), so the predicate says so rather than inverting who did what.
		pred = "be " + toks[vg.main].lower
	}
	isCue := lx.cues[vg.lemma]
	// Addressee of "told": "Hegseth told NATO leaders that …".
	var addressee []arg
	if isCue && objs == nil && (vg.lemma == "tell" || vg.lemma == "ask" || vg.lemma == "urge" || vg.lemma == "warn") {
		if a, next := d.argsStartingAt(si, i); len(a) > 0 {
			addressee, i = a, next
			// "… told NATO officials in Brussels that": skip place/time phrases
			for i+1 < len(toks) && toks[i].tag == "IN" && toks[i].lower != "that" {
				_, n := d.argsStartingAt(si, i+1)
				if n == i+1 {
					break
				}
				i = n
			}
		}
	}
	// "announced Wednesday that …": a bare time word before the complement.
	if isCue && objs == nil && i+1 < len(toks) && temporalWords[toks[i].lower] && toks[i+1].lower == "that" {
		i++
	}
	// "stated at NATO headquarters in Brussels that …": place and time phrases
	// between a reporting verb and its "that".
	if isCue && objs == nil && i < len(toks) && toks[i].tag == "IN" && toks[i].lower != "that" {
		j := i
		for j+1 < len(toks) && toks[j].tag == "IN" && toks[j].lower != "that" {
			_, n := d.argsStartingAt(si, j+1)
			if n == j+1 {
				break
			}
			j = n
		}
		if j < len(toks) && toks[j].lower == "that" {
			i = j
		}
	}
	// A reported complement: "that …", or a clause straight after the verb.
	if isCue && objs == nil {
		if c0, c1, ok := d.complement(si, groups, gi, i); ok {
			d.reported(si, vg, subj, addressee, c0, c1)
			return
		}
	}
	if addressee != nil {
		objs = addressee
	}
	// Open IE: "The doctor suspects love is behind …" — a clause as the object of a
	// verb that is not a reporting verb.
	if !isCue && objs == nil && d.x.opts.SingleSentence && i < len(toks) && (toks[i].lower == "that" || toks[i].tag == "PRP" || toks[i].tag == "NN" || toks[i].tag == "NNS" || toks[i].tag == "DT") {
		if c0, c1, ok := d.complement(si, groups, gi, i); ok {
			if a, ok := d.clauseArg(si, c0, c1); ok {
				objs = []arg{a}
				i = c1 + 1
			}
		}
	}
	quals := map[string]string{}
	var when []arg // a time phrase, the object of last resort ("was erected in 1866")
	whenPrep := ""
	for objs == nil && i+1 < len(toks) && !q[i] && toks[i].tag == "RB" && !negAdverbs[toks[i].lower] {
		i++ // "are teaming up again for …"
	}
	if objs == nil && i < len(toks) && !q[i] {
		switch {
		case vg.copula && i+2 < len(toks) && toks[i].tag == "JJ" && toks[i+1].tag == "TO" && toks[i+2].tag == "VB":
			// "Kyiv is unlikely to join the alliance": the infinitive carries the meaning.
			pred = lx.lemmatize(toks[i+2].lower, false)
			text = s.textOf(toks[vg.first].start, toks[i+2].end)
			if vg.modality == "" {
				vg.modality = ModalityPossible
			}
			switch toks[i].lower {
			case "unlikely", "unable", "unwilling", "reluctant", "loath":
				vg.negated = !vg.negated // "Kyiv is unlikely to join": not asserted to happen
			}
			if a, next := d.argsStartingAt(si, i+3); len(a) > 0 {
				objs, i = a, next
			} else if i+3 < len(toks) && toks[i+3].tag == "IN" {
				if a, next := d.argsStartingAt(si, i+4); len(a) > 0 {
					text += " " + toks[i+3].text
					objs, i = a, next
				}
			}
		case vg.copula:
			// "… remained steadfast", "X is a Y": the complement is the object.
			e := i
			for e < len(toks) && !q[e] && (toks[e].tag == "JJ" || toks[e].tag == "RB" || toks[e].tag == "DT" || toks[e].isNoun() || toks[e].tag == "CD" || toks[e].tag == "POS" || toks[e].tag == "PRP$") {
				e++
			}
			if e > i {
				if a, ok := d.conceptArg(si, i, e-1); ok {
					objs = []arg{a}
					i = e
				}
			}
		case (toks[i].tag == "IN" || toks[i].tag == "TO") && !quantifiers[toks[i].lower]:
			// "agreed on Monday to open talks": when-phrases are qualifiers, and an
			// infinitive after them carries the object.
			for i+1 < len(toks) && toks[i].tag == "IN" {
				a, next := d.argsStartingAt(si, i+1)
				if len(a) == 0 || !temporalWords[toks[a[0].last].lower] && toks[a[0].last].tag != "CD" {
					break
				}
				quals[toks[i].lower] = a[0].text
				if when == nil {
					when, whenPrep = a, toks[i].text
				}
				i = next
			}
			if i+2 < len(toks) && toks[i].tag == "TO" && toks[i+1].tag == "VB" {
				if a, next := d.argsStartingAt(si, i+2); len(a) > 0 {
					text = predicateText(s, toks, vg) + " " + s.textOf(toks[i].start, toks[i+1].end)
					objs, i = a, next
				}
				break
			}
			// "spoke with Zelenskyy": the preposition joins the predicate.
			if i < len(toks) && (toks[i].tag == "IN" || toks[i].tag == "TO") {
				if a, next := d.argsStartingAt(si, i+1); len(a) > 0 && !clauseFollows(toks, next, q) {
					text += " " + toks[i].text
					objs = a
					i = next
				} else if d.x.opts.SingleSentence && i+2 < len(toks) && (toks[i+1].tag == "WP" || toks[i+1].tag == "WRB" || toks[i+1].lower == "whether") {
					// Open IE: "depends on what he does" — the clause is the argument.
					e := i + 2
					for e < len(toks) && toks[e].text != "," && toks[e].tag != "." && toks[e].text != ";" {
						e++
					}
					if a, ok := d.clauseArg(si, i+1, e-1); ok {
						text += " " + toks[i].text
						objs = []arg{a}
						i = e
					}
				}
			}
		default:
			if a, next := d.argsStartingAt(si, i); len(a) > 0 {
				objs = a
				i = next
			}
		}
	}
	// Light verb + nominalisation: "extended an invitation for Trump to visit Moscow" → invite Trump.
	// Only an object after the verb is its nominal: the passive's object is its
	// subject, before the verb ("services which are offered by operators in India").
	if len(objs) == 1 && objs[0].first > vg.last && objs[0].ent.typ == TypeConcept && lx.lightVerbs[vg.lemma] {
		head := strings.ToLower(toks[objs[0].last].text)
		if v, ok := lx.nominals[head]; ok && i+1 < len(toks) && (toks[i].tag == "IN" || toks[i].tag == "TO") {
			// Only with a recipient does the noun become the verb: "extended invitations"
			// alone stays extend, and "on Monday" is no recipient.
			if a, next := d.argsStartingAt(si, i+1); len(a) > 0 && !temporalWords[toks[a[0].last].lower] && toks[a[0].last].tag != "CD" {
				pred = v
				text = s.textOf(toks[vg.first].start, toks[objs[0].last].end)
				{
					text += " " + toks[i].text
					objs = a
					i = next
					// "… for Trump to visit Moscow": the infinitive's object qualifies it.
					if i+2 < len(toks) && toks[i].tag == "TO" && toks[i+1].tag == "VB" {
						if b, n2 := d.argsStartingAt(si, i+2); len(b) > 0 {
							quals["to"] = b[0].text
							i = n2
						}
					}
				}
			}
		}
	}
	// "engaged in a conversation with Putin", "had a phone conversation with X": a
	// verb whose object is an event noun, followed by "with" someone, is that event
	// with them.
	if len(objs) == 1 && objs[0].first > vg.last && objs[0].ent != nil && objs[0].ent.typ == TypeConcept && (lx.lightVerbs[vg.lemma] || vg.lemma == "engage" || vg.lemma == "spend") {
		if v, ok := lx.nominals[strings.ToLower(toks[objs[0].last].text)]; ok && i+1 < len(toks) && toks[i].lower == "with" {
			if a, next := d.argsStartingAt(si, i+1); len(a) > 0 {
				pred = v
				text = s.textOf(toks[vg.first].start, toks[i].end)
				objs, i = a, next
			}
		}
	}
	// Prepositional qualifiers: "to Moscow", "in Saudi Arabia", "on Wednesday".
	for i+1 < len(toks) && !q[i] && (toks[i].tag == "IN" || toks[i].tag == "TO") && toks[i].lower != "that" && toks[i].lower != "because" && toks[i].lower != "while" && toks[i].lower != "if" {
		a, next := d.argsStartingAt(si, i+1)
		if len(a) == 0 || clauseFollows(toks, next, q) && !d.x.opts.SingleSentence {
			// "came shortly after Hegseth told …": a clause, not a phrase — kept out of
			// the graph; Open IE tuples keep the words as an argument, as CaRB does.
			break
		}
		key := toks[i].lower
		if _, dup := quals[key]; !dup {
			quals[key] = a[0].text
		}
		if objs == nil {
			text += " " + toks[i].text
			objs = a
			delete(quals, key)
		}
		i = next
	}
	// "he and Putin had a phone conversation": an event noun shared by coordinated
	// subjects is a relation between them.
	if len(subj) == 2 && len(objs) == 1 && objs[0].ent != nil && objs[0].ent.typ == TypeConcept && (lx.lightVerbs[vg.lemma] || vg.lemma == "engage") {
		if v, ok := lx.nominals[strings.ToLower(toks[objs[0].last].text)]; ok && lx.eventNouns[lx.lemmatize(toks[objs[0].last].lower, true)] {
			pred = v
			text = s.textOf(toks[vg.first].start, toks[objs[0].last].end)
			objs = subj[1:]
			subj = subj[:1]
		}
	}
	// "founded and led the bank": a verb with nothing after it but a conjunction
	// and another verb shares that verb's object.
	if len(objs) == 0 && i+1 < len(toks) && (toks[i].lower == "and" || toks[i].lower == "or") {
		for _, g := range groups[gi+1:] {
			if g.first == i+1 {
				if a, _ := d.argsStartingAt(si, g.last+1); len(a) > 0 {
					objs = a
				}
				break
			}
		}
	}
	if len(objs) == 0 && when != nil {
		objs = when
		text += " " + whenPrep
		delete(quals, strings.ToLower(whenPrep))
	}
	if len(objs) == 0 {
		return
	}
	// "In 1962, Salahuddin won …", "On Wednesday, Trump said …": a phrase opening the
	// sentence qualifies its main clause.
	if gi == firstFinite(groups) && len(toks) > 3 && toks[0].tag == "IN" && !q[0] && !conditionals[toks[0].lower] {
		if a, next := d.argsStartingAt(si, 1); len(a) > 0 && next < vg.first && toks[next].text == "," {
			if _, dup := quals[toks[0].lower]; !dup {
				quals[toks[0].lower] = a[0].text
			}
		}
	}
	if len(quals) == 0 {
		quals = nil
	}
	conf := 0.85
	if vg.adjunct {
		conf -= 0.1
	}
	if vg.copula && pred == "be" {
		conf += 0.05 // "X is Y": the clause's shape leaves little to misread
	}
	// "… if the quotas are fair": a condition states nothing as fact.
	if f := subj[0].first; f > 0 && conditionals[toks[f-1].lower] || vg.first > 0 && conditionals[toks[vg.first-1].lower] {
		if vg.modality == "" || vg.modality == ModalityAsserted {
			vg.modality = ModalityPossible
		}
		conf -= 0.15
	}
	for _, sa := range subj {
		for _, oa := range objs {
			if sa.ent == oa.ent {
				continue
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
			d.pendingRels = append(d.pendingRels, pendingRelation{si: si, sj: si, subj: sa, obj: oa,
				pred: pred, text: text, quals: quals, negated: vg.negated, modality: vg.modality, conf: c})
		}
	}
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
	e := d.table.add(&mention{surface: name, typ: TypeConcept, start: toks[i].start, end: toks[j].end})
	return arg{ent: e, first: i, last: j, start: toks[i].start, end: toks[j].end, text: name}, true
}

// complement finds the reported clause after a reporting verb: "that …" or a
// clause with its own subject and verb. It ends at the sentence end, a dash, or
// a quotation (quotations are statements of their own).
func (d *docState) complement(si int, groups []*verbGroup, gi, i int) (int, int, bool) {
	s := d.sents[si]
	toks, q := s.toks, d.quoted[si]
	if i < len(toks) && (toks[i].text == "," || toks[i].text == ":") {
		return 0, 0, false // "said, “…”": a direct quotation, handled with quotes
	}
	that := i < len(toks) && toks[i].lower == "that"
	if that {
		i++
	}
	if i >= len(toks) || q[i] && !that {
		return 0, 0, false
	}
	// A clause must follow: after "that", any finite verb; without it, a subject
	// phrase directly followed by its verb ("said there was", "confirmed he had").
	clauseVerb := -1
	for _, g := range groups[gi+1:] {
		if g.first > i && g.finite {
			clauseVerb = g.first
			break
		}
	}
	if clauseVerb < 0 {
		return 0, 0, false
	}
	if !that {
		e := nounPhraseAt(toks, i, q)
		if _, next := d.argsStartingAt(si, i); next > i {
			e = next - 1 // "said he and Putin will …": coordinated subjects
		}
		if toks[i].lower == "there" || toks[i].tag == "EX" {
			e = i
		}
		for e >= 0 && e+1 < clauseVerb && (toks[e+1].tag == "RB" || toks[e+1].tag == "MD") {
			e++
		}
		// "dismissed suggestions that …": a content noun and its "that" clause.
		content := e >= 0 && e+1 < len(toks) && contentNouns[toks[e].lower] && toks[e+1].lower == "that"
		if !content && (e < 0 || e+1 != clauseVerb) {
			return 0, 0, false
		}
	}
	e := i
	for e < len(toks) && toks[e].text != "–" && toks[e].text != "—" && toks[e].text != ";" {
		// A quotation inside reported speech belongs to it when the speech has begun
		// before it ("confirmed he had spoken with Trump about a “lasting peace”").
		if q[e] && e-i < 3 && !that {
			break
		}
		// "…, he hinted that …": a new clause with its own subject after a comma ends it.
		if toks[e].text == "," && subordinators[nextWord(toks, e+1)] {
			break // "…,” while German Defense Minister Boris Pistorius stressed …"
		}
		if toks[e].text == "," && !q[e] && e+1 < len(toks) {
			if ne := nounPhraseAt(toks, e+1, q); ne >= 0 && ne+1 < len(toks) && isFiniteStart(toks[ne+1]) {
				break
			}
			if subordinators[toks[e+1].lower] {
				break // "…, while German Defense Minister Boris Pistorius stressed …"
			}
			if toks[e+1].tag == "VBG" && !prepositionalParticiple[toks[e+1].lower] {
				break // "…, calling such an idea “impossible”": the speaker's own aside
			}
		}
		// "… about Ukraine's future and reaffirmed that …": a second verb phrase ends it.
		if (toks[e].lower == "and" || toks[e].lower == "but") && e+1 < len(toks) && toks[e+1].isVerb() && !q[e] {
			break
		}
		e++
	}
	for e > i && (toks[e-1].tag == "." || toks[e-1].text == "," || toks[e-1].text == ":") {
		e--
	}
	// A clause that is one quotation ("reaffirmed that “there can be …”") is the
	// quotation's statement, made by the quote rules; an unbalanced mark left at
	// an edge is trimmed.
	allQuoted := true
	for k := i; k < e; k++ {
		allQuoted = allQuoted && q[k]
	}
	if allQuoted {
		return 0, 0, false
	}
	for e > i && toks[e-1].tag == "``" && !balancedQuote(toks, i, e) {
		e--
	}
	for i < e && toks[i].tag == "``" && !balancedQuote(toks, i, e) {
		i++
	}
	if e <= i {
		return 0, 0, false
	}
	return i, e - 1, true
}

// reported records reported speech ("Hegseth told NATO leaders that …"): a statement
// by the subject, and the relations inside the clause attributed to it.
func (d *docState) reported(si int, vg *verbGroup, subj, addressee []arg, c0, c1 int) {
	s := d.sents[si]
	toks := s.toks
	start, end := toks[c0].start, toks[c1].end
	// Relations inside the clause carry the speaker as their source.
	before := len(d.pendingRels)
	d.clausesWithin(si, vg, c0, c1)
	if d.inQuote != nil {
		// "I think President Putin wants peace" inside a quotation: the quotation is
		// the statement; only the facts in it are read.
		return
	}
	// Who asserts the facts inside: the speaker, unless the speaker rejects them
	// ("dismissed suggestions that …") or is no one ("estimates suggest …").
	noSpeaker := subj[0].ent.typ == TypeConcept && !d.x.opts.SingleSentence && nonAgents[lastWord(subj[0].text)]
	rejected := vg.lemma == "dismiss" || vg.lemma == "reject" || vg.lemma == "deny"
	var about []arg
	for k := before; k < len(d.pendingRels); k++ {
		p := &d.pendingRels[k]
		if !noSpeaker && !rejected {
			p.attr = subj[0].ent
			p.attrSpan = [2]int{subj[0].start, subj[0].end}
		}
		switch {
		case rejected || noSpeaker:
			p.modality = ModalityPossible
		case p.modality == "" || p.modality == ModalityAsserted:
			p.modality = ModalityReported
		}
		p.conf -= 0.05
		about = append(about, p.subj)
		if p.pred != "be" && p.pred != "remain" && p.pred != "seem" {
			about = append(about, p.obj) // a copula's complement ("unlikely") is what is said, not what it is about
		}
	}
	if noSpeaker {
		return // a study or a document "suggests": no one said it
	}
	about = append(about, d.mentionsIn(si, c0, c1)...)
	about = append(about, addressee...)
	stance := d.stance(toks[c0:c1+1], vg.lemma)
	for _, sp := range subj {
		d.pendingSts = append(d.pendingSts, pendingStatement{si: si, sj: si, speaker: sp.ent,
			speakerSpan: [2]int{sp.start, sp.end}, cue: toks[vg.main].text, content: [2]int{start, end},
			about: about, stance: stance, conf: 0.8 - boolf(sp.resolved, 0.1)})
		var first *arg
		if a, _ := d.argsStartingAt(si, c0); len(a) > 0 {
			first = &a[0]
		}
		d.stanceRelation(si, sp, toks[vg.main].text, vg.lemma, append([]pendingRelation(nil), d.pendingRels[before:]...), first, 0.6)
		break // one content, one speaker: coordinated speakers share it through the first
	}
}

// firstFinite returns the index of the first finite verb group, or -1.
func firstFinite(gs []*verbGroup) int {
	for i, g := range gs {
		if g.finite {
			return i
		}
	}
	return -1
}

// clausesWithin reads the clauses of the verb groups inside tokens c0..c1 of
// sentence si, other than vg. Groups are in token order, so only those in the
// span are visited: a chain of n reports ("A said that B said that …") costs n
// visits per level instead of n² (a search for each group's index).
func (d *docState) clausesWithin(si int, vg *verbGroup, c0, c1 int) {
	gs := d.groups[si]
	for gi := sort.Search(len(gs), func(k int) bool { return gs[k].first >= c0 }); gi < len(gs) && gs[gi].first <= c1; gi++ {
		if g := gs[gi]; !g.done && g.last <= c1 && g != vg {
			d.clause(si, gs, gi, g)
		}
	}
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
	switch cueLemma {
	case "reject", "dismiss", "deny", "oppose":
		return StanceRejects
	}
	neg, pos := 0, 0
	for _, t := range toks {
		if lx.negWords[t.lower] {
			neg++
		}
		if lx.posWords[t.lower] {
			pos++
		}
	}
	switch {
	case neg > 0 && neg >= pos:
		return StanceRejects
	case pos > 0:
		return StanceSupports
	}
	return StanceNeutral
}

// evaluative words that, said of something, reject or support it.
var rejectWords = set(`unrealistic impractical impossible unlikely unacceptable illusionary illusory unviable
	unworkable unrealistic wrong dangerous ridiculous pointless futile absurd unnecessary`)
var supportWords = set(`realistic practical possible good right necessary essential steadfast inevitable
	productive meaningful vital crucial important welcome`)

// stanceRelation turns an evaluation inside what a speaker said into a relation:
// "returning to pre-2014 borders is an unrealistic objective" → speaker —reject→
// pre-2014 borders. inner are the relations read from the content; target is the
// first phrase of the content, used when the cue itself rejects ("dismissed suggestions …").
func (d *docState) stanceRelation(si int, sp arg, cue, cueLemma string, inner []pendingRelation, first *arg, conf float64) {
	emit := func(pred string, target arg) {
		if target.ent == nil || target.ent == sp.ent {
			return
		}
		d.pendingRels = append(d.pendingRels, pendingRelation{si: si, sj: si, subj: sp, obj: target,
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
		role := d.table.add(&mention{surface: m.role, typ: TypeConcept, start: roleStart, end: m.start})
		var quals map[string]string
		if m.roleOf != "" {
			quals = map[string]string{"of": m.roleOf}
		}
		d.pendingRels = append(d.pendingRels, pendingRelation{si: si, sj: si,
			subj: arg{ent: m.ent, start: m.start, end: m.end, text: m.surface},
			obj:  arg{ent: role, start: roleStart, end: roleStart + len(roleText), text: roleText},
			pred: "hold role", text: "holds role", quals: quals, conf: 0.8})
	}
	// Events between two parties: "the phone call between Trump and Putin" → Trump
	// call Putin; "talks between Kyiv and Moscow".
	for k := 1; k+3 < len(toks); k++ {
		if toks[k].lower != "between" || q[k] || !toks[k-1].isNoun() {
			continue
		}
		noun := toks[k-1].lower
		v, ok := d.x.lx.nominals[noun]
		if !ok || !d.x.lx.eventNouns[d.x.lx.lemmatize(noun, true)] {
			continue
		}
		e1 := nounPhraseAt(toks, k+1, q)
		if e1 < 0 || e1+2 >= len(toks) || toks[e1+1].lower != "and" {
			continue
		}
		e2 := nounPhraseAt(toks, e1+2, q)
		if e2 < 0 {
			continue
		}
		a, ok1 := d.resolveArg(si, k+1, e1)
		b, ok2 := d.resolveArg(si, e1+2, e2)
		if !ok1 || !ok2 || a.ent.typ == TypeConcept || b.ent.typ == TypeConcept || a.ent == b.ent {
			continue
		}
		parties := []arg{a, b}
		st := nounPhraseEndingAt(toks, k-1, q)
		if st < 0 {
			st = k - 1
		}
		d.pendingRels = append(d.pendingRels, pendingRelation{si: si, sj: si, subj: parties[0], obj: parties[1],
			pred: v, text: s.textOf(toks[st].start, toks[k].end), conf: 0.7})
	}
	// Appositions: NAME , NP , — or NAME , NP at the end of the sentence.
	for _, m := range d.mentions[si] {
		c := m.last + 1
		if m.ent == nil || c+1 >= len(toks) || toks[c].text != "," || q[c] {
			continue
		}
		if toks[c+1].tag != "DT" && toks[c+1].tag != "PRP$" && !(toks[c+1].isNoun() && !toks[c+1].isProper()) && toks[c+1].tag != "JJ" {
			continue
		}
		e := nounPhraseAt(toks, c+1, q)
		if e < 0 || e+1 < len(toks) && toks[e+1].text != "," && toks[e+1].tag != "." {
			continue
		}
		if mm := d.mentionAt(si, e); mm != nil && mm.first == c+1 {
			continue // "Trump, Putin and …": a list, not an apposition
		}
		if e+1 < len(toks) && toks[e+1].text == "," && e+2 < len(toks) && (toks[e+2].lower == "and" || toks[e+2].lower == "or") {
			continue
		}
		obj, ok := d.conceptArg(si, c+1, e)
		if !ok || obj.ent == m.ent {
			continue
		}
		d.pendingRels = append(d.pendingRels, pendingRelation{si: si, sj: si,
			subj: arg{ent: m.ent, start: m.start, end: m.end, text: m.surface}, obj: obj,
			pred: "be", text: "is", conf: 0.7})
	}
	if !d.x.opts.SingleSentence {
		return
	}
	// Open IE: appositions of any noun phrase ("The Wellesley, a maker of electronic
	// parts,") and examples ("languages such as Tok Pisin" → Tok Pisin is a language).
	for c := 1; c+2 < len(toks); c++ {
		if q[c] {
			continue
		}
		if toks[c].text == "," && (toks[c+1].tag == "DT" && (toks[c+1].lower == "a" || toks[c+1].lower == "an" || toks[c+1].lower == "the")) {
			st := nounPhraseEndingAt(toks, c-1, q)
			e := nounPhraseAt(toks, c+1, q)
			if st < 0 || e < 0 || d.mentionAt(si, c-1) != nil || e+1 < len(toks) && toks[e+1].text != "," && toks[e+1].tag != "." {
				continue
			}
			if e+2 < len(toks) && toks[e+1].text == "," && (toks[e+2].lower == "and" || toks[e+2].lower == "or") {
				continue
			}
			a, ok1 := d.resolveArg(si, st, c-1)
			b, ok2 := d.conceptArg(si, c+1, e)
			if ok1 && ok2 && a.ent != b.ent {
				d.pendingRels = append(d.pendingRels, pendingRelation{si: si, sj: si, subj: a, obj: b, pred: "be", text: "is", conf: 0.6})
			}
		}
		if (toks[c].lower == "such" && toks[c+1].lower == "as" || toks[c].lower == "including") && c >= 1 {
			at := c + 1
			if toks[c].lower == "such" {
				at = c + 2
			}
			k := c - 1
			if toks[k].text == "," && k > 0 {
				k--
			}
			st := nounPhraseEndingAt(toks, k, q)
			if st < 0 || at >= len(toks) {
				continue
			}
			class, ok := d.conceptArg(si, st, k)
			members, _ := d.argsStartingAt(si, at)
			for _, m := range members {
				if ok && m.ent != class.ent {
					d.pendingRels = append(d.pendingRels, pendingRelation{si: si, sj: si, subj: m, obj: class, pred: "be", text: "is", conf: 0.55})
				}
			}
		}
	}
	// "Four other countries in Europe" → the countries are in Europe.
	for k := 1; k+1 < len(toks); k++ {
		if !locativePrepositions[toks[k].lower] || q[k] || !toks[k-1].isNoun() {
			continue
		}
		st := nounPhraseEndingAt(toks, k-1, q)
		e := nounPhraseAt(toks, k+1, q)
		if st < 0 || e < 0 {
			continue
		}
		thing, ok1 := d.conceptArg(si, st, k-1)
		place, ok2 := d.resolveArg(si, k+1, e)
		if !ok1 || !ok2 || thing.ent == place.ent {
			continue
		}
		be := "is "
		if toks[k-1].tag == "NNS" || toks[k-1].tag == "NNPS" {
			be = "are "
		}
		d.pendingRels = append(d.pendingRels, pendingRelation{si: si, sj: si, subj: thing, obj: place,
			pred: "be " + toks[k].lower, text: be + toks[k].text, conf: 0.5})
	}
	for k := 1; k+1 < len(toks); k++ {
		if toks[k].tag != "POS" || q[k] {
			continue
		}
		st := nounPhraseEndingAt(toks, k-1, q)
		e := nounPhraseAt(toks, k+1, q)
		if st < 0 || e < 0 {
			continue
		}
		owner, ok1 := d.resolveArg(si, st, k-1)
		thing, ok2 := d.conceptArg(si, k+1, e)
		if ok1 && ok2 && owner.ent != thing.ent {
			d.pendingRels = append(d.pendingRels, pendingRelation{si: si, sj: si, subj: owner, obj: thing,
				pred: "have", text: "has", conf: 0.55})
		}
	}
}

// finalReportingClause reads "There was some profit-taking …, he said." and
// "…, said Peskov.": a reporting verb closing the sentence after a comma makes the
// words before it reported speech. Quotations are left to the quote rules.
func (d *docState) finalReportingClause(si int, groups []*verbGroup) {
	if len(groups) < 2 {
		return
	}
	s := d.sents[si]
	toks, q := s.toks, d.quoted[si]
	vg := groups[len(groups)-1]
	if !d.x.lx.cues[vg.lemma] || vg.passive || q[vg.first] {
		return
	}
	end := vg.last + 1
	var subj []arg
	comma := -1
	if len(vg.subj) > 0 && vg.subj[0].first > 0 && toks[vg.subj[0].first-1].text == "," {
		subj, comma = vg.subj, vg.subj[0].first-1
	} else if vg.first > 0 && toks[vg.first-1].text == "," {
		a, next := d.argsStartingAt(si, end) // inverted: "…, said Peskov."
		if len(a) == 0 {
			return
		}
		subj, comma, end = a, vg.first-1, next
		// "…, says A. Rama Krishna, an auto analyst at First Boston."
		if end+1 < len(toks) && toks[end].text == "," {
			if e := nounPhraseAt(toks, end+1, q); e >= 0 {
				end = e + 1
				for end+1 < len(toks) && toks[end].tag == "IN" {
					if e2 := nounPhraseAt(toks, end+1, q); e2 >= 0 {
						end = e2 + 1
						continue
					}
					break
				}
			}
		}
	} else {
		return
	}
	for end < len(toks) && (toks[end].tag == "." || toks[end].tag == "``") {
		end++
	}
	if end != len(toks) || comma < 3 {
		return // more follows the verb: not a closing reporting clause
	}
	c0 := 0
	for c0 < comma && (toks[c0].tag == "``" || q[c0]) {
		c0++
	}
	for k := c0; k < comma; k++ {
		if q[k] {
			return // a quotation: the quote rules attribute it
		}
	}
	vg.subj = subj
	vg.done = true
	d.reported(si, vg, subj, nil, c0, comma-1)
}

// expletive reports whether "it" at token k is a dummy subject: "It is time to …",
// "it is clear that …", "it seems …".
func (d *docState) expletive(si, k int) bool {
	toks := d.sents[si].toks
	j := k + 1
	for j < len(toks) && (toks[j].tag == "RB" || toks[j].tag == "MD") {
		j++
	}
	if j >= len(toks) {
		return false
	}
	switch d.x.lx.lemmatize(toks[j].lower, false) {
	case "seem", "appear", "happen", "matter":
		return true
	case "be":
	default:
		return false
	}
	for m := j + 1; m < len(toks) && m <= j+4; m++ {
		if toks[m].lower == "to" || toks[m].lower == "that" || toks[m].lower == "whether" {
			return true
		}
		if toks[m].tag == "." || toks[m].text == "," {
			return false
		}
	}
	return false
}

// clauseArg names tokens [i, j] — a clause used as an argument — as a concept.
func (d *docState) clauseArg(si, i, j int) (arg, bool) {
	s := d.sents[si]
	toks := s.toks
	if j < i {
		return arg{}, false
	}
	name := s.textOf(toks[i].start, toks[j].end)
	e := d.table.add(&mention{surface: name, typ: TypeConcept, start: toks[i].start, end: toks[j].end})
	return arg{ent: e, first: i, last: j, start: toks[i].start, end: toks[j].end, text: name}, true
}

// clauseFollows reports whether a verb follows the noun phrase ending before k,
// which makes the phrase a clause's subject ("after Hegseth told …", "as Trump,
// who campaigned on …, looks to …") rather than a preposition's object.
func clauseFollows(toks []token, k int, q []bool) bool {
	if k < len(toks) && isFiniteStart(toks[k]) {
		return true
	}
	// "after Prime Minister Elena Varga and President Tomas Reyes opened …": the
	// phrase stopped at a conjunction whose second half has the verb.
	if k+1 < len(toks) && (toks[k].lower == "and" || toks[k].lower == "or") {
		if e := nounPhraseAt(toks, k+1, q); e >= 0 && e+1 < len(toks) && isFiniteStart(toks[e+1]) {
			return true
		}
	}
	if k+1 < len(toks) && toks[k].text == "," && (toks[k+1].tag == "WP" || toks[k+1].tag == "WDT") {
		for j := k + 2; j+1 < len(toks); j++ {
			if toks[j].text == "," {
				return isFiniteStart(toks[j+1])
			}
		}
	}
	return false
}
