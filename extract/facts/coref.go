package facts

import (
	"sort"
	"strings"
	"unicode"
)

// This file resolves pronouns and role nouns ("the prime minister") to the
// entities of the document. Candidates are every mention made before the
// pronoun — names found by findMentions and the noun phrases relations turned
// into concepts — that agree with it in gender and number; the nearest sentence
// wins, and inside a sentence the leftmost candidate (the subject, usually).

// mentionLog is one mention of an entity at a byte span, for coreference.
type mentionLog struct {
	ent        *docEntity
	start, end int
}

// pronounKind says what a pronoun can refer to.
type pronounKind int

const (
	pronNone   pronounKind = iota
	pronMale               // he, him, his, himself
	pronFemale             // she, her, hers, herself
	pronThing              // it, its, itself
	pronPlural             // they, them, their, theirs, themselves
)

func kindOfPronoun(w string) pronounKind {
	switch w {
	case "he", "him", "his", "himself":
		return pronMale
	case "she", "her", "hers", "herself":
		return pronFemale
	case "it", "its", "itself":
		return pronThing
	case "they", "them", "their", "theirs", "themselves":
		return pronPlural
	}
	return pronNone
}

// genderOf is the gender a pronoun of kind k tells, genderUnknown for it and they.
func genderOf(k pronounKind) byte {
	switch k {
	case pronMale:
		return genderMale
	case pronFemale:
		return genderFemale
	}
	return genderUnknown
}

// lookBack is how many sentences back a pronoun's antecedent is sought: people
// stay in play over a long story, things and groups only briefly. The bound
// keeps a story of thousands of sentences linear.
func lookBack(k pronounKind) int {
	if k == pronMale || k == pronFemale {
		return 60
	}
	return 2
}

// farGroups is how many sentences beyond lookBack a plural pronoun may still
// reach a named organisation or group ("the Church denied … She … She … They
// also claimed"), when nothing nearer agrees.
func farGroups(k pronounKind) int {
	if k == pronPlural {
		return 3
	}
	return 0
}

// exampleAt reports whether the mention starting at byte start of sentence s is
// an example of a group ("such as X", "including X"), not the group.
func (d *docState) exampleAt(s, start int) bool {
	toks := d.sents[s].toks
	for k := 1; k < len(toks); k++ {
		if toks[k].start == start {
			return toks[k-1].lower == "including" || toks[k-1].lower == "as" && k >= 2 && toks[k-2].lower == "such"
		}
	}
	return false
}

// sentenceAt returns the index of the sentence holding byte offset off (the
// last one starting at or before it).
func (d *docState) sentenceAt(off int) int {
	i := sort.Search(len(d.sents), func(i int) bool { return d.sents[i].start > off })
	if i > 0 {
		i--
	}
	return i
}

// resolvePronoun finds what the pronoun at token k of sentence si refers to, or
// nil when nothing agrees with it.
func (d *docState) resolvePronoun(si, k int) *docEntity {
	toks := d.sents[si].toks
	w := toks[k].lower
	switch w {
	case "i", "me", "my":
		return d.inQuote // the speaker of the quotation being read, if any
	case "who", "whom", "which":
		return d.relativeAntecedent(si, k)
	}
	kind := kindOfPronoun(w)
	if kind == pronNone {
		return nil
	}
	if w == "it" && d.expletive(si, k) {
		return nil // "It is time to …": nothing is referred to
	}
	if e := d.cataphor(si, k, kind); e != nil {
		return e
	}
	if kind != pronThing && d.boundByIndefinite(si, k) {
		return nil // "someone who claimed that he had lost his parents": he is that someone, no one named
	}
	pos := toks[k].start
	inQuote := d.quoted[si][k]
	if kind == pronThing || kind == pronPlural {
		d.noteNounPhrases(si, k) // "thought it resembled …": the clock named earlier in this sentence
	}
	var mates map[*docEntity]bool
	if strings.HasSuffix(w, "self") || strings.HasSuffix(w, "selves") {
		if e := d.reflexiveBinder(si, k); e != nil && d.agrees(e, kind) {
			return e // "NATO distancing itself": NATO
		}
	} else {
		mates = d.clauseMates(si, k)
	}
	if kind == pronPlural {
		if e := d.quantifierBinder(si, k); e != nil {
			return e // "No one's right … because they weren't able": they is the no one
		}
	}
	var reporter *docEntity
	if !inQuote && kind != pronThing {
		// "European policy makers said they were worried": who says what
		// they themselves are doing
		if e, sub := d.reporterOf(si, k); e != nil {
			if m := d.mentionAt(si, sub); kind == pronPlural && m != nil {
				if g := d.coordinatedNames(si, m.start); g != nil {
					e = g
				}
			}
			if m := d.mentionAt(si, sub); (kind == pronMale || kind == pronFemale) && !d.describedSubject(si, sub, e) && (m == nil || m.ent != e || e.typ != TypePerson || e.gender == genderUnknown && d.x.lx.given[strings.ToLower(strings.Fields(e.name)[0])] == 0 && !d.titled(e)) {
				// he and she only for a person named at the verb's subject: in "Band
				// Aid founder Bob Geldof said he" the parse may take the title for it
				e = nil
			}
			if e != nil && d.agrees(e, kind) && !mates[e] {
				reporter = e
			}
		}
	}
	human := kind == pronPlural && d.humanAgentAt(si, k)
	aspectual := kind == pronThing && d.subjectOf(si, k, aspectualVerbs) && d.intransitive(si, d.sents[si].tree.head[k])
	if human && !inQuote && reporter == nil && d.reportingAt(si, k) {
		// "The report's authors say … They say": who says something again is
		// whoever said something before, over the sentences between.
		if e := d.earlierSpeakers(si, pos, mates); e != nil {
			d.table.logMention(e, toks[k].start, toks[k].end)
			return e
		}
	}
	if (kind == pronMale || kind == pronFemale) && !inQuote && reporter == nil && d.reportingAt(si, k) {
		// "… he claimed. The Tories, he said, can cut crime": who says something
		// again is who said something last, unless another person took the
		// stage since
		if e := d.speakerBefore(si, pos, kind, mates); e != nil {
			d.table.logMention(e, toks[k].start, toks[k].end)
			return e
		}
	}
	var speaker *docEntity
	if inQuote && d.inQuote == nil && (kind == pronMale || kind == pronFemale) {
		// Quotations get their speakers after every sentence is read; until then
		// the speaker is whoever a reporting verb next to the quotation names.
		speaker = d.likelySpeaker(pos)
	}
	var best *docEntity
	bestRank := -1
	seenGroup := map[*docEntity]bool{}
	if reporter != nil {
		best = reporter
	}
	for s := si; reporter == nil && s >= 0 && si-s <= lookBack(kind)+farGroups(kind); s-- {
		far := si-s > lookBack(kind)
		if s < si && (kind == pronMale || kind == pronFemale) {
			d.resolvePersonalPronouns(s) // "his" in the sentence before carries its person on
		}
		for _, c := range d.ranked(s, pos, s == si && (kind == pronMale || kind == pronFemale)) {
			if !inQuote && d.isQuotedAt(s, c.start) {
				continue // a name inside someone's words is not who the narrator means
			}
			if mates[c.ent] {
				continue
			}
			if s == si && d.inOwnWords(si, k, c.start) {
				continue // "Mr Blair's government was bossy, he added": who adds is not whom the words are about
			}
			if kind == pronThing && c.ent.typ == TypeConcept && (d.adjectiveEndsAt(s, c.end) && !d.determinedNominalAt(s, c.end) || strings.HasPrefix(c.ent.name, "to ")) {
				continue // "Analysts were cautious. It's not good": an adjective, or an infinitive, is no thing
			}
			if s == si && c.end > pos {
				continue // "to see him making it": a phrase holding the pronoun is not what it refers to
			}
			if kind == pronThing && c.ent.typ == TypeConcept && orgNouns[strings.ToLower(c.ent.name)] {
				// "Shares in Krispy Kreme fell after the firm revealed it would …":
				// "the firm" is itself a stand-in for the company named, which
				// is what it refers to too
				continue
			}
			if (kind == pronMale || kind == pronFemale) && (c.ent.typ != TypePerson || c.ent.weakType) && anyWord(c.ent.name, temporalWords) {
				continue // "ITV1's This Morning she said": a time word cut from a title is nobody
			}
			if (kind == pronMale || kind == pronFemale) && c.ent.typ == TypeConcept && c.ent.weakType && si-s > 2 {
				continue // a name nothing types is a he or she only close by
			}
			if kind == pronPlural && (d.exampleAt(s, c.start) || far && c.ent.typ != TypeOrg && c.ent.typ != TypeNORP) {
				// "other sites such as Gawker.com … they": the sites, not the example;
				// further back only a named group is still in play.
				continue
			}
			if kind == pronPlural {
				if g := d.coordinatedNames(s, c.start); g != nil {
					if mates[g] || seenGroup[g] {
						continue
					}
					seenGroup[g] = true
					c.ent = g // "Both the school district and the police department … they": the two
				}
			}
			if a := d.appositiveName(s, c.end); a != nil && c.ent.typ == TypeConcept {
				c.ent = a // "Paris's father, Albert Jaquier, …": he is Jaquier, not "father"
			}
			if inQuote && (c.ent == d.inQuote || c.ent == speaker) && !d.isQuotedAt(s, c.start) {
				continue // "Rathbun wrote, "… he returned"": the writer would say I
			}
			if d.negatedAt(s, c.start) {
				continue // "neither side could score … as it ended": no side is referred to
			}
			period := aspectual && c.ent.typ == TypeConcept && d.temporal(c.ent.name) && !d.pluralConcept(c.ent)
			if !period && !d.agrees(c.ent, kind) && !(human && d.bodyNoun(c.ent)) || human && (!d.humanGroup(c.ent) || d.reportedSubjectAt(s, c.start)) {
				// "Several scenarios were considered … They estimated": people
				// estimate; "the government … because they said": a body speaks as they.
				continue
			}
			// For he and she, a candidate the evidence types as a person beats a guess
			// in the same sentence; otherwise salience decides.
			rank := 0
			if period {
				rank++ // "in the first half as it ended 0–0": what ends is a stretch of time
			}
			if !c.ent.weakType || kind == pronThing || kind == pronPlural || c.ent.gender == genderOf(kind) ||
				c.ent.typ == TypePerson && s == si && d.isSubjectAt(s, c.end) && c.start >= d.frontedClauseEnd(s) {
				// An earlier he or she that took this name is evidence too: "She was
				// outside, waiting for a photographer … she remained exuberant"; so is
				// being the subject the pronoun's clause follows: "Viktor Makarov, 50,
				// claims he …".
				rank++
			}
			if rank > bestRank {
				best, bestRank = c.ent, rank
			}
		}
		// A guess in the pronoun's own sentence ("a tutor for the Workers'
		// Educational Association, he …") gives way to a person the evidence
		// types in the sentence before.
		if best != nil && (bestRank > 0 || s < si) {
			break
		}
	}
	if best != nil {
		// The pronoun is a mention too: "She was outside … she remained exuberant"
		// — the second she finds the first as the subject before it.
		d.table.logMention(best, toks[k].start, toks[k].end)
	}
	if best != nil && best.typ == TypeConcept && best.weakType && (kind == pronMale || kind == pronFemale) {
		best.typ = TypePerson // "he" or "she" is evidence enough
		d.table.index(best)   // a surname look-up can find it now
	}
	if best != nil && kind == pronThing {
		best.thing = true
	}
	if best != nil && best.typ == TypePerson && kind == pronThing {
		best.typ = TypeOrg // weak, as agrees allows: "it" says this is no person
		d.table.index(best)
	}
	if best != nil && best.typ == TypeConcept && !best.weakType && (kind == pronMale || kind == pronFemale) && best.gender == genderUnknown {
		best.gender = genderOf(kind) // a role taken up by he is a man from then on
	}
	if best != nil && best.typ == TypePerson && best.gender == genderUnknown {
		// "she" told us who this is: later pronouns can rely on it.
		best.gender = genderOf(kind)
	}
	return best
}

