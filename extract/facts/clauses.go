package facts

import (
	"slices"
	"strings"
)

// This file reads clauses off the dependency tree: which words are
// predicates, who or what their subjects and objects are (as whole phrases,
// without relative clauses, appositions or parentheticals), their
// prepositional qualifiers, negation and modality, and whether the sentence
// asserts the clause at all (a condition, a question or a denial does not).

// argDrop are the dependents that do not belong to an argument's phrase:
// "The MP, who is consulting his lawyers," is "The MP".
var argDrop = set(`acl:relcl appos parataxis conj cc punct advcl dep discourse vocative reparandum list orphan cop aux aux:pass nsubj nsubj:pass mark expl
	dislocated ccomp csubj`)

// nameDrop are further dependents left out of a concept's name (the mention
// keeps them): "security guarantees for Ukraine" names "security guarantees".
var nameDrop = set(`acl:relcl appos parataxis conj cc punct advcl dep discourse vocative reparandum list orphan
	dislocated ccomp csubj acl nmod:tmod nmod:npmod obl`)

// predDrop are the dependents of a copular predicate that are not its
// complement: "is ready for talks" has complement "ready".
var predDrop = set(`nsubj nsubj:pass csubj cop aux aux:pass mark punct advcl parataxis conj cc obl obl:tmod
	obl:npmod ccomp xcomp advmod expl discourse vocative dep`)

// negLemmas turn what follows into its denial: "failed to pay", "is ineligible to stand".
var negPredicates = set(`fail unable unlikely unwilling ineligible refuse decline reluctant loath refrain`)

// askLemmas introduce a question: the clause they govern is not asserted.
var askLemmas = set(`ask wonder question inquire enquire query doubt`)

// isPredicate reports whether token k heads a clause.
func (d *docState) isPredicate(si, k int) bool {
	t := d.sents[si].tree
	switch t.base(k) {
	case "aux", "cop", "amod", "case", "mark", "det", "compound", "flat", "fixed", "goeswith":
		return false
	}
	switch t.upos[k] {
	case "VERB":
		return true
	case "ADJ", "NOUN", "PROPN", "NUM", "PRON":
		return t.child(k, "cop") >= 0
	case "AUX":
		// "The tower is 300 metres tall" parses as cop; a bare auxiliary as head
		// ("Yes, he did") says nothing.
		return false
	}
	return false
}

// frame is one clause: a predicate with its arguments.
type frame struct {
	pred     int // the predicate token
	lemma    string
	text     string // the predicate as written: "has repeatedly stated"
	textLo   int    // first token of text
	subj     []arg
	objs     []arg
	quals    map[string]string
	negated  bool
	modality string
	future   bool // "will be built": what is yet to happen
	passive  bool
	copula   bool
	args     int // the token whose objects and qualifiers were read (the last of an xcomp chain)
}

// verbLemma is the lemma of token k read as a verb.
func (d *docState) verbLemma(si, k int) string {
	tk := d.sents[si].toks[k]
	if baseAndPast[tk.lower] {
		base := tk.tag == "VB" || tk.tag == "VBP"
		if t := d.sents[si].tree; !base && t != nil && k < len(t.head) && t.rel[k] == "conj" && t.head[k] >= 0 && t.child(k, "nsubj", "nsubj:pass") < 0 {
			h := d.sents[si].toks[t.head[k]].tag
			base = h == "VB" || h == "VBP" // "allow punters to back … but also lay a horse": coordinated verbs share their form
		}
		if base {
			return tk.lower // "also lay a horse", "found a company": the base form, not "lie", "find"
		}
	}
	return d.x.lx.lemmatize(tk.lower, false)
}

// baseAndPast are past forms of one verb that are also the base form of
// another; the tag says which is meant.
var baseAndPast = set(`lay found saw wound ground bore fell`)

// chainEnd follows open complements without their own subject ("agreed to
// begin talks", "is scheduled to meet", "is unlikely to join"): the words
// whose objects the clause has. It returns the last verb and whether a
// predicate on the way denies the rest ("failed to", "unable to").
func (d *docState) chainEnd(si, p int) (int, bool) {
	t := d.sents[si].tree
	toks := d.sents[si].toks
	neg := false
	for steps := 0; steps < 4; steps++ {
		x := t.child(p, "xcomp")
		if x < 0 || t.child(x, "nsubj") >= 0 || t.upos[x] != "VERB" || objectControlled(t, p, x) {
			return p, neg
		}
		if toks[x].tag == "VBG" && len(d.withSubject(si, x)) > 0 {
			return p, neg // "began brightly with Devine seeing the ball": Devine sees, not the subject
		}
		if negPredicates[d.verbLemma(si, p)] || negPredicates[toks[p].lower] {
			neg = !neg
		}
		if t.upos[p] != "VERB" || d.x.lx.raisingVerb[toks[p].lower] || d.x.lx.raisingVerb[d.verbLemma(si, p)] || infinitiveNamesDeed(d.verbLemma(si, p)) {
			// "was careful not to turn his back", "plans not to build": the
			// infinitive's own "not" negates the deed the frame is named by
			// ("agreed not to strike" is named by the agreeing, left alone)
			for _, k := range t.children(x, "advmod") {
				if k < x && negating(t, toks, k) {
					neg = !neg
				}
			}
		}
		p = x
	}
	return p, neg
}

// chainName names the predicate of a chain of open complements from verb p
// to verb last by all its verbs: "companies look to cut costs" does not say
// they "look" the costs, nor "helped write a song" that anyone "helped" a
// song; the objects are the last verb's, the news is the first one's. An
// infinitive's "to" stays: "look to cut", "help write". Other shapes (a
// participle, a noun the parser hung as a complement) keep the first verb.
func (d *docState) chainName(si, p, last int) string {
	t, toks := d.sents[si].tree, d.sents[si].toks
	name := d.verbLemma(si, p)
	if toVerbs[name] {
		return name // "fell to record lows", "lose out to luxury goods maker LVMH": a "to" of where, the parser's infinitive a noun
	}
	for k, steps := p, 0; k != last && steps < 4; steps++ {
		prt := t.child(k, "compound:prt")
		if adv := t.child(k, "advmod"); prt < 0 && adv == k+1 && (adverbParticles[toks[adv].lower] || toks[adv].tag == "RP") {
			prt = adv // the parser calls the particle an adverb, as in relations.go
		}
		if prt > k && particles[toks[prt].lower] {
			name += " " + toks[prt].lower // "stepped in to take over": step in to take over
		}
		x := t.child(k, "xcomp")
		if x < 0 {
			return d.verbLemma(si, p) // not the chain chainEnd followed: the first verb alone, as before
		}
		switch m := t.child(x, "mark"); {
		case toks[x].tag == "VBG" && x > k && t.child(x, "det", "amod", "nummod", "nmod:poss", "case", "mark") < 0 && gerundTaker(d.verbLemma(si, k), prt, toks):
			// "has ruled out amending the law", "considered selling the firm":
			// the gerund is the deed the first verb frames — rule out amend,
			// consider sell — not a law ruled or a firm considered
		case toks[x].tag != "VB" || t.child(x, "det", "amod", "nummod", "nmod:poss", "case") >= 0:
			return d.verbLemma(si, p) // "ousted long-serving", "denied having": no infinitive, the first verb alone, as before
		case m >= 0 && m < x && toks[m].lower == "to":
			name += " to"
		case d.verbLemma(si, k) != "help":
			return d.verbLemma(si, p) // a bare infinitive is "help"'s alone among verbs without an object
		}
		name += " " + d.verbLemma(si, x)
		k = x
	}
	return name
}

// gerundVerbs take a gerund as their object ("considered selling",
// "stopped making", "denied having"); phrasalGerundVerbs only with their
// particle ("ruled out raising", "ended up cancelling", "put off buying",
// "gave up smoking", "carried on playing"). Other verbs before a word in
// -ing are far more often before an adjective the parser made a
// complement: "ousted long-serving", "divided developing nations".
var gerundVerbs = set(`consider contemplate stop quit cease avoid deny admit risk resume finish delay postpone
	recommend propose suggest advocate mind miss mean involve anticipate enjoy practise practice resist
	justify regret favour favor dislike detest imagine discuss try like love hate prefer`)

var phrasalGerundVerbs = map[string]string{"rule": "out", "end": "up", "put": "off", "give": "up", "carry": "on", "keep": "on", "go": "on", "take": "up"}

// gerundTaker reports whether verb l, with particle prt (-1 for none), takes
// a gerund as its object.
func gerundTaker(l string, prt int, toks []token) bool {
	if gerundVerbs[l] {
		return true
	}
	w, ok := phrasalGerundVerbs[l]
	return ok && prt >= 0 && toks[prt].lower == w
}

// toVerbs are verbs of motion, change and connection whose "to" names where
// something ends up ("fell to record lows", "turned to producer Don
// Mischer", "belongs to jazz musicians"): a word after it that the tagger
// calls an infinitive is far more often a noun or an adjective.
var toVerbs = set(`fall drop slip slide sink plunge tumble dip rise soar climb jump surge shrink
	ease cruise sneak lose return turn lead belong relate appeal plug connect link hook succumb
	divert upgrade become switch`)

// finiteParticiple reports whether participle p, hung on the noun before it
// as a reduced relative, is the noun's own verb in the past tense: "internet
// fraud totalled pounds 43m", "after the tsunami devastated many
// destinations" — a reduced passive takes no object of its own. Verbs that
// keep an object in the passive ("players given a warning", "painkillers
// called COX-2 inhibitors") stay passive.
func finiteParticiple(d *docState, si, p int) bool {
	t := d.sents[si].tree
	o := t.child(p, "obj")
	return o > p && t.child(p, "iobj", "xcomp", "nsubj", "nsubj:pass", "obl:agent") < 0 && !twoObjectVerbs[d.verbLemma(si, p)] &&
		!twoObjectVerbs[d.sents[si].toks[p].lower] && !d.isTemporal(si, o) // ("ranked 13th by a UN body", "a report published last July": passive)
}

// twoObjectVerbs keep an object in the passive: "was given a warning",
// "were charged a fee", "is called Wap push", "a couch priced pounds 4,250",
// "people aged 18 to 34".
var twoObjectVerbs = set(`give award grant offer hand send show tell pay charge deny promise allow ask teach lend owe
	call name dub label term title entitle nickname brand elect appoint make consider fine cost refuse spare issue serve
	price value rate estimate age aged born`)

// habitualUsed reports whether p is the "used" of a past habit: "he used to
// preach at the church" says he preached, no one used anything. Only the
// bare past ("the regime used to look after", tagged either way): "was used
// to show" is a passive, "is used to having" an adjective.
func habitualUsed(t *tree, toks []token, p int) bool {
	if toks[p].lower != "used" || toks[p].tag != "VBD" && toks[p].tag != "VBN" || t.child(p, "aux", "aux:pass", "cop", "obj", "nsubj:pass") >= 0 {
		return false
	}
	x := t.child(p, "xcomp")
	if x < 0 {
		return false
	}
	m := t.child(x, "mark")
	return m == p+1 && toks[m].lower == "to"
}

// obligationVerbs with an infinitive say what must be done: "have to get".
var obligationVerbs = set(`have has had having got`)

// aspectVerbs with an infinitive say that it happens ("began to fall"),
// unlike the other raising verbs ("plans to build", "is expected to win").
var aspectVerbs = set(`continue begin start`)

// choiceVerbs with an infinitive name a deed by how it came about: "opted to
// sell a stake", "chose to leave", "managed to slow a decline" say the stake
// was sold, not that anyone "opted" a stake; the infinitive names the
// relation and the frame's own tense and modality stand. effortVerbs do the
// same but leave the deed undone: "struggled to meet the target", "strove to
// cut costs" (so the deed is possible). ("agreed to buy", "promised to pay"
// keep their own verb: the agreement is the news.)
var (
	choiceVerbs = set(`opt choose elect manage`)
	effortVerbs = set(`struggle strive`)
)

// infinitiveNamesDeed reports whether verb lemma l hands its name to the
// infinitive it takes (choiceVerbs, effortVerbs).
func infinitiveNamesDeed(l string) bool { return choiceVerbs[l] || effortVerbs[l] }

// implicativeVerbs with an object and an infinitive say that the object did
// it: "forced him to resign", "helped them to win".
var implicativeVerbs = set(`force compel make cause lead prompt drive help get oblige`)

// aclOnly leaves a participle's own clause out of the noun it describes.
var aclOnly = set(`acl`)

// objectControlled reports whether the open complement x of p is about p's
// object rather than its subject ("showed Mrs Hassan asking for …", "urged
// him to resign"): then x is a clause of its own, not part of p's verb.
func objectControlled(t *tree, p, x int) bool {
	o := t.child(p, "obj", "iobj")
	return o >= 0 && o < x
}

// admitted reports whether gerund p is a deed its head owns up to or is
// used to: "pleaded guilty to taking part", "admitted to paying bribes", "is
// used to having easy access" — done, unlike "committed to cutting" or "close
// to quitting".
func admitted(d *docState, si, p int) bool {
	t, toks := d.sents[si].tree, d.sents[si].toks
	h := t.head[p]
	if h < 0 {
		return false
	}
	return doneToHeads[toks[h].lower] || doneToHeads[d.verbLemma(si, h)]
}

// doneToHeads take "to" and a gerund for a deed done: admissions and habits.
var doneToHeads = set(`admit confess guilty used accustomed`)

// doneBefore reports whether gerund clause p tells what was done before the
// clause it hangs on: "is favourite to win the prize after beating
// Hollinghurst" — the beating happened, whatever the winning will be.
func doneBefore(t *tree, toks []token, p int) bool {
	m, h := t.child(p, "mark"), t.head[p]
	if t.base(p) != "advcl" || toks[p].tag != "VBG" || m < 0 || m > p || toks[m].lower != "after" && toks[m].lower != "since" || h < 0 {
		return false
	}
	for _, k := range t.children(h, "aux", "aux:pass", "cop") {
		if modalPossible[toks[k].lower] || futureAux[toks[k].lower] {
			return false // "may sell the plant after cutting jobs": both still to come
		}
	}
	return true
}

// doneAdjectives tell how a deed was done, not that it may be: "was careful
// not to turn his back on Russia" (he did not), "was quick to praise" (he did).
var doneAdjectives = set(`careful quick`)

// readinessAdjectives look forward to a deed their infinitive names, like
// the lexicon's raising adjectives ("ready", "eager"): "keen to push".
var readinessAdjectives = set(`keen determined desperate prepared anxious impatient`)

// chainPossible reports whether verb h, an open complement, sits in a chain
// of them whose top is only tried, wanted, needed or planned: "tried to make
// people visit", "would like to see couples develop", "need to help Toure
// rebuild". The frame of h alone does not say so: the auxiliaries and the
// verb of trying belong to the chain's top.
func (d *docState) chainPossible(si, h int) bool {
	t := d.sents[si].tree
	top := h
	for steps := 0; t.rel[top] == "xcomp" && t.head[top] >= 0 && steps < 4; steps++ {
		top = t.head[top]
	}
	if top == h {
		return false
	}
	tf, _ := d.frameOf(si, top)
	return tf.modality == ModalityPossible
}

// forSubject finds the subject that "for" gives an infinitive: "asking for
// British troops to be pulled out" — the troops are pulled.
func (d *docState) forSubject(si, p int) []arg {
	if n := d.forSubjectHead(si, p); n >= 0 {
		return d.argsAt(si, n)
	}
	return nil
}

