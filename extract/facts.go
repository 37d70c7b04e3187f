package extract

import (
	"strings"
)

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

// contextOf walks up from predicate p to the clauses that govern it: the
// first reporting verb makes its subject the source; "if", "whether",
// "asked" and questions make it possible rather than asserted.
func (d *docState) contextOf(si, p int) factContext {
	s := d.sents[si]
	t, toks := s.tree, s.toks
	ctx := factContext{reporter: -1}
	possible := false
	c := p
	for steps := 0; c >= 0 && steps < 12; steps++ {
		for _, m := range t.children(c, "mark") {
			if conditionals[toks[m].lower] {
				possible = true
			}
		}
		if ctx.reporter < 0 {
			// "…, he said": a reporting verb hanging off the clause as parenthetical.
			for _, k := range t.children(c, "parataxis") {
				if d.isCue(si, k) && d.contentOf(si, k) == nil {
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
		if ctx.reporter < 0 && (t.base(c) == "ccomp" || t.base(c) == "parataxis" || t.base(c) == "xcomp" && d.isCue(si, h)) && d.isCue(si, h) {
			ctx.reporter = h
		}
		if (t.base(c) == "ccomp" || t.base(c) == "xcomp") && askLemmas[d.verbLemma(si, h)] {
			possible = true
		}
		c = h
	}
	if ctx.reporter >= 0 {
		l := d.verbLemma(si, ctx.reporter)
		sp := d.cueSpeakers(si, ctx.reporter)
		switch {
		case rejectCues[l] || askLemmas[l]:
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

// clauseRelations emits the relations of the clause headed by p.
func (d *docState) clauseRelations(si, p int, ctx factContext) []pendingRelation {
	s := d.sents[si]
	t, toks := s.tree, s.toks
	lx := d.x.lx
	// a verb merged into the clause above it ("agreed to begin") is read there
	if t.rel[p] == "xcomp" && t.child(p, "nsubj") < 0 && t.head[p] >= 0 && d.isPredicate(si, t.head[p]) {
		return nil
	}
	f, ok := d.frameOf(si, p)
	if !ok {
		return nil
	}
	// A reporting verb with a clause is a statement, not a relation: "Campbell
	// said a win would …" never makes "win" the object of "say".
	if d.isCue(si, p) && d.contentOf(si, p) != nil {
		return nil
	}
	a := f.args
	subj := f.subj
	var objs []arg
	text := f.text
	pred := f.lemma
	quals := map[string]string{}
	var when []arg
	whenPrep := ""
	if f.copula {
		lo, hi := t.span(p, predDrop)
		for lo < p && (toks[lo].tag == "``" || toks[lo].text == ",") {
			lo++
		}
		for hi > p && (toks[hi].tag == "``" || toks[hi].text == "," || toks[hi].tag == ".") {
			hi--
		}
		if m := d.mentionAt(si, p); m != nil && m.ent != nil {
			objs = []arg{{ent: m.ent, first: m.first, last: m.last, start: m.start, end: m.end, text: m.surface}}
		} else if ar, ok := d.conceptArg(si, lo, hi); ok {
			objs = []arg{ar}
		}
	} else {
		for _, o := range t.children(a, "obj") {
			objs = append(objs, d.argsAt(si, o)...)
		}
		if len(objs) == 0 {
			if o := t.child(a, "iobj"); o >= 0 {
				objs = d.argsAt(si, o)
			}
		}
		if len(objs) == 0 && a != p {
			for _, o := range t.children(p, "obj") {
				objs = append(objs, d.argsAt(si, o)...)
			}
		}
	}
	// Passive: the agent does it ("was brokered by Witkoff" → Witkoff broker …).
	if f.passive {
		if ag := t.child(a, "obl:agent"); ag >= 0 {
			if agents := d.argsAt(si, ag); len(agents) > 0 {
				objs = subj
				subj = agents
				text += " by"
			}
		} else if len(objs) == 0 {
			pred = "be " + toks[p].lower
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
	obls := t.children(a, "obl")
	if a != p {
		obls = append(t.children(p, "obl"), obls...)
	}
	for _, o := range obls {
		if t.rel[o] == "obl:agent" {
			continue
		}
		prep := d.caseOf(si, o)
		if prep == "according to" {
			continue // a source, read by the attribution rules
		}
		oa := d.argsAt(si, o)
		if len(oa) == 0 {
			continue
		}
		if d.isTemporal(si, o) || prep == "" {
			if prep != "" {
				if _, dup := quals[prep]; !dup {
					quals[prep] = oa[0].text
				}
				if when == nil {
					when, whenPrep = oa, d.sents[si].toks[t.child(o, "case")].text
				}
			}
			continue
		}
		if objs == nil && o > p {
			objs = oa
			text += " " + toks[t.child(o, "case")].text
			continue
		}
		if _, dup := quals[prep]; !dup {
			quals[prep] = oa[0].text
		}
	}
	// Light verb + nominalisation: "extended an invitation for Trump to visit
	// Moscow" → invite Trump; "had a phone conversation with Putin" → talk.
	if len(objs) == 1 && objs[0].ent != nil && objs[0].ent.typ == TypeConcept && (lx.lightVerbs[f.lemma] || f.lemma == "engage" || f.lemma == "spend") {
		if o := t.child(a, "obj"); o >= 0 {
			if v, ok := lx.nominals[toks[o].lower]; ok {
				for _, r := range append(t.children(o, "nmod"), obls...) {
					prep := d.caseOf(si, r)
					if prep != "for" && prep != "to" && prep != "with" || d.isTemporal(si, r) {
						continue
					}
					if ra := d.argsAt(si, r); len(ra) > 0 {
						pred = v
						text = s.textOf(toks[f.textLo].start, toks[o].end) + " " + toks[t.child(r, "case")].text
						objs = ra
						delete(quals, prep)
						// "… for Trump to visit Moscow": the infinitive's object qualifies it.
						if x := t.child(o, "acl"); x >= 0 {
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
	// "he and Putin had a phone conversation": an event shared by two subjects.
	if len(subj) == 2 && len(objs) == 1 && objs[0].ent != nil && objs[0].ent.typ == TypeConcept && (lx.lightVerbs[f.lemma] || f.lemma == "engage") {
		if o := t.child(a, "obj"); o >= 0 {
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
	if len(objs) == 0 && when != nil {
		objs = when
		text += " " + whenPrep
		delete(quals, strings.ToLower(whenPrep))
	}
	if len(objs) == 0 {
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
	}
	before := len(d.pendingRels)
	for _, sa := range subj {
		for _, oa := range objs {
			if sa.ent == oa.ent || sa.ent == nil || oa.ent == nil {
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
			pr := pendingRelation{si: si, sj: si, subj: sa, obj: oa, pred: pred, text: text, quals: quals,
				negated: f.negated, modality: modality, conf: c}
			if ctx.attr != nil && ctx.attr != sa.ent {
				pr.attr, pr.attrSpan = ctx.attr, ctx.attrSpan
			}
			d.pendingRels = append(d.pendingRels, pr)
		}
	}
	return d.pendingRels[before:]
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

// salience remembers who sentence si is about for the pronouns of the next
// ones: the subject of its main clause, else a person it names.
func (d *docState) salience(si int) {
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
	if d.lastPerson == nil {
		for _, m := range d.mentions[si] {
			if m.ent != nil && m.ent.typ == TypePerson {
				d.lastPerson = m.ent
			}
		}
	}
}

// quoteTreeSpeaker finds the reporting verb of quotation qs in the trees of
// its first and last sentences: a cue outside the quotation that governs a
// word inside it ("said, “…”", "told reporters that “…”") or hangs off one
// (“…,” he said), and returns its speaker.
func (d *docState) quoteTreeSpeaker(si, sj int, qs quoteSpan) (arg, string, float64, bool) {
	for _, k := range []int{sj, si} {
		s := d.sents[k]
		t, toks := s.tree, s.toks
		if t == nil {
			continue
		}
		inside := func(i int) bool { return toks[i].start >= qs.open && toks[i].end <= qs.close }
		for v := range toks {
			if inside(v) || !d.isCue(k, v) {
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
			sp := d.cueSpeakers(k, v)
			if len(sp) == 0 {
				continue
			}
			conf := 0.85
			if toks[v].start >= qs.close {
				conf = 0.9
			}
			return sp[0], toks[v].text, conf - boolf(sp[0].resolved, 0.1), true
		}
	}
	return arg{}, "", 0, false
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
			ctx := d.contextOf(k, p)
			if ctx.attr == nil && ctx.modality != ModalityPossible {
				ctx.attr, ctx.attrSpan, ctx.modality = speaker, spSpan, ModalityReported
			}
			d.clauseRelations(k, p, ctx)
		}
	}
	d.inQuote = nil
	for k := before; k < len(d.pendingRels); k++ {
		p := &d.pendingRels[k]
		if p.attr == p.subj.ent {
			p.attr, p.attrSpan = nil, [2]int{}
		}
		p.conf -= 0.1
	}
	return append([]pendingRelation(nil), d.pendingRels[before:]...)
}