// resolvePersonalPronouns resolves the he, she, his and her of sentence s
// that no fact needed, so that they count as mentions of whom they stand for
// when a later pronoun looks back: "Mr Makarov joined the KGB. One of his
// fellow pupils was Vladimir Putin. At KGB headquarters, he was posted …" —
// he is Makarov, whom "his" kept in view.
func (d *docState) resolvePersonalPronouns(s int) {
	if d.resolvedIn == nil {
		d.resolvedIn = map[int]bool{}
	}
	if d.resolvedIn[s] || d.sents[s].tree == nil {
		return
	}
	d.resolvedIn[s] = true
	for k, tk := range d.sents[s].toks {
		if d.quoted[s][k] {
			continue
		}
		switch tk.lower {
		case "he", "she", "his", "her", "him":
			if _, done := d.pronouns[[2]int{s, k}]; !done {
				d.pronoun(s, k)
			}
		}
	}
}

// inOwnWords reports whether the word at byte start of sentence si lies in
// what the verb whose subject is the pronoun at token k reports: its clausal
// complement or the clause it is set in parenthetically.
func (d *docState) inOwnWords(si, k, start int) bool {
	t := d.sents[si].tree
	toks := d.sents[si].toks
	if t == nil || k >= len(t.head) || t.base(k) != "nsubj" || t.head[k] < 0 {
		return false
	}
	v := t.head[k]
	if !d.isCue(si, v) {
		return false
	}
	c := -1
	for i, tk := range toks {
		if tk.start == start {
			c = i
			break
		}
	}
	if c < 0 || c >= len(t.head) {
		return false
	}
	for _, w := range t.children(v, "ccomp", "parataxis", "advcl") {
		if t.rel[w] == "advcl" && (w > v || t.child(w, "mark") >= 0) {
			continue // "When Blair arrived, he said": a circumstance, not the words
		}
		if t.dominates(w, c) {
			return true // "Mr Blair has failed, he claimed": the words, parsed as an adverbial
		}
	}
	// "… was bossy, he added": the parser may hang the cue on the clause
	return t.base(v) == "parataxis" && t.head[v] >= 0 && t.dominates(t.head[v], c) && !t.dominates(v, c)
}

// anyWord reports whether a word of name, in lower case, is in words.
func anyWord(name string, words map[string]bool) bool {
	for _, w := range strings.Fields(strings.ToLower(name)) {
		if words[w] {
			return true
		}
	}
	return false
}

// coordinatedNames returns the group that names coordinated by "and" make
// when the name starting at byte start of sentence s is one of them and the
// group is its clause's subject ("Tony Blair and Gordon Brown met"), or nil.
// The group is a concept named by the whole coordination.
func (d *docState) coordinatedNames(s, start int) *docEntity {
	ms := d.mentions[s]
	at := -1
	for i := range ms {
		if ms[i].start == start && ms[i].ent != nil {
			at = i
		}
	}
	if at < 0 {
		return nil
	}
	toks := d.sents[s].toks
	// joined reports whether only a comma, "and" and a determiner stand between
	// mentions a and b, and whether "and" is among them.
	joined := func(a, b int) (ok, and bool) {
		for k := ms[a].last + 1; k < ms[b].first; k++ {
			switch {
			case toks[k].text == ",":
			case toks[k].lower == "and":
				and = true
			case toks[k].tag == "DT" && k == ms[b].first-1:
			case k > ms[a].last+1 && (d.x.lx.honorifics[toks[k].lower] != 0 || d.x.lx.titles[toks[k].lower]):
				// "Mr Blair and Mr Brown": the second name's title
			default:
				return false, false
			}
		}
		return ms[a].last < ms[b].first, and
	}
	lo, hi, and := at, at, false
	for lo > 0 {
		ok, a := joined(lo-1, lo)
		if !ok {
			break
		}
		lo, and = lo-1, and || a
	}
	for hi+1 < len(ms) {
		ok, a := joined(hi, hi+1)
		if !ok {
			break
		}
		hi, and = hi+1, and || a
	}
	if lo == hi || !and {
		return nil
	}
	for i := lo; i <= hi; i++ {
		switch ms[i].ent.typ {
		case TypePerson, TypeOrg, TypeNORP, TypeGPE:
		default:
			return nil // "Heathrow and Gatwick": places, not a party that acts
		}
	}
	if _, a := joined(hi-1, hi); !a {
		return nil // "Paris, France": a list ends with and
	}
	if d.subjectVerb(s, ms[hi].end) < 0 || d.quoted[s][ms[lo].first] != d.quoted[s][ms[hi].last] {
		return nil
	}
	name := d.sents[s].textOf(ms[lo].start, ms[hi].end)
	return d.addOnce(&mention{surface: name, typ: TypeConcept, start: ms[lo].start, end: ms[hi].end})
}