// forSubjectHead returns the head of the noun phrase that "for" (or "on", "to"
// after a verb of prepositionalControl) gives infinitive p as its subject, or
// -1. The noun phrase must end right before the infinitive's first word.
func (d *docState) forSubjectHead(si, p int) int {
	t := d.sents[si].tree
	toks := d.sents[si].toks
	m := t.child(p, "mark")
	if m < 0 || toks[m].lower != "to" || m == 0 {
		return -1
	}
	first, _ := t.span(p, nil)
	if first != m && !(first < m && t.head[first] == p && t.base(first) == "advmod") {
		return -1
	}
	n := first - 1
	if n < 0 || t.upos[n] != "NOUN" && t.upos[n] != "PROPN" && t.upos[n] != "PRON" {
		return -1
	}
	for t.head[n] >= 0 && t.head[n] > n && t.head[n] < first && t.upos[t.head[n]] != "VERB" {
		n = t.head[n] // "British troops": up to the phrase's head
	}
	for t.head[n] >= 0 && t.head[n] < n && (t.base(n) == "flat" || t.base(n) == "compound") {
		n = t.head[n]
	}
	c := t.child(n, "case")
	if c < 0 || c > n {
		return -1
	}
	switch prep := toks[c].lower; {
	case prep == "for":
	case (prep == "on" || prep == "upon" || prep == "to") && t.head[n] >= 0 && prepositionalControl[d.verbLemma(si, t.head[n])]:
		// "called on the FA to punish Henry": the FA is to punish
	default:
		return -1
	}
	return n
}

// forInfinitive reports whether the "for" phrase o is followed at once by an
// infinitive whose subject it is: "for him to make a public apology".
func (d *docState) forInfinitive(si, o int) bool {
	t := d.sents[si].tree
	toks := d.sents[si].toks
	_, hi := t.span(o, argDrop)
	if hi+2 >= len(toks) || toks[hi+1].lower != "to" {
		return false
	}
	v := t.head[hi+1]
	return v >= 0 && t.upos[v] == "VERB" && d.forSubjectHead(si, v) >= 0
}

// prepositionalControl are verbs whose prepositional object carries out the
// infinitive after it: "called on X to", "appealed to X to", "relied on X to".
var prepositionalControl = set(`call appeal rely count depend prevail press look signal`)

// frameOf reads the clause headed by predicate p. ok is false when it has no
// subject anything can be said about.
func (d *docState) frameOf(si, p int) (frame, bool) {
	s := d.sents[si]
	t, toks := s.tree, s.toks
	lx := d.x.lx
	f := frame{pred: p, args: p}
	f.copula = t.upos[p] != "VERB"
	last, neg := d.chainEnd(si, p)
	f.args = last
	f.negated = neg
	// the verb group as written: auxiliaries, negation and adverbs between them
	lo, hi := p, p
	for _, c := range t.kids[p] {
		switch t.rel[c] {
		case "aux", "aux:pass", "cop":
			lo = min(lo, c)
			if t.rel[c] == "aux:pass" {
				f.passive = true
			}
			if modalPossible[toks[c].lower] {
				f.modality = ModalityPossible
			}
			if futureAux[toks[c].lower] {
				f.future = true
			}
			if toks[c].lower == "cannot" {
				f.negated, f.modality = !f.negated, ModalityPossible // "children cannot simply be divided up"
			}
		case "cc:preconj", "det":
			if toks[c].lower == "neither" && c < p {
				f.negated = !f.negated // "is neither corrupt nor unfair"
			}
		case "advmod":
			if negating(t, toks, c) {
				f.negated = !f.negated
				lo = min(lo, c)
			}
			if hedgeAdverbs[toks[c].lower] {
				f.modality = ModalityPossible
			}
		case "compound:prt":
			hi = max(hi, c)
		case "obl":
			if negating(t, toks, c) {
				f.negated = !f.negated // "is by no means bad"
			}
		}
	}
	if c, m := t.child(p, "cop", "aux"), t.child(p, "mark"); t.upos[p] == "VERB" && c >= 0 && m > c && beForms[toks[c].lower] && toks[m].lower == "to" && toks[c].lower != "be" && toks[c].lower != "been" {
		f.future = true // "Carlos Ghosn is to succeed Mr Schweitzer": planned, not yet done
		if d.aimOf(si, p) >= 0 {
			f.modality = ModalityPossible // "Our goal is to help consumers": aimed at, whoever says so
		}
	}
	if t.rel[p] == "conj" && contrastive(t, toks, p) {
		f.negated = !f.negated // "to add atmosphere rather than affect the gameplay"
	}
	if c := t.child(p, "cc"); t.rel[p] == "conj" && c >= 0 && toks[c].lower == "nor" {
		f.negated = !f.negated // "neither corrupt nor unfair", "did not call, nor did he write"
	}
	if m := t.child(p, "mark", "case"); t.base(p) == "advcl" && m >= 0 && m < p {
		switch toks[m].lower {
		case "without":
			f.negated = !f.negated // "helped the economy without damaging the recovery": not damaged
		case "instead", "rather":
			if m+1 < len(toks) && (toks[m+1].lower == "of" || toks[m+1].lower == "than") {
				f.negated = !f.negated // "signed a defender instead of buying a striker": none bought
			}
		case "to":
			if m >= 2 && toks[m-1].lower == "preference" && toks[m-2].lower == "in" && toks[p].tag == "VBG" {
				f.negated = !f.negated // "joined his squad in preference to playing a friendly": not played
			}
		case "against", "from":
			if toks[p].tag == "VBG" && f.modality == "" {
				f.modality = ModalityPossible // "stopped people from boarding", "warned them against using": kept from it, not done
			}
		case "into":
			if h := t.head[p]; intoObject(d, si, h, p) >= 0 && f.modality == "" {
				if hf, _ := d.frameOf(si, h); hf.modality == ModalityPossible || toks[h].tag == "VB" {
					f.modality = ModalityPossible // "could drive people into upgrading", "use techniques to trick users into installing a program": as sure as the tricking, and one yet to trick has tricked no one
				}
			}
		}
	}
	if m := t.child(p, "mark"); f.modality == "" && t.base(p) == "advcl" && m >= 0 && toks[m].lower == "to" && !(toks[p].tag == "VBG" && (admitted(d, si, p) || m > 0 && toks[m-1].lower == "preference")) && t.child(p, "nsubj", "nsubj:pass") < 0 && !firstToDo(t, toks, p) {
		// ("pleaded guilty to failing to report", "admitted to paying bribes":
		// a deed owned up to is done, whoever says so)
		f.modality = ModalityPossible // "use the cash to cancel debts": a purpose, not a deed done
	}
	if (t.rel[p] == "conj" && t.head[p] < p && t.upos[t.head[p]] == "VERB" || t.base(p) == "advcl" && t.head[p] >= 0 && (t.upos[t.head[p]] == "VERB" || t.child(t.head[p], "cop") >= 0)) &&
		f.modality == "" && t.head[p] >= 0 && t.child(p, "aux", "aux:pass", "nsubj", "nsubj:pass") < 0 &&
		(t.rel[p] != "conj" || t.child(p, "mark") < 0) && !doneBefore(t, toks, p) {
		// "may be able to sell gold and use the cash", "by revaluing its holdings,
		// the IMF may be able to …": a verb sharing the first one's subject and
		// auxiliaries, or a clause adverbial to it, shares its modality
		h := t.head[p]
		for steps := 0; t.rel[h] == "xcomp" && t.head[h] >= 0 && steps < 4; steps++ {
			h = t.head[h] // the chain's top carries the auxiliaries: "may be able to sell"
		}
		hf, _ := d.frameOf(si, h)
		if hf.modality == ModalityPossible {
			f.modality = ModalityPossible
		}
		f.future = f.future || hf.future // "will be built in Japan and sold in Europe"
	}
	if h := durationVerb(t, toks, p); h >= 0 {
		// "will spend the next three days based at …", "requested more time
		// to consider the issue": done as surely as the spending, and an
		// infinitive is what the time is for, not yet done
		if hf, _ := d.frameOf(si, h); hf.modality == ModalityPossible || toks[p].tag == "VB" {
			f.modality = ModalityPossible
		} else {
			f.future = f.future || hf.future
		}
	}
	if h := t.head[p]; t.rel[p] == "xcomp" && f.modality == "" && h >= 0 && t.child(p, "mark") < 0 && t.child(h, "obj", "iobj") >= 0 && t.upos[h] == "VERB" {
		// "Our goal is to help consumers locate the resources": a deed the
		// object is helped or made to do is as sure as the helping
		if hf, _ := d.frameOf(si, h); hf.modality == ModalityPossible || d.chainPossible(si, h) {
			f.modality = ModalityPossible
		}
	}
	if h, m := t.head[p], t.child(p, "mark"); f.modality == "" && t.rel[p] == "xcomp" && h >= 0 && t.upos[h] == "ADJ" && m >= 0 && toks[m].lower == "to" &&
		(lx.raisingVerb[toks[h].lower] || readinessAdjectives[toks[h].lower]) {
		// "youth getting ready to perform a play", "enthusiasts keen to push
		// frontiers": the deed the adjective looks forward to is not done
		// (the clause read from the adjective says so; read from the verb, too)
		f.modality = ModalityPossible
	}
	if m := t.child(p, "mark"); m >= 0 && toks[m].lower == "to" && f.modality == "" && d.forSubjectHead(si, p) >= 0 {
		// "asking for troops to be withdrawn", "an invitation for Chen to
		// visit Boston": the deed is asked for, not done
		f.modality = ModalityPossible
	}
	if n := d.infinitiveNounOf(si, p); n >= 0 {
		// "Mr Blair's refusal to accept the proposals": not accepted;
		// "Norway's decision to ban tankers": decided, not yet done
		if refusalNouns[d.x.lx.lemmatize(toks[n].lower, true)] {
			f.negated = !f.negated
		} else if f.modality == "" && !firstToDo(t, toks, p) {
			f.modality = ModalityPossible
		}
	}
	if m := t.child(p, "mark"); m >= 0 && toks[m].lower == "to" && m > 0 && toks[m-1].lower == "yet" && t.upos[p] == "VERB" {
		f.negated = !f.negated // "are yet to unveil their plans": not unveiled
	}
	if d.sharesNegation(si, p) {
		f.negated = !f.negated // "did not want or need an assembly"
	}
	if sb := t.child(p, "nsubj", "nsubj:pass"); sb >= 0 && negativeSubject(t, toks, sb) {
		f.negated = !f.negated // "none of the companies had paid", "no bank has agreed"
	}
	if f.copula {
		hi = lo // "is": the complement is the object
		if c := t.child(p, "cop"); c >= 0 {
			hi = c
			if lo > c {
				lo = c
			}
		}
	}
	if last != p {
		hi = last
		if prt := t.child(last, "compound:prt"); prt > hi {
			hi = prt
		}
		if f.copula && t.upos[last] == "VERB" {
			f.copula = false // "is unlikely to join": the infinitive carries the meaning
		}
	}
	if hi < lo {
		lo, hi = hi, lo // a chain the parser ran backwards ("to …" before its verb): one stretch still
	}
	f.textLo = lo
	f.text = s.textOf(toks[lo].start, toks[hi].end)
	switch {
	case f.copula:
		f.lemma = "be"
	case last != p && obligationVerbs[toks[p].lower] && t.child(t.child(p, "xcomp"), "mark") >= 0:
		f.lemma = d.verbLemma(si, last) // "have to get behind him": get, owed, not done
		if f.modality == "" && toks[p].lower != "had" {
			f.modality = ModalityPossible // ("they had to wait": they waited)
		}
	case last != p && !lx.raisingVerb[toks[p].lower] && !lx.raisingVerb[d.verbLemma(si, p)] && !infinitiveNamesDeed(d.verbLemma(si, p)): // ("continuing to lose" as "continue to lose")
		f.lemma = d.verbLemma(si, p) // "agreed to begin" → agree
		switch {
		case negPredicates[f.lemma] || negPredicates[toks[p].lower] || t.upos[p] != "VERB" || habitualUsed(t, toks, p):
			f.lemma = d.verbLemma(si, last) // "failed to pay", "unlikely to join", "used to preach" → pay, join, preach
		default:
			f.lemma = d.chainName(si, p, last) // "looked to cut costs", "helped write a song": look to cut, help write
		}
	default:
		f.lemma = d.verbLemma(si, last)
	}
	if t.upos[p] != "VERB" && last != p && !doneAdjectives[toks[p].lower] || last != p && (lx.raisingVerb[toks[p].lower] || lx.raisingVerb[d.verbLemma(si, p)]) && !aspectVerbs[d.verbLemma(si, p)] ||
		last != p && effortVerbs[d.verbLemma(si, p)] {
		if f.modality == "" {
			f.modality = ModalityPossible // "is unlikely to join", "plans to build": not asserted to happen
		}
	}
	if x := t.head[p]; t.rel[p] == "xcomp" && x >= 0 && objectControlled(t, x, p) && f.modality == "" && t.child(p, "mark") >= 0 &&
		!implicativeVerbs[d.verbLemma(si, x)] {
		f.modality = ModalityPossible // "tipped Delaigue to start": expected, not done ("forced him to resign" is done)
	}
	if f.passive && last != p && t.upos[last] == "VERB" {
		// "Clubs are permitted to ask the FA", "was asked to leave": the
		// infinitive is the deed, allowed or asked for, not done
		f.lemma = d.verbLemma(si, last)
		f.passive = t.child(last, "aux:pass") >= 0
		if f.modality == "" && !implicativeVerbs[d.verbLemma(si, p)] {
			f.modality = ModalityPossible // ("was forced to resign": he resigned)
		}
	}
	if t.rel[p] == "acl" && toks[p].tag == "VBN" && t.child(p, "mark") < 0 && t.child(p, "aux") < 0 && !finiteParticiple(d, si, p) {
		f.passive = true // a reduced relative: "the plan proposed by the EU"
	}
	if frontedParticiple(t, toks, p) || t.rel[p] == "advcl" && toks[p].tag == "VBN" && t.child(p, "aux") < 0 && t.child(p, "nsubj") < 0 {
		f.passive = true // "Based on the books, the film …", "when asked": the subject undergoes it
	}
	if e := t.child(p, "expl"); e >= 0 && toks[e].lower == "there" {
		return f, false // "there are 11m voters over 60 in the country" says what exists, not who does what
	}
	f.subj = d.subjectsOf(si, p)
	if len(f.subj) == 0 || d.expletiveSubject(si, p, f.subj[0]) {
		return f, false
	}
	return f, true
}

// expletiveSubject reports whether subject a of clause p is an "it" that stands for
// the clause after it ("it has become increasingly clear that …", "it is
// hard to say"), not for a thing: such a clause has no subject to relate.
func (d *docState) expletiveSubject(si, p int, a arg) bool {
	t := d.sents[si].tree
	toks := d.sents[si].toks
	if a.first != a.last || toks[a.first].lower != "it" {
		return false
	}
	x := t.child(p, "xcomp")
	for _, k := range []int{p, x} {
		if k < 0 {
			continue
		}
		for _, c := range t.kids[k] {
			if c <= a.first {
				continue
			}
			switch t.base(c) {
			case "ccomp", "csubj":
				return true
			case "advcl", "xcomp":
				// "it is hard to say", "it is likely that …"; on a full verb only
				// when an adjective completes it ("it has become clear that …"
				// with the clause hung on "become")
				if m := t.child(c, "mark"); m >= 0 && (toks[m].lower == "that" || toks[m].lower == "to") &&
					(k != p || t.upos[p] != "VERB" || x >= 0 && x < c && t.upos[x] == "ADJ") {
					return true
				}
			}
		}
	}
	return false
}

