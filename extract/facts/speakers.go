package facts

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A speaker is someone, a body or a document: "a spokesman", "the
// government", "the report". The mention machinery types a common noun
// phrase CONCEPT; once it speaks, its head noun says which of the three it
// is. A common noun that is none of them ("the move", "the election") stands
// for nobody; such statements keep their concept for now (see typeSpeakers).

// speakerPersonNouns head phrases naming people: "a Labour spokesman",
// "critics", "one of her colleagues".
var speakerPersonNouns = set(`spokesman spokeswoman spokesperson spokesmen spokeswomen minister chancellor
	secretary leader premier president chairman chairwoman chair mp mps msp msps mep meps peer lord
	lady baroness judge justice critic campaigner activist analyst expert economist official officer
	source insider observer commentator correspondent editor adviser advisor aide ally opponent supporter
	rival candidate voter lawyer barrister solicitor doctor teacher scientist researcher chief executive
	director head boss manager governor mayor senator ambassador envoy commissioner inspector member
	backbencher frontbencher delegate strategist councillor colleague parent pupil student resident
	worker people person man men woman women child children family adult respondent politician speaker
	participant client constable archbishop bishop diplomat negotiator protester protestor demonstrator
	organiser organizer founder whip deputy monarch queen king prince princess cardinal pope prosecutor
	investigator auditor pollster author writer reporter journalist presenter host witness victim
	nurse officer soldier general admiral employee staff owner customer taxpayer consumer shareholder
	boy girl father mother son daughter wife husband brother sister friend neighbour neighbor other others
	crowd audience attendee lawmaker superdelegate millennial percent guy folk fan follower viewer reader
	listener caller donor backer insider outsider elite conservative liberal progressive moderate
	republican democrat independent everyone everybody someone somebody anyone nobody public couple
	athlete sprinter runner player jockey rider driver cyclist swimmer boxer golfer bowler batsman
	cricketer footballer champion winner singer musician artist rapper comedian designer producer
	filmmaker novelist poet chef
	citizen punter fan electorate pensioner patient farmer nominee veteran objector administrator moderator
	incumbent challenger contender delegation trader dealer broker investor banker singer player borrower
	saver shopper passenger driver pilot buyer seller`)

// speakerBodyNouns head phrases naming organisations: "the government",
// "the committee", "police".
var speakerBodyNouns = set(`government party commission committee executive council police union group
	cabinet treasury watchdog alliance opposition court authority charity company firm campaign department
	ministry office agency regulator service board association organisation organization coalition
	movement institute assembly parliament commons senate congress administration regime school university
	newspaper paper broadcaster station network tribunal panel body bank industry team club church
	inquiry chamber council federation confederation lobby think-tank country state town city county
	side house outlet magazine site platform hospital shipyard trust firm employer college journal bloc
	nation`)

// speakerWorkNouns head phrases naming documents and data: "the report",
// "a poll", "figures".
var speakerWorkNouns = set(`report book poll survey study research document data figure statistic letter
	review audit analysis memo finding result statement manifesto guidance bill act law legislation
	leaflet newsletter article editorial website e-mail email missive film poster programme cable note
	transcript ruling verdict judgment judgement estimate forecast projection paper record file census
	index assessment evaluation briefing dossier submission proposal message video account photo photograph
	ad advert advertisement tweet post interview count tally footage page blog column broadcast
	documentary episode lawsuit suit complaint filing petition tape recording email leak quote code
	regulation rule advice warning draft plan strategy motion speech policy spot show message`)