// nameGroup reports whether a concept is names coordinated by "and" (see
// coordinatedNames): plural, and people or bodies of them.
func nameGroup(e *docEntity) bool {
	if e.typ != TypeConcept {
		return false
	}
	a, b, ok := strings.Cut(e.name, " and ")
	b = strings.TrimPrefix(b, "the ")
	return ok && a != "" && b != "" && unicode.IsUpper([]rune(a)[0]) && unicode.IsUpper([]rune(b)[0])
}

// quantifierBinder returns the indefinite pronoun ("no one", "anyone",
// "everybody") earlier in sentence si that a singular they at token k stands
// for, when no plural comes between them; nil otherwise.
func (d *docState) quantifierBinder(si, k int) *docEntity {
	toks := d.sents[si].toks
	for i := k - 1; i >= 0; i-- {
		j := i
		if toks[i].lower == "one" && i > 0 && (toks[i-1].lower == "no" || toks[i-1].lower == "every") {
			i--
		} else if !indefinitePronouns[toks[i].lower] || toks[i].lower == "nothing" || toks[i].lower == "none" {
			if toks[i].tag == "NNS" || toks[i].tag == "NNPS" || kindOfPronoun(toks[i].lower) == pronPlural {
				return nil // "everyone knows the Smiths, and they …": the plural is nearer
			}
			continue
		}
		if d.quoted[si][i] != d.quoted[si][k] {
			return nil
		}
		if t := d.sents[si].tree; t != nil && i < len(t.head) && (t.base(i) == "obj" || t.base(i) == "iobj" || t.base(i) == "obl") {
			return nil // "a government that lectures everyone … they": the quantifier binds no later clause
		}
		return d.addOnce(&mention{surface: d.sents[si].textOf(toks[i].start, toks[j].end), typ: TypeConcept, start: toks[i].start, end: toks[j].end})
	}
	return nil
}

// likelySpeaker returns who a reporting verb names as the speaker of the
// quotation around byte off, before attribution has run: the subject of a
// reporting verb after the quotation in its closing sentence (“…,” he said),
// else in the sentence before it ("Its leader, Roger Knapman, has said …").
// A pronoun subject counts as what it was resolved to. nil when none.
func (d *docState) likelySpeaker(off int) *docEntity {
	for _, q := range d.quotes {
		if off < q.open || off >= q.close {
			continue
		}
		if sj := d.sentenceAt(q.close - 1); sj >= 0 {
			if e := d.cueSubject(sj, q.close, -1); e != nil {
				return e
			}
		}
		if si := d.sentenceAt(q.open); si > 0 {
			return d.cueSubject(si-1, -1, q.open)
		}
		return nil
	}
	return nil
}

// cueSubject returns the entity that is the subject of a reporting verb in
// sentence s, the verb lying after byte from (if from >= 0) and before byte to
// (if to >= 0), outside quotation marks.
func (d *docState) cueSubject(s, from, to int) *docEntity {
	t, toks := d.sents[s].tree, d.sents[s].toks
	if t == nil {
		return nil
	}
	for v := range toks {
		if v >= len(t.head) || from >= 0 && toks[v].start < from || to >= 0 && toks[v].start >= to || d.quoted[s][v] {
			continue
		}
		if !strings.HasPrefix(toks[v].tag, "VB") || !d.x.lx.cues[d.x.lx.verbLemma(toks[v].lower)] {
			continue
		}
		sub := t.child(v, "nsubj")
		if sub < 0 || d.quoted[s][sub] {
			continue
		}
		if m := d.mentionAt(s, sub); m != nil && m.ent != nil {
			return m.ent
		}
		for _, a := range t.children(sub, "appos") {
			if m := d.mentionAt(s, a); m != nil && m.ent != nil {
				return m.ent // "Its leader, Roger Knapman, has said"
			}
		}
		if kindOfPronoun(toks[sub].lower) != pronNone {
			// “…,” he said: he is resolved outside the quotation, so this does not recur
			return d.pronoun(s, sub)
		}
	}
	return nil
}

// aspectualVerbs say that something begins or ends: used without an object
// ("it ended 0–0", not "it started a campaign") their subject is an event or a
// stretch of time as often as a thing.
var aspectualVerbs = set(`end begin start finish last resume`)

// subjectOf reports whether the pronoun at token k is the subject of a verb
// whose lemma is in verbs.
func (d *docState) subjectOf(si, k int, verbs map[string]bool) bool {
	t := d.sents[si].tree
	if t == nil || k >= len(t.head) || t.head[k] < 0 || t.base(k) != "nsubj" {
		return false
	}
	v := d.sents[si].toks[t.head[k]]
	return strings.HasPrefix(v.tag, "VB") && verbs[d.x.lx.verbLemma(v.lower)] // "it was at the start" has no verb start
}

// intransitive reports whether verb v of sentence si has no object but a score
// ("ended 0–0").
func (d *docState) intransitive(si, v int) bool {
	t := d.sents[si].tree
	o := t.child(v, "obj")
	return o < 0 || d.sents[si].toks[o].tag == "CD"
}

// negatedAt reports whether the mention starting at byte start of sentence s
// is quantified by "no" or "neither": it names nothing a pronoun can take up.
func (d *docState) negatedAt(s, start int) bool {
	toks := d.sents[s].toks
	for k := 1; k < len(toks); k++ {
		if toks[k].start == start {
			return toks[k-1].lower == "neither" || toks[k-1].lower == "no"
		}
	}
	return false
}

// humanAgentAt reports whether the pronoun at token k is the subject of a verb
// only people and their organisations do: saying, estimating, deciding.
func (d *docState) humanAgentAt(si, k int) bool {
	return d.subjectOf(si, k, d.x.lx.cues) || d.subjectOf(si, k, agentVerbs)
}

// agentVerbs are verbs of thinking and wanting, whose subject is a person or
// a body of people.
var agentVerbs = set(`think believe estimate calculate decide want hope fear expect plan intend wish
	agree disagree refuse demand urge vote protest complain admit deny accuse blame conclude
	know feel understand prefer choose`)

// humanGroup reports whether a plural antecedent is people or a body of them:
// an organisation, a nationality or group, or a noun phrase headed by a noun
// for persons ("the report's authors", "many people", "the pair").
func (d *docState) humanGroup(e *docEntity) bool {
	switch e.typ {
	case TypeOrg, TypeNORP:
		return true
	case TypeConcept:
		h := lastWord(e.name)
		l := d.x.lx.lemmatize(h, true)
		_, person := personHeads[l]
		person = person || peopleNouns[l]
		// "scientists", "politicians", "volunteers": nouns for what people do
		person = person || strings.HasSuffix(l, "ist") && !strings.HasSuffix(l, "list") || strings.HasSuffix(l, "ian") || strings.HasSuffix(l, "eer")
		return person || nameGroup(e) || d.bodyNoun(e) || h == "people" || d.x.lx.personNouns[h] || d.x.lx.personNouns[l] || d.x.lx.groupNouns[h] || collectiveNouns[h] || d.isRoleNoun(l)
	}
	return false
}

// reportedSubjectAt reports whether the mention starting at byte start of
// sentence s opens a clause after "that" ("the study revealed that children …
// are"): what is reported on, not who acts in the story.
func (d *docState) reportedSubjectAt(s, start int) bool {
	toks := d.sents[s].toks
	for k := 1; k < len(toks); k++ {
		if toks[k].start == start {
			return toks[k-1].lower == "that" || k >= 2 && toks[k-2].lower == "that" && toks[k-1].tag == "DT"
		}
	}
	return false
}

// bodyNoun reports whether a concept is headed by a noun for an organisation
// ("the government", "councils", "the company").
func (d *docState) bodyNoun(e *docEntity) bool {
	if e.typ != TypeConcept {
		return false
	}
	l := d.x.lx.lemmatize(lastWord(e.name), true)
	return orgNouns[l] || d.x.lx.orgHeads[l] || l == "country" || l == "nation" // "the richest countries have said they"
}

// reportingAt reports whether the pronoun at token k is the subject of a
// reporting verb ("they say", "they claimed").
func (d *docState) reportingAt(si, k int) bool {
	return d.subjectOf(si, k, d.x.lx.cues)
}