// sharesNegation reports whether verb p, coordinated with the verb before it
// and without an auxiliary or subject of its own, falls under that verb's
// negation: "did not want or need an assembly". A "but" turns it away: "did
// not resign but stayed".
func (d *docState) sharesNegation(si, p int) bool {
	t := d.sents[si].tree
	toks := d.sents[si].toks
	h := t.head[p]
	if t.rel[p] != "conj" || h < 0 || h > p || t.upos[p] != "VERB" || t.upos[h] != "VERB" ||
		t.child(p, "aux", "aux:pass", "nsubj", "nsubj:pass", "cop") >= 0 {
		return false
	}
	if c := t.child(p, "cc"); c >= 0 && toks[c].lower != "or" && toks[c].lower != "and" && toks[c].lower != "nor" {
		return false
	}
	for _, c := range t.children(h, "advmod") {
		if c < h && negating(t, toks, c) {
			return true
		}
	}
	if g := t.head[h]; t.rel[h] == "xcomp" && g >= 0 && (negPredicates[d.verbLemma(si, g)] || negPredicates[toks[g].lower]) {
		return true // "have failed to secure any silverware or win the Ashes": not won either
	}
	return false
}

// negativeSubject reports whether subject k says nobody or nothing does it:
// "none of the firms", "nobody", "no bank", "neither side".
func negativeSubject(t *tree, toks []token, k int) bool {
	switch toks[k].lower {
	case "none", "nobody", "nothing", "neither", "no-one":
		return true
	}
	for _, c := range t.kids[k] {
		if c < k && (negativeNo(toks, c) || toks[c].lower == "neither") && t.base(c) == "det" {
			return true
		}
	}
	return false
}

// negativeNo reports whether token k is the determiner "no" that negates: in
// lower case, or opening the sentence. "his own No campaign", "the Vote No
// group" spell a name.
func negativeNo(toks []token, k int) bool {
	return toks[k].lower == "no" && (toks[k].text == "no" || k == 0 || toks[k-1].tag == "``")
}

// negating reports whether adverbial k negates its clause: a negative adverb
// ("not", "never") or a phrase built on "no" ("no longer", "by no means", "in
// no way").
func negating(t *tree, toks []token, k int) bool {
	if negAdverbs[toks[k].lower] {
		// "is not simply tackling idleness but delivering full employment":
		// "not just X but Y" adds Y to X, it denies nothing
		return !(toks[k].lower == "not" && k+1 < len(toks) && onlyWords[toks[k+1].lower] && butAfter(toks, k+2))
	}
	switch toks[k].lower {
	case "nowhere":
		return true // "nowhere near being fully functional"
	case "far":
		return k+1 < len(toks) && toks[k+1].lower == "from" // "far from complete"
	case "longer", "more", "means", "way":
		for _, c := range t.kids[k] {
			if toks[c].lower == "no" && c < k {
				return true
			}
		}
	}
	return false
}

// onlyWords restrict: "not only", "not just", "not simply".
var onlyWords = set(`only just simply merely solely`)

// butAfter reports whether a "but" follows token k in the sentence.
func butAfter(toks []token, k int) bool {
	for ; k < len(toks); k++ {
		if toks[k].lower == "but" {
			return true
		}
	}
	return false
}

// contrastive reports whether conjunct c is set against the one before
// rather than added to it: "X rather than Y", "X instead of Y", "X, not Y".
func contrastive(t *tree, toks []token, c int) bool {
	for _, k := range t.kids[c] {
		if k > c {
			continue
		}
		switch toks[k].lower {
		case "rather":
			return t.base(k) == "cc" || t.base(k) == "advmod" || t.base(k) == "case"
		case "instead":
			// "X instead of Y" sets Y aside; "X but instead Y" says Y happened
			return k+1 < len(toks) && toks[k+1].lower == "of"
		case "not":
			return k > 0 && toks[k-1].text == "," // "the Bank, not the Treasury"
		}
	}
	return false
}

// subjectsOf finds who or what clause p is about: its own subject, the
// subject it shares with the clause it is coordinated with or governed by,
// or the noun a relative clause or participle modifies.
func (d *docState) subjectsOf(si, p int) []arg {
	t := d.sents[si].tree
	toks := d.sents[si].toks
	for steps := 0; steps < 8 && p >= 0; steps++ {
		a := t.child(p, "nsubj", "csubj")
		if a >= 0 && d.relativeHead(si, a) < 0 {
			// "during which Putin extended …": of two subjects, the one that is not a relative word
			for _, b := range t.children(p, "nsubj") {
				if b != a && t.upos[a] == "DET" {
					a = b
				}
			}
		}
		if a < 0 && t.child(p, "expl") >= 0 {
			return nil // "but that it was difficult to gauge …": the subject is the clause, no one shares it
		}
		if a >= 0 && a < p && toks[p].tag == "VBG" && p > 0 && toks[p-1].text == "," && t.head[p] >= 0 {
			a = -1 // "…, announcing that …": a participle after a comma has no subject of its own
		}
		if a >= 0 && hasChild(t, p, "cop") && d.aimOf(si, p) == a {
			// "The firm's aim is to cut costs": the firm would cut them; an aim
			// does nothing
			if w := t.child(a, "nmod:poss"); w >= 0 {
				return d.argsAt(si, w)
			}
			return nil
		}
		if a >= 0 {
			if rel := d.relativeHead(si, a); rel >= 0 {
				return afterToken(a, d.argsAt(si, d.predicateNounSubject(si, rel)))
			}
			if t.rel[a] == "csubj" {
				if ar, ok := d.spanArg(si, a); ok {
					return []arg{ar}
				}
				return nil
			}
			return d.argsAt(si, a)
		}
		if toks[p].tag == "VBG" {
			// "with Trump and Hegseth suggesting that …": the absolute construction's noun
			if w := d.withSubject(si, p); len(w) > 0 {
				return w
			}
			// "…, Sean Devine twice volleying wide and Andrew Taylor forcing Tim
			// Howard to save": a name right before an adverbial participle, no
			// comma between, is the one who does it
			if b := t.base(p); steps == 0 && (b == "advcl" || b == "conj") && t.child(p, "mark") < 0 && !markedBefore(toks, p) {
				n := p - 1
				for n >= 0 && t.upos[n] == "ADV" {
					n--
				}
				for n > 0 && t.rel[n] == "flat" && t.head[n] < n {
					n = t.head[n]
				}
				if n >= 0 && t.upos[n] == "PROPN" {
					if r := t.base(n); r != "nsubj" && r != "obj" && r != "iobj" && r != "obl" && r != "nmod" && t.head[n] != p {
						if a := d.argsAt(si, n); len(a) > 0 {
							return a
						}
					}
				}
			}
		}
		if w := d.forSubject(si, p); len(w) > 0 {
			return w
		}
		h := t.head[p]
		if h < 0 {
			return nil
		}
		if steps > 0 && t.upos[p] == "ADJ" && (t.base(p) == "amod" || t.base(p) == "acl") && (t.upos[h] == "NOUN" || t.upos[h] == "PROPN") {
			return d.argsAt(si, h) // "parties willing to trade in the market": the parties would trade
		}
		if o := t.child(h, "obj"); steps > 0 && t.upos[p] == "ADJ" && t.base(p) == "xcomp" && t.upos[h] == "VERB" && o >= 0 && o < p &&
			subjectControlAdjectives[toks[p].lower] {
			return d.argsAt(si, o) // "has made him determined to bag gold": he would bag it
		}
		if steps > 0 && t.upos[p] != "VERB" && t.child(p, "cop") < 0 {
			// a parse that hung the verb on a word of a phrase: climb to the verb above
			for h >= 0 && t.upos[h] != "VERB" && t.child(h, "cop") < 0 {
				h = t.head[h]
			}
			if h < 0 {
				return nil
			}
			p = h
			continue
		}
		if n := d.infinitiveNounOf(si, p); n >= 0 {
			// "reacted to Russia's decision to bar foreign firms": the infinitive
			// completes the noun, and whose decision it is says who bars
			if w := t.child(n, "nmod:poss"); w >= 0 {
				return d.argsAt(si, w)
			}
			return nil
		}
		switch t.rel[p] {
		case "conj":
			if toks[p].tag == "VBG" && p > 0 && toks[p-1].text == "," && toks[h].tag == "VBG" && t.rel[h] != "conj" && t.rel[h] != "advcl" {
				// "He added that Russia has long opposed Ukraine joining NATO, saying
				// …" with the participle hung on the gerund inside the reported
				// clause: news hangs ", saying" on the sentence's own clause
				r := h
				for t.head[r] >= 0 {
					r = t.head[r]
				}
				if r != p && t.upos[r] == "VERB" {
					p = r
					continue
				}
			}
			if n := commaSetSubject(t, toks, h, p); n >= 0 {
				return d.argsAt(si, n)
			}
			p = h // "invited Trump and expressed …": the first verb's subject
		case "xcomp":
			o := t.child(h, "obj", "iobj")
			if durationObject(t, toks, o) {
				if toks[p].tag == "VBN" {
					return nil // "to have three years taken off their careers": no one named takes them
				}
				o = t.child(h, "iobj") // "giving him the time to steer the ball past the keeper": he steers it
			}
			if o >= 0 && o < p && purposeAfterThing(d, si, h, o, p) {
				if goalNouns[d.x.lx.lemmatize(toks[o].lower, true)] || infinitiveNouns[d.x.lx.lemmatize(toks[o].lower, true)] {
					if w := t.child(o, "nmod:poss"); w >= 0 {
						return d.argsAt(si, w) // "stating his ambition to be leader": his
					}
					return nil
				}
				p = h // "clocking 7.96 seconds to finish ahead": the runner finishes
				continue
			}
			if o >= 0 && o < p {
				return d.argsAt(si, o) // "urged him to resign"
			}
			if sb := t.child(h, "nsubj", "expl"); sb >= 0 && toks[sb].lower == "it" && t.upos[h] != "VERB" {
				return nil // "it was difficult to gauge …": no one in particular gauges
			}
			p = h
		case "advcl":
			if (t.upos[h] == "NOUN" || t.upos[h] == "PROPN") && !d.isPredicate(si, h) {
				return nil // a clause hung on a noun ("a ban on smoking in public places") is the noun's, not done by it
			}
			if m := t.child(p, "mark"); m >= 0 {
				switch toks[m].lower {
				case "for", "of", "about":
					return nil // "options for cutting taxes", "to pay for scrapping fees": no one does it yet
				case "against", "from":
					if o := t.child(h, "obj"); o >= 0 && o < p {
						return d.argsAt(si, o) // "cautioned members against using earpieces": the members would use them
					}
				case "into":
					if o := intoObject(d, si, h, p); o >= 0 {
						return d.argsAt(si, o) // "trick people into handing over details": the people hand them over
					}
				case "to", "in", "so":
					if n := passivePurposeNoun(d, si, h, p, m); n >= 0 {
						return d.argsAt(si, n) // "put money in a special fund to be managed by a charity": the fund is managed
					}
					if (toks[m].lower == "to" || m+2 < len(toks) && toks[m+2].lower == "to") && hasChild(t, h, "aux:pass", "nsubj:pass") && t.child(h, "obl:agent") < 0 &&
						!passiveComplement[d.verbLemma(si, h)] {
						// "taxes will be cut in order to attract investment", "the road
						// was closed to allow repairs": the purpose is whoever acted's,
						// not the passive subject's
						return nil
					}
				}
			}
			p = h // "…, saying …", "refrained from confirming": a clause without a subject shares the main one's
		case "acl:relcl":
			return afterToken(p, d.argsAt(si, d.predicateNounSubject(si, h)))
		case "acl":
			if durationObject(t, toks, h) && durationClause(t, toks, h, p) {
				if io := t.child(t.head[h], "iobj"); io >= 0 && io < h {
					return d.argsAt(si, io) // "giving him the time to steer the ball": he steers it
				}
				p = t.head[h] // "will spend the next three days based at …": the squad is based there
				continue
			}
			if tg := d.sents[si].toks[p].tag; tg == "VBD" || tg == "VBZ" || tg == "VBP" {
				return d.argsAt(si, h) // a finite verb hung on the name before it: "Anna Berg warned"
			}
			if t.child(p, "mark") >= 0 || t.child(p, "case") >= 0 {
				return nil // "visas to enter …" are not who enters; "a ban on smoking" does not smoke
			}
			if tg := d.sents[si].toks[p].tag; tg != "VBN" && tg != "VBG" {
				return nil
			}
			// "The Wedding Date, a comedy starring Debra Messing": the name the
			// noun stands beside is what the participle describes
			if g := t.head[h]; !d.x.opts.SingleSentence && t.base(h) == "appos" && g >= 0 && g < h {
				if m := d.mentionAt(si, g); m != nil && m.ent != nil && m.ent.typ != TypeConcept {
					return []arg{{ent: m.ent, first: m.first, last: m.last, start: m.start, end: m.end, text: m.surface}}
				}
			}
			if sb := d.participleOwner(si, h, p); sb >= 0 {
				return d.argsAt(si, sb)
			}
			// "people living in …", "Margaret Hassan, kidnapped in Iraq": the noun
			// without the participle that describes it (frameOf makes a VBN clause passive)
			if a, ok := d.phraseArgExcept(si, h, aclOnly); ok {
				return []arg{a}
			}
			return nil
		case "parataxis":
			// "Zelensky, who is scheduled …, insists that …" parsed with the name as
			// the root: a finite verb with no subject after a root name belongs to it.
			r := t.head[h]
			for r >= 0 && t.head[r] >= 0 {
				r = t.head[r]
			}
			if r < 0 {
				r = h
			}
			if (t.upos[r] == "PROPN" || t.upos[r] == "NOUN") && r < p && (toks[p].tag == "VBZ" || toks[p].tag == "VBD" || toks[p].tag == "VBP") {
				return d.argsAt(si, r)
			}
			return nil
		default:
			return nil
		}
	}
	return nil
}

// predicateNounSubject returns the subject of noun n when n is the predicate
// of a copula before it, else n: "Celeski is an Australian footballer who
// plays for the Jets" — the footballer who plays is Celeski.
func (d *docState) predicateNounSubject(si, n int) int {
	t := d.sents[si].tree
	if t.child(n, "cop") < 0 || t.upos[n] != "NOUN" && t.upos[n] != "PROPN" {
		return n
	}
	sb := t.child(n, "nsubj", "nsubj:pass")
	if sb < 0 || sb > n {
		return n
	}
	switch d.sents[si].toks[sb].lower {
	case "it", "this", "that", "there", "what", "which":
		return n // "it was Wales who finished the game": a cleft names the doer after the copula
	}
	return sb
}