// typeSpeakers gives each concept that speaks the type its head noun says
// (PERSON, ORG or WORK), names a proper name the mention tagger cut short by
// the whole name the article writes ("Downing Street", not "Street"); a
// place without a government that speaks is the office in it.
func (d *docState) typeSpeakers() {
	drop := map[int]bool{}
	for i := range d.pendingSts {
		p := &d.pendingSts[i]
		if e := p.speaker; e != nil && e.typ != TypePerson && p.speakerSpan[1] > p.speakerSpan[0] && !relationOf(d.doc.Text[p.speakerSpan[0]:p.speakerSpan[1]]) {
			// "…," said Treasury Under Secretary John Taylor: the body names
			// where the person who speaks works
			if m := d.personAfterSpan(p.si, p.speakerSpan); m != nil {
				p.speaker, p.speakerSpan = m.ent, [2]int{m.start, m.end}
				continue
			}
			// "…," David Noone from Intervoice said: the parser took the body
			// for the subject; the person before "from" speaks
			if m := d.personBeforeAffiliation(p.si, p.speakerSpan); m != nil {
				p.speaker, p.speakerSpan = m.ent, [2]int{m.start, m.end}
				continue
			}
		}
		if e := p.speaker; e != nil && e.typ == TypeLoc {
			// "Downing Street has confirmed", "the White House said": a place
			// that speaks is the office in it
			e.typ, e.weakType = TypeOrg, false
		}
		if e := p.speaker; e != nil && e.typ == TypeConcept {
			written := ""
			if p.speakerSpan[1] > p.speakerSpan[0] {
				written = d.doc.Text[p.speakerSpan[0]:p.speakerSpan[1]]
			}
			if off := d.trailingTitledName(written); off > 0 {
				// "Realising his error, Mr Campbell": the name the phrase ends in speaks
				name := strings.TrimSpace(written[off:])
				start := p.speakerSpan[0] + off
				p.speaker = d.addOnce(&mention{surface: name, typ: TypePerson, start: start, end: start + len(name)})
				p.speakerSpan[0] = start
				if p.speaker.typ == TypeConcept {
					p.speaker.typ, p.speaker.weakType = TypePerson, false
				}
				continue
			}
			typ, proper := d.speakerType(e.name, written)
			switch {
			case typ == "":
				// "the move signals …", "the election saw …": a noun standing
				// for nobody. Through a verb of speech someone the article does
				// not name spoke ("it says"), and quoted words are always
				// someone's ("“This cannot continue,” the banner read"): unknown.
				// Through any other cue nothing was said: no statement.
				switch {
				case sayCues[d.cueLemma(p.cue)]:
					p.speaker = nil // the words written for the speaker stay: "the headline"
				case p.direct && d.quotesClause(p):
					p.speaker, p.speakerSpan = nil, [2]int{}
					p.conf = min(p.conf, 0.3)
				default:
					drop[i] = true
				}
			case proper && !strings.EqualFold(strings.TrimSpace(written), e.name):
				name, start := strings.TrimSpace(written), p.speakerSpan[0]+len(written)-len(strings.TrimLeft(written, " "))
				for _, det := range []string{"the ", "The ", "a ", "A "} {
					if strings.HasPrefix(name, det) {
						name, start = name[len(det):], start+len(det) // "the RSPCA" is RSPCA
					}
				}
				p.speaker = d.addOnce(&mention{surface: name, typ: typ, start: start, end: start + len(name)})
				if p.speaker.typ == TypeConcept {
					p.speaker.typ, p.speaker.weakType = typ, false
				}
			case !proper && (typ == TypePerson || typ == TypeOrg) && d.commonPhrase(e.name):
				// "a council spokesman", "officials", "the ministry": someone
				// speaks, but the article gives no name
				e.typ, e.weakType = TypeUnnamed, false
			default:
				e.typ, e.weakType = typ, false
			}
		}
	}
	if len(drop) > 0 {
		kept := d.pendingSts[:0]
		for i, p := range d.pendingSts {
			if !drop[i] {
				kept = append(kept, p)
			}
		}
		d.pendingSts = kept
	}
}