// earlierSpeakers returns the most recent plural people who were the subject
// of a reporting verb in the sentences a plural pronoun reaches, or nil. People
// nearer stop the search (then salience decides): any in the pronoun's own
// sentence, or the subject of a sentence in between — but not a subject
// reported on ("the study revealed that children …").
func (d *docState) earlierSpeakers(si, pos int, mates map[*docEntity]bool) *docEntity {
	for s := si; s >= 0 && si-s <= lookBack(pronPlural)+farGroups(pronPlural); s-- {
		cands := d.candidatesIn(s, pos)
		stop := false
		for i := len(cands) - 1; i >= 0; i-- {
			c := cands[i]
			if mates[c.ent] || d.isQuotedAt(s, c.start) || !d.agrees(c.ent, pronPlural) || !d.humanGroup(c.ent) {
				continue
			}
			if s == si || d.isSubjectAt(s, c.end) && !d.reportedSubjectAt(s, c.start) {
				stop = true
			}
			v := d.subjectVerb(s, c.end)
			for v >= 0 && v+1 < len(d.sents[s].toks) && (d.sents[s].toks[v].tag == "MD" || d.sents[s].toks[v+1].tag == "VBN") {
				v++ // "will say", "have said"
			}
			if v >= 0 && d.x.lx.cues[d.x.lx.verbLemma(d.sents[s].toks[v].lower)] {
				return c.ent
			}
		}
		if stop {
			return nil
		}
	}
	return nil
}

// speakerBefore returns the person who spoke last before byte pos of sentence
// si, within the sentences a he or she reaches, when that person agrees with
// the pronoun and no other person agreeing with it has been a subject since;
// else nil.
func (d *docState) speakerBefore(si, pos int, kind pronounKind, mates map[*docEntity]bool) *docEntity {
	var best *pendingStatement
	for i := len(d.pendingSts) - 1; i >= 0; i-- {
		st := &d.pendingSts[i]
		if st.speaker == nil || st.content[0] >= pos || si-st.sj > lookBack(kind) ||
			!clauseCues[d.cueLemma(st.cue)] {
			continue // a verb of saying: "discussing the possibility" is no one's words
		}
		if best != nil && st.content[0] <= best.content[0] {
			continue // (the costlier checks below only for a later statement)
		}
		if tk, _, ok := d.cueToken(*st); ok && strings.HasPrefix(tk.tag, "NN") {
			continue // "he hit back at Mr Mallon's claim that …": Mallon's words, cited, not Mallon speaking
		}
		if d.reportedInside(*st) {
			continue // "Kirkwood said that when Mr Johnson had announced …": Kirkwood spoke, Johnson is reported
		}
		best = st
	}
	if best == nil || mates[best.speaker] || !d.agrees(best.speaker, kind) ||
		best.speaker.typ != TypePerson && (best.speaker.typ != TypeConcept || best.speaker.weakType) {
		// a person, or a description of one ("the chief aide … he said")
		return nil
	}
	for s := best.sj; s <= si; s++ {
		for _, c := range d.candidatesIn(s, pos) {
			if c.ent != best.speaker && c.ent.typ == TypePerson && d.agrees(c.ent, kind) && c.start > best.content[1] &&
				d.isSubjectAt(s, c.end) && !d.isQuotedAt(s, c.start) && !d.reportedSubjectAt(s, c.start) {
				return nil // "Howard spoke. Blair was in Brussels. He said": Blair took the stage
			}
		}
	}
	return best.speaker
}

// reportedInside reports whether statement st's cue hangs in the tree below
// another speaker's cue, inside that speaker's words: a report within a
// report ("Kirkwood said that when Mr Johnson had announced …").
func (d *docState) reportedInside(st pendingStatement) bool {
	s, v, ok := d.cueVerb(st)
	if !ok || d.quoted[s.index][v] {
		return false
	}
	for _, o := range d.pendingSts {
		if o.speaker == nil || o.speaker == st.speaker || o.si != st.si {
			continue
		}
		if os, ov, ok := d.cueVerb(o); ok && os == s && ov != v && !d.quoted[s.index][ov] && s.tree.dominates(ov, v) &&
			o.content[0] <= s.toks[v].start && s.toks[v].end <= o.content[1] {
			return true
		}
	}
	return false
}

// candidatesIn lists the mentions of sentence s that start before byte pos, in
// reading order, one per entity (its first mention there).
func (d *docState) candidatesIn(s, pos int) []mentionLog {
	sent := d.sents[s]
	bucket := 0
	if d.table.sentOf != nil {
		bucket = s
	}
	if bucket >= len(d.table.log) {
		return nil
	}
	var out []mentionLog
	seen := map[*docEntity]bool{}
	for _, c := range d.table.log[bucket] {
		if c.start < sent.start || c.start >= sent.end || c.start >= pos || seen[c.ent] || d.roleOfPerson(s, c) {
			continue
		}
		seen[c.ent] = true
		out = append(out, c)
	}
	return out
}

// roleOfPerson reports whether mention c is a description in apposition to a
// named person ("Elain Gallin, program director for medical research, …"):
// the person is the one a later "she" means, not the title.
func (d *docState) roleOfPerson(s int, c mentionLog) bool {
	if c.ent == nil || c.ent.typ != TypeConcept {
		return false
	}
	sent := d.sents[s]
	t := sent.tree
	if t == nil {
		return false
	}
	for k, tk := range sent.toks {
		if tk.start < c.start || tk.end > c.end || k >= len(t.rel) || t.rel[k] != "appos" || t.head[k] < 0 {
			continue
		}
		if m := d.mentionAt(s, t.head[k]); m != nil && m.ent != nil && m.ent.typ == TypePerson {
			return true
		}
	}
	return false
}

// ranked orders the candidates of sentence s before byte pos by salience:
// subjects first, then the rest, then names cited as a source ("according to
// X"). The rest go left to right (an object before the phrases after it), but
// for a person in the pronoun's own sentence the nearest comes first: "returned
// by Montalvo shortly after he left".
func (d *docState) ranked(s, pos int, nearestFirst bool) []mentionLog {
	cands := d.candidatesIn(s, pos)
	var subj, rest, front, cited []mentionLog
	fronted := d.frontedClauseEnd(s)
	own := d.sentenceAt(pos) == s
	for _, c := range cands {
		switch {
		case d.citedAt(s, c.start):
			cited = append(cited, c)
		case c.start < fronted:
			// "Though the Velo Group removed it, other sites … they": what a fronted
			// clause names comes after what the main clause names.
			front = append(front, c)
		case d.isSubjectAt(s, c.end) && !d.prepositionalAt(s, c.start, c.end, own):
			subj = append(subj, c)
		default:
			rest = append(rest, c)
		}
	}
	if nearestFirst {
		for i, j := 0, len(rest)-1; i < j; i, j = i+1, j-1 {
			rest[i], rest[j] = rest[j], rest[i]
		}
	}
	return append(append(append(subj, rest...), front...), cited...)
}

// clauseMates returns the entities named as the other arguments of the
// predicate whose subject or object the pronoun at token k is, and of the
// verbs coordinated with it that share its subject: in "he returned and
// cooperated with Moxon" he is not Moxon — English would say himself.
func (d *docState) clauseMates(si, k int) map[*docEntity]bool {
	t := d.sents[si].tree
	if t == nil || k >= len(t.head) || t.head[k] < 0 {
		return nil
	}
	switch t.base(k) {
	case "nsubj", "obj", "iobj", "obl":
	default:
		return nil
	}
	p := t.head[k]
	preds := []int{p}
	if t.base(k) == "nsubj" {
		for _, c := range t.children(p, "conj") {
			if t.child(c, "nsubj") < 0 {
				preds = append(preds, c)
			}
		}
	}
	var mates map[*docEntity]bool
	for _, p := range preds {
		for _, c := range t.kids[p] {
			switch t.base(c) {
			case "nsubj", "obj", "iobj", "obl":
			default:
				continue
			}
			if c == k {
				continue
			}
			if m := d.mentionAt(si, c); m != nil && m.ent != nil {
				if mates == nil {
					mates = map[*docEntity]bool{}
				}
				mates[m.ent] = true
			}
		}
	}
	return mates
}

// describedSubject reports whether token sub is the head of a definite
// description of a person ("the home secretary") that was resolved to the
// named person e: "The home secretary said he wanted …" is about e.
func (d *docState) describedSubject(si, sub int, e *docEntity) bool {
	return sub >= 0 && e != nil && e.typ == TypePerson && d.mentionAt(si, sub) == nil && d.describedEntity(si, sub) == e
}