// infinitiveNounOf returns the noun of infinitiveNouns whose infinitive p
// is ("the decision to ban", as UD hangs it or as the parser often does, on
// the verb right after the noun), or -1.
func (d *docState) infinitiveNounOf(si, p int) int {
	t := d.sents[si].tree
	toks := d.sents[si].toks
	m := t.child(p, "mark")
	if m < 0 || toks[m].lower != "to" {
		return -1
	}
	n := t.head[p]
	switch t.rel[p] {
	case "acl":
	case "advcl":
		n = m - 1
		if n < 0 || t.head[n] != t.head[p] {
			return -1
		}
	default:
		return -1
	}
	if n < 0 || t.upos[n] != "NOUN" || !infinitiveNouns[d.x.lx.lemmatize(toks[n].lower, true)] {
		return -1
	}
	return n
}

// passiveComplement verbs in the passive take an infinitive their subject is
// to carry out ("is scheduled to meet", "was asked to leave", "is expected
// to win") or made, used or given as the means of ("stents are inserted to
// keep the artery open", "the money will be used to help sufferers"): their
// subject does it.
var passiveComplement = set(`schedule expect set due suppose believe say think know report require force ask allow permit
	encourage urge tell invite oblige compel tip slate poise plan appoint elect choose name prepare determine
	bind design intend mean predict rumour understand advise order persuade pressure instruct authorise authorize
	use build create introduce launch develop establish form make put employ deploy insert give provide pay spend
	offer sell buy raise hire bring send fit install aim recall pick select include`)

// goalNouns name what is aimed at: "the aim is to …".
var goalNouns = set(`aim goal objective purpose plan intention ambition idea task mission priority target hope wish dream`)

// aimOf returns the subject of infinitive p when it is an aim the infinitive
// states ("the firm's aim is to cut costs": aim), or -1. Callers check the
// "is" that joins them.
func (d *docState) aimOf(si, p int) int {
	t, toks := d.sents[si].tree, d.sents[si].toks
	if m := t.child(p, "mark"); m < 0 || toks[m].lower != "to" {
		return -1
	}
	if sb := t.child(p, "nsubj", "nsubj:outer"); sb >= 0 && goalNouns[d.x.lx.lemmatize(toks[sb].lower, true)] {
		return sb
	}
	return -1
}

// firstToDo reports whether infinitive p says who did something first, last
// or alone ("was the first to reach the Cabinet", "the only player to score
// twice"): a deed done, not a purpose or a plan.
func firstToDo(t *tree, toks []token, p int) bool {
	h := t.head[p]
	if m := t.child(p, "mark"); m < 0 || toks[m].lower != "to" || h < 0 || h > p {
		return false
	}
	ranks := func(k int) bool { return rankWords[toks[k].lower] || toks[k].tag == "JJS" }
	if ranks(h) {
		return true
	}
	for _, c := range t.children(h, "amod", "nummod") {
		if ranks(c) {
			return true
		}
	}
	return false
}

// rankWords place a deed in an order that has already begun.
var rankWords = set(`first second third fourth fifth last only sole latest`)

// refusalNouns deny the deed their infinitive names.
var refusalNouns = set(`refusal failure`)

// infinitiveNouns take an infinitive that says what is decided, tried or
// allowed ("the decision to bar", "a bid to take over"); the parser often
// hangs that infinitive on the verb instead, as if it were a purpose.
var infinitiveNouns = set(`decision plan bid attempt move effort proposal promise pledge offer right ability power
chance need order call request agreement deal intention failure refusal threat campaign vote push drive permission
authority license licence ban determination commitment resolve readiness willingness reluctance bill motion scheme`)

// withSubject finds the subject of a participle in an absolute construction:
// "with both Trump and his Defence Secretary, Pete Hegseth, suggesting that …".
// The words between "with" and the participle must be one noun phrase (names,
// commas, "and"), no verb.
func (d *docState) withSubject(si, p int) []arg {
	t := d.sents[si].tree
	toks := d.sents[si].toks
	if t.child(p, "mark") >= 0 || markedBefore(toks, p) {
		return nil // "fallen out of favour with coach Andy Robinson after missing a session": the subject missed it
	}
	if p > 0 && toks[p-1].text == "," && !appositionBefore(toks, p-1) {
		return nil // "ended his response with a challenge to Labour, saying …": a comma ends the with-phrase
	}
	for w := p - 1; w >= 0 && w >= p-14; w-- {
		if toks[w].lower == "with" {
			if w+1 >= p {
				return nil
			}
			h := w + 1
			for h < p && (t.upos[h] == "DET" || t.upos[h] == "CCONJ" || toks[h].tag == "PRP$") {
				h++
			}
			for h < p && t.head[h] > h && t.head[h] < p {
				h = t.head[h] // up to the head of the first noun phrase
			}
			if h >= p || t.upos[h] != "PROPN" && t.upos[h] != "NOUN" && t.upos[h] != "PRON" {
				return nil
			}
			return d.argsAt(si, h)
		}
		if t.upos[w] == "VERB" || t.upos[w] == "AUX" || t.upos[w] == "CCONJ" && t.head[w] == p || toks[w].tag == "." {
			return nil // "… with Trump “meaningful” and saying": the participle is coordinated, not absolute
		}
	}
	return nil
}

// appositionBefore reports whether the comma at c closes an apposition that
// another comma after "with" opened ("with both Trump and his Defence
// Secretary, Pete Hegseth, suggesting …"): the with-phrase runs on.
func appositionBefore(toks []token, c int) bool {
	for w := c - 1; w >= 0 && w >= c-14; w-- {
		switch {
		case toks[w].lower == "with":
			return false
		case toks[w].text == ",":
			return true
		}
	}
	return false
}

// markedBefore reports whether a subordinator opens participle p ("before
// ironically playing"), adverbs between: such a clause shares the main
// subject and is no absolute construction.
func markedBefore(toks []token, p int) bool {
	n := p - 1
	for n >= 0 && toks[n].tag == "RB" {
		if subordinators[toks[n].lower] {
			return true // "before ironically playing", "before" tagged an adverb
		}
		n--
	}
	return n >= 0 && (toks[n].tag == "IN" || toks[n].tag == "TO")
}

var subordinators = set(`before after while when since until without by upon despite through`)

// relativeHead returns the noun a relative pronoun at a stands for
// ("the MP, who …" → MP), or -1 when a is no relative pronoun.
func (d *docState) relativeHead(si, a int) int {
	t := d.sents[si].tree
	toks := d.sents[si].toks
	switch toks[a].lower {
	case "who", "which", "that", "whom":
	default:
		return -1 // "whose company won": the company, not the antecedent, is the subject
	}
	v := t.head[a]
	for steps := 0; v >= 0 && steps < 3; steps++ {
		if t.rel[v] == "acl:relcl" || t.rel[v] == "acl" {
			h := t.head[v]
			// ", which" refers to the noun just before it; the parser may have hung
			// the clause on a noun further up the same phrase.
			n := a - 1
			if n >= 0 && toks[n].text == "," {
				n--
			}
			if n >= 0 && n != h && (t.upos[n] == "NOUN" || t.upos[n] == "PROPN") && h >= 0 && t.dominates(h, n) {
				h = n
			}
			if g := d.apposedName(si, h, toks[a].lower == "who" || toks[a].lower == "whom"); g >= 0 {
				return g // "Maria, the novice nun who falls in love": the nun is Maria
			}
			if toks[a].lower == "who" || toks[a].lower == "whom" {
				// "anyone in the US who has bought …", "Matt Groening, creator of The
				// Simpsons, who …": who is a person, so a place or a title the parser
				// hung the clause on gives way to the person its phrase is about
				for up, k := h, 0; k < 4 && up >= 0 && !d.personLike(si, up) && (t.base(up) == "nmod" || t.base(up) == "appos"); k++ {
					up = t.head[up]
					if up >= 0 && d.personLike(si, up) {
						return up
					}
				}
			}
			return h
		}
		if t.rel[v] != "conj" {
			break
		}
		v = t.head[v]
	}
	return -1
}

// apposedName returns the first token of the name a description at token h
// stands in apposition to ("Maria, the novice nun", "Baywatch, the show"),
// or -1: a person's name for a who, any other's for a which. A name nothing
// typed counts as a person's when the description is a noun for one.
func (d *docState) apposedName(si, h int, who bool) int {
	if d.x.opts.SingleSentence || h < 0 {
		return -1
	}
	t, toks := d.sents[si].tree, d.sents[si].toks
	g := t.head[h]
	if t.base(h) != "appos" || g < 0 || g >= h || t.upos[h] != "NOUN" || toks[h-1].tag == "POS" {
		return -1
	}
	m := d.mentionAt(si, g)
	if m == nil || m.ent == nil || m.last+2 >= len(toks) || toks[m.last+1].text != "," || t.child(g, "conj") >= 0 {
		return -1 // (a name the parse coordinates with more is no single antecedent)
	}
	if lo, _ := t.span(h, set(`punct`)); lo != m.last+2 {
		return -1 // only a name the description follows right after its comma
	}
	l := d.x.lx.lemmatize(toks[h].lower, true)
	if _, nominal := d.x.lx.nominals[toks[h].lower]; !orgNouns[l] && (nominal || d.x.lx.eventNouns[l] || sentenceAppositionNouns[l]) {
		return -1 // "… from Yukos, a move that prompted calls": the move is what the sentence tells, not Yukos
	}
	switch {
	case m.ent.typ == TypePerson:
		if !who {
			return -1
		}
	case m.ent.typ == TypeConcept && m.ent.weakType:
		if who != d.personLike(si, h) {
			return -1
		}
	case m.ent.typ == TypeConcept || who:
		return -1
	}
	return m.first
}

// sentenceAppositionNouns sum up what a sentence tells ("…, a move that
// …", "…, an injury that …"); set after a name they are not that name.
var sentenceAppositionNouns = set(`move step blow injury achievement result decision development boost setback feat record success failure victory defeat win loss`)

// personLike reports whether token k heads a phrase that can be a who: a
// pronoun, a person, a group of people or an organisation, or a noun for one.
func (d *docState) personLike(si, k int) bool {
	t, toks := d.sents[si].tree, d.sents[si].toks
	if t.upos[k] == "PRON" {
		return true
	}
	if m := d.mentionAt(si, k); m != nil && m.ent != nil && m.ent.typ != TypeConcept {
		return m.ent.typ == TypePerson || m.ent.typ == TypeOrg || m.ent.typ == TypeNORP
	}
	l := d.x.lx.lemmatize(toks[k].lower, true)
	return d.x.lx.personNouns[l] || d.x.lx.groupNouns[l] || d.isRoleNoun(l)
}

// argsAt returns the argument headed by token h and those coordinated with
// it ("Trump and Putin").
func (d *docState) argsAt(si, h int) []arg {
	t := d.sents[si].tree
	var out []arg
	if a, ok := d.phraseArg(si, h); ok {
		if p, ok := d.describedPerson(si, a); ok {
			a = p // "Lib Dem home affairs spokesman Mark Oaten has branded …" parsed with Lib as the subject
		}
		if pair := d.namedPair(si, h, a); pair != nil {
			return pair // "Mitsubishi … Peugeot … The two firms signed …": the two named
		}
		out = append(out, a)
	}
	past := listPastClause(t, d.sents[si].toks, h)
	for _, c := range t.children(h, "conj") {
		if t.upos[c] == "VERB" || t.child(c, "cop") >= 0 || t.child(c, "nsubj") >= 0 {
			continue // a coordinated clause, not another thing
		}
		if past >= 0 && c > past {
			continue // "a production which included music, supported by costumes, complex choreography and lighting"
		}
		if contrastive(t, d.sents[si].toks, c) {
			continue // "money rather than the technology": not what they are interested in
		}
		if notConjunctOf(t, d.sents[si].toks, h, c) {
			continue // "levels, in percentage terms, are …": no second thing beside h
		}
		if len(out) > 0 && out[0].resolved && out[0].ent != nil && out[0].ent.typ == TypePerson && t.upos[c] == "NOUN" &&
			t.child(c, "det", "nmod:poss") < 0 && (d.personLike(si, c) || personHeads[d.x.lx.lemmatize(d.sents[si].toks[c].lower, true)] != 0) {
			continue // "The actress and singer dropped out": one person, described twice
		}
		if a, ok := d.phraseArg(si, c); ok {
			out = append(out, a)
		}
	}
	// "committee member and Tory MP Nigel Waterson said": a bare role (no
	// article, no owner) coordinated with one named person describes that person
	toks := d.sents[si].toks
	if len(out) == 2 && out[0].ent != nil && out[0].ent.typ == TypeConcept && out[1].ent != nil && out[1].ent.typ == TypePerson &&
		t.upos[h] == "NOUN" && t.child(h, "det", "nmod:poss") < 0 && !strings.HasSuffix(toks[h].tag, "S") &&
		(agentNoun(d, d.x.lx.lemmatize(toks[h].lower, true)) || personHeads[d.x.lx.lemmatize(toks[h].lower, true)] != 0) { // ("presidential candidate and Prime Minister Viktor Yanukovych")
		out = out[1:]
	}
	return out
}

// pairNouns say what kind of entity "the two N" counts.
var pairNouns = map[string]string{"firms": TypeOrg, "companies": TypeOrg, "banks": TypeOrg, "clubs": TypeOrg, "groups": TypeOrg,
	"carmakers": TypeOrg, "lenders": TypeOrg, "airlines": TypeOrg, "broadcasters": TypeOrg, "teams": TypeOrg,
	"men": TypePerson, "leaders": TypePerson, "brothers": TypePerson, "actors": TypePerson, "candidates": TypePerson,
	"countries": TypeGPE, "nations": TypeGPE}

// namedPair resolves "the two firms", "the two men", "the two countries" —
// the whole phrase — to the two entities of that kind the story just named:
// the nearest sentence (this one before the phrase, or the one before) that
// names two of that kind must name them and no other. Nil otherwise, and the
// phrase stays a description.
func (d *docState) namedPair(si, h int, a arg) []arg {
	if d.x.opts.SingleSentence || a.ent == nil || a.resolved || a.ent.typ != TypeConcept && a.ent.typ != TypeUnnamed {
		return nil
	}
	toks := d.sents[si].toks
	i := a.first
	if i < 0 || h >= len(toks) || h-i < 2 || toks[i].lower != "the" || toks[i+1].lower != "two" {
		return nil
	}
	typ := pairNouns[toks[h].lower]
	if typ == "" {
		return nil
	}
	for k := i + 2; k < h; k++ {
		if toks[k].tag != "JJ" && !d.isDemonymAt(si, k) {
			return nil // "the two Telegraph titles", "the two Milan sides": someone's, or another kind
		}
	}
	for s := si; s >= 0 && si-s <= 1; s-- {
		var found, named []*docEntity
		for _, m := range d.mentions[s] {
			if m.ent == nil || s == si && m.first >= i || m.ent.typ == TypeNORP || m.ent.typ == TypeConcept && !m.ent.weakType || slices.Contains(named, m.ent) {
				continue
			}
			named = append(named, m.ent)
			if m.ent.typ == typ && !m.ent.weakType {
				found = append(found, m.ent)
			}
		}
		switch {
		case len(found) == 2 && len(named) == 2:
			out := make([]arg, 2)
			for n, e := range found {
				out[n] = a
				out[n].ent, out[n].resolved = e, true
			}
			return out
		case len(found) >= 2 || len(named) > 2:
			// "Rosneft, Gazprom and Yukos … the two firms", "pressure on
			// Congress to supervise Fannie Mae and Freddie Mac": which two
			return nil
		}
	}
	return nil
}