// speakerType is the type of a speaker named name and written mention, and
// whether the mention is a proper name; "" when it names no one.
func (d *docState) speakerType(name, mention string) (string, bool) {
	m := strings.ToLower(strings.TrimSpace(mention))
	switch m {
	case "he", "she", "him", "her", "his", "hers":
		return TypePerson, false // a person whatever the noun it took
	}
	if w := strings.TrimSpace(mention); w != "" && !strings.Contains(w, " ") && strings.EqualFold(w, name) {
		if r := []rune(w); unicode.IsUpper(r[0]) && !d.x.lx.words[strings.ToLower(w)] {
			if strings.ToUpper(w) == w {
				return TypeOrg, true // an acronym: "USDAW"
			}
			return TypePerson, true // a name the article uses alone: "Maddow"
		}
		if d.writtenAsName(w) {
			// a word the article always capitalises, also inside sentences:
			// "Nestle said", "Shell added" — a firm's name, since a person
			// named so is introduced by a first name or a title and linked
			return TypeOrg, true
		}
	}
	if proper, typ := d.properSpeaker(mention); proper {
		return typ, true
	}
	if t := d.nounSpeakerType(name); t != "" {
		return t, false
	}
	if m != "" && !d.x.lx.pronouns[m] {
		return d.nounSpeakerType(mention), false
	}
	return "", false
}

// headNoun is the last word of a noun phrase before its "of", "for" or
// "from" phrase ("the Archbishop of Canterbury" → archbishop), without a
// possessive.
func headNoun(phrase string) string {
	words := strings.Fields(strings.ToLower(phrase))
	for i, w := range words {
		if i > 0 && (w == "of" || w == "for" || w == "from" || w == "in" || w == "at" || w == "on") {
			words = words[:i]
			break
		}
	}
	if len(words) == 0 {
		return ""
	}
	h := strings.Trim(words[len(words)-1], "\"“”‘’',.;:()")
	h = strings.TrimSuffix(strings.TrimSuffix(h, "'s"), "’s")
	return h
}

// shareWords head a share of people: "40%", "a majority of voters",
// "three-quarters".
var shareWords = set(`majority minority quarter quarters three-quarters third thirds half total proportion
	percentage number cent per`)

// nounSpeakerType types a common noun phrase by its head, or else by the
// nearest word before it that names people, a body or a document
// ("conservative shadow home secretary David Davis", "aid charity ActionAid"):
// a share of people ("40%", "a majority of voters", "many") is people.
func (d *docState) nounSpeakerType(phrase string) string {
	all := strings.Fields(strings.ToLower(phrase))
	words := all
	for i, w := range words {
		if i > 0 && (w == "of" || w == "for" || w == "from" || w == "in" || w == "at" || w == "on") {
			words = words[:i]
			break
		}
	}
	if t := d.phraseType(words); t != "" || len(words) == len(all) {
		return t
	}
	// "the Prevention of Terrorism Bill", "a meeting of UKIP members": the
	// head of a name or a group can follow its "of"
	return d.phraseType(all[len(words):])
}

// sayCues report speech itself: through them someone spoke, named or not.
var sayCues = set(`say tell add claim insist argue warn`)

// phraseType types the words of a noun phrase from its last word back.
func (d *docState) phraseType(words []string) string {
	for i := len(words) - 1; i >= 0; i-- {
		h := strings.Trim(words[i], "\"“”‘’',.;:()")
		h = strings.TrimSuffix(strings.TrimSuffix(h, "'s"), "’s")
		if h == "" {
			continue
		}
		l := d.x.lx.lemmatize(h, true)
		switch {
		case speakerPersonNouns[h] || speakerPersonNouns[l] || personHeads[l] != 0 || numberWords[h] || shareWords[h] || strings.HasSuffix(h, "-year-old") ||
			teamRoles[l] && l != "squad" && l != "lock" && l != "prop" || // "the defender said", "the skipper"
			strings.HasSuffix(h, "%") || strings.HasSuffix(l, "man") && len(l) > 4 || strings.HasSuffix(l, "woman") || strings.HasSuffix(l, "ist") && len(l) > 5:
			return TypePerson
		case speakerBodyNouns[h] || speakerBodyNouns[l] || d.x.lx.orgHeads[h]:
			return TypeOrg
		case speakerWorkNouns[h] || speakerWorkNouns[l]:
			return TypeWork
		case agentSuffix(l):
			return TypePerson
		}
		if i == len(words)-1 && d.x.lx.words[h] {
			return "" // an ordinary noun heads it: "the move", "the election"
		}
	}
	return ""
}