// reporterOf returns the subject of the reporting verb whose complement clause
// the pronoun at token k is the subject of ("X said they …") and its token, or
// nil and -1.
func (d *docState) reporterOf(si, k int) (*docEntity, int) {
	t := d.sents[si].tree
	if t == nil || k >= len(t.head) || t.head[k] < 0 || t.base(k) != "nsubj" && t.base(k) != "nsubj:pass" {
		return nil, -1
	}
	p := t.head[k]
	if t.base(p) != "ccomp" || t.head[p] < 0 || t.head[p] > k {
		return nil, -1
	}
	v := t.head[p]
	if !d.x.lx.cues[d.x.lx.verbLemma(d.sents[si].toks[v].lower)] {
		return nil, -1
	}
	sub := t.child(v, "nsubj")
	if e := d.argEntity(si, sub, d.sents[si].toks[k].start); e != nil || sub < 0 {
		return e, sub
	}
	return d.describedEntity(si, sub), sub
}

// describedEntity resolves a definite description at token h ("the home
// secretary", "the company") as nameArg does, or nil.
func (d *docState) describedEntity(si, h int) *docEntity {
	t, toks := d.sents[si].tree, d.sents[si].toks
	i := h
	for _, c := range t.kids[h] {
		if c < i && (t.base(c) == "det" || t.base(c) == "amod" || t.base(c) == "compound") {
			i = c
		}
	}
	if i == h || toks[i].lower != "the" {
		return nil
	}
	if d.x.lx.titles[toks[h].lower] || orgNouns[toks[h].lower] {
		if e := d.roleHolder(si, i, h); e != nil {
			return e
		}
	}
	return d.describedLastSubject(si, i, h, h)
}

// argEntity returns the entity named at token a of sentence si (a name, or
// a phrase the rules or noteNounPhrases registered before byte pos), or nil.
func (d *docState) argEntity(si, a, pos int) *docEntity {
	if a < 0 {
		return nil
	}
	if m := d.mentionAt(si, a); m != nil && m.ent != nil {
		return m.ent
	}
	at := d.sents[si].toks[a]
	for _, c := range d.candidatesIn(si, pos) {
		if c.start <= at.start && at.start < c.end || c.start < at.end && at.end <= c.end {
			return c.ent
		}
	}
	return nil
}

// reflexiveBinder returns the named subject of the predicate a reflexive
// pronoun at token k is an argument of, or nil.
func (d *docState) reflexiveBinder(si, k int) *docEntity {
	t := d.sents[si].tree
	if t == nil || k >= len(t.head) || t.head[k] < 0 {
		return nil
	}
	// a name, or a subject the clause rules named (a concept, or a name only they found)
	return d.argEntity(si, t.child(t.head[k], "nsubj"), d.sents[si].toks[k].start)
}

// appositiveName returns the named entity in apposition after a phrase that
// ends at byte end of sentence s — "Paris's father, Albert Jaquier,", "the
// secretary general of CEI (Italian Episcopal Conference), Nunzio Galantino," —
// or nil. The name must close the apposition (a comma, a verb or the end of the
// sentence follows): "the company, Hidroel and Corvia" is a list, not one thing.
func (d *docState) appositiveName(s, end int) *docEntity {
	toks := d.sents[s].toks
	k := 0
	for k < len(toks) && toks[k].start < end {
		k++
	}
	if k < len(toks) && toks[k].text == "(" {
		for k < len(toks) && toks[k].text != ")" {
			k++
		}
		k++
	}
	if k+1 >= len(toks) || toks[k].text != "," {
		return nil
	}
	m := d.mentionAt(s, k+1)
	if m == nil || m.ent == nil || m.first != k+1 || m.ent.typ == TypeConcept {
		return nil
	}
	if n := m.last + 1; n < len(toks) && toks[n].text != "," && toks[n].tag != "." && !strings.HasPrefix(toks[n].tag, "VB") && toks[n].tag != "MD" {
		return nil
	}
	return m.ent
}

// citedAt reports whether the mention starting at byte start of sentence s
// follows "according to": a source, not what the sentence is about.
func (d *docState) citedAt(s, start int) bool {
	toks := d.sents[s].toks
	for k := 2; k < len(toks); k++ {
		if toks[k].start == start {
			return toks[k-1].lower == "to" && toks[k-2].lower == "according"
		}
	}
	return false
}

// noteNounPhrases registers the common noun phrases of sentence si before token
// k as concepts, so that a pronoun can point back to one before the sentence's
// relations are read ("a teacher thought it resembled a bomb": it is the clock).
func (d *docState) noteNounPhrases(si, k int) {
	toks, q := d.sents[si].toks, d.quoted[si]
	for i := 0; i < k; i++ {
		if d.mentionAt(si, i) != nil {
			continue
		}
		j := nounPhraseAt(toks, i, q)
		if j < i || j >= k {
			continue
		}
		if !toks[j].isNoun() || toks[j].isProper() || d.mentionAt(si, j) != nil {
			i = j
			continue
		}
		a := i
		for a < j && (toks[a].tag == "DT" || toks[a].tag == "PDT" || toks[a].tag == "PRP$") {
			a++
		}
		for p := a; p < j; p++ {
			if toks[p].tag == "POS" {
				a = p + 1 // "the boy's digital clock": the clock
			}
		}
		if name := d.sents[si].textOf(toks[a].start, toks[j].end); len(name) >= 3 {
			d.table.add(&mention{surface: name, typ: TypeConcept, start: toks[a].start, end: toks[j].end})
		}
		i = j
	}
}

// adjectiveEndsAt reports whether the word of sentence s ending at byte end
// is an adjective: a predicate ("were cautious"), never what "it" takes up.
func (d *docState) adjectiveEndsAt(s, end int) bool {
	for _, tk := range d.sents[s].toks {
		if tk.end == end {
			return strings.HasPrefix(tk.tag, "JJ")
		}
	}
	return false
}

// isSubjectAt reports whether the mention ending at byte end of sentence s is
// followed by a finite verb (an adverb or an apposition between): a subject.
func (d *docState) isSubjectAt(s, end int) bool {
	return d.subjectVerb(s, end) >= 0
}

// subjectVerb returns the finite verb (or modal) that the mention ending at
// byte end of sentence s is the subject of, or -1 (see isSubjectAt).
func (d *docState) subjectVerb(s, end int) int {
	toks := d.sents[s].toks
	k := 0
	for k < len(toks) && toks[k].start < end {
		k++
	}
	if k < len(toks) && toks[k].text == "," {
		// "Paris, who …, said" / "Petrov, the foreign minister, said": skip to the next comma.
		for k++; k < len(toks) && toks[k].text != ","; k++ {
		}
		k++
	}
	if k+1 < len(toks) && (toks[k].lower == "such" && toks[k+1].lower == "as" || toks[k].lower == "including") {
		// "other sites such as Gawker.com have stated": the examples belong to the subject
		for k += 1 + boolInt(toks[k].lower == "such"); k < len(toks) && (toks[k].isNoun() || toks[k].tag == "CC" || toks[k].text == ","); k++ {
		}
	}
	for k < len(toks) && toks[k].tag == "RB" {
		k++
	}
	if k >= len(toks) {
		return -1
	}
	switch toks[k].tag {
	case "VBD", "VBZ", "VBP", "MD":
		return k
	}
	return -1
}

// isQuotedAt reports whether byte offset off of sentence s is inside someone's
// quoted words. A short quotation is a name in quotation marks ("The
// Katherinator"), not speech, and does not count.
func (d *docState) isQuotedAt(s, off int) bool {
	q := d.quoted[s]
	for k, t := range d.sents[s].toks {
		if t.start <= off && off < t.end {
			if !q[k] {
				return false
			}
			a, b := k, k
			for a > 0 && q[a-1] {
				a--
			}
			for b+1 < len(q) && q[b+1] {
				b++
			}
			return b-a+1 > 6
		}
	}
	return false
}