// agentNoun reports whether a noun names a person by what they do: a role
// ("minister"), a person ("activist") or an agent's ending ("member",
// "director", "economist", "consultant").
func agentNoun(d *docState, l string) bool {
	if d.isRoleNoun(l) || d.x.lx.personNouns[l] {
		return true
	}
	for _, suf := range []string{"er", "or", "ist", "ant", "ent"} {
		if strings.HasSuffix(l, suf) && len(l) > len(suf)+3 {
			return true
		}
	}
	return false
}

// titlesBetween reports whether only titles of address lie between tokens h
// and name ("impresario| Sir |Cameron Mackintosh").
func (d *docState) titlesBetween(si, h, name int) bool {
	toks := d.sents[si].toks
	for k := h + 1; k < name; k++ {
		if d.x.lx.honorifics[strings.TrimSuffix(toks[k].lower, ".")] == 0 && !d.x.lx.titles[toks[k].lower] {
			return false
		}
	}
	return name > h
}

// describedPerson finds the person an organisation's name introduces with a
// role: "Lib Dem home affairs spokesman Mark Oaten", "Labour election
// coordinator Alan Milburn" (see personNamedAfter).
func (d *docState) describedPerson(si int, a arg) (arg, bool) {
	if a.ent == nil || a.ent.typ != TypeOrg && a.ent.typ != TypeGPE && a.ent.typ != TypeNORP {
		return arg{}, false
	}
	m := d.personNamedAfter(si, a.first, a.last)
	if m == nil {
		return arg{}, false
	}
	return arg{ent: m.ent, first: m.first, last: m.last, start: m.start, end: m.end, text: m.surface}, true
}

// personNamedAfter returns the person named right after the phrase of
// tokens first..last when the phrase names a body or a role and only words
// of a role lead from it to the name: "Lib Dem| home affairs spokesman Mark
// Oaten", "Treasury| Under Secretary John Taylor", "Lord of the Rings
// director| Peter Jackson". A role word must stand in the phrase or on the
// way; nil otherwise.
func (d *docState) personNamedAfter(si, first, last int) *mention {
	toks := d.sents[si].toks
	role := false
	for k := max(first, 0); k <= last && k < len(toks); k++ {
		role = role || d.roleWord(toks[k])
	}
	if first == last && first >= 0 && last+1 < len(toks) {
		// "Tory Liam Fox", "Democrat Jo Lane": a one-word body right before a
		// person's name says whose side the person is on
		if m := d.mentionAt(si, last+1); m != nil && m.first == last+1 && m.ent != nil && m.ent.typ == TypePerson && !m.ent.weakType {
			return m
		}
	}
	for k := last + 1; k < len(toks) && k <= last+5; k++ {
		if m := d.mentionAt(si, k); m != nil && m.first == k && m.ent != nil && m.ent.typ == TypePerson {
			if role {
				return m
			}
			return nil
		}
		w := toks[k]
		switch {
		case d.roleWord(w):
			role = true
		case w.tag == "NN" || w.tag == "NNS" || w.isCap() && w.isProper() || roleLinkWords[w.lower]:
		default:
			return nil
		}
	}
	return nil
}

// roleWord reports whether w names a person's role or title.
func (d *docState) roleWord(w token) bool {
	return speakerPersonNouns[w.lower] || speakerPersonNouns[d.x.lx.lemmatize(w.lower, true)] || d.x.lx.titles[w.lower] ||
		playingPosition(w.lower) // "Ireland fly-half Ronan O'Gara": a position is a role
}

// teamFollowers are the teamRoles that name a team's following, not a post.
var teamFollowers = set(`fans supporters squad`)

// playingPosition reports whether w is a post in a team ("fly-half", "coach").
func playingPosition(w string) bool {
	return teamRoles[w] && !teamFollowers[w]
}

// epithetHead reports whether w heads a description of one person that news
// uses for someone it has named: "the striker", "the 31-year-old", "the
// film-maker".
func epithetHead(w string) bool {
	return personHeads[w] != 0 || playingPosition(w) || epithetNouns[w] || strings.HasSuffix(w, "-year-old") || strings.HasSuffix(w, "-maker")
}

// epithetNouns are more nouns news calls its subject by ("the pop star", "the
// Welsh striker"), which are seldom anyone's he or she elsewhere.
var epithetNouns = set(`star midfielder defender winger rapper presenter comedian musician novelist tycoon
	sprinter athlete footballer cricketer golfer boxer jockey cyclist runner-up`)

// rankEpithets call a sportsman by an honour ("the world indoor champion",
// "the double Olympic champion"). Opening the sentence after one about a
// named athlete they are that athlete; elsewhere in a report of several
// ("… beat the French Open champion") they are as often another, so
// describedSalient does not take them. (A seed is not among them: tennis
// reports open with two players and "the top seed" is either.)
var rankEpithets = set(`champion`)

// epithet reports whether the phrase from "the" at token i to its head h
// is one of the descriptions news calls someone it has named by: an
// epithet noun ("the striker") or a nationality alone ("the Scot").
func (d *docState) epithet(si, i, h int) bool {
	return epithetHead(d.sents[si].toks[h].lower) || d.demonymNoun(si, i, h)
}

// demonymNoun reports whether "the" at token i and a nationality at token h
// are the whole phrase — "the Scot", "the Welshman", "the Australian" — which
// news uses for a person it has named, as it does "the striker".
func (d *docState) demonymNoun(si, i, h int) bool {
	toks := d.sents[si].toks
	if h != i+1 || toks[h].tag != "NNP" && toks[h].tag != "NN" && toks[h].tag != "JJ" || d.x.opts.SingleSentence {
		return false
	}
	if h+1 < len(toks) && (toks[h+1].isNoun() || toks[h+1].tag == "POS") {
		return false // "the Scottish Parliament", "the Australian's": more than the nationality
	}
	// a nationality a person is one of: "Scot" (Scots), "Australian"
	// (Australians), "Welshman"; not "the British", "the French", a people
	w := toks[h].lower
	_, plural := d.x.lx.demonyms[w+"s"]
	_, man := d.x.lx.demonyms[strings.TrimSuffix(w, "man")]
	return plural || strings.HasSuffix(w, "man") && man
}

// isDemonymAt reports whether token k is a nationality's adjective ("Welsh").
func (d *docState) isDemonymAt(si, k int) bool {
	tk := d.sents[si].toks[k]
	_, dem := d.x.lx.demonyms[tk.lower]
	return dem && tk.tag == "JJ"
}

// roleLinkWords join the words of a title: "Under Secretary", "Vice President".
var roleLinkWords = set(`under vice deputy acting`)

// quantityHead follows "a lot of people", "some of the MPs", "a series of
// talks" to the noun that says who or what.
func (d *docState) quantityHead(si, h int) int {
	t := d.sents[si].tree
	toks := d.sents[si].toks
	if !quantityWords[toks[h].lower] && toks[h].lower != "series" && toks[h].lower != "number" && toks[h].lower != "majority" && toks[h].lower != "group" ||
		toks[h].lower == "part" {
		return h // "is part of our squad" is not "is our squad"
	}
	for _, c := range t.children(h, "nmod") {
		if cs := t.child(c, "case"); cs >= 0 && toks[cs].lower == "of" {
			return c
		}
	}
	return h
}

// phraseArg turns the phrase headed by token h into an argument: the entity
// it names (a name, a resolved pronoun, "the UK government" for the UK), or a
// concept named by its words. The argument's span is the whole phrase
// without relative clauses, appositions and parentheticals.
func (d *docState) phraseArg(si, h int) (arg, bool) {
	return d.phraseArgExcept(si, h, nil)
}

// spanExcept is t.span(h, drop) without h's own children whose relation is in top.
func spanExcept(t *tree, h int, drop, top map[string]bool) (int, int) {
	lo, hi := h, h
	for _, c := range t.kids[h] {
		if drop[t.rel[c]] || drop[t.base(c)] || top[t.rel[c]] || top[t.base(c)] {
			continue
		}
		a, b := t.span(c, drop)
		lo, hi = min(lo, a), max(hi, b)
	}
	return lo, hi
}

// phraseArgExcept is phraseArg leaving out h's own dependents whose relation
// is in top: the subject, copula and adjuncts of a predicate noun ("is a
// member of the cabinet" → "member of the cabinet").
func (d *docState) phraseArgExcept(si, h int, top map[string]bool) (arg, bool) {
	s := d.sents[si]
	t, toks := s.tree, s.toks
	if ante := d.relativeHead(si, h); ante >= 0 && top == nil {
		h = ante
	}
	lo, hi := spanExcept(t, h, argDrop, top)
	for _, c := range t.kids[h] {
		// "a special award for writing, presented by two novelists": a participle
		// set off by a comma describes the thing; it is not part of its name
		if c > h && t.rel[c] == "acl" && (toks[c].tag == "VBN" || toks[c].tag == "VBG") {
			if clo, chi := t.span(c, argDrop); chi == hi && clo > lo+1 && toks[clo-1].text == "," {
				hi = clo - 2
			}
		}
	}
	// a quotation mark or comma at an edge is not part of the phrase, nor
	// the preposition that introduces it ("according to")
	for lo < h && (toks[lo].tag == "``" || toks[lo].text == "," || t.base(lo) == "case" || t.base(lo) == "mark" || t.base(lo) == "cc" || t.base(lo) == "fixed" && t.base(t.head[lo]) == "case") {
		lo++
	}
	for hi > h && (toks[hi].tag == "``" || toks[hi].text == "," || toks[hi].tag == "." || t.base(hi) == "case" && t.head[hi] == h) {
		hi-- // "Nordbank 's" as a possessor is Nordbank
	}
	if top == nil && !d.x.opts.SingleSentence && d.roleWord(toks[h]) {
		// "Labour's deputy minister for women Jacqui Smith accused …": the person
		// the title belongs to, looked for over the whole subtree (the parser
		// hangs the name inside the role's own phrase)
		_, end := t.span(h, nil)
		if m := d.personAfterRole(si, h, max(end, hi)); m != nil {
			return arg{ent: m.ent, first: m.first, last: m.last, start: m.start, end: m.end, text: m.surface}, true
		}
	}
	core := d.quantityHead(si, h)
	if core != h {
		a, ok := d.phraseArg(si, core)
		if ok && d.x.opts.SingleSentence {
			a.start, a.end = toks[lo].start, toks[hi].end
			a.text = s.textOf(a.start, a.end)
		}
		return a, ok
	}
	if t.upos[h] == "VERB" || t.upos[h] == "AUX" || t.upos[h] == "ADP" || t.upos[h] == "CCONJ" || t.upos[h] == "SCONJ" || t.upos[h] == "PUNCT" || t.upos[h] == "PART" {
		return arg{}, false
	}
	// left edge of the name: the modifiers before the head
	nlo, nhi := h, h
	for _, c := range t.kids[h] {
		if nameDrop[t.rel[c]] || nameDrop[t.base(c)] || top[t.rel[c]] || top[t.base(c)] {
			continue
		}
		if t.base(c) == "nmod" && c > h && d.caseOf(si, c) != "of" {
			continue // "a large country in South America" names a large country
		}
		if t.base(c) == "amod" && c > h && adjectiveComplement(t, toks, c) && !comparedAmount(t, toks, h, c) && !d.x.lx.titles[toks[c].lower] {
			// "a figure closer to Adollars 431m" names a figure (the mention keeps
			// the rest); "chief executive of", a title the tagger took for an
			// adjective, stays
			continue
		}
		a, b := t.span(c, nameDrop)
		nlo, nhi = min(nlo, a), max(nhi, b)
	}
	nlo = max(nlo, lo)
	nhi = min(nhi, hi)
	for nlo < h && (toks[nlo].tag == "``" || toks[nlo].text == ",") {
		nlo++
	}
	for nhi > h && (toks[nhi].tag == "``" || toks[nhi].text == "," || toks[nhi].tag == ".") {
		nhi--
	}
	if m := d.mentionAt(si, nhi); m != nil && m.first <= nhi && m.last > nhi && nhi == hi && !d.x.opts.SingleSentence {
		// "civil servants at the Department of Work and Pensions": the parser's
		// conjunct is the rest of a name, which the phrase does not cut
		nhi, hi = m.last, m.last
	}
	a, ok := d.nameArg(si, nlo, h, nhi)
	if !ok {
		return a, false
	}
	// "the struggling car maker Mitsubishi Motors": a name right after the
	// description's head says who, whatever the description alone would
	// have been taken for
	if a.resolved && !d.x.opts.SingleSentence {
		for _, c := range t.children(h, "appos") {
			if m := d.mentionAt(si, c); m != nil && m.ent != nil && m.first == h+1 && m.ent.typ != TypeConcept {
				return arg{ent: m.ent, first: m.first, last: m.last, start: m.start, end: m.end, text: m.surface}, true
			}
		}
	}
	// "the team's coach, Alireza Mehraban,": the name in apposition says who.
	if a.ent != nil && a.ent.typ == TypeConcept && !a.resolved && !d.x.opts.SingleSentence {
		hl := d.x.lx.lemmatize(toks[h].lower, true)
		for _, c := range d.apposOf(si, h) {
			m := d.mentionAt(si, c)
			if m == nil || m.ent == nil {
				continue
			}
			if m.ent.weakType && m.ent.typ == TypeConcept && orgNouns[hl] {
				m.ent.typ, m.ent.weakType = TypeOrg, false // "the world's largest retailer, Wal-Mart,": a name nothing typed, a body by its noun
			}
			// "His wife, Joan,", "the Marvel hero, Northstar,": a one-word name
			// nothing typed, for a person by its noun
			named := m.ent.weakType && m.ent.typ == TypeConcept && m.first == m.last && t.upos[c] == "PROPN" && m.ent.name == m.surface && m.canon == "" &&
				t.child(c, "conj") < 0 && (d.personLike(si, h) || agentNoun(d, hl) || personHeads[hl] != 0)
			// "The mill, Krivorizhstal, was sold": a capitalised word set off
			// by commas right after "the" and its noun is that thing's name,
			// whatever kind of thing the noun says it is
			named = named || m.ent.weakType && m.ent.typ == TypeConcept && m.first == m.last && t.upos[c] == "PROPN" && m.ent.name == m.surface &&
				m.canon == "" && t.child(c, "conj") < 0 && c == h+2 && toks[h+1].text == "," && c+1 < len(toks) && toks[c+1].text == "," &&
				nlo < h && (toks[nlo].lower == "the" || toks[nlo].lower == "this") && nlo+1 == h
			if m.ent.typ != TypeConcept || named {
				return arg{ent: m.ent, first: m.first, last: m.last, start: m.start, end: m.end, text: m.surface}, true
			}
		}
	}
	if a.ent != nil && a.ent.typ == TypeConcept && !a.resolved && !d.x.opts.SingleSentence {
		if m := d.dashedName(si, h, hi); m != nil {
			return arg{ent: m.ent, first: m.first, last: m.last, start: m.start, end: m.end, text: m.surface}, true
		}
	}
	if a.ent != nil && a.ent.typ == TypeConcept && !a.resolved && !d.x.opts.SingleSentence {
		// "stopped by security firm MessageLabs": the parser hung the name on the
		// noun that describes it; the name says who
		if m := d.nameClosingDescription(si, h, nhi); m != nil {
			return arg{ent: m.ent, first: m.first, last: m.last, start: m.start, end: m.end, text: m.surface}, true
		}
	}
	if a.ent != nil && a.ent.typ == TypeConcept && !a.resolved && !d.x.opts.SingleSentence && !top["acl"] {
		// (not for the participle's own subject: "a technology known as Wap
		// push" still says the technology is known so)
		if m := d.calledName(si, h); m != nil {
			return arg{ent: m.ent, first: m.first, last: m.last, start: m.start, end: m.end, text: m.surface}, true
		}
	}
	if a.ent != nil && !a.resolved && (a.ent.typ == TypeConcept || d.x.opts.SingleSentence) {
		// Open IE arguments and the mentions of concepts are the whole phrase as
		// written ("US 258", "the Biden administration's position").
		a.first, a.last = lo, hi
		a.start, a.end = toks[lo].start, toks[hi].end
		a.text = s.textOf(a.start, a.end)
	}
	return a, true
}