// properSpeaker reports whether a speaker's mention is a proper name of two
// words or more, all capitalised but its function words ("Downing Street",
// "Age Concern", "Number 10"), and its type: a person when its head is a
// person's title ("the Lord Chancellor") or it opens with an honorific, else
// an organisation.
func (d *docState) properSpeaker(mention string) (bool, string) {
	words := strings.Fields(mention)
	n := 0
	for i, w := range words {
		lw := strings.ToLower(w)
		if i == 0 && (lw == "the" || lw == "a") {
			continue
		}
		if lw == "of" || lw == "for" || lw == "and" || lw == "the" {
			continue
		}
		r := []rune(w)
		if !unicode.IsUpper(r[0]) && !unicode.IsDigit(r[0]) {
			return false, ""
		}
		n++
	}
	if n < 2 {
		determined := false
		if len(words) == 2 && (strings.EqualFold(words[0], "the") || strings.EqualFold(words[0], "a")) {
			words, determined = words[1:], true // "the RSPCA"
		}
		if len(words) != 1 {
			return false, ""
		}
		w := strings.Trim(words[0], "\"“”‘’',.;:()")
		lw := strings.ToLower(w)
		switch {
		case len(w) >= 3 && strings.ToUpper(w) == w && strings.ToLower(w) != w:
			return true, TypeOrg // an acronym: "USDAW", "COSLA"
		case d.x.lx.given[lw] != 0 && !d.x.lx.words[lw]:
			return true, TypePerson // "Theresa"
		case determined && unicode.IsUpper([]rune(w)[0]):
			// "the Ledger", "the Post": a capital after "the" names a body,
			// unless its word says a person or a document ("the Chancellor",
			// "the Bill")
			if d.nounSpeakerType(lw) != "" {
				return false, "" // typed as the common noun it is
			}
			if _, ok := d.x.lx.demonyms[lw]; ok {
				return true, TypeNORP // "the French"
			}
			return true, TypeOrg
		}
		return false, ""
	}
	h := headNoun(mention)
	first := strings.ToLower(strings.TrimSuffix(words[0], "."))
	if speakerPersonNouns[h] || speakerPersonNouns[d.x.lx.lemmatize(h, true)] || d.x.lx.honorifics[first] != 0 {
		return true, TypePerson
	}
	if speakerWorkNouns[h] || speakerWorkNouns[d.x.lx.lemmatize(h, true)] || d.x.lx.workHeads[h] {
		return true, TypeWork
	}
	return true, TypeOrg
}

// agentSuffix reports whether a noun's ending names someone who does
// something: "policymaker", "moviegoer", "stakeholder", "participant",
// "respondent".
func agentSuffix(l string) bool {
	for _, suf := range []string{"ant", "ent", "eer", "ian"} {
		if strings.HasSuffix(l, suf) && len(l) > len(suf)+2 {
			return true
		}
	}
	// whole words too: "wine makers, however, claimed", "the leader said"
	for _, suf := range []string{"maker", "goer", "holder", "leader", "seller", "buyer", "worker", "voter"} {
		if strings.HasSuffix(l, suf) {
			return true
		}
	}
	return false
}

// firstWord is the first word of s: a cue's verb as written ("laid out").
func firstWord(s string) string {
	if f := strings.Fields(s); len(f) > 0 {
		return f[0]
	}
	return ""
}

// cueLemma is the lemma of a cue's verb: "laid out" → lay.
func (d *docState) cueLemma(cue string) string {
	return d.x.lx.lemmatize(strings.ToLower(firstWord(cue)), false)
}

// trailingTitledName returns where a speaker phrase's closing name opens
// when the phrase is longer than it — a title of address and capitalised
// words to its end ("Launching the initiative Mr Clarke" → "Mr Clarke") —
// or 0.
func (d *docState) trailingTitledName(phrase string) int {
	words := strings.Fields(phrase)
	for i := len(words) - 2; i >= 1; i-- {
		if d.x.lx.honorifics[strings.ToLower(strings.TrimSuffix(words[i], "."))] == 0 {
			continue
		}
		for _, w := range words[i+1:] {
			if r := []rune(w); !unicode.IsUpper(r[0]) {
				return 0
			}
		}
		off := 0
		for k := 0; k < i; k++ {
			off = strings.Index(phrase[off:], words[k]) + off + len(words[k])
		}
		return strings.Index(phrase[off:], words[i]) + off
	}
	return 0
}