// agrees reports whether entity e can be what a pronoun of kind k refers to.
func (d *docState) agrees(e *docEntity, k pronounKind) bool {
	switch k {
	case pronMale, pronFemale:
		if e.typ == TypeConcept && !e.weakType {
			g, ok := personHeads[lastWord(e.name)]
			if e.gender != genderUnknown && e.gender != genderEither {
				g = e.gender // "The singer … He kept Madonna …, as she earned": the singer is he now
			}
			return ok && !d.pluralConcept(e) && (g == genderEither || g == genderMale && k == pronMale || g == genderFemale && k == pronFemale)
		}
		if e.typ != TypePerson && !(e.typ == TypeConcept && e.weakType && !e.thing && !d.orgLooking(e.name)) {
			// a name nothing types yet ("Katherinator") may be a person, unless
			// it was "it" or is spelt like a body's ("BBC Radio 4")
			return false
		}
		want := genderMale
		if k == pronFemale {
			want = genderFemale
		}
		return e.gender == genderUnknown || e.gender == genderEither || e.gender == want
	case pronThing:
		switch e.typ {
		case TypePerson:
			// a person is never "it"; a name only guessed a person that is
			// spelt like a company's ("Mitsubishi Motors said it …") is a body,
			// and is retyped so
			return e.weakType && e.gender == genderUnknown && !d.titled(e) && d.orgLooking(e.name)
		case TypeNORP:
			return false
		case TypeConcept:
			_, personal := personHeads[lastWord(e.name)]
			return !d.pluralConcept(e) && !personal && !d.isRoleNoun(e.name) && !d.x.lx.pronouns[strings.ToLower(e.name)] && (e.weakType || !d.temporal(e.name))
		}
		return true
	case pronPlural:
		switch e.typ {
		case TypeNORP, TypeOrg:
			return true
		case TypeLoc:
			// "While the Museum of Flight was in the running, NASA did not choose
			// them": an institution is its people too.
			return institutionHeads[lastWord(strings.ToLower(e.name))] || strings.HasPrefix(strings.ToLower(e.name), "museum ")
		case TypeConcept:
			return (d.pluralConcept(e) || collectiveNouns[lastWord(e.name)] || nameGroup(e)) && !d.temporal(e.name)
		}
	}
	return false
}

// orgLooking reports whether a name is spelt like a company's rather than a
// person's: a digit, an acronym or an inner capital (productLike), an "&", a
// country or region in it ("France Telecom"; a city may be a surname too) or an
// ordinary word after its first ("Mitsubishi Motors", "MG Rover").
func (d *docState) orgLooking(name string) bool {
	if productLike(name) || strings.Contains(name, "&") {
		return true
	}
	for i, w := range strings.Fields(strings.ToLower(name)) {
		if d.x.isPlaceWord(w) || i > 0 && d.x.lx.words[w] && d.x.lx.given[w] == 0 {
			return true
		}
	}
	return false
}

// titled reports whether an entity was ever named with an honorific or a
// title ("Mr Raskin", "Chief Executive Jean-Pierre Garnier"): a person.
func (d *docState) titled(e *docEntity) bool {
	for r := range e.roles {
		if w := lastWord(r); d.x.lx.titles[w] && !orgNouns[w] {
			return true // "Petrov, the foreign minister" ("MG Rover, the company" is no title)
		}
	}
	for a := range e.aliases {
		if f, _, ok := strings.Cut(a, " "); ok && (d.x.lx.honorifics[strings.ToLower(strings.TrimSuffix(f, "."))] != 0 || d.x.lx.titles[strings.ToLower(f)]) {
			return true
		}
	}
	return false
}

// temporal reports whether a phrase names a time ("September 14", "two years"),
// which pronouns do not point back to.
func (d *docState) temporal(name string) bool {
	words := strings.Fields(strings.ToLower(name))
	for i, w := range words {
		if d.x.lx.months[w] || temporalWords[w] || seasons[w] || w[0] >= '0' && w[0] <= '9' {
			// a time or an amount ("2011", "50,000", "pounds 500m"); "IE6 users" are people
			return true
		}
		// A count is no thing ("one of the most successful", "the two"), but a
		// count of things is: "many people", "three newer versions".
		if numberWords[w] && (i == len(words)-1 || words[i+1] == "of") {
			return true
		}
	}
	return false
}

// institutionHeads end the names of places that are bodies of people too.
var institutionHeads = set(`museum university college school hospital library institute academy gallery zoo`)

// seasons say when, like temporalWords: "this summer".
var seasons = set(`summer autumn winter`)

// collectiveNouns are singular nouns for groups that "they" can refer to: "The
// team arrived … They were denied visas".
var collectiveNouns = set(`team squad crew family couple pair duo trio band group staff delegation police
	crowd audience jury panel committee`)

// numberWords stand for a count, not a thing: "one of the most successful".
var numberWords = set(`one two three four five six seven eight nine ten dozen hundred thousand million billion
	some many several few all both each none most half`)

// personHeads are nouns that name a person, with the gender they tell: a
// concept headed by one ("the pregnant woman", "a defector") can be he or she.
var personHeads = func() map[string]byte {
	m := map[string]byte{}
	for _, w := range strings.Fields(`man boy father husband son brother uncle nephew grandfather
		king prince spokesman chairman businessman congressman policeman actor`) {
		m[w] = genderMale
	}
	for _, w := range strings.Fields(`woman girl mother mum mom wife daughter sister aunt niece
		grandmother widow queen princess spokeswoman chairwoman businesswoman actress`) {
		m[w] = genderFemale
	}
	for _, w := range strings.Fields(`person child teenager defector poster author teacher student
		doctor nurse worker driver player resident victim suspect officer soldier pilot
		astronaut scientist researcher expert lawyer attorney judge witness activist journalist
		reporter photographer writer artist singer owner founder designer developer minister
		president leader official spokesperson director manager executive professor
		candidate voter fan refugee pilgrim detective politician mp senator governor mayor
		aide adviser advisor ally secretary chancellor envoy ambassador diplomat negotiator
		prosecutor commissioner inspector economist analyst boss coach captain striker goalkeeper`) {
		m[w] = genderEither
	}
	return m
}()

// peopleNouns are more nouns for people, which news uses in the plural for
// those who say and decide ("Opponents say …", "delegates insisted"). A
// singular one is seldom a he or she to come back to, so personHeads leaves
// them out.
var peopleNouns = set(`delegate opponent critic pundit campaigner protester protestor demonstrator
	supporter citizen member analyst economist investor shareholder consumer customer user
	patient parent pupil teacher employee farmer observer lawmaker legislator councillor
	councilor troop rebel militant insurgent fighter organiser organizer boss colleague adult
	applicant immigrant migrant participant tenant passenger traveller traveler viewer reader
	listener buyer seller shopper landlord commuter motorist side`)

// pluralConcept reports whether a concept's head noun is plural ("plans", "people").
func (d *docState) pluralConcept(e *docEntity) bool {
	w := lastWord(e.name)
	if w == "people" || w == "police" || strings.HasSuffix(w, "children") || strings.HasSuffix(w, "men") && !strings.HasSuffix(w, "omen") || strings.HasSuffix(w, "women") {
		return true
	}
	return strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "news") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is")
}

// isRoleNoun reports whether a phrase names a role ("the prime minister", "a teacher").
func (d *docState) isRoleNoun(name string) bool {
	w := lastWord(name)
	return d.x.lx.titles[w] || d.x.lx.personNouns[w] || strings.HasSuffix(w, "er") && d.x.lx.orgRoles[w]
}

// indefinitePersons are the words for someone not named.
var indefinitePersons = set(`someone somebody anyone anybody everyone everybody nobody`)

// boundByIndefinite reports whether pronoun k sits in a relative clause on an
// indefinite person — "someone who claimed that he had lost …" — which the
// pronoun then stands for.
func (d *docState) boundByIndefinite(si, k int) bool {
	t, toks := d.sents[si].tree, d.sents[si].toks
	if t == nil {
		return false
	}
	for v, steps := t.head[k], 0; v >= 0 && steps < 8; v, steps = t.head[v], steps+1 {
		if t.rel[v] != "acl:relcl" {
			continue
		}
		n := t.head[v]
		if n < 0 {
			return false
		}
		// ("a spokesman who said he was resting" is about someone else)
		return indefinitePersons[toks[n].lower]
	}
	return false
}

// cataphor resolves a pronoun inside a fronted clause to the subject that
// follows it: "Asked whether he would stand, Mr Howard said …" — the he is
// Howard, not whoever the previous sentence was about.
func (d *docState) cataphor(si, k int, kind pronounKind) *docEntity {
	toks := d.sents[si].toks
	if len(toks) == 0 {
		return nil
	}
	f := 0
	if toks[0].tag == "IN" && !fronting[toks[0].lower] {
		// "In November, when he surprised MPs …, Mr Johnson said": a short
		// phrase of time or place before the fronted clause
		for i := 1; i < len(toks)-1 && i <= 5; i++ {
			if toks[i].text == "," {
				if fronting[toks[i+1].lower] {
					f = i + 1
				}
				break
			}
		}
	}
	if !fronting[toks[f].lower] && toks[f].tag != "VBN" && toks[f].tag != "VBG" {
		return nil
	}
	if k < f {
		return nil
	}
	comma := -1
	for i := f + 1; i < len(toks); i++ {
		if toks[i].text == "," {
			comma = i
			break
		}
	}
	if comma < 0 || k > comma {
		return nil
	}
	for i := range d.mentions[si] {
		m := &d.mentions[si][i]
		if m.first <= comma || m.ent == nil {
			continue
		}
		if m.first > comma+2 { // the subject comes straight after the comma
			return nil
		}
		if !d.cataphorSubject(si, m) {
			// "When she took part in the race she shared the driving with her
			// partner, Trevor, who …": the first comma was not the fronted
			// clause's end, and the name after it is no subject
			return nil
		}
		if d.agrees(m.ent, kind) {
			return m.ent
		}
		return nil
	}
	return nil
}