// calledName returns the name a noun is given right after it — "an
// umbrella organisation called the Disasters Emergency Committee", "a
// guitarist named Flicker", "a group known as Meibion Glyndwr" — which is
// what the phrase names; nil when no name follows so.
func (d *docState) calledName(si, h int) *mention {
	t, toks := d.sents[si].tree, d.sents[si].toks
	k := h + 1
	if k >= len(toks) || t == nil || t.head[k] != h || t.base(k) != "acl" {
		return nil // the participle describing the noun, not a verb of its own ("the judges called it …")
	}
	switch toks[k].lower {
	case "called", "named", "dubbed", "codenamed", "code-named":
		k++
	case "known":
		if k+1 >= len(toks) || toks[k+1].lower != "as" {
			return nil
		}
		k += 2
	default:
		return nil
	}
	if k < len(toks) && toks[k].lower == "the" {
		k++
	}
	if k >= len(toks) {
		return nil
	}
	m := d.mentionAt(si, k)
	if m == nil || m.ent == nil || m.first != k && !(m.first == k-1 && toks[k-1].lower == "the") {
		return nil
	}
	if m.ent.typ == TypeConcept && !m.ent.weakType {
		return nil // "a process called quantitative easing": no name
	}
	if n := m.last + 1; n < len(toks) && (toks[n].isCap() || toks[n].lower == "of" || toks[n].lower == "without") {
		return nil // the name runs on past the mention: "known as USA For Africa", "called Dogs without Borders"
	}
	return m
}

// describedSalient resolves a definite description of a person anywhere in
// the sentence ("The film-maker recently sued …", "the singer said") to the
// person the article is about, when the description has no name or
// possessor of its own, is no title and was not used for someone in the
// sentences before. News calls its subject by such epithets; left unlinked
// they are no one.
func (d *docState) describedSalient(si, i, h, j int) *docEntity {
	toks := d.sents[si].toks
	if d.x.opts.SingleSentence || toks[i].lower != "the" || h <= i || j != h || strings.HasPrefix(toks[h].tag, "NNS") || toks[h].tag == "NNPS" {
		return nil
	}
	head := toks[h].lower
	if d.x.lx.titles[head] || !d.epithet(si, i, h) {
		return nil // a title ("the mayor", "the foreign minister") may be someone the article has not named
	}
	e := d.protagonist()
	if e == nil {
		return nil
	}
	for k := i + 1; k < h; k++ {
		if m := d.mentionAt(si, k); m != nil && m.ent != nil && m.ent != e && !d.isDemonymAt(si, k) && m.ent.typ != TypeEvent {
			// "the Lib Dem spokesman", "the Wales coach": someone of that body
			// ("the Welsh striker" is anyone's, and an event owns no one: "the
			// two-time London Marathon runner-up")
			return nil
		}
		if toks[k].tag == "POS" || toks[k].tag == "PRP$" {
			return nil // "the boy's mother": someone's relation, not the one the story is about
		}
	}
	for k := max(si-3, 0); k < si; k++ {
		for j, tk := range d.sents[k].toks {
			if tk.lower == head && !d.nounOf(k, j, e) {
				return nil // "met the coach. The coach said": the noun names someone of its own
			}
		}
	}
	return e
}

// plainTitleWords reports whether the words from token from up to the
// title at token h name no body, place or person — "the prime minister",
// "the top seed", "the Olympic champion", "the Croatian eighth seed" — so
// the title is as much the last subject's as a bare one; "the Lib Dem
// spokesman", "the Celtic manager", "the Ireland captain" name whose.
func (d *docState) plainTitleWords(si, from, h int) bool {
	toks := d.sents[si].toks
	if !officeHeads[toks[h].lower] {
		return false // "the executive spokeswoman" speaks for someone, she is not them; "the Irish defence" is no one
	}
	for k := from; k < h; k++ {
		if toks[k].tag == "POS" || toks[k].tag == "PRP$" || toks[k].tag == "DT" {
			return false
		}
		if d.isDemonymAt(si, k) {
			continue
		}
		if m := d.mentionAt(si, k); m != nil && m.ent != nil {
			return false
		}
		if _, org := d.x.lx.orgs[toks[k].lower]; org {
			return false
		}
	}
	return true
}

// officeHeads end a title of several words that one person holds ("prime
// minister", "home secretary", "shadow chancellor"); not "spokeswoman" (she
// speaks for another) nor the title words that are no one ("defence").
var officeHeads = set(`president minister secretary chancellor senator governor director ambassador envoy leader
	premier mayor judge commander captain coach manager chairman chairwoman commissioner`)

// resolvedHeOrShe returns, as a mention, the named person "he" or "she" at
// token k of sentence s was resolved to (nil when it is no such pronoun or
// was not resolved), so that a sentence whose subject is a pronoun still
// says who it is about.
func (d *docState) resolvedHeOrShe(s, k int) *mention {
	toks := d.sents[s].toks
	if k < 0 || k >= len(toks) || toks[k].lower != "he" && toks[k].lower != "she" {
		return nil
	}
	e := d.pronouns[[2]int{s, k}]
	if e == nil || e.typ != TypePerson {
		return nil
	}
	return &mention{ent: e, first: k, last: k, start: toks[k].start, end: toks[k].end, surface: toks[k].text}
}

// hasQuote reports whether any word of sentence s is quoted.
func (d *docState) hasQuote(s int) bool {
	if s >= len(d.quoted) {
		return false
	}
	return slices.Contains(d.quoted[s], true)
}

// nounOf reports whether token k of sentence s is a noun used for e: a
// role word right before e's name ("Newcastle striker Craig Bellamy"), or a
// description the sentence before had already made e ("Britney Spears … The
// pop star cancelled"). Nil e is no one's.
func (d *docState) nounOf(s, k int, e *docEntity) bool {
	if e == nil {
		return false
	}
	toks := d.sents[s].toks
	for n := k + 1; n < len(toks) && n <= k+2; n++ {
		if m := d.mentionAt(s, n); m != nil && m.first == n && m.ent == e {
			return true
		}
		if d.x.lx.honorifics[strings.TrimSuffix(toks[n].lower, ".")] == 0 {
			break // only "Sir", "Dr" may stand between: "striker Sir X"
		}
	}
	return d.describedAs[toks[k].start] == e
}

// describedWork resolves "the film", "the programme", "the bill" — "the"
// and a noun for a work, nothing else — to the work the article named with
// that noun before: "the musical The Sound of Music", "new film Hostage", "the
// Gambling Bill". Nil when it named none so, or several.
func (d *docState) describedWork(si, i, h, j int) *docEntity {
	toks := d.sents[si].toks
	head := toks[h].lower
	if d.x.opts.SingleSentence || toks[i].lower != "the" || h <= i || j != h || !titleNouns[head] && !lawNouns[head] {
		return nil
	}
	for k := i + 1; k < h; k++ {
		// "the US movie", "the animated film": words that describe the work
		// ("the first film", "the other film" pick one of several)
		if !(toks[k].tag == "JJ" || toks[k].isProper()) || rankWords[toks[k].lower] || otherWords[toks[k].lower] || sequelWords[toks[k].lower] {
			return nil
		}
	}
	var named *docEntity
	for k := 0; k <= si; k++ {
		for _, m := range d.mentions[k] {
			if m.ent == nil || m.ent.typ == TypeConcept || k == si && m.last >= i {
				continue
			}
			// introduced by a noun of the same kind ("Surf show Baywatch … The
			// programme"), or a work whose name ends in the noun
			introduced := m.first > 0 && sameWorkNoun(d.sents[k].toks[m.first-1].lower, head) &&
				(m.ent.typ == TypeWork || m.ent.weakType) // (no person, body or place: "the single Robbie Williams …")
			if introduced || m.ent.typ == TypeWork && strings.HasSuffix(strings.ToLower(m.ent.name), " "+head) {
				if named != nil && named != m.ent {
					return nil // "the film X … the film Y … the film": which
				}
				named = m.ent
			}
		}
	}
	if named == nil && soleWorkNouns[head] {
		// no work introduced with the noun: the one work the story has named
		// so far ("Baywatch … The programme, which starred …")
		for k := 0; k <= si; k++ {
			for _, m := range d.mentions[k] {
				if m.ent == nil || m.ent.typ != TypeWork || k == si && m.last >= i {
					continue
				}
				if named != nil && named != m.ent {
					return nil
				}
				named = m.ent
			}
		}
	}
	if named == nil {
		named = d.ledeWork(si, head)
	}
	return named
}

// ledeWork returns the work the story opens with when its first sentence
// opens with a name nothing typed that a noun of the same kind introduces
// ("Surf show Baywatch has won … The programme, which starred …"): the
// story is about it, and a later bare "the programme" is it. Only the
// lede's opening phrase: a name met further on may be cut ("the game Grand
// Theft Auto") or one of several.
func (d *docState) ledeWork(si int, head string) *docEntity {
	if si == 0 || len(d.sents) == 0 {
		return nil
	}
	toks := d.sents[0].toks
	for _, m := range d.mentions[0] {
		if m.ent == nil || m.first < 1 || m.first > 4 {
			continue
		}
		if m.ent.typ != TypeConcept || !m.ent.weakType || !sameWorkNoun(toks[m.first-1].lower, head) {
			return nil
		}
		for k := 0; k < m.first-1; k++ {
			if tg := toks[k].tag; tg != "DT" && tg != "JJ" && tg != "NN" && tg != "NNP" && tg != "VBN" && tg != "HYPH" {
				return nil // the name is not in the opening phrase: "Fans of the show X …"
			}
		}
		return m.ent
	}
	return nil
}

// ledeDescribed resolves the indefinite description news opens a story
// with to the name the next sentence gives as its subject: "An ex-Russian
// intelligence officer … is on hunger strike. Viktor Makarov, 50, claims …",
// "A low-budget horror film has topped the box office. Boogeyman, which …".
// Only in the story's first sentence, and only a name of the kind the noun
// names: a person for a noun of people, a body for a body's, a work or a name
// nothing typed for a work's.
func (d *docState) ledeDescribed(si, i, h int) *docEntity {
	toks := d.sents[si].toks
	if d.x.opts.SingleSentence || si != 0 || si+1 >= len(d.sents) || toks[i].lower != "a" && toks[i].lower != "an" || h <= i {
		return nil
	}
	sb := d.rootSubject(si + 1)
	if sb < 0 {
		return nil
	}
	m := d.mentionAt(si+1, sb)
	if m == nil || m.ent == nil || m.ent.typ == TypeConcept && !m.ent.weakType {
		return nil // (a name nothing typed may still be the work: "A film that follows … has won … L'Esquive earned …")
	}
	l := d.x.lx.lemmatize(toks[h].lower, true)
	switch {
	case epithetHead(l) || d.roleWord(toks[h]):
		if m.ent.typ == TypePerson {
			return m.ent
		}
	case orgNouns[l]:
		if m.ent.typ == TypeOrg {
			return m.ent
		}
	case titleNouns[l]:
		if m.ent.typ == TypeWork || m.ent.weakType {
			return m.ent // (not the author the next sentence may open with)
		}
	}
	return nil
}

// workNounKinds groups the nouns that name one kind of work.
var workNounKinds = map[string]string{"programme": "show", "program": "show", "show": "show", "series": "show", "sitcom": "show",
	"film": "film", "movie": "film", "song": "song", "single": "song", "track": "song", "book": "book", "novel": "book"}

// sameWorkNoun reports whether nouns a and b name the same kind of work.
func sameWorkNoun(a, b string) bool {
	return a == b || workNounKinds[a] != "" && workNounKinds[a] == workNounKinds[b]
}

// sequelWords set a work against another of its kind: "the next album", "the new film".
var sequelWords = set(`next previous new latest earlier later original same`)

// soleWorkNouns stand for the one work a story has named even when it was
// not introduced with them ("show", "game" and "play" are as often an
// event, a match or a move).
var soleWorkNouns = set(`film movie album single song novel book documentary musical series programme program sitcom
	drama comedy thriller opera biopic sequel memoir`)

// lawNouns name a law by its kind: "the bill", "the act".
var lawNouns = set(`bill act treaty`)

// personUnder returns the one person named inside the phrase of token h of
// sentence si (a title the parse made the head: "Everton manager David
// Moyes"), or nil.
func (d *docState) personUnder(si, h int) *mention {
	t := d.sents[si].tree
	if t == nil {
		return nil
	}
	var found *mention
	for k := range d.mentions[si] {
		m := &d.mentions[si][k]
		if m.ent == nil || m.ent.typ != TypePerson || !t.dominates(h, m.first) {
			continue
		}
		if r := t.base(m.first); r != "compound" && r != "flat" && r != "appos" && t.head[m.first] != h {
			continue // a person further inside: "the lawyer for Michael Jackson"
		}
		if found != nil && found.ent != m.ent {
			return nil
		}
		found = m
	}
	return found
}

// protagonist is the person the article names most often, with at least
// three mentions and more than anyone else; nil when there is none.
func (d *docState) protagonist() *docEntity {
	var best *docEntity
	tie := false
	for _, e := range d.table.list {
		if e.typ != TypePerson || e.weakType || e.mentions < 3 {
			continue
		}
		switch {
		case best == nil || e.mentions > best.mentions:
			best, tie = e, false
		case e.mentions == best.mentions:
			tie = true
		}
	}
	if tie {
		return nil
	}
	return best
}

// holdsTitle reports whether a role person e holds has title word w.
func (d *docState) holdsTitle(e *docEntity, w string) bool {
	for r := range e.roles {
		if slices.Contains(strings.Fields(strings.ToLower(r)), w) {
			return true
		}
	}
	return false
}

// fitsTitle reports whether person e may be called by title word w: e holds
// no role the article gave (honorifics aside), or one with that word.
// "Gordon Brown has delivered a speech. The chancellor said …" is Brown;
// after "President Bush said …", "The prime minister said …" is not Bush.
func (d *docState) fitsTitle(e *docEntity, w string) bool {
	held := false
	for r := range e.roles {
		if d.x.lx.honorifics[strings.ToLower(strings.TrimSuffix(r, "."))] != 0 {
			continue // "Mr Brown" holds no office by it
		}
		if slices.Contains(strings.Fields(strings.ToLower(r)), w) {
			return true
		}
		held = true
	}
	return !held
}