// writtenAsName reports whether the article writes w capitalised inside a
// sentence and never in lower case: a name, even when it is also a word.
func (d *docState) writtenAsName(w string) bool {
	lw := strings.ToLower(w)
	inside := false
	for _, s := range d.sents {
		for k, tk := range s.toks {
			switch {
			case tk.text == lw:
				return false
			case tk.text == w && k > 0 && s.toks[k-1].tag != "``" && s.toks[k-1].text != ":":
				inside = true
			}
		}
	}
	return inside
}

// commonPhrase reports whether name's head phrase (before its "of", "for" …)
// is written in common words ("council spokesman", "Campaigners" opening a
// sentence, "Critics of Scientology"), with no capitalised word after the
// first but a nationality, and none the lexicon does not know: a description,
// not a name ("president Luiz Inacio Lula da Silva" names someone).
func (d *docState) commonPhrase(name string) bool {
	for i, w := range strings.Fields(name) {
		lw := strings.ToLower(w)
		if i > 0 && (lw == "of" || lw == "for" || lw == "from" || lw == "in" || lw == "at" || lw == "on") {
			break // "Critics of Scientology": the head is what the phrase is
		}
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) {
			continue
		}
		if _, dem := d.x.lx.demonyms[lw]; dem {
			continue // "Australian primary school children"
		}
		if _, party := d.x.lx.orgs[lw]; party && i == 0 && len(strings.Fields(name)) > 1 {
			continue // "Tory sources", "Labour officials": a party's people, unnamed
		}
		if i > 0 || !d.x.lx.words[lw] {
			return false
		}
	}
	return true
}

// quotesClause reports whether the direct statement p quotes words with a
// verb in them, a thing said rather than a phrase held up ("a flood of “fee
// refugees”").
func (d *docState) quotesClause(p *pendingStatement) bool {
	return d.hasVerb(p.si, quoteSpan{inner0: p.content[0], inner1: p.content[1]})
}

// personAfterSpan is personNamedAfter for a speaker written at byte span sp
// of sentence si.
func (d *docState) personAfterSpan(si int, sp [2]int) *mention {
	if si < 0 || si >= len(d.sents) {
		return nil
	}
	toks := d.sents[si].toks
	first, last := -1, -1
	for k, tk := range toks {
		if tk.start >= sp[0] && tk.end <= sp[1] {
			if first < 0 {
				first = k
			}
			last = k
		}
	}
	if first < 0 {
		return nil
	}
	return d.personNamedAfter(si, first, last)
}

// relationOf reports whether a speaker phrase is someone's relation to a
// person named after it ("a close associate of former Yukos boss …", "the
// wife of …"): that person is not the one who speaks.
func relationOf(phrase string) bool {
	words := strings.Fields(strings.ToLower(phrase))
	for i := 1; i < len(words); i++ {
		if (words[i] == "of" || words[i] == "to" || words[i] == "for") && kinNouns[words[i-1]] {
			return true
		}
	}
	return false
}

var kinNouns = set(`associate associates friend friends lawyer lawyers wife husband son daughter mother father
	brother sister widow partner aide aides ally allies adviser advisers critic critics rival rivals`)

// personBeforeAffiliation returns the person named right before "from",
// "of" or "at" that opens the speaker span sp's sentence position: in
// "David Noone from Intervoice said" the body says where the person works,
// and the person speaks.
func (d *docState) personBeforeAffiliation(si int, sp [2]int) *mention {
	if si < 0 || si >= len(d.sents) {
		return nil
	}
	toks := d.sents[si].toks
	first := -1
	for k, tk := range toks {
		if tk.start >= sp[0] && tk.end <= sp[1] {
			first = k
			break
		}
	}
	if first < 2 {
		return nil
	}
	switch toks[first-1].lower {
	case "from", "of", "at":
	default:
		return nil
	}
	m := d.mentionAt(si, first-2)
	if m == nil || m.ent == nil || m.last != first-2 || m.ent.typ != TypePerson {
		return nil
	}
	return m
}