// frontedClauseEnd returns the byte offset where the fronted subordinate clause
// opening sentence s ends ("Though YouTube removed the video, …"), or 0.
func (d *docState) frontedClauseEnd(s int) int {
	toks := d.sents[s].toks
	if len(toks) == 0 || !fronting[toks[0].lower] || toks[0].lower == "asked" || toks[0].lower == "speaking" {
		return 0
	}
	for i := 1; i < len(toks); i++ {
		if toks[i].text == "," {
			return toks[i].start
		}
	}
	return 0
}

// fronting words open a clause that comes before its sentence's subject.
var fronting = set(`asked after before when while although though if as since despite unless once speaking with`)

// relativeAntecedent resolves "who" and "which" to the name right before them
// ("Ivan Petrov, who …", "Crimea, which …").
func (d *docState) relativeAntecedent(si, k int) *docEntity {
	toks := d.sents[si].toks
	w := toks[k].lower
	for i := len(d.mentions[si]) - 1; i >= 0; i-- {
		m := d.mentions[si][i]
		if m.last >= k || m.ent == nil || d.quoted[si][m.first] {
			continue
		}
		if !(m.last == k-1 || m.last == k-2 && toks[k-1].text == ",") {
			return nil
		}
		if (w == "which") == (m.ent.typ == TypePerson) {
			return nil
		}
		return m.ent
	}
	return nil
}

// roleHolder resolves a role noun ("the prime minister", "the Tory leader",
// "the company") to the entity the document named in that role — the most
// recently mentioned one if several; nil when nobody was, and the phrase stays
// a role. "The company" may also be the one organisation of the last few
// sentences: the most recent compatible one, when there is no doubt which.
func (d *docState) roleHolder(si, i, j int) *docEntity {
	toks := d.sents[si].toks
	lx := d.x.lx
	var words []string
	of := "" // "the Tory leader": the leader of the Conservatives
	for k := i; k <= j; k++ {
		w := toks[k].lower
		if toks[k].tag == "DT" || toks[k].tag == "PRP$" {
			continue
		}
		if canon, ok := lx.orgs[w]; ok && k < j {
			of = canon
			continue
		}
		if canon, ok := lx.demonyms[w]; ok && k < j {
			of = canon
			continue
		}
		words = append(words, w)
	}
	if len(words) == 0 {
		return nil
	}
	role := strings.Join(words, " ")
	head := toks[j].lower
	orgRole := orgNouns[head] && !lx.titles[head]
	if orgRole {
		for k := max(i, 1); k <= j; k++ {
			if _, dem := lx.demonyms[toks[k].lower]; toks[k].isCap() && toks[k].tag != "DT" && !dem {
				// "the Federal Natural Resources Agency", "the Interfax news agency":
				// a name, or a description that names its organisation, is no
				// stand-in for the company last mentioned
				return nil
			}
		}
	}
	// "The foreign minister, Ivan Petrov, …", "The secretary general of CEI,
	// Nunzio Galantino, …": the name in apposition holds the role.
	after := j + 1
	if after < len(toks) && toks[after].lower == "of" {
		// the of-phrase that completes the role: a name or a short noun phrase
		for after++; after < len(toks) && after <= j+6 && (toks[after].isNoun() || toks[after].tag == "DT" || toks[after].tag == "JJ"); after++ {
		}
	}
	if after < len(toks) {
		if e := d.appositiveName(si, toks[after].start); e != nil && (e.typ == TypePerson) != orgRole {
			return e
		}
	}
	pos := toks[i].start
	var recentOrgs []*docEntity
	for s := si; s >= 0 && si-s <= lookBack(pronMale); s-- {
		cands := d.candidatesIn(s, pos)
		for c := len(cands) - 1; c >= 0; c-- {
			e := cands[c].ent
			if orgRole {
				// a one-word name nothing typed may be the company ("Siemens
				// showed off a system. The German company said …"); a name of
				// several words nothing typed is as often a person's
				guessed := e.weakType && (e.typ == TypePerson || e.typ == TypeConcept) && !strings.ContainsAny(e.name, " /0123456789") &&
					lx.given[strings.ToLower(e.name)] == 0 && e.gender == genderUnknown
				if e.typ != TypeOrg && !guessed {
					continue
				}
				if _, ok := e.roles[role]; ok {
					return e // "Hidroel, the state energy company, …": the company
				}
				if si-s <= 2 && (len(recentOrgs) == 0 || recentOrgs[len(recentOrgs)-1] != e) {
					recentOrgs = append(recentOrgs, e)
				}
				continue
			}
			if e.typ != TypePerson {
				continue
			}
			for r, rOf := range e.roles {
				if roleMatches(strings.ToLower(r), role) && (of == "" || rOf == of || strings.Contains(strings.ToLower(r), strings.ToLower(of))) {
					return e
				}
			}
		}
	}
	if orgRole && len(recentOrgs) > 0 {
		for _, e := range recentOrgs[1:] {
			if e != recentOrgs[0] {
				return nil // two organisations in play: "the company" could be either
			}
		}
		return recentOrgs[0]
	}
	return nil
}

// roleMatches reports whether a title a person holds ("Foreign Minister",
// "Tory leader") is the role a noun phrase names ("foreign minister", "leader").
func roleMatches(held, role string) bool {
	held = strings.TrimSuffix(strings.TrimSuffix(held, "."), ",")
	if held == role {
		return true
	}
	before, ok := strings.CutSuffix(held, " "+role)
	if !ok || strings.Contains(role, " ") {
		return false
	}
	// "shadow chancellor", "deputy leader", "former manager": a shadow, a
	// deputy or a predecessor does not hold the role "the chancellor" names
	f := strings.Fields(before)
	return len(f) == 0 || !notTheRole[f[len(f)-1]]
}

// notTheRole are words before a title that make its holder someone other
// than the one the bare title names.
var notTheRole = set(`shadow deputy vice assistant former ex ex- junior under acting joint`)

// appositiveRoles records the roles an apposition gives a name: "Ivan Petrov,
// the foreign minister," and "the foreign minister, Ivan Petrov," both make
// Petrov the foreign minister, so that later "the foreign minister" is him.
func (d *docState) appositiveRoles(si int) {
	toks := d.sents[si].toks
	for _, m := range d.mentions[si] {
		if m.ent != nil && m.ent.typ == TypeOrg && m.last+2 < len(toks) && toks[m.last+1].text == "," && (toks[m.last+2].lower == "the" || toks[m.last+2].lower == "a") {
			// "Hidroel, the state energy company,": later "the company" is Hidroel.
			if h := phraseHead(toks, m.last+3); orgNouns[h] {
				m.ent.roles[h] = ""
			}
		}
		if m.ent == nil || m.ent.typ != TypePerson {
			continue
		}
		// after: "Petrov, the foreign minister," — in apposition, not the
		// subject of the clause a fronted phrase ends in ("Speaking on Radio
		// Bergen, the mayor criticised …")
		if k := m.last + 1; k+2 < len(toks) && toks[k].text == "," && toks[k+1].lower == "the" && d.apposedTo(si, m.first, m.last, k+2) {
			if role := d.roleWords(toks, k+2); role != "" {
				m.ent.roles[role] = ""
			}
		}
		// before, in lower case: "Tory leader Michael Howard", "Labour MP Ann Clwyd".
		if k := m.first - 1; k >= 0 && !toks[k].isCap() && d.x.lx.titles[toks[k].lower] {
			b := k
			for b > 0 && !toks[b-1].isCap() && (d.x.lx.titles[toks[b-1].lower] || notTheRole[toks[b-1].lower]) {
				b-- // (with "shadow", "deputy": "shadow chancellor Oliver Letwin" is no chancellor)
			}
			var w []string
			for t := b; t <= k; t++ {
				w = append(w, toks[t].lower)
			}
			of := ""
			if b > 0 {
				if om := d.mentionAt(si, b-1); om != nil && om.ent != nil && (om.ent.typ == TypeOrg || om.ent.typ == TypeGPE) {
					of = om.ent.name
				}
			}
			m.ent.roles[strings.Join(w, " ")] = of
		}
		// before: "The foreign minister, Ivan Petrov,"
		if k := m.first - 1; k >= 2 && toks[k].text == "," {
			e := k - 1
			b := e
			for b > 0 && !toks[b].isCap() && toks[b].tag != "DT" && (toks[b].isNoun() || toks[b].tag == "JJ") {
				b--
			}
			if toks[b].lower == "the" && b < e && d.x.lx.titles[toks[e].lower] {
				var w []string
				for t := b + 1; t <= e; t++ {
					w = append(w, toks[t].lower)
				}
				m.ent.roles[strings.Join(w, " ")] = ""
			}
		}
	}
}