// personAfterRole returns the person named right after the phrase of role
// word h, inside it (up to token hi): "minister for women| Jacqui Smith",
// which the parser hangs on "women". Only the words of the role's own phrase
// (prepositions, nouns, names, adjectives) may stand between.
func (d *docState) personAfterRole(si, h, hi int) *mention {
	t, toks := d.sents[si].tree, d.sents[si].toks
	if strings.HasPrefix(toks[h].tag, "NNS") {
		return nil // "contenders for Dallaglio's role": many hold no one person's post
	}
	for k := h + 1; k <= hi && k < len(toks); k++ {
		if m := d.mentionAt(si, k); m != nil && m.first == k && m.ent != nil {
			if m.ent.typ != TypePerson || !t.dominates(h, k) || m.last+1 < len(toks) && toks[m.last+1].tag == "POS" {
				return nil // (a possessor is someone else: "the contender for Dallaglio's role")
			}
			return m
		}
		if orgNouns[d.x.lx.lemmatize(toks[k].lower, true)] {
			return nil // "head of giant chip maker Texas Instruments": the name is the maker's
		}
		switch t.upos[k] {
		case "DET", "NOUN", "PROPN", "ADJ":
		case "ADP":
			if l := toks[k].lower; l != "for" && l != "of" && l != "on" {
				return nil // "his allies in Claudio Castagnoli": where, not whose post
			}
		default:
			return nil
		}
	}
	return nil
}

// cityAt reports whether token k names a city (and no country): a city's
// "side" is a team.
func (d *docState) cityAt(si, k int) bool {
	w := d.sents[si].toks[k].lower
	_, city := d.x.lx.cities[w]
	return city || d.x.lx.capitals[w]
}

// independentPossessives stand for a thing someone owns ("theirs"), never for the owner.
var independentPossessives = set(`mine yours hers ours theirs`)

// describedLastSubject resolves "the striker", "the former police chief", "the
// United boss" opening a sentence to the person the sentence before was about
// (its main subject, named), as news writes a second mention: "Henry … collided
// with Heinze. The striker protested his innocence." Nil when the phrase has a
// name of its own, when the sentence before used the same noun for someone
// ("met the minister. The minister said") or was about no named person.
func (d *docState) describedLastSubject(si, i, h, j int) *docEntity {
	toks := d.sents[si].toks
	if si == 0 || d.x.opts.SingleSentence || toks[i].lower != "the" || h <= i || j != h {
		return nil
	}
	if lead := i; lead > 1 || lead == 1 && toks[0].tag != "CC" {
		return nil // not the sentence's opening phrase
	}
	head := toks[h].lower
	if titleNouns[head] && !verbLikeTitleNouns[head] && !strings.HasPrefix(toks[h].tag, "NNS") {
		// "Clint Eastwood's Million Dollar Baby re-entered the charts. The boxing
		// drama …": the work the sentence before was about
		for k, tk := range d.sents[si-1].toks {
			if tk.lower == head {
				// "the horror film Boogeyman … The film …": the work named there
				if m := d.mentionAt(si-1, k+1); m != nil && m.first == k+1 && m.ent != nil && m.ent.typ == TypeWork {
					return m.ent
				}
				return nil
			}
		}
		if sb := d.rootSubject(si - 1); sb >= 0 {
			if m := d.mentionAt(si-1, sb); m != nil && m.ent != nil && (m.ent.typ == TypeWork || m.ent.weakType && m.ent.typ != TypePerson) {
				return m.ent
			}
		}
		return nil
	}
	title := d.x.lx.titles[head]
	if !d.epithet(si, i, h) && !title && !rankEpithets[head] || strings.HasPrefix(toks[h].tag, "NNS") || toks[h].tag == "NNPS" {
		return nil
	}
	if title && h != i+1 && !d.plainTitleWords(si, i+1, h) {
		return nil // "the Lib Dem spokesman": a title with a body's name is that body's, not the last subject's
	}
	for k := i + 1; k < h; k++ {
		if m := d.mentionAt(si, k); m != nil && m.ent != nil && m.ent.typ == TypePerson {
			return nil
		}
		if toks[k].tag == "POS" && d.mentionAt(si, k-1) != nil {
			// "The BBC's planned media player": a named body's, not the one the
			// sentence before was about ("the prime minister's wife" may be)
			return nil
		}
	}
	// the noun in the sentence before names someone of its own ("met the
	// minister. The minister said"), unless it was e's own ("Newcastle striker
	// Craig Bellamy … The Welsh striker")
	otherUse := func(e *docEntity) bool {
		for k, tk := range d.sents[si-1].toks {
			if tk.lower == head && !d.nounOf(si-1, k, e) {
				return true
			}
		}
		return false
	}
	if sb := d.rootSubject(si - 1); sb >= 0 {
		m := d.mentionAt(si-1, sb)
		if m == nil {
			m = d.personUnder(si-1, sb) // "Everton manager David Moyes will …" parsed with "manager" the subject
		}
		if m == nil && !d.hasQuote(si-1) {
			// "In his report, he raised borrowing. The chancellor also hailed …"
			// (not "He said: "…"": the quotation is what that sentence is about)
			m = d.resolvedHeOrShe(si-1, sb)
		}
		if m != nil && m.ent != nil && m.ent.typ == TypePerson && !m.ent.weakType && (!title || d.fitsTitle(m.ent, head)) {
			if otherUse(m.ent) {
				return nil
			}
			if title && h != i+1 && m.ent != d.protagonist() && !notTheRole[toks[i+1].lower] {
				// "the prime minister", "the home secretary": an office whose
				// holder the story may not have named; the last subject holds
				// it only when the story is about them ("the shadow
				// chancellor", "the former cabinet secretary" describe one man)
				return nil
			}
			return m.ent
		}
	}
	if otherUse(nil) {
		return nil
	}
	if title {
		return nil // a title is someone the article may not have named yet
	}
	// "Wasps are set to offer Matt Dawson a new deal. The 31-year-old
	// scrum-half …": when the sentence before was about a body, the one
	// person it named
	var only *docEntity
	for _, m := range d.mentions[si-1] {
		if m.ent == nil || m.ent.typ != TypePerson || m.ent.weakType || m.ent == only {
			continue
		}
		if only != nil {
			return nil
		}
		only = m.ent
	}
	return only
}

// nameArg resolves the phrase [i, j] with head h: a pronoun, a name, a
// place's actor noun, a possessor's words, or a concept.
func (d *docState) nameArg(si, i, h, j int) (arg, bool) {
	s := d.sents[si]
	t, toks := s.tree, s.toks
	lx := d.x.lx
	head := toks[h]
	a := arg{first: i, last: j, start: toks[i].start, end: toks[j].end}
	a.text = s.textOf(a.start, a.end)
	if head.tag == "PRP$" && i == h && j == h || independentPossessives[head.lower] {
		return a, false // "used his to send a message": his Blackberry, not him
	}
	if t.upos[h] == "PRON" || head.tag == "PRP" || head.tag == "WP" || indefinitePronouns[head.lower] || demonstratives[head.lower] && i == h && j == h || lx.pronouns[head.lower] && i == h {
		if i != h && j != h && !lx.pronouns[head.lower] {
			// "those who …", "none of them": fall through to a concept
		} else {
			e := d.pronoun(si, h)
			if e == nil && d.x.opts.SingleSentence && head.tag != "WP" && head.tag != "WDT" && !indefinitePronouns[head.lower] {
				// Open IE keeps the pronoun as written when the sentence cannot resolve it.
				e = d.addOnce(&mention{surface: head.text, typ: TypeConcept, start: head.start, end: head.end})
			}
			if e == nil {
				return a, false
			}
			a.ent, a.resolved = e, true
			a.first, a.last, a.start, a.end, a.text = h, h, head.start, head.end, head.text
			return a, true
		}
	}
	// "the chancellor": the person named with that title earlier, else the
	// person the article is about.
	if toks[i].lower == "the" && h > i && (lx.titles[head.lower] || orgNouns[head.lower]) {
		if e := d.roleHolder(si, i, h); e != nil {
			a.ent, a.resolved = e, true
			d.table.logMention(e, a.start, a.end)
			return a, true
		}
	}
	if e := d.describedLastSubject(si, i, h, j); e != nil {
		if n := d.namedByCopula(si, h); n != nil {
			e = n // "The highest-ranking woman on the list was Audrey Tautou": the sentence says who
		}
		if lx.titles[head.lower] && e.typ == TypePerson && !d.holdsTitle(e, head.lower) {
			// "he … The chancellor also hailed …": the title is his from now
			// on, so a later "the chancellor" anywhere in the sentence is him
			e.roles[head.lower] = ""
		}
		if d.describedAs == nil {
			d.describedAs = map[int]*docEntity{}
		}
		d.describedAs[head.start] = e
		a.ent, a.resolved = e, true
		d.table.logMention(e, a.start, a.end) // a description that names someone is a mention of them
		return a, true
	}
	if e := d.describedSalient(si, i, h, j); e != nil {
		if n := d.namedByCopula(si, h); n != nil {
			e = n
		}
		a.ent, a.resolved = e, true
		d.table.logMention(e, a.start, a.end) // a description that names someone is a mention of them
		return a, true
	}
	if e := d.describedWork(si, i, h, j); e != nil {
		a.ent, a.resolved = e, true
		d.table.logMention(e, a.start, a.end) // a description that names someone is a mention of them
		return a, true
	}
	if e := d.ledeDescribed(si, i, h); e != nil {
		a.ent, a.resolved = e, true
		d.table.logMention(e, a.start, a.end) // a description that names someone is a mention of them
		return a, true
	}
	if e := d.describedCountry(si, i, h, j); e != nil {
		a.ent, a.resolved = e, true
		d.table.logMention(e, a.start, a.end) // "the country" is a mention of Ukraine
		return a, true
	}
	if e := d.describedEvent(si, i, h, j); e != nil {
		a.ent, a.resolved = e, true
		d.table.logMention(e, a.start, a.end) // "the festival" is a mention of the festival named so
		return a, true
	}
	if e := d.describedBand(si, i, h, j); e != nil {
		a.ent, a.resolved = e, true
		d.table.logMention(e, a.start, a.end) // "the band" is a mention of the band named so
		return a, true
	}
	if e := d.ownTeam(si, i, h, j); e != nil {
		a.ent, a.resolved = e, true
		d.table.logMention(e, a.start, a.end) // "his side" is a mention of the team he manages
		return a, true
	}
	if e := d.placeDescribedOrg(si, i, h, j); e != nil {
		a.ent, a.resolved = e, true
		d.table.logMention(e, a.start, a.end) // "Kenya's athletics body" is a mention of Athletics Kenya
		return a, true
	}
	// A name heading the phrase.
	if m := d.mentionAt(si, h); m != nil && m.ent != nil {
		a.ent = m.ent
		a.first, a.last = m.first, m.last
		a.start, a.end, a.text = m.start, m.end, m.surface
		return a, true
	}
	// A title heading the name ("Russian President Vladimir Putin" parsed with
	// President as head): the person named.
	// So is a name the parser flattened under a word before it ("Russian
	// President Vladimir Putin" with Russian as head).
	for _, m := range d.mentions[si] {
		if m.first <= h || m.last > j && !(m.first == h+1 && titleNouns[head.lower] && m.ent != nil && m.ent.typ == TypeWork) || m.ent == nil || m.ent.typ == TypeConcept {
			continue // (a title may run on past the words the parse gave its noun: "thriller Hide and Seek")
		}
		flat := true
		for k := h + 1; k <= m.last; k++ {
			flat = flat && t.head[k] == h && (t.base(k) == "flat" || t.base(k) == "compound")
		}
		// ("theatre impresario Sir Cameron Mackintosh": a noun right before the person's name, which ends the phrase)
		if flat || (lx.titles[head.lower] || honorifics[head.lower] || d.titlesBetween(si, h, m.first) && m.last == j && t.upos[h] == "NOUN") && m.ent.typ == TypePerson && t.dominates(h, m.first) ||
			titleNouns[head.lower] && m.ent.typ == TypeWork && m.first == h+1 { // "The comedy Sideways has dominated …"
			a.ent, a.first, a.last, a.start, a.end, a.text = m.ent, m.first, m.last, m.start, m.end, m.surface
			return a, true
		}
	}
	// A place or demonym and an actor noun: "the UK government", "the Ukrainian leadership".
	if lx.actorNouns[head.lower] && h > i && !(head.lower == "side" && d.cityAt(si, h-1)) { // "the London side" is a team, not London
		if m := d.mentionAt(si, h-1); m != nil && m.ent != nil && (m.ent.typ == TypeGPE || m.actor) {
			a.ent = m.ent
			a.start, a.end = m.start, head.end
			a.text = s.textOf(a.start, a.end)
			return a, true
		}
		if canon, ok := lx.demonyms[toks[h-1].lower]; ok {
			e := d.addOnce(&mention{surface: canon, canon: canon, typ: TypeGPE, start: toks[h-1].start, end: toks[h-1].end})
			a.ent = e
			a.start, a.end = toks[h-1].start, head.end
			a.text = s.textOf(a.start, a.end)
			return a, true
		}
	}
	if t.upos[h] != "NOUN" && t.upos[h] != "PROPN" && t.upos[h] != "NUM" && t.upos[h] != "ADJ" && t.upos[h] != "X" && t.upos[h] != "SYM" {
		return a, false
	}
	// A concept: without determiners, possessive pronouns and a possessor name.
	k := i
	for k < h && (t.base(k) == "det" || toks[k].tag == "PRP$" || toks[k].lower == "such" || t.base(k) == "case" || t.base(k) == "cc" ||
		t.base(k) == "advmod" && k == i && !keepsAmountBound(t, toks, k)) { // "more than 240 firms" keeps its "more"
		k++
	}
	possessor := -1
	for _, c := range t.children(h, "nmod:poss") {
		if c < h {
			possessor = c
		}
	}
	// The words stand for their holder only as the doer of a verb: "his
	// comments were offensive" says nothing of him, nor does "his comments had
	// been taken out of context".
	doing := t.rel[h] != "nsubj:pass" && (t.rel[h] != "nsubj" || t.head[h] >= 0 && t.child(t.head[h], "cop") < 0 && t.upos[t.head[h]] == "VERB")
	if possessor >= 0 {
		_, pe := t.span(possessor, argDrop)
		if pe+1 <= h {
			if m := d.mentionAt(si, possessor); m != nil && m.ent != nil {
				a.possessor = m.ent.name
				if speechNouns[head.lower] && doing {
					// "Hegseth's assertion": the holder speaks.
					a.ent, a.first, a.last, a.start, a.end, a.text = m.ent, m.first, m.last, m.start, m.end, m.surface
					return a, true
				}
			}
			if utterances[head.lower] && toks[possessor].tag == "PRP$" && doing {
				// "His comments came …": the words stand for whoever "his" is.
				if e := d.resolvePronoun(si, possessor); e != nil {
					a.ent, a.resolved = e, true
					a.first, a.last, a.start, a.end, a.text = possessor, possessor, toks[possessor].start, toks[possessor].end, toks[possessor].text
					return a, true
				}
			}
			k = pe + 1
			for k < h && (toks[k].tag == "POS" || t.base(k) == "case" || t.base(k) == "det") {
				k++
			}
		}
	}
	if temporalWords[head.lower] && k == h && !d.x.opts.SingleSentence {
		return a, false // "Tuesday" is when, never who or what
	}
	name := strings.Trim(strings.NewReplacer("“", "", "”", "", "\"", "").Replace(s.textOf(toks[k].start, toks[j].end)), " ")
	if len(name) < 3 && t.upos[h] != "NUM" {
		return a, false
	}
	e := d.addOnce(&mention{surface: name, typ: TypeConcept, start: toks[k].start, end: toks[j].end,
		indefinite: toks[i].lower == "a" || toks[i].lower == "an"})
	a.ent = e
	a.first, a.last = k, j
	a.start, a.end, a.text = toks[k].start, toks[j].end, name
	return a, true
}

// pronoun resolves the pronoun at token k of sentence si once: coreference
// reads pronouns in order and counts each resolved one as a mention, so the
// clause rules, which look at a subject several times, ask it only once.
func (d *docState) pronoun(si, k int) *docEntity {
	key := [2]int{si, k}
	if e, ok := d.pronouns[key]; ok {
		return e
	}
	e := d.resolvePronoun(si, k)
	if d.pronouns == nil {
		d.pronouns = map[[2]int]*docEntity{}
	}
	d.pronouns[key] = e
	return e
}

// spanArg names the whole subtree of k (a clause used as an argument) as a concept.
func (d *docState) spanArg(si, k int) (arg, bool) {
	t := d.sents[si].tree
	lo, hi := t.span(k, set(`punct`))
	toks := d.sents[si].toks
	for lo < hi && (toks[lo].tag == "``" || toks[lo].text == ",") {
		lo++
	}
	for hi > lo && (toks[hi].tag == "``" || toks[hi].text == "," || toks[hi].tag == ".") {
		hi--
	}
	return d.clauseArg(si, lo, hi)
}

// isTemporal reports whether the phrase headed by k says when: "on Monday",
// "in 2014", "last week".
func (d *docState) isTemporal(si, k int) bool {
	t := d.sents[si].tree
	toks := d.sents[si].toks
	if strings.HasSuffix(t.rel[k], ":tmod") || strings.HasSuffix(t.rel[k], ":npmod") && temporalWords[toks[k].lower] {
		return true
	}
	if temporalWords[toks[k].lower] || d.x.lx.months[toks[k].lower] {
		return true
	}
	if t.upos[k] == "NUM" && len(toks[k].text) == 4 && (strings.HasPrefix(toks[k].text, "19") || strings.HasPrefix(toks[k].text, "20")) {
		return true
	}
	if l := toks[k].lower; (l == "future" || l == "past") && t.child(k, "det") >= 0 && t.child(k, "nmod") < 0 && d.caseOf(si, k) == "in" {
		return true // "in the future", "in the past"
	}
	switch toks[k].lower {
	case "end", "start", "beginning", "middle", "close":
		// "by the end of the year": a point of a stretch of time is a time
		for _, n := range t.children(k, "nmod") {
			if d.isTemporal(si, n) {
				return true
			}
		}
	}
	return false
}

// caseOf returns the preposition of an oblique or nominal modifier k ("to",
// "according to", "in front of"), or "".
func (d *docState) caseOf(si, k int) string {
	t := d.sents[si].tree
	toks := d.sents[si].toks
	c := t.child(k, "case")
	if c < 0 {
		return ""
	}
	w := toks[c].lower
	for _, f := range t.children(c, "fixed") {
		w += " " + toks[f].lower
	}
	return w
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

// quantityWords can head a noun phrase before "of": "much of a clue", "all of it".
var quantityWords = set(`much many most some all none each any both few several half part rest lot lots`)

var modalPossible = set(`may might could would should can must ought`)

// futureAux mark what is yet to happen: a plan or a forecast, not a fact.
var futureAux = set(`will shall 'll wo`)

var hedgeAdverbs = set(`probably possibly potentially perhaps maybe likely reportedly allegedly`)

var negAdverbs = set(`not n't never no`)

// nameClosingDescription returns the name that follows the lower-case head
// noun h of a description and closes its phrase at nhi, when the parser made
// the name a part of the noun ("security firm MessageLabs", "mobile operator
// Vodafone": flat or compound under the noun) and the noun is one for a body
// or someone by what they do. The name, not the description, is the
// argument; a name nothing typed takes the body's type from an
// organisation's noun.
func (d *docState) nameClosingDescription(si, h, nhi int) *mention {
	s := d.sents[si]
	t, toks := s.tree, s.toks
	if h+1 > nhi || toks[h].isCap() || !strings.HasPrefix(toks[h].tag, "NN") || strings.HasPrefix(toks[h].tag, "NNP") {
		return nil
	}
	m := d.mentionAt(si, h+1)
	if m == nil || m.ent == nil || m.first != h+1 || m.last != nhi {
		return nil
	}
	hl := d.x.lx.lemmatize(toks[h].lower, true)
	// "long-running shows Will and Grace": a work's title after the noun for
	// its kind, however the parser hung it there
	work := m.ent.typ == TypeWork && titleNouns[hl]
	attached := false
	for k := m.first; k <= m.last; k++ {
		if t.head[k] == h && (work || t.base(k) == "flat" || t.base(k) == "compound" || t.base(k) == "appos") {
			attached = true
		}
	}
	if !attached || hl != toks[h].lower && !work {
		return nil // "firms Ladbrokes and Coral": a plural describes several
	}
	if work {
		return m
	}
	body := orgNouns[hl] || d.x.lx.orgHeads[hl]
	if !body && !agentNoun(d, hl) && personHeads[hl] == 0 {
		return nil
	}
	if m.ent.typ == TypeConcept && m.ent.weakType {
		if !body {
			return nil // a person's noun alone does not say the name is a person's
		}
		m.ent.typ, m.ent.weakType = TypeOrg, false
		d.table.index(m.ent)
	}
	return m
}

// apposOf returns the appositions that belong to the phrase at h. A name
// set off right after the last of coordinated descriptions names that last
// one, though the parser hangs it on the first: in "thanked his family and
// his "hero", Nelson Mandela" Mandela is the hero, not the family; in "the
// Aviator, A Very Long Engagement and the Ray Charles biopic, Ray" Ray is the
// biopic. So h keeps its own appositions but such a one, and a last conjunct
// takes it.
func (d *docState) apposOf(si, h int) []int {
	t := d.sents[si].tree
	lastConj := -1
	for _, c := range t.children(h, "conj") {
		lastConj = max(lastConj, c)
	}
	var out []int
	for _, c := range t.children(h, "appos") {
		if lastConj > h && c > lastConj && d.apposOnLast(si, lastConj, c) {
			continue
		}
		out = append(out, c)
	}
	if g := t.head[h]; t.base(h) == "conj" && g >= 0 && g < h {
		for _, c := range t.children(g, "conj") {
			if c > h {
				return out // not the last conjunct
			}
		}
		for _, c := range t.children(g, "appos") {
			if c > h && d.apposOnLast(si, h, c) {
				out = append(out, c)
			}
		}
	}
	return out
}

// apposOnLast reports whether the apposition at token c, hung on an earlier
// conjunct, is a name that follows the description at token last with only
// a comma or quotation marks between: "his "hero", Nelson Mandela", "author
// Professor Stephen Hawking". A name the last conjunct is ("House of Fraser,
// Marks & Spencer and Big Food") or a name further on ("Gone Are the Days - a
// film he adapted from his own play, Purlie Victorious") is not.
func (d *docState) apposOnLast(si, last, c int) bool {
	t, toks := d.sents[si].tree, d.sents[si].toks
	if t.upos[last] != "NOUN" || d.mentionAt(si, last) != nil {
		return false
	}
	m := d.mentionAt(si, c)
	if m == nil || m.ent == nil || m.ent.typ == TypeConcept || m.first <= last {
		return false
	}
	k := m.first - 1
	for k > last && t.dominates(c, k) && (t.upos[k] == "PROPN" || t.upos[k] == "NOUN") {
		k-- // a title of the name's own: "author Professor Stephen Hawking"
	}
	if k > last && toks[k].text != "," {
		return false // only a comma sets it off: ""… huge crowds," Sergio Gera, …" is the speaker after a quotation
	}
	for k > last && (toks[k].text == "," || toks[k].tag == "``" || toks[k].tag == "''") {
		k--
	}
	return k == last || k > last && t.dominates(last, k) && d.mentionAt(si, k) == nil && toks[k].isNoun()
}

// namedByCopula returns the name a copula gives the description at token
// h as its subject, or nil: "The best director runner-up was Martin
// Scorsese" says who the runner-up is, whoever else the story is about, and
// "The only Ireland player offering a real threat was O'Driscoll" has
// O'Driscoll offer it.
func (d *docState) namedByCopula(si, h int) *docEntity {
	t := d.sents[si].tree
	if t == nil || t.base(h) != "nsubj" || t.head[h] < 0 {
		return nil
	}
	p := t.head[h]
	if m := d.mentionAt(si, p); t.child(p, "cop") >= 0 && m != nil && m.ent != nil && m.ent.typ != TypeConcept {
		return m.ent
	}
	return nil
}

// participleOwner returns the named subject of the copula whose
// predicate noun h a participle p describes, or -1: in "Victor Conte is a
// man facing a 42-count federal indictment" and "Yushchenko is the only
// leader invited to attend the summit" the man and the leader are the one
// named, so the participle is said of him. Only a predicate that is a noun,
// no quantity ("was part of FleetBoston, bought by BOA": the participle is
// FleetBoston's) and no preposition's ("is about a single mother living on
// the breadline"), a subject that is a name or "he" or "she" ("It is a pilot
// project run by …" is too often a thing), and no participle that serves as
// a preposition ("based on").
func (d *docState) participleOwner(si, h, p int) int {
	t, toks := d.sents[si].tree, d.sents[si].toks
	if d.x.opts.SingleSentence || t.upos[h] != "NOUN" || t.child(h, "cop") < 0 || t.child(h, "case") >= 0 || t.base(p) != "acl" || t.head[p] != h {
		return -1
	}
	if tg := toks[p].tag; tg != "VBN" && tg != "VBG" || prepositionalParticiples[toks[p].lower] {
		return -1
	}
	if l := toks[h].lower; quantityWords[l] || l == "part" || numberWords[l] || t.child(h, "advmod") >= 0 && toks[t.child(h, "advmod")].lower == "not" {
		return -1 // "was part of FleetBoston, bought by BOA": the participle is FleetBoston's; "is not some hopeful fighting …"
	}
	sb := t.child(h, "nsubj")
	if sb < 0 || sb > h || t.child(sb, "conj") >= 0 {
		return -1
	}
	if w := toks[sb].lower; w == "he" || w == "she" {
		return sb // a person's pronoun: "He is the only leader invited to attend"
	}
	if m := d.mentionAt(si, sb); m == nil || m.ent == nil || m.ent.typ == TypeConcept {
		return -1
	}
	return sb
}

// prepositionalParticiples are participles that serve as prepositions:
// "the biggest firm based on market value" says nothing is based.
var prepositionalParticiples = set(`based including according given following regarding concerning excluding considering compared`)

// dashedName returns the person named between dashes right after the
// phrase of a noun for a person ending at token hi: "will take on another
// member of Britain's relay team - Jason Gardener - over 60m" takes on
// Gardener, whatever the parser hung the name on. The name must close the
// dashes (another dash, a comma or the sentence's end follows): "- Jason
// Gardener and Mark Lewis-Francis -" are two.
func (d *docState) dashedName(si, h, hi int) *mention {
	toks := d.sents[si].toks
	k := hi + 1
	if k+1 >= len(toks) || toks[k].text != "-" && toks[k].text != "--" {
		return nil
	}
	l := d.x.lx.lemmatize(toks[h].lower, true)
	if strings.HasPrefix(toks[h].tag, "NNS") || !(d.personLike(si, h) || personHeads[l] != 0 || epithetHead(l) || l == "member") {
		return nil
	}
	m := d.mentionAt(si, k+1)
	if m == nil || m.ent == nil || m.first != k+1 || m.ent.typ != TypePerson {
		return nil
	}
	if n := m.last + 1; n < len(toks) && toks[n].text != "-" && toks[n].text != "--" && toks[n].text != "," && toks[n].tag != "." {
		return nil
	}
	return m
}

// purposeAfterThing reports whether infinitive p after the object o of verb h
// states the purpose of h's subject rather than what the object does: the
// object is a thing, not a person, and h does not make or want its object do
// something ("clocking 7.96 seconds to finish ahead": the runner finishes,
// not the seconds; "crossed the line to win": she wins), unlike "expected
// growth to slow" or "allowed the bill to pass".
func purposeAfterThing(d *docState, si, h, o, p int) bool {
	t, toks := d.sents[si].tree, d.sents[si].toks
	if m := t.child(p, "mark"); m < 0 || toks[m].lower != "to" {
		return false
	}
	if t.upos[h] != "VERB" || t.upos[o] != "NOUN" || d.personLike(si, o) || hasChild(t, p, "aux:pass") {
		return false // "chose 14 songs to be performed": the songs undergo it
	}
	for _, c := range t.children(o, "appos", "flat", "compound") {
		if c > o && t.upos[c] == "PROPN" {
			return false // "feeding his partner Aramburu to sprint in": the name does it
		}
	}
	if l := d.x.lx.lemmatize(toks[o].lower, true); d.x.lx.eventNouns[l] && !infinitiveNouns[l] {
		return false // "conclude negotiations to open markets": the talks are for opening them
	}
	if l := d.x.lx.lemmatize(toks[o].lower, true); orgNouns[l] || d.x.lx.orgHeads[l] {
		return false // "providing public firms with money to hire workers": the firms hire
	}
	return !thingControlVerbs[d.verbLemma(si, h)]
}

// thingControlVerbs take an object and an infinitive the object does or
// undergoes, whatever the object is: "expected prices to rise", "caused the
// plan to fail", "wants the law to change".
var thingControlVerbs = set(`expect want need allow enable permit cause force compel lead prompt drive push help get make let
	require believe consider find show predict forecast estimate project mean intend like prefer wish set trigger spur encourage
	urge ask order persuade convince pressure press tell invite call warn advise remind prepare design build program programme configure train teach
	leave keep see watch hear judge deem declare report assume suppose know think rule
	tip back fancy assist aid oblige trust instruct direct incite inspire plead beg implore entitle empower authorise authorize challenge dare recruit commission`)

// commaSetSubject returns the name that opens conjunct clause p when the
// parse hung it on the clause before as a conjunct of that clause's
// complement: "Vera Drake was named best film and Staunton, who played the
// title role, was named best actress" — the "and" stands before Staunton
// (no preposition: "and, according to Reuters, once told" keeps its subject),
// p has none, and a comma closes the phrase set off after the name right
// before p's verb: Staunton was named, not Vera Drake. Else -1.
func commaSetSubject(t *tree, toks []token, h, p int) int {
	if t.child(p, "cc") >= 0 || h > p {
		return -1
	}
	first := p
	for _, c := range t.children(p, "aux", "aux:pass", "cop", "advmod") {
		if c < first {
			first = c
		}
	}
	if first == 0 || toks[first-1].text != "," {
		return -1
	}
	for n := first - 2; n > h; n-- {
		if t.rel[n] != "conj" || t.upos[n] != "PROPN" || t.child(n, "cc") < 0 || t.child(n, "case") >= 0 {
			continue
		}
		if n+1 >= len(toks) || toks[n+1].text != "," && t.rel[n+1] != "flat" {
			return -1
		}
		for k := n + 1; k < first-1; k++ {
			if t.rel[k] == "nsubj" || t.rel[k] == "nsubj:pass" {
				if toks[k].lower != "who" && toks[k].lower != "which" && toks[k].lower != "that" {
					return -1 // another clause with its own subject between
				}
			}
		}
		return n
	}
	return -1
}