// apposedTo reports whether the phrase opening at token from hangs on the
// name at tokens first..last as an apposition, by the tree (without one, by
// the commas alone: true).
func (d *docState) apposedTo(si, first, last, from int) bool {
	t := d.sents[si].tree
	if t == nil {
		return true
	}
	for k := from; k < len(t.rel) && k <= from+6; k++ {
		if h := t.head[k]; (t.rel[k] == "appos" || t.rel[k] == "parataxis") && h >= first && h <= last {
			return true
		}
	}
	return false
}

// roleWords reads a lower-case title phrase starting at token k ("foreign
// minister", "company's chief executive") up to its head title word.
func (d *docState) roleWords(toks []token, k int) string {
	var w []string
	for ; k < len(toks) && len(w) < 4; k++ {
		t := toks[k]
		if t.isCap() || !(t.isNoun() || t.tag == "JJ") {
			break
		}
		w = append(w, t.lower)
	}
	if len(w) == 0 || !d.x.lx.titles[w[len(w)-1]] {
		return ""
	}
	return strings.Join(w, " ")
}

// firstOf returns the first token of the subtree at k.
func firstOf(t *tree, k int) int {
	lo, _ := t.span(k, nil)
	return lo
}

// expletive reports whether "it" at token k is a dummy subject: "it is time to
// …", "it seems that …", "it is likely that …".
func (d *docState) expletive(si, k int) bool {
	toks := d.sents[si].toks
	if t := d.sents[si].tree; t != nil && k < len(t.head) {
		// "it was critical for a party to have credibility": the clause the
		// predicate adjective or noun governs after it is what "it" stands for
		if h := t.head[k]; h > k && t.upos[h] == "NOUN" && t.child(h, "cop") >= 0 && (toks[h].lower == "time" || toks[h].lower == "times") {
			return true // "it is the first time the Air Force will attend": the occasion, no thing
		}
		if h := t.head[k]; h > k && (t.upos[h] == "NOUN" || t.upos[h] == "PROPN") && t.child(h, "cop") >= 0 {
			// a cleft: "it was Wales who finished the game", "it's the box office
			// that determines …" — the clause after the noun says what is meant
			for _, c := range t.kids[h] {
				if c > h && (t.rel[c] == "acl:relcl" || t.base(c) == "acl") {
					if w := toks[firstOf(t, c)].lower; w == "who" || w == "that" || w == "which" {
						return true
					}
				}
			}
		}
		if h := t.head[k]; h > k && (t.upos[h] == "ADJ" || t.upos[h] == "NOUN") && t.child(h, "cop") >= 0 {
			for _, c := range t.kids[h] {
				if c <= h {
					continue
				}
				if t.base(c) == "obl" && d.caseOf(si, c) == "for" {
					if x := t.child(c, "acl"); x >= 0 {
						c = x // "critical for a party to have …", the infinitive hung on its subject
					}
				}
				switch t.base(c) {
				case "csubj", "ccomp", "xcomp", "advcl", "acl":
					if m := t.child(c, "mark"); m >= 0 && (toks[m].lower == "to" || toks[m].lower == "that" || toks[m].lower == "whether") {
						return true
					}
				}
			}
		}
	}
	j := k + 1
	for j < len(toks) && (toks[j].tag == "RB" || toks[j].tag == "MD") {
		j++
	}
	if j >= len(toks) {
		return false
	}
	switch d.x.lx.lemmatize(toks[j].lower, false) {
	case "seem", "appear", "happen", "matter", "rain", "snow":
		return true
	case "be":
	default:
		return false
	}
	if j+1 < len(toks) && (toks[j+1].lower == "time" || toks[j+1].lower == "possible" || toks[j+1].lower == "clear" || toks[j+1].lower == "unclear" || toks[j+1].lower == "likely" || toks[j+1].lower == "unlikely" || toks[j+1].lower == "important" || toks[j+1].lower == "necessary") {
		return true
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

// cataphorSubject reports whether name m, met right after the comma that
// seems to close a fronted clause, is the subject of the main clause — the
// tree takes a token of it for a subject, or a finite verb follows it. A name
// in apposition or an object after a comma inside the clause ("… with her
// partner, Trevor, who …") is not whom the fronted pronoun anticipates.
func (d *docState) cataphorSubject(si int, m *mention) bool {
	if t := d.sents[si].tree; t != nil {
		for k := m.first; k <= m.last && k < len(t.rel); k++ {
			if b := t.base(k); b == "nsubj" {
				return true
			}
		}
	}
	return d.isSubjectAt(si, d.sents[si].toks[m.last].end)
}

// determinedNominalAt reports whether the word of sentence s ending at byte end,
// though tagged an adjective, is used as a noun: the tree makes it a subject
// or an object and an article opens it — "The single was released in the US
// … It went on to win Grammys": it is the single, not the US.
func (d *docState) determinedNominalAt(s, end int) bool {
	t, toks := d.sents[s].tree, d.sents[s].toks
	if t == nil {
		return false
	}
	for k, tk := range toks {
		if tk.end != end || k >= len(t.rel) {
			continue
		}
		switch t.base(k) {
		case "nsubj", "obj":
		default:
			return false
		}
		// the article right before it (the parse may hang it elsewhere)
		return k > 0 && (toks[k-1].lower == "the" || toks[k-1].lower == "a" || toks[k-1].lower == "an")
	}
	return false
}

// prepositionalAt reports whether the mention at bytes [start, end) of
// sentence s is the object of a preposition ("the deal with Peugeot gives
// it …"): a finite verb may follow it, but the subject is the noun the
// phrase belongs to, and the name is no more salient than any other. own says
// the sentence is the pronoun's own.
func (d *docState) prepositionalAt(s, start, end int, own bool) bool {
	t, toks := d.sents[s].tree, d.sents[s].toks
	if t == nil {
		return false
	}
	for k, tk := range toks {
		if tk.start < start || tk.end > end || k >= len(t.head) {
			continue
		}
		if h := t.head[k]; h >= 0 && toks[h].start >= start && toks[h].end <= end {
			continue // not the head of the name
		}
		for _, c := range t.kids[k] {
			if t.base(c) != "case" || toks[c].tag != "IN" && toks[c].tag != "TO" || c >= k {
				continue
			}
			if own && clauseOpeningPrepositions[toks[c].lower] {
				// "the day after Sir Ian Blair, the commissioner, said he …": the
				// word may open a clause whose subject the name is, and in the
				// pronoun's own sentence that clause may be the one holding it
				return false
			}
			// the preposition opens the name's own phrase ("with Peugeot", "in
			// the US", "after Mr Brown"); one further back ("Chief Secretary to the Treasury Paul
			// Boateng") belongs to a title the parse hung on the name
			j := c + 1
			for j < len(toks) && toks[j].start < start && (toks[j].tag == "DT" || toks[j].tag == "PRP$" || toks[j].tag == "POS" ||
				j+1 < len(toks) && toks[j+1].tag == "POS" || d.x.lx.honorifics[strings.TrimSuffix(toks[j].lower, ".")] != 0) {
				j++ // "after Mr Brown", "in Wednesday's Budget"
			}
			return j < len(toks) && toks[j].start >= start

		}
		return false
	}
	return false
}

// clauseOpeningPrepositions are prepositions that also open a clause ("after Mr Brown had
// delivered the Budget"), whose subject the parse may take for their object.
var clauseOpeningPrepositions = set(`after before since until till as like`)
