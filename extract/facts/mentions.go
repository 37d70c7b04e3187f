package facts

import (
	"slices"
	"sort"
	"strings"
	"unicode"

	"newsgraph/extract/record"
)

// mention is a name found in a sentence, before document-level merging.
type mention struct {
	first, last int    // token range [first, last] of the name itself, titles excluded
	start, end  int    // byte span of the name in the article
	surface     string // the name as written, titles excluded
	typ         string // entity type guess
	canon       string // canonical name when a gazetteer knows it ("U.S." → "United States")
	role        string // title that preceded the name: "Defense Secretary"
	roleOf      string // canonical place or organisation the title belongs to: "United States"
	actor       bool   // a demonym or place standing for its government ("the Ukrainian leadership")
	weakType    bool   // typ is the fallback guess, not evidence
	gender      byte   // what a given name or honorific tells (genderMale …), 0 if nothing
	located     bool   // after "in", "at", "from": a place, not a surname
	indefinite  bool   // a noun phrase opened by "a" or "an": something new to the story
	ent         *docEntity
}

// docEntity is one entity of a document: all mentions that name the same thing.
type docEntity struct {
	key       string // normalised identity key
	name      string // best (longest) name
	idName    string // what the id is made from, when not the name (concepts: conceptKey)
	weakType  bool   // typed by the fallback guess; a mention with evidence may retype it
	typ       string
	gender    byte   // persons: what given names, honorifics and pronouns told (genderMale …)
	indexedAs string // the type/name entityTable.short last filed it under
	aliases   map[string]bool
	mentions  int
	roles     map[string]string // role → of
	thing     bool              // a pronoun "it" took it: no he or she may make it a person
	order     int
}

// isNameToken reports whether t can be part of a proper name.
// apostropheName reports a surname of the O'Connor, D'Angelo kind: one
// capital, an apostrophe, a capitalised rest — no contraction.
func apostropheName(w string) bool {
	r := []rune(w)
	return len(r) > 3 && unicode.IsUpper(r[0]) && (r[1] == '\'' || r[1] == '’') && unicode.IsUpper(r[2])
}

// openingAdverbs open sentences and are names nowhere there ("So Solid
// Crew" is a name in mid-sentence).
var openingAdverbs = set(`so thus hence yet still even just only then now too instead indeed perhaps maybe
	nevertheless nonetheless besides otherwise`)

func (x *Extractor) isNameToken(t token, sentenceStart bool, midCaps map[string]bool) bool {
	if !t.isCap() {
		return false
	}
	if t.tag == "POS" || t.tag == "PRP" || t.tag == "PRP$" || t.tag == "DT" || t.tag == "IN" || t.tag == "CC" || t.tag == "WP" || t.tag == "WDT" || t.tag == "MD" || strings.HasPrefix(t.tag, "VB") && !t.isProper() && !capitalHyphen(t.text) {
		// "Interesting question", "I", "The": sentence-initial function words.
		if _, ok := x.lx.places[t.lower]; !ok {
			return false
		}
	}
	if x.lx.stopNames[strings.Trim(t.lower, ".")] || currencyWords[t.lower] && len(t.lower) > len("dollars") && strings.HasSuffix(t.lower, "dollars") {
		return false // ("Adollars 30m", BBC's A$30m: a currency, not a name; "Dick Pound" is one)
	}
	if i := strings.IndexByte(t.lower, '\''); i > 0 && t.lower[i:] != "'s" && !apostropheName(t.text) {
		return false // contractions: "They've", "I'm"
	}
	if sentenceStart && openingAdverbs[t.lower] {
		return false // "So Doug believes …": a discourse word opening a sentence or quote
	}
	if sentenceStart && strings.HasSuffix(t.lower, "ly") && t.ent == "O" {
		return false // "Probably", "Meanwhile"-like adverbs opening a sentence or quote
	}
	if isAllCapsWord(t.text) && len(t.text) > 4 {
		if _, ok := x.lx.orgs[t.lower]; !ok {
			if _, ok := x.lx.places[t.lower]; !ok {
				return false // "DEATH and DESTRUCTION": shouting, not a name
			}
		}
	}
	if sentenceStart && t.ent == "O" && !midCaps[t.lower] && !nameByItsSpelling(x, t) {
		// A capital that only comes from starting a sentence ("People", "Interesting")
		// is a name only if a gazetteer knows it. A short acronym ("IBM") or a
		// word no dictionary has ("Nordbank") is a name wherever it stands; a
		// longer capitalised word may be a transcript's label ("VOSS:").
		_, place := x.lx.places[t.lower]
		_, dem := x.lx.demonyms[t.lower]
		_, org := x.lx.orgs[t.lower]
		if !place && !dem && !org && !x.isPlaceWord(t.lower) && !x.lx.groupNouns[t.lower] && x.placeGroup(t.lower) == "" {
			return false
		}
	}
	return true
}

// describingOpener reports whether the first word of the capitalised run
// toks[i..j] opens the sentence only to describe the person or body named
// after it ("Striker Thierry Henry scored", "Boss Graeme Souness said",
// "Miner Highland Gold"): a noun for people or bodies, no title (titles are
// roles), that the document never capitalises in mid-sentence.
func (x *Extractor) describingOpener(toks []token, i, j int, midCaps map[string]bool) bool {
	if j <= i || !opensSentence(toks, i) {
		return false
	}
	w := toks[i].lower
	if midCaps[w] || x.lx.titles[w] || x.lx.orgRoles[w] || x.lx.honorifics[w] != 0 || x.lx.given[w] != 0 || x.isKnownName(w) {
		return false
	}
	for k := i + 1; k <= j; k++ {
		if x.lx.titles[toks[k].lower] || toks[k].lower == "of" {
			return false // "Chief Operating Officer of Sony": the run is a role
		}
	}
	if two := w + " " + toks[i+1].lower; x.isKnownName(two) || x.isKnownName(two+"s") {
		return false // "Liberal Democrat Alan Beith": the first words name a party
	}
	l := x.lx.lemmatize(w, true)
	if i == 0 && x.agentDescriber(l) && x.namedApart(toks, i+1, j, midCaps) {
		return true // "Goalscorer Toure", "Newcomers Keane", "Bookmaker William Hill"
	}
	if l != w {
		return false // "Veterans Simon and Garfunkel": splitTitle reads plural describers
	}
	return speakerPersonNouns[w] || speakerPersonNouns[l] || personHeads[l] != 0 || peopleNouns[l] || playingPosition(l) || orgNouns[l]
}

// agentDescriber reports whether l, a lower-case singular word, is an
// ordinary noun for someone by what they do: a dictionary word, or two joined
// ("goalscorer", "matchwinner"), that ends as agent nouns do ("-er", "-or",
// "-ist"). Such a word opening a sentence before a name describes the name's
// bearer; a name's own first word seldom has that shape unless it is a given
// name or a surname, which the callers rule out.
func (x *Extractor) agentDescriber(l string) bool {
	agent := false
	for _, suf := range []string{"er", "or", "ist"} {
		agent = agent || strings.HasSuffix(l, suf) && len(l) > len(suf)+3
	}
	if !agent || x.lx.given[l] != 0 {
		return false
	}
	if x.lx.words[l] {
		return true
	}
	for p := 3; p+4 <= len(l); p++ {
		if x.lx.words[l[:p]] && x.lx.words[l[p:]] {
			return true // "goal|scorer", "match|winner"
		}
	}
	return false
}

// bodyNoun reports whether l, a lower-case singular noun, names a company or
// other body by what it is or does: an organisation's noun, or a compound
// ending in one ("bookmaker", "carmaker").
func (x *Extractor) bodyNoun(l string) bool {
	if orgNouns[l] || x.lx.orgHeads[l] {
		return true
	}
	for p := 3; p+4 <= len(l); p++ {
		if x.lx.words[l[:p]] && orgNouns[l[p:]] {
			return true
		}
	}
	return false
}

// namedApart reports whether the capitalised words toks[i..j] are a name the
// document uses without the word before them: each of its words is
// capitalised somewhere in mid-sentence ("Goalscorer Toure" … "help Toure
// rebuild"), or it opens with a given name ("Bookmaker William Hill").
func (x *Extractor) namedApart(toks []token, i, j int, midCaps map[string]bool) bool {
	if i > j {
		return false
	}
	if x.lx.given[toks[i].lower] != 0 && j > i {
		return true
	}
	for k := i; k <= j; k++ {
		if !midCaps[toks[k].lower] {
			return false
		}
	}
	return true
}

// nameByItsSpelling reports whether a capitalised word opening a sentence is a
// name by its spelling alone: a short acronym ("IBM", "FA") or, not in capitals
// throughout, a word no dictionary has ("Nordbank").
func nameByItsSpelling(x *Extractor, t token) bool {
	if len(t.text) > 1 && isAllCapsWord(t.text) {
		return len(t.text) <= 3
	}
	return !x.lx.words[t.lower]
}

func isAllCapsWord(s string) bool {
	letters := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			letters++
			if !unicode.IsUpper(r) {
				return false
			}
		}
	}
	return letters > 0
}

// findMentions returns the names in a sentence. Runs of capitalised tokens
// (joined by "of", hyphens or "&") are split into a title part and a name part.
func (x *Extractor) findMentions(s *sentence, quoted []bool, midCaps map[string]bool, titles [][]string) []mention {
	toks := s.toks
	var out []mention
	for i := 0; i < len(toks); {
		if webAddress(toks[i].lower) && !toks[i].isCap() {
			// "says gamesindustry.biz": a website in lower case names its publisher
			out = append(out, mention{first: i, last: i, start: toks[i].start, end: toks[i].end, surface: toks[i].text, typ: TypeOrg})
			i++
			continue
		}
		if j := titleAt(toks, i, titles); j >= i && (i == 0 || !x.isNameToken(toks[i-1], opensSentence(toks, i-1), midCaps)) {
			// a work's title the document introduced: one name, whatever its words
			out = append(out, mention{first: i, last: j, start: toks[i].start, end: toks[j].end, surface: textSpan(toks, i, j), typ: TypeWork})
			i = j + 1
			continue
		}
		start := opensSentence(toks, i)
		// A sentence's first word followed by another name word is the name's first
		// word ("Anna Berg said …"), whatever its capital letter says alone.
		if start && i+1 < len(toks) && toks[i].isProper() && x.isNameToken(toks[i+1], false, midCaps) && toks[i+1].isProper() {
			start = false
		}
		// "Foreign Minister Ivan Petrov said …": a title opening the sentence.
		if start && i+1 < len(toks) && toks[i].isCap() && x.lx.titles[toks[i].lower] && x.isNameToken(toks[i+1], false, midCaps) {
			start = false
		}
		// "Khaled Al-Maeena" after a quotation: a given name the tagger took for a
		// verb still opens the name that follows it.
		givenOpens := toks[i].isCap() && x.lx.given[toks[i].lower] != 0 && i+1 < len(toks) && toks[i+1].isProper() && x.isNameToken(toks[i+1], false, midCaps)
		// "Downing Street", "Reading Road": a capitalised word the tagger took
		// for a verb opens the place name whose head follows it.
		placeOpens := toks[i].isCap() && strings.HasPrefix(toks[i].tag, "VB") && i+1 < len(toks) && toks[i+1].isCap() && x.lx.locHeads[toks[i+1].lower] == TypeLoc
		// "Standard & Poor's has classed …": capitals joined by "&" are a firm's
		// name, even where the first only opens the sentence.
		ampOpens := toks[i].isCap() && i+2 < len(toks) && toks[i+1].lower == "&" && toks[i+2].isCap()
		if !givenOpens && !placeOpens && !ampOpens && !x.isNameToken(toks[i], start, midCaps) {
			i++
			continue
		}
		j := i
		for j+1 < len(toks) {
			n := toks[j+1]
			// "Washington D.C. Image: NASA": a caption's label is no part of a name.
			if j+2 < len(toks) && toks[j+2].text == ":" && captionWords[n.lower] {
				break
			}
			// "Suleiman al-Amr", "Osama bin Laden", "Rafael van der Vaart": particles
			// inside a name.
			if namePrefix(n.text) {
				j++
				continue
			}
			if record.IsNameParticle(n.lower) && j+2 < len(toks) && (x.isNameToken(toks[j+2], false, midCaps) && toks[j+2].isProper() || record.IsNameParticle(toks[j+2].lower) && j+3 < len(toks) && x.isNameToken(toks[j+3], false, midCaps)) {
				j++
				continue
			}
			if x.numberClosesName(toks, i, j) {
				j++
				continue
			}
			// "the Refugee Council Enver Solomon": an organisation's last word, then a
			// given name and a surname — the person starts a new name.
			if j > i && (x.lx.orgHeads[toks[j].lower] || x.lx.outletHeads[toks[j].lower]) && x.lx.given[n.lower] != 0 &&
				j+2 < len(toks) && toks[j+2].isCap() && x.lx.given[toks[j+2].lower] == 0 && !x.isHeadWord(toks[j+2].lower) {
				break
			}
			if x.isNameToken(n, false, midCaps) && n.tag != "POS" {
				j++
				continue
			}
			// "Theresa May", "Brian May": a month after a given name alone is a surname
			if j == i && n.isCap() && x.lx.months[n.lower] && x.lx.given[toks[j].lower] != 0 && (j+2 >= len(toks) || toks[j+2].tag != "CD") {
				j++
				continue
			}
			// "Standard & Poor's has classed": an 's with no noun after it owns
			// nothing; in a partners' name it ends the firm's name ("Charles
			// Clarke's planned orders" owns them).
			if n.tag == "POS" && n.lower == "'s" && j > i && ampersandIn(toks, i, j) && j+2 < len(toks) && (strings.HasPrefix(toks[j+2].tag, "VB") || toks[j+2].tag == "MD") && !toks[j+2].isProper() {
				j++
				continue
			}
			// "the Norland Fishermen's Union": a possessive inside an organisation's name.
			if n.tag == "POS" && j+2 < len(toks) && x.isNameToken(toks[j+2], false, midCaps) && x.lx.orgHeads[toks[j+2].lower] {
				j += 2
				continue
			}
			// "the People's Choice Awards", "the Women's Tennis Association": a
			// plural common noun's possessive opens a name that ends in a head word
			if n.tag == "POS" && x.pluralPossessorName(toks, i, j, midCaps) {
				j += 2
				continue
			}
			// "Secretary of State Marco Rubio", "Bank of England": "of" between capitals.
			// A person's full name before "of" is an affiliation, not one name: "Jann
			// Wenner of Rolling Stone".
			if (n.lower == "of" || n.lower == "&") && j+2 < len(toks) && x.isNameToken(toks[j+2], false, midCaps) && !(n.lower == "of" && x.looksLikePerson(toks, i, j)) {
				j += 2
				continue
			}
			// "Joint Council for the Welfare of Immigrants", "Centre for Policy
			// Studies": "for" after an organisation's word continues its name.
			if n.lower == "for" && x.isHeadWord(toks[j].lower) && j+2 < len(toks) {
				k := j + 2
				if toks[k].lower == "the" && k+1 < len(toks) {
					k++
				}
				if x.isNameToken(toks[k], false, midCaps) {
					j = k
					continue
				}
			}
			// "L. Ron Hubbard": an initial's full stop is inside the name.
			if n.text == "." && len(toks[j].text) == 1 && toks[j].isCap() && j+2 < len(toks) && x.isNameToken(toks[j+2], false, midCaps) {
				j += 2
				continue
			}
			// "Daughters of the American Revolution", "Museum of the US Air Force".
			if n.lower == "of" && j+3 < len(toks) && toks[j+2].lower == "the" && x.isNameToken(toks[j+3], false, midCaps) && !x.looksLikePerson(toks, i, j) && !x.lx.titles[toks[j].lower] {
				j += 3
				continue
			}
			// "Internet Explorer 6", "Windows 7": a version number ends a product's name.
			if n.tag == "CD" && len(n.text) <= 3 && isDigits(n.text) && !x.lx.months[toks[j].lower] &&
				(j+2 >= len(toks) || !toks[j+2].isCap()) && j > i {
				j++
				break
			}
			// "Movimento 5 Stelle", "Launch Pad 39A": a number between name words.
			if n.tag == "CD" && j+2 < len(toks) && toks[j+2].isCap() && x.isNameToken(toks[j+2], false, midCaps) && !isAllCapsWord(toks[j+2].text) {
				j += 2
				continue
			}
			// "National Air and Space Museum", "Food and Drug Administration": words
			// that name no body joined by "and" to the words that end one.
			if n.lower == "and" && x.andInsideName(toks, i, j, midCaps) {
				j += 2
				continue
			}
			// "Department for Work and Pensions", "Department of Trade and
			// Industry": a body "of" or "for" ordinary words joined by "and" to one
			// more ordinary word that ends the name
			if n.lower == "and" && x.ofOrdinaryWords(toks, i, j) && j+2 < len(toks) && toks[j+2].isCap() && x.ordinaryCapital(toks[j+2]) &&
				(j+3 >= len(toks) || !x.isNameToken(toks[j+3], false, midCaps)) {
				j += 2
				continue
			}
			// "Baoshan Iron and Steel Co.": ordinary words on both sides of "and",
			// closed by a company's suffix, are one company's name
			if n.lower == "and" && j > i && x.lx.words[toks[j].lower] && j+3 < len(toks) && x.lx.words[toks[j+2].lower] &&
				toks[j+2].isCap() && companySuffixes[strings.TrimSuffix(toks[j+3].lower, ".")] {
				j += 3
				continue
			}
			// "The Globe and Mail": two single unknown words joined by "and" after "the"
			// are one name; "the US and Britain" are two.
			// ("The Ospreys and Scarlets say": a plural verb after them makes two)
			if n.lower == "and" && j == i && i > 0 && toks[i-1].lower == "the" && j+2 < len(toks) &&
				x.isNameToken(toks[j+2], false, midCaps) && (j+3 >= len(toks) || !x.isNameToken(toks[j+3], false, midCaps)) &&
				!x.isKnownName(toks[j].lower) && !x.isKnownName(toks[j+2].lower) &&
				(j+3 >= len(toks) || toks[j+3].tag != "VBP" && !pluralVerbs[toks[j+3].lower]) {
				j += 2
				continue
			}
			break
		}
		body := false
		if x.describingOpener(toks, i, j, midCaps) {
			body = x.bodyNoun(x.lx.lemmatize(toks[i].lower, true))
			i++ // "Goalscorer Toure", "Bookmaker William Hill": the word describes the name
		}
		ms := x.splitTitle(toks, i, j)
		if body && len(ms) == 1 && ms[0].typ != TypeGPE && ms[0].typ != TypeOrg && x.lx.given[toks[ms[0].first].lower] == 0 {
			// "Bookmaker Ladbrokes": the noun says a body is named ("Broadcaster
			// Chris Evans" is a person by his given name, whatever the noun)
			ms[0].typ, ms[0].weakType, ms[0].canon = TypeOrg, false, ""
		}
		out = append(out, ms...)
		i = j + 1
	}
	// Lower-case actor phrases: "the Ukrainian leadership", "the UK government",
	// "the Biden administration" (the capitalised part was found above).
	for k := range out {
		m := &out[k]
		if m.last+1 < len(toks) && x.lx.actorNouns[toks[m.last+1].lower] {
			switch {
			case toks[m.last+1].lower == "administration" && m.canon == "":
				// "the Biden administration" is an organisation named after a person.
				m.last++
				m.end = toks[m.last].end
				m.surface = s.textOf(toks[m.first].start, m.end)
				m.typ = TypeOrg
				m.canon = ""
			case m.typ == TypeGPE || m.actor:
				m.actor = true
				m.typ = TypeGPE
			}
		}
	}
	// Drop demonyms that do not name an actor ("Russian land", "Ukrainian civilians")
	// and bare titles ("President").
	kept := out[:0]
	for _, m := range out {
		if m.surface == "" || x.notAName(toks, m) {
			continue
		}
		if last := toks[m.last].text; m.last == len(toks)-1 && len(last) > 3 && strings.HasSuffix(last, ".") && !strings.Contains(last[:len(last)-1], ".") && x.lx.words[strings.ToLower(last[:len(last)-1])] {
			// "… due to the Clean Air Act.": the sentence's full stop, which the
			// tokenizer left on a word it took for an abbreviation.
			m.surface = strings.TrimSuffix(m.surface, ".")
			m.end--
			x.typeMention(toks, &m)
		}
		lw := strings.ToLower(m.surface)
		if c, rest, ok := strings.Cut(lw, " "); ok && compassWords[c] {
			if _, isDem := x.lx.demonyms[rest]; isDem && !m.actor && m.last+1 < len(toks) && !toks[m.last+1].isCap() && toks[m.last+1].isNoun() {
				continue // "South Asian markets": a describing word, no name
			}
		}
		if _, isDem := x.lx.demonyms[lw]; isDem && !m.actor && m.typ != TypeNORP {
			if _, place := x.lx.places[lw]; !place { // "U.S. visitors" still name the country
				continue
			}
		}
		kept = append(kept, m)
	}
	return kept
}

// pluralVerbs agree with a plural subject only.
var pluralVerbs = set(`are were have do say`)

// webAddress reports whether w is a site's address ("gamesindustry.biz",
// "bbc.co.uk"): letters, a dot and a known top-level ending.
func webAddress(w string) bool {
	w = strings.TrimPrefix(strings.TrimPrefix(w, "http://"), "www.")
	dot := strings.LastIndexByte(w, '.')
	if dot < 2 || strings.ContainsAny(w, " @/") {
		return false
	}
	switch w[dot+1:] {
	case "com", "net", "org", "biz", "info", "uk", "co", "tv", "fm":
		return true
	}
	return false
}

// companySuffixes close a company's name.
var companySuffixes = set(`co corp inc ltd plc llc company corporation group`)

// andInsideName reports whether the capitalised run toks[i..j], before an
// "and", is the first half of one name: ordinary words that end no name by
// themselves (no head word, no place, no person, no acronym), and the
// capitalised words after "and" reach an organisation's or place's head word
// within three words, with no "of" after it.
func (x *Extractor) andInsideName(toks []token, i, j int, midCaps map[string]bool) bool {
	if x.isHeadWord(toks[j].lower) || x.looksLikePerson(toks, i, j) {
		return false
	}
	for k := i; k <= j; k++ {
		w := toks[k].lower
		if x.isKnownName(w) || x.lx.given[w] != 0 || !toks[k].isCap() || x.isHeadWord(w) || x.lx.honorifics[w] != 0 || !x.lx.words[w] || isAllCapsWord(toks[k].text) {
			return false // "Home Office Minister Lord Falconer and Downing Street": two names
		}
	}
	for k := j + 2; k < len(toks) && k <= j+4; k++ {
		if !x.isNameToken(toks[k], false, midCaps) || x.isKnownName(toks[k].lower) || isAllCapsWord(toks[k].text) || !x.lx.words[toks[k].lower] {
			return false // "Apple Computer and Cisco Systems": a name of its own follows
		}
		if x.lx.orgHeads[toks[k].lower] || x.lx.locHeads[toks[k].lower] == TypeLoc {
			// "Treasury and Bank of England": a name of its own follows
			return k+1 >= len(toks) || toks[k+1].lower != "of"
		}
	}
	return false
}

// ofOrdinaryWords reports whether the run toks[i..j] is a head word, then
// "of" or "for", then only capitalised ordinary words ("Department for Work").
func (x *Extractor) ofOrdinaryWords(toks []token, i, j int) bool {
	for p := i + 1; p < j; p++ {
		if toks[p].lower != "of" && toks[p].lower != "for" {
			continue
		}
		if !x.isHeadWord(toks[p-1].lower) {
			return false
		}
		for k := p + 1; k <= j; k++ {
			if !toks[k].isCap() || !x.ordinaryCapital(toks[k]) {
				return false
			}
		}
		return true
	}
	return false
}

// ordinaryCapital reports whether a capitalised word is an ordinary word in
// a name, no name of its own: not a place, a known name or a given name.
func (x *Extractor) ordinaryCapital(t token) bool {
	return x.lx.words[t.lower] && !x.isKnownName(t.lower) && x.lx.given[t.lower] == 0 && !isAllCapsWord(t.text)
}

// notAName rejects capitalised runs that are adjectives or compounds rather than
// names: "Western allies", "Russian-occupied Ukrainian territory", "U.S.-Russia
// relations", and a sentence's first word before a common noun ("Casualty figures").
func (x *Extractor) notAName(toks []token, m mention) bool {
	lw := strings.ToLower(plain(m.surface))
	if _, ok := x.lx.places[lw]; ok {
		return false
	}
	if _, ok := x.lx.orgs[lw]; ok {
		return false
	}
	if m.canon != "" || m.role != "" || m.actor {
		return false
	}
	nextCommon := m.last+1 < len(toks) && (toks[m.last+1].tag == "NN" || toks[m.last+1].tag == "NNS") && !toks[m.last+1].isCap()
	allAdj := true
	for k := m.first; k <= m.last; k++ {
		if toks[k].tag != "JJ" {
			allAdj = false
		}
	}
	if allAdj && nextCommon {
		return true
	}
	if parts := strings.Split(lw, "-"); len(parts) > 1 {
		places := 0
		for _, p := range parts {
			_, pl := x.lx.places[p]
			_, dem := x.lx.demonyms[p]
			if pl || dem || strings.HasSuffix(p, "occupied") || strings.HasSuffix(p, "backed") || strings.HasSuffix(p, "led") {
				places++
			}
		}
		if places == len(parts) || strings.Contains(lw, "-occupied") || strings.Contains(lw, "-backed") {
			return true
		}
	}
	if m.first == 0 && m.first == m.last && nextCommon && toks[m.first].ent != "B-PERSON" {
		return true
	}
	return false
}

// opensSentence reports whether token i starts a sentence or a quotation, where
// a capital letter says nothing about names.
func opensSentence(toks []token, i int) bool {
	return i == 0 || toks[i-1].tag == "``" || toks[i-1].tag == ":"
}

// capitalisedMidSentence collects the lower-cased words a document capitalises
// away from the start of a sentence: evidence that they are names.
func capitalisedMidSentence(sents []*sentence) map[string]bool {
	out := map[string]bool{}
	for _, s := range sents {
		for i, t := range s.toks {
			if !opensSentence(s.toks, i) && t.isCap() {
				out[t.lower] = true
			}
		}
	}
	return out
}

// addFirstNames adds to midCaps the given names that open a full name at the
// start of a sentence ("Ahmed Mohamed brought …"), so that the given name alone
// later ("Ahmed said …") is read as a name too.
func (x *Extractor) addFirstNames(sents []*sentence, midCaps map[string]bool) {
	for _, s := range sents {
		for i, t := range s.toks {
			if opensSentence(s.toks, i) && x.lx.given[t.lower] != 0 && i+1 < len(s.toks) && s.toks[i+1].isProper() && s.toks[i+1].isCap() {
				midCaps[t.lower] = true
			}
		}
	}
}

// splitTitle turns the capitalised run toks[i..j] into mentions: leading place
// names and demonyms and title words become the role of the name that follows.
func (x *Extractor) splitTitle(toks []token, i, j int) []mention {
	// "the BBC Mr Howard": an honorific inside the run of capitals starts the
	// person's name; the capitals before it are a name of their own.
	for k := i + 1; k < j; k++ {
		if x.lx.honorifics[strings.TrimSuffix(toks[k].lower, ".")] != 0 && isAllCapsWord(toks[k-1].text) && !x.lx.titles[toks[k-1].lower] {
			return append(x.splitTitle(toks, i, k-1), x.splitTitle(toks, k, j)...)
		}
	}
	// A known multi-word name at the start ("Saudi Arabia", "North Korea") is not a
	// demonym plus a name.
	if _, ok := x.lx.orgs[strings.ToLower(plain(textSpan(toks, i, j)))]; ok {
		m := mention{first: i, last: j, start: toks[i].start, end: toks[j].end, surface: textSpan(toks, i, j)}
		x.typeMention(toks, &m) // "Ukraine Defense Contact Group" is not a title and a name
		return []mention{m}
	}
	if _, ok := x.lx.places[strings.ToLower(plain(textSpan(toks, i, j)))]; ok && j > i {
		m := mention{first: i, last: j, start: toks[i].start, end: toks[j].end, surface: textSpan(toks, i, j)}
		x.typeMention(toks, &m)
		return []mention{m}
	}
	// "Museum of Flight CEO", "Los Angeles Sheriff": a title after a name belongs to
	// whoever follows, not to the name.
	cut := j
	for cut > i && x.lx.titles[toks[cut].lower] && toks[cut-1].lower != "of" &&
		!(cut-1 == i && x.lx.given[toks[cut-1].lower] != 0) && x.lx.honorifics[strings.TrimSuffix(toks[cut-1].lower, ".")] == 0 {
		cut-- // (after "Mr" or a given name alone a title word is a surname: "Paul King", "Mr Major")
	}
	switch toks[cut].lower {
	case "the", "for", "and", "&":
		// "Office for the Deputy Prime Minister": the titles are the name's own.
	default:
		j = cut
	}
	// A name ending in an organisation's, place's, event's or law's word is one
	// name, whatever titles it holds: "United States National Security Council",
	// "Saudi Interior Ministry", "World Health Organisation".
	// ("the Prince Edward Theatre", "Queen Elizabeth Hall": a title opening a
	// building's name is part of it)
	titled := x.lx.honorifics[toks[i].lower] != 0 && !(j > i+1 && x.lx.locHeads[toks[j].lower] != "") ||
		j == i+1 && x.lx.titles[toks[i].lower] && surnameHeads[toks[j].lower]
	if j > i && !titled {
		// "Office for National Statistics": an organisation's word before "for" —
		// unless a titled person follows ("… Secretary Hilary Benn").
		var lw []string
		for k := i; k <= j; k++ {
			lw = append(lw, toks[k].lower)
		}
		if t := x.typeByWords(lw); t != "" && t != TypePerson && !x.titledPersonInside(toks, i, j) && strings.Contains(" "+strings.Join(lw, " ")+" ", " for ") {
			m := mention{first: i, last: j, start: toks[i].start, end: toks[j].end, surface: textSpan(toks, i, j)}
			x.typeMention(toks, &m)
			return []mention{m}
		}
		if x.isHeadWord(toks[j].lower) {
			m := mention{first: i, last: j, start: toks[i].start, end: toks[j].end, surface: textSpan(toks, i, j)}
			x.typeMention(toks, &m)
			return []mention{m}
		}
		// "Liberal Democrat Paul Tyler": a member of a party the lists know (by its
		// plural), then the person, who holds that as a role.
		for t := i; t+2 <= j; t++ {
			if _, party := x.lx.orgs[strings.ToLower(plain(textSpan(toks, i, t)))+"s"]; party && x.lx.given[toks[t+1].lower] != 0 && x.plainNameWords(toks, t+1, j) {
				ms := x.splitTitle(toks, t+1, j)
				for k := range ms {
					if ms[k].role == "" {
						ms[k].role = textSpan(toks, i, t)
					}
				}
				return ms
			}
		}
		// "Veterans Simon and Garfunkel": a plural common noun opening the
		// sentence describes the people whose names follow; no name starts so.
		if j >= i+1 && (i == 0 || toks[i-1].tag == "``") && strings.HasSuffix(toks[i].lower, "s") && x.lx.words[toks[i].lower] &&
			x.lx.given[toks[i].lower] == 0 && x.lx.given[toks[i+1].lower] != 0 && !x.isHeadWord(toks[i].lower) && x.plainNameWords(toks, i+1, j) {
			ms := x.splitTitle(toks, i+1, j)
			for k := range ms {
				if x.lx.given[toks[ms[k].first].lower] != 0 {
					ms[k].typ, ms[k].weakType = TypePerson, false // described as people
				}
			}
			return ms
		}
		// "Scientologist Tom Cruise", "Republican John Cornyn": a word describing the
		// person before a given name and surname.
		if j >= i+2 && x.lx.given[toks[i+1].lower] != 0 && x.lx.given[toks[i].lower] == 0 && !x.lx.titles[toks[i].lower] &&
			!x.isHeadWord(toks[i].lower) && x.plainNameWords(toks, i+1, j) {
			return x.splitTitle(toks, i+1, j)
		}
		// "United States Hamdullah Mohib": a place or organisation a list knows, then
		// a person's name.
		for t := j - 2; t >= i; t-- {
			_, city := x.lx.cities[toks[t].lower]
			// ("President George W Bush": a town called George is no place when
			// a given name is what it can be)
			known := x.isKnownName(strings.ToLower(plain(textSpan(toks, i, t)))) || t > i && (city || x.isPlaceWord(toks[t].lower)) && x.lx.given[toks[t].lower] == 0
			rest := strings.ToLower(plain(textSpan(toks, t+1, j)))
			_, restCity := x.lx.cities[rest]
			if known && j-t >= 2 && j-t <= 3 && x.plainNameWords(toks, t+1, j) && !restCity && !x.isPlaceWord(rest) {
				// ("East Los Angeles" is no place and a person: the list knows Los Angeles)
				return append(x.splitTitle(toks, i, t), x.splitTitle(toks, t+1, j)...)
			}
		}
		// "the Refugee Council Enver Solomon", "NASA Bill Ingalls": an organisation,
		// then a person.
		for t := i; t+2 <= j; t++ {
			orgEnd := x.isHeadWord(toks[t].lower) || isAllCapsWord(toks[t].text) && len(toks[t].text) > 1
			// "Home Office Minister Lord Falconer": the organisation, then a titled person.
			titledNext := x.isHeadWord(toks[t].lower) && x.lx.titles[toks[t+1].lower] && !x.lx.titles[toks[j].lower]
			if orgEnd && (titledNext || x.lx.given[toks[t+1].lower] != 0 || j-t <= 3 && x.isHeadWord(toks[t].lower) && x.plainNameWords(toks, t+1, j)) {
				person := x.splitTitle(toks, t+1, j)
				for k := range person {
					if !titledNext && x.plainNameWords(toks, person[k].first, person[k].last) && person[k].last > person[k].first {
						// the split says who this is: words no list knows after a body's
						// name are a person's ("Refugee Council Enver Solomon told …")
						person[k].typ, person[k].weakType, person[k].canon = TypePerson, false, ""
					}
				}
				return append(x.splitTitle(toks, i, t), person...)
			}
		}
	}
	// "Western Australia", "East Los Angeles", "South Yorkshire": a compass word
	// and a place are one place.
	if j > i && compassWords[toks[i].lower] && x.isPlaceWord(strings.ToLower(plain(textSpan(toks, i+1, j)))) {
		m := mention{first: i, last: j, start: toks[i].start, end: toks[j].end, surface: textSpan(toks, i, j), typ: TypeGPE}
		return []mention{m}
	}
	if j > i && compassWords[toks[i].lower] {
		if _, ok := x.lx.cities[strings.ToLower(plain(textSpan(toks, i+1, j)))]; ok {
			m := mention{first: i, last: j, start: toks[i].start, end: toks[j].end, surface: textSpan(toks, i, j), typ: TypeGPE}
			return []mention{m}
		}
	}
	if whole := (mention{first: i, last: j, start: toks[i].start, end: toks[j].end, surface: textSpan(toks, i, j)}); j > i && x.modifiedNoun(toks, &whole) != "" {
		// "the National Iodine Nutrition study": a name qualifying a noun holds
		// no title and no person.
		x.typeMention(toks, &whole)
		return []mention{whole}
	}
	var roleOf, role []string
	k := i
	// "Norland Prime Minister Elena Varga": a name no gazetteer knows, then titles,
	// then the person. Everything up to the last title word is the role.
	lastTitle := -1
	for t := i; t < j; t++ {
		if x.lx.titles[toks[t].lower] && !x.lx.titles[toks[t+1].lower] && toks[t+1].lower != "of" {
			lastTitle = t
		}
	}
	if lastTitle > i && !x.lx.titles[toks[i].lower] {
		// Words no list knows ("Norland", "Fisheries") stay in the role as written:
		// whether they name a country or a portfolio is not ours to guess.
		_, dem := x.lx.demonyms[toks[i].lower]
		_, place := x.lx.places[toks[i].lower]
		_, org := x.lx.orgs[toks[i].lower]
		if !dem && !place && !org {
			for t := i; t <= lastTitle; t++ {
				role = append(role, toks[t].text)
			}
			k = lastTitle + 1
		}
	}
	for ; k <= j; k++ {
		lw := strings.Trim(toks[k].lower, ",")
		if canon, ok := x.lx.demonyms[lw]; ok && k < j {
			roleOf = append(roleOf, canon)
			continue
		}
		if canon, ok := x.lx.places[lw]; ok && k < j && x.lx.titles[toks[k+1].lower] {
			roleOf = append(roleOf, canon) // "U.S. Defense Secretary"
			continue
		}
		if canon, ok := x.lx.orgs[lw]; ok && k < j && x.lx.titles[toks[k+1].lower] {
			roleOf = append(roleOf, canon) // "Kremlin Spokesman"
			continue
		}
		if k == j && k > i && x.lx.honorifics[strings.TrimSuffix(toks[k-1].lower, ".")] != 0 {
			break // "Mr King", "Dr Major": after Mr a title word is a surname
		}
		if adjectiveTitles[lw] && k == i && k+1 <= j && x.lx.words[toks[k+1].lower] && x.lx.given[toks[k+1].lower] == 0 && x.lx.honorifics[toks[k+1].lower] == 0 {
			break // "General Motors", "Premier Rugby": a common word after it names a company, no general ("Professor Burrows" is a professor)
		}
		if x.lx.titles[lw] || lw == "of" && len(role) > 0 {
			role = append(role, toks[k].text)
			continue
		}
		break
	}
	if len(role) > 0 && k > i && k <= j && onlyTitleParts(role) && !x.givenNameIn(toks, k, j) && toks[k].lower != "and" && toks[k].lower != "&" {
		// "High Speed Downlink Packet Access": a word that only helps make a
		// title ("High Commissioner") makes none alone; the run is one name
		k, role, roleOf = i, nil, nil
	}
	if k < j && len(role) > 0 && (toks[k].lower == "and" || toks[k].lower == "&") {
		// "the Cardinal and Archbishop of Canterbury Dr Rowan Williams": a title
		// before "and" is someone else's; the name is what follows
		return x.splitTitle(toks, k+1, j)
	}
	// "Secretary of State": a trailing "of" + place inside a title is part of the title.
	if k <= j && len(role) > 0 && strings.EqualFold(role[len(role)-1], "of") {
		role = append(role, toks[k].text)
		k++
	}
	if k > j {
		// Only a title or a demonym: "President", "Russian". A lone demonym is kept so the
		// caller can decide whether it names an actor.
		if len(role) == 0 && len(roleOf) == 1 && i == j {
			return []mention{{first: i, last: j, start: toks[i].start, end: toks[j].end,
				surface: toks[i].text, typ: TypeGPE, canon: roleOf[0]}}
		}
		return nil
	}
	if (len(role) > 0 || len(roleOf) > 0) && k < j {
		// "the Australian National Iodine Nutrition Study": a name its own last
		// word types is a study, a law or a body, and the words before it hold
		// no title.
		if t := x.typeByWords(strings.Fields(strings.ToLower(plain(textSpan(toks, k, j))))); t == TypeWork || t == TypeEvent {
			whole := mention{first: i, last: j, start: toks[i].start, end: toks[j].end, surface: textSpan(toks, i, j)}
			x.typeMention(toks, &whole)
			return []mention{whole}
		}
	}
	if len(role) > 0 && len(roleOf) == 0 && onlyTitleModifiers(role) {
		// "Former Playschool presenter …", "the Special Award": a word that only
		// qualifies a title ("Former President") holds none by itself. Opening a
		// sentence it is just capitalised; inside one it is part of the name.
		if i > 0 {
			whole := mention{first: i, last: j, start: toks[i].start, end: toks[j].end, surface: textSpan(toks, i, j)}
			x.typeMention(toks, &whole)
			return []mention{whole}
		}
		role = nil
	}
	m := mention{first: k, last: j, start: toks[k].start, end: toks[j].end}
	m.surface = strings.TrimRight(textSpan(toks, k, j), ",")
	roleWords := role
	for len(roleWords) > 1 && x.lx.honorifics[strings.ToLower(strings.TrimSuffix(roleWords[len(roleWords)-1], "."))] != 0 {
		roleWords = roleWords[:len(roleWords)-1] // "Police Commissioner Sir John Stevens": the commissioner, knighted
	}
	m.role = strings.Join(roleWords, " ")
	if len(roleOf) > 0 {
		m.roleOf = roleOf[0]
	}
	for _, r := range role {
		if g := x.lx.honorifics[strings.ToLower(r)]; g != 0 {
			m.gender = g // "Mr Howard", "Baroness Scotland"
		}
	}
	x.typeMention(toks, &m)
	if m.role != "" && m.typ != TypePerson && m.typ != TypeOrg {
		m.typ = TypePerson
		m.canon = ""
	}
	return []mention{m}
}

// adjectiveTitles are title words that are also adjectives opening company
// names: "General Motors", "Premier Foods".
var adjectiveTitles = set(`general premier`)

// titleModifiers qualify a title ("Former President", "Acting Director",
// "Special Envoy") but are none by themselves.
var titleModifiers = set(`former acting special late ex interim outgoing incoming then future deputy-designate`)

// givenNameIn reports whether a given name lies among toks[i..j]: a person
// is named there ("Treasury Under-Secretary John Taylor").
func (x *Extractor) givenNameIn(toks []token, i, j int) bool {
	for k := i; k <= j && k < len(toks); k++ {
		if x.lx.given[toks[k].lower] != 0 {
			return true
		}
	}
	return false
}

// onlyTitleParts reports whether every word of a role is one that names no
// one alone (see titlePartWords).
func onlyTitleParts(words []string) bool {
	for _, w := range words {
		if lw := strings.ToLower(w); !titlePartWords[lw] || lw == "justice" {
			return false // ("Justice Eady": a judge's title)
		}
	}
	return true
}

func onlyTitleModifiers(words []string) bool {
	for _, w := range words {
		if !titleModifiers[strings.ToLower(w)] {
			return false
		}
	}
	return true
}

// textSpan joins tokens i..j as they were written (single spaces between words that
// were separated).
func textSpan(toks []token, i, j int) string {
	var b strings.Builder
	for k := i; k <= j; k++ {
		if k > i && toks[k].start > toks[k-1].end {
			b.WriteByte(' ')
		}
		b.WriteString(toks[k].text)
	}
	return b.String()
}

func (s *sentence) textOf(start, end int) string {
	return s.text[start-s.start : end-s.start]
}

// typeMention decides a mention's type from evidence: gazetteers of whole names,
// the words a name ends with ("… River", "… Party", "… Times"), a given name or
// title before it, and the words around it ("in X", "X, Texas", "X's chief
// executive", "the X"). A capitalised name nothing speaks for is typed by a weak
// guess (weakType) that any later evidence overrides.
func (x *Extractor) typeMention(toks []token, m *mention) {
	lx := x.lx
	if m.first > 0 && m.first < len(toks) {
		p := toks[m.first-1].lower
		m.located = locativePrepositions[p] || p == "from" || p == "to"
	}
	lw := strings.ToLower(plain(m.surface))
	lw = strings.TrimPrefix(lw, "the ")
	words := strings.Fields(lw)
	if len(words) == 0 {
		m.typ, m.weakType = TypeConcept, true
		return
	}
	if commonCapitals[lw] {
		m.typ, m.weakType = TypeConcept, true // "the Internet": a thing everyone has, no organisation
		return
	}
	if m.first > 0 && !toks[m.first-1].isCap() {
		// "her graphic novel Angel Catbird", "the ship Freewinds": a noun for the
		// kind of thing names it before any list or guess does.
		switch p := toks[m.first-1].lower; {
		case workNouns[p]:
			m.typ = TypeWork
			return
		case thingNouns[p]:
			m.typ, m.weakType = TypeConcept, true
			return
		}
	}
	if canon, ok := lx.orgs[lw]; ok {
		m.typ, m.canon = TypeOrg, canon
		return
	}
	if canon, ok := lx.orgs[lw+"s"]; ok && m.role == "" && m.gender == 0 && m.last+1 < len(toks) && toks[m.last+1].isNoun() {
		// "a Liberal Democrat spokesman", "Former Conservative minister": the
		// party a member's word describes them by ("Mr Green" has a title: a
		// person; "Cornyn, Republican from Texas" is the member, not the party)
		m.typ, m.canon = TypeOrg, canon
		return
	}
	if len(words) >= 3 && slices.Contains(words[1:len(words)-1], "&") && x.typeByWords(words) == "" {
		m.typ = TypeOrg // "Ernst & Young", "Marks & Spencer": partners' names make a firm (a "… & Space Museum" is a museum)
		return
	}
	if canon, ok := lx.places[lw]; ok {
		m.typ, m.canon = TypeGPE, canon
		if x.playsAsTeam(toks, m) {
			// "Belgium defeated Panama 3–0": national teams, not states.
			m.typ, m.canon = TypeOrg, ""
		}
		return
	}
	if canon, ok := lx.demonyms[lw]; ok {
		m.typ, m.canon = TypeGPE, canon
		if strings.HasSuffix(lw, "s") && !m.actor {
			// "Americans", "Britons": the people, not the state.
			m.typ, m.canon = TypeNORP, ""
		}
		return
	}
	if lx.groupNouns[lw] || x.placeGroup(lw) != "" {
		m.typ = TypeNORP // "Muslims", "Texans", "Londoners"
		return
	}
	g, givenFirst := lx.given[words[0]]
	if t := x.typeByWords(words); t != "" && !(t == TypeLoc && givenFirst && surnameHeads[words[len(words)-1]]) {
		m.typ = t
		if t == TypeGPE && x.playsAsTeam(toks, m) {
			m.typ = TypeOrg // "Manchester City drew 1-1": a club
		}
		return
	}
	if _, ok := lx.regions[lw]; ok {
		m.typ = TypeGPE
		return
	}
	if m.role != "" || len(words) >= 2 && len(words) <= 4 && givenFirst && x.modifiedNoun(toks, m) == "" && !strings.Contains(lw, " of ") {
		m.typ = TypePerson
		if g != genderUnknown && m.gender == genderUnknown && len(words) >= 2 {
			// a given name's gender; "Ms Sanders" keeps the one her title gave,
			// and a surname alone ("Ms Robinson", "Mr Blair") tells none even
			// where it is someone's given name too
			m.gender = g
		}
		return
	}
	if t := x.typeByContext(toks, m); t != "" {
		m.typ = t
		return
	}
	if isAllCapsWord(m.surface) && len(words) == 1 && len(m.surface) > 1 {
		m.typ = TypeOrg // acronyms: "NATO", "OSCE"
		if notOrgAcronyms[lw] || isRoman(lw) {
			m.typ, m.weakType = TypeConcept, true // "GMT", "VIP", "XVII"
		}
		return
	}
	if _, ok := lx.cities[lw]; ok {
		m.typ = TypeGPE
		if len(words) == 1 && givenFirst {
			m.weakType = true // "Sydney", "Irving": a town or someone's name
		}
		if x.playsAsTeam(toks, m) {
			m.typ, m.weakType = TypeOrg, false // "Chelsea beat Liverpool 2-1": clubs
		}
		return
	}
	persons := m.first > 0 && toks[capRunStart(toks, m.first)-boolInt(capRunStart(toks, m.first) > 0)].lower != "the"
	modified := x.modifiedNoun(toks, m)
	switch {
	case m.last+2 < len(toks) && toks[m.last+1].text == "," && toks[m.last+2].lower == "its":
		// "Mozilla Firefox, its main rival,": what has an "its" is a thing.
		m.typ, m.weakType = TypeConcept, true
	case modified != "" && len(words) >= 2 && len(words) <= 3:
		// "the Malaysia Tourism board", "the Iodine Nutrition study": a name
		// qualifying a common noun names what the noun is, rarely a person.
		m.typ, m.weakType = TypeConcept, true
		if orgNouns[modified] || lx.orgHeads[modified] || lx.orgRoles[modified] {
			m.typ = TypeOrg
		}
	case len(words) == 1 && orgSuffix(words[0]):
		m.typ = TypeOrg // "Nordbank", "Wikinews"-like company and outlet names
	case len(words) == 1 && placeSuffix(words[0]):
		m.typ, m.weakType = TypeGPE, true // "Corvia", "Lakeland"-like country names
	case len(words) >= 2 && len(words) <= 3 && !strings.Contains(lw, " of ") && m.first > 0 && !persons:
		m.typ, m.weakType = TypeOrg, true // persons are not "the X Y", nor "the British Red Cross"
	case len(words) >= 2 && len(words) <= 3 && !strings.Contains(lw, " of ") && !productLike(m.surface) && !x.ordinaryWords(words):
		m.typ, m.weakType = TypePerson, true // "Hamdullah Mohib": two plain words look like a name
	case len(words) >= 2 && len(words) <= 3 && !strings.Contains(lw, " of ") && x.ordinaryWords(words):
		// "Human Rights", "Space Shuttle Atlantis", "Big Brother": a name made of
		// ordinary words is no person's (given names were tried above).
		m.typ, m.weakType = TypeConcept, true
	default:
		// One unknown word ("Hajj", "Freewinds") or a product-like name ("Windows
		// XP", "PlayStation VR"): nothing says what it is. It stays a concept until
		// evidence — a pronoun, a title, a context — says more.
		m.typ, m.weakType = TypeConcept, true
	}
}

// modifiedNoun returns the lower-case common noun right after a name that the
// name qualifies after a determiner ("the Malaysia Tourism board" → "board"), or "". Nouns that
// make a place or a person an actor ("the Blair government") do not count,
// nor a possessive.
func (x *Extractor) modifiedNoun(toks []token, m *mention) string {
	k := m.last + 1
	if k >= len(toks) || toks[k].isCap() || toks[k].tag != "NN" && toks[k].tag != "NNS" {
		return ""
	}
	// Only after a determiner: "the Malaysia Tourism board" qualifies a noun,
	// while in "Mr Brown forecast" the tagger took a verb for one.
	if b := capRunStart(toks, m.first); b == 0 || toks[b-1].tag != "DT" && toks[b-1].tag != "PRP$" {
		return ""
	}
	w := toks[k].lower
	if x.lx.actorNouns[w] || x.lx.personNouns[w] || x.lx.titles[w] && !x.lx.orgRoles[w] || personHeads[w] != 0 && !x.lx.orgRoles[w] || temporalWords[w] {
		return "" // "the Blair government", "the Smith family", "the Star Wars actor"
	}
	return w
}

// studyHeads end the names of studies and programmes, which are works, not
// bodies or people: "National Iodine Nutrition Study", "Space Shuttle Program".
var studyHeads = set(`study survey census programme program project`)

// agencyScope words open the names of international agencies: a programme
// named so is a body that runs programmes, not one.
var agencyScope = set(`world international global united un european`)

// commonCapitals are things written with a capital that name no
// organisation, place or person.
var commonCapitals = set(`internet web`)

// workNouns before a name make it a title: "the novel Ulysses".
var workNouns = set(`novel novels book film movie album song documentary sitcom opera musical
	painting poem`)

// thingNouns before a name make it a craft or a product, no person or place:
// "the shuttle Atlantis", "the browser Firefox".
var thingNouns = set(`shuttle ship vessel yacht submarine boat ferry tanker airliner spacecraft
	rocket probe satellite orbiter browser software app smartphone console`)

// ordinaryWords reports whether a two- or three-word name reads as ordinary
// English: its first word is a dictionary word and, for two words, its last
// too ("Human Rights", "Space Shuttle Atlantis"; not "Dries Mertens").
func (x *Extractor) ordinaryWords(words []string) bool {
	if !x.lx.words[words[0]] {
		return false
	}
	return len(words) > 2 || x.lx.words[words[len(words)-1]]
}

// plainNameWords reports whether toks[i..j] are capitalised words no list knows
// and no name-ending word: what a personal name looks like.
func (x *Extractor) plainNameWords(toks []token, i, j int) bool {
	for k := i; k <= j; k++ {
		w := toks[k].lower
		if !toks[k].isCap() || x.isHeadWord(w) || x.isKnownName(w) || x.lx.titles[w] || productLike(toks[k].text) {
			return false
		}
	}
	return true
}

// productLike reports whether a name is spelt like a product's or a brand's
// rather than a person's: a digit, an all-capital word, an inner capital
// ("PlayStation", "IE9", "Windows XP").
func productLike(name string) bool {
	for _, w := range strings.Fields(name) {
		if strings.ContainsAny(w, "0123456789") || len(w) > 2 && !strings.Contains(w, ".") && isAllCapsWord(w) {
			return true
		}
		for i, r := range w {
			if i > 0 && unicode.IsUpper(r) && !strings.ContainsAny(w[:i], "-'.") {
				return true
			}
		}
	}
	return false
}

func isDigits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return s != ""
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// notOrgAcronyms are capitalised abbreviations that name no organisation.
var notOrgAcronyms = set(`gmt utc bst est edt pst pdt cet vip ceo cfo coo gdp gnp tv dvd cd pc ok
	am pm ad bc dna hiv aids covid us$ uk£ mp mps faq pdf html http www usd gbp eur`)

// isRoman reports whether a lower-case word is a Roman numeral ("xvii").
func isRoman(w string) bool {
	if w == "" || len(w) > 6 {
		return false
	}
	for _, r := range w {
		if !strings.ContainsRune("ivxlc", r) {
			return false
		}
	}
	return w != "civil" && w != "ill"
}

// isHeadWord reports whether a lower-case word ends names of organisations,
// outlets, places, events or laws.
func (x *Extractor) isHeadWord(w string) bool {
	lx := x.lx
	return lx.orgHeads[w] || lx.outletHeads[w] || lx.locHeads[w] != "" || lx.eventHeads[w] || lx.workHeads[w]
}

// isKnownName reports whether a gazetteer knows the lower-case name.
func (x *Extractor) isKnownName(w string) bool {
	if _, ok := x.lx.orgs[w]; ok {
		return true
	}
	if _, ok := x.lx.demonyms[w]; ok {
		return true
	}
	return x.isPlaceWord(w)
}

// looksLikePerson reports whether toks[i..j] is a person's full name: a given
// name first, then capitalised words none of which ends an organisation's name.
func (x *Extractor) looksLikePerson(toks []token, i, j int) bool {
	if j <= i || x.lx.given[toks[i].lower] == 0 {
		return false
	}
	for k := i; k <= j; k++ {
		if x.isHeadWord(toks[k].lower) || x.isKnownName(toks[k].lower) {
			return false
		}
	}
	return true
}

// typeByWords types a name by the words it is made of: its last word ("Kennedy
// Space Center", "Scottish National Party", "The Globe and Mail") or, for "X of
// Y" names, the word before "of" ("University of Texas", "Battle of Britain").
func (x *Extractor) typeByWords(words []string) string {
	lx := x.lx
	head := words[len(words)-1]
	for i, w := range words {
		if (w == "of" || w == "for") && i > 0 {
			head = words[i-1] // "Church of Scientology": a church; "Centre for Policy Studies"
			if w == "for" && (head == "centre" || head == "center") {
				return TypeOrg // a centre for a purpose is a body: "Centre for Policy Studies"
			}
			break
		}
	}
	multi := len(words) >= 2
	if multi && (head == "international" || head == "uk" || head == "usa") && !x.isPlaceWord(words[0]) && x.lx.given[words[0]] == 0 {
		return TypeOrg // "Amnesty International", "Hitwise UK": an organisation or its national arm
	}
	if x.bodyOfPlace(words) {
		return TypeOrg // "Food Standards Australia New Zealand": a national body
	}
	if head == "district" && len(words) >= 2 && (words[len(words)-2] == "school" || words[len(words)-2] == "water" || words[len(words)-2] == "fire") {
		return TypeOrg // "Irving Independent School District": a body, not a territory
	}
	switch {
	case lx.orgHeads[head] && (multi || head == "kremlin" || head == "pentagon"):
		return TypeOrg
	case lx.outletHeads[head] && multi:
		return TypeOrg
	case lx.eventHeads[head] && multi:
		return TypeEvent
	case (head == "programme" || head == "program") && multi && agencyScope[words[0]]:
		return TypeOrg // "World Food Programme", "United Nations Development Programme": agencies
	case (lx.workHeads[head] || studyHeads[head]) && multi:
		return TypeWork
	case lx.locHeads[head] != "" && multi:
		return lx.locHeads[head]
	}
	return ""
}

// bodyOfPlace reports whether a name is two or more ordinary words followed
// by a country or region ("Food Standards Australia New Zealand", "Royal Mail
// Scotland"): a body of that place. The words must be nouns no place, person
// or event is named by ("Western Australia", "World Cup Russia" are not).
func (x *Extractor) bodyOfPlace(words []string) bool {
	i := 0
	for i < len(words) && x.lx.words[words[i]] && !x.isPlaceWord(words[i]) {
		w := words[i]
		if compassWords[w] || x.lx.given[w] != 0 || x.lx.eventHeads[w] || x.lx.workHeads[w] || studyHeads[w] {
			return false
		}
		i++
	}
	if i < 2 || i == len(words) {
		return false
	}
	// the rest is one place or several: "Australia New Zealand"
	for i < len(words) {
		j := len(words)
		for j > i && !x.isPlaceWord(strings.Join(words[i:j], " ")) {
			j--
		}
		if j == i {
			return false
		}
		i = j
	}
	return true
}

// typeByContext types a name by the words around it.
func (x *Extractor) typeByContext(toks []token, m *mention) string {
	lx := x.lx
	prev := func(k int) string {
		if m.first-k >= 0 {
			return toks[m.first-k].lower
		}
		return ""
	}
	next := func(k int) string {
		if m.last+k < len(toks) {
			return toks[m.last+k].lower
		}
		return ""
	}
	single := m.first == m.last
	switch {
	case next(1) == "," && m.last+2 < len(toks) && toks[m.last+2].isCap() && x.isPlaceWord(toks[m.last+2].lower):
		return TypeGPE // "Irving, Texas"
	case next(1) == "'s" && lx.orgRoles[next(2)]:
		return TypeOrg // "Google's chief executive"
	case next(1) == "'s" && lx.personNouns[next(2)]:
		return TypePerson // "Smith's wife"
	case next(1) == "'s" && lx.placeNouns[next(2)]:
		return TypeGPE // "Lakeland's capital"
	case prev(1) == "of" && m.first >= 3 && x.looksLikePerson(toks, capRunStart(toks, m.first-2), m.first-2):
		return TypeOrg // "Jann Wenner of Rolling Stone": where a person works
	case prev(1) == "of" && (lx.orgRoles[prev(2)] || prev(2) == "ceo"):
		return TypeOrg // "the chief executive of Hidroel"
	case prev(1) == "of" && lx.titles[prev(2)] && single && !isAllCapsWord(m.surface):
		return TypeGPE // "the prime minister of Norland"
	case single && locativePrepositions[prev(1)] && prev(1) != "at":
		// "in Lisbon": a single unknown name after a place preposition — a guess
		// that "Nordmark's chief executive" may overrule.
		m.weakType = true
		return TypeGPE
	case single && next(1) == "government" && prev(1) == "the" && !placeSuffix(toks[m.first].lower) && !isAllCapsWord(m.surface):
		// "the Monti government", "the Blair government": named after its head —
		// a guess a place preposition or a full name may overrule.
		m.weakType = true
		return TypePerson
	case single && lx.actorNouns[next(1)] && next(1) != "administration":
		// "Norland lawmakers", "Sudmark officials": a country's people — or "the
		// Blair government": a guess a full name may overrule.
		m.weakType = next(1) == "government"
		return TypeGPE
	case next(1) == "," && (next(2) == "a" || next(2) == "an") && m.last+3 < len(toks) && lx.personNouns[toks[m.last+3].lower]:
		return TypePerson // "Ahmed, a boy"
	case next(1) != "" && lx.personVerbs[next(1)]:
		return TypePerson // "Varga resigned"
	case next(1) == "," && (next(2) == "a" || next(2) == "an" || next(2) == "the") && x.orgNounAhead(toks, m.last+3):
		return TypeOrg // "Hidroel, the state energy company"
	case next(1) == "," && (lx.titles[next(2)] || personHeads[next(2)] != 0):
		return TypePerson // "Al-Maeena, editor at large at …"
	case next(1) == "," && (next(2) == "a" || next(2) == "an" || next(2) == "the") && (lx.titles[phraseHead(toks, m.last+3)] || personHeads[phraseHead(toks, m.last+3)] != 0):
		return TypePerson // "Petrov, the foreign minister", "Varga, a retired teacher"
	case single && prev(1) == "the" && lx.outletHeads[toks[m.first].lower]:
		return TypeOrg // "The Guardian", "The Times"
	case m.first > 0 && x.describedAsBody(toks, m.first):
		return TypeOrg // "Australian airline Qantas", "bookmakers Ladbrokes"
	case !single && next(1) == "(" && initialsOf(toks, m) == strings.TrimSuffix(toks[min(m.last+2, len(toks)-1)].text, "s") && next(3) == ")":
		return TypeOrg // "Athletics Kenya (AK)": a name the article shortens to its initials is a body's
	}
	return ""
}

// describedAsBody reports whether the word before the name at token k is a
// lower-case noun for a company or other body that describes it ("Australian
// airline Qantas", "mobile operator Vodafone", "bookmakers Ladbrokes"): the
// name is that body's, whatever its own words look like.
func (x *Extractor) describedAsBody(toks []token, k int) bool {
	d := toks[k-1]
	if d.isCap() || !strings.HasPrefix(d.tag, "NN") || strings.HasPrefix(d.tag, "NNP") {
		return false
	}
	l := x.lx.lemmatize(d.lower, true)
	return !tradeNouns[l] && x.bodyNoun(l)
}

// tradeNouns are organisations' nouns that name a person's trade as often
// ("producer Melcher", "publisher Jason").
var tradeNouns = set(`producer publisher`)

// playsAsTeam reports whether a place name is a side in a game: the subject or
// object of a sporting verb in a sentence about sport ("Tunisia lost 1–2 to
// England", "Sweden faced South Korea at the stadium").
func (x *Extractor) playsAsTeam(toks []token, m *mention) bool {
	if m.last+1 < len(toks) && teamRoles[toks[m.last+1].lower] {
		return true // "Chelsea boss Jose Mourinho", "England striker Michael Owen"
	}
	sporting := false
	for _, t := range toks {
		if sportWords[t.lower] {
			sporting = true
			break
		}
	}
	if !sporting {
		for k := 0; k+2 < len(toks); k++ {
			if toks[k].tag == "CD" && (toks[k+1].text == "-" || toks[k+1].text == "–") && toks[k+2].tag == "CD" {
				sporting = true // a score
				break
			}
		}
	}
	if !sporting {
		return false
	}
	if m.last+1 < len(toks) && sportVerbs[toks[m.last+1].lower] {
		return true
	}
	for k := m.first - 1; k >= 0 && k >= m.first-3; k-- {
		if sportVerbs[toks[k].lower] || toks[k].lower == "against" || toks[k].lower == "vs" || toks[k].lower == "v" {
			return true
		}
	}
	return false
}

var sportVerbs = set(`beat beats defeated defeat defeats faced face faces drew draw draws lost lose loses
	won win wins played play plays thrashed edged routed overcame eliminated knocked hosted hosts`)

// teamRoles after a place name make it a team: "Chelsea boss", "Wales coach".
var teamRoles = set(`boss manager coach striker midfielder defender goalkeeper keeper winger
	skipper captain fly-half scrum-half lock prop hooker flanker full-back fans supporters squad`)

var sportWords = set(`goal goals match matches penalty striker midfielder goalkeeper league tournament
	stadium arena kick scored cup championship fixture qualifier semi-final quarter-final final`)

// titledPersonInside reports whether toks[i..j] holds a title followed by a
// person's name: "… Governor Andrew Bailey".
func (x *Extractor) titledPersonInside(toks []token, i, j int) bool {
	for t := i + 1; t < j; t++ {
		if x.lx.titles[toks[t].lower] && !x.lx.titles[toks[t+1].lower] && (x.lx.given[toks[t+1].lower] != 0 || j-t >= 2 && j-t <= 3 && x.plainNameWords(toks, t+1, j)) {
			return true
		}
	}
	return false
}

// captionWords label a photograph's credit: "Image: NASA".
var captionWords = set(`image images photo photos picture pictures credit credits video source`)

// namePrefix reports whether a lower-case token is an Arabic article joined to
// a name: "al-Amr", "el-Sisi", "ad-Din".
func namePrefix(w string) bool {
	for _, p := range []string{"al-", "el-", "ad-", "as-", "ash-", "ar-", "an-"} {
		if rest, ok := strings.CutPrefix(w, p); ok && rest != "" {
			r := []rune(rest)[0]
			return unicode.IsUpper(r)
		}
	}
	return false
}

// compassWords turn a place into a part of it: "Western Australia".
var compassWords = set(`north south east west northern southern eastern western central upper lower
	greater northeast northwest southeast southwest mainland inner outer`)

// surnameHeads are place words that are common surnames too: "Marc Lamont Hill".
var surnameHeads = set(`hill hall park lane wood woods field fields brook banks ford bridge`)

// capRunStart returns the first token of the capitalised run ending at token k.
func capRunStart(toks []token, k int) int {
	for k > 0 && toks[k-1].isCap() {
		k--
	}
	return k
}

// placeGroup returns the place a plural noun names the people of ("texans" →
// Texas, "californians" → California, "londoners" → London), or "".
func (x *Extractor) placeGroup(w string) string {
	for _, suf := range []string{"ans", "ers", "ites"} {
		stem, ok := strings.CutSuffix(w, suf)
		if !ok || len(stem) < 3 {
			continue
		}
		for _, cand := range []string{stem, stem + "a", stem + "as", stem + "o", stem + "e"} {
			if x.isPlaceWord(cand) {
				return cand
			}
			if _, ok := x.lx.cities[cand]; ok {
				return cand
			}
		}
	}
	return ""
}

// phraseHead returns the lower-case head of the common noun phrase starting at
// token k (its last noun before anything else), or "".
func phraseHead(toks []token, k int) string {
	head := ""
	for ; k < len(toks); k++ {
		t := toks[k]
		if t.isCap() && t.tag != "JJ" || !(t.isNoun() || t.tag == "JJ" || t.tag == "VBN" || t.tag == "CD" || t.tag == "HYPH") {
			break
		}
		if t.isNoun() {
			head = t.lower
		}
	}
	return head
}

// orgNounAhead reports whether the lower-case noun phrase starting at token k
// is headed by a noun naming an organisation ("the state energy company").
func (x *Extractor) orgNounAhead(toks []token, k int) bool {
	for ; k < len(toks); k++ {
		t := toks[k]
		if t.isCap() || !(t.isNoun() || t.tag == "JJ" || t.tag == "VBN") {
			return false
		}
		if orgNouns[t.lower] && (k+1 >= len(toks) || !toks[k+1].isNoun()) {
			return true
		}
	}
	return false
}

// orgNouns are common nouns for organisations.
var orgNouns = set(`company firm group organisation organization agency charity party union
	newspaper broadcaster network bank insurer airline carrier maker manufacturer retailer
	producer operator developer publisher club team university college school ministry department`)

// isPlaceWord reports whether a lower-case word names a country, region or city.
func (x *Extractor) isPlaceWord(w string) bool {
	if _, ok := x.lx.places[w]; ok {
		return true
	}
	if _, ok := x.lx.regions[w]; ok {
		return true
	}
	return false
}

// placeSuffix reports whether a one-word name ends like a country's or region's
// ("-stan", "-land", "-ia") and is nobody's given name.
func placeSuffix(w string) bool {
	if strings.HasSuffix(w, "phobia") || strings.HasSuffix(w, "mania") {
		return false // "Islamophobia"
	}
	for _, s := range []string{"stan", "land", "ia", "onia", "shire"} {
		if strings.HasSuffix(w, s) && len(w) > len(s)+2 {
			return true
		}
	}
	return false
}

// orgSuffix reports whether a one-word name ends like a company's.
func orgSuffix(w string) bool {
	for _, s := range []string{"bank", "corp", "group", "soft", "tech", "com", "air", "net", "works", "media", "prom", "oil", "energy", "motors", "pharma", "news", "book", "pedia", "ware", "systems"} {
		if strings.HasSuffix(w, s) && len(w) > len(s)+1 {
			return true
		}
	}
	return false
}

// entityTable merges the mentions of a document into entities.
type entityTable struct {
	lx    *lexicon
	byKey map[string]*docEntity
	list  []*docEntity
	// bySurname finds the entities whose name ends with a word (identity key of
	// the last word), and bySurnameFirst those with also a given first word
	// ("" for one-word names), so a surname look-up reads only the namesakes,
	// not every entity met before. An entry may be stale (renamed, retyped):
	// look-ups check the entity's current name and type.
	bySurname      map[string][]*docEntity
	bySurnameFirst map[string][]*docEntity
	// log holds every mention with a span, for coreference: one bucket per
	// sentence (sentOf maps a byte offset to it), each in start order.
	log    [][]mentionLog
	sentOf func(offset int) int
	// short finds the entities a short form may stand for, by "first:" given
	// name, "head:" word, "of:" last word, "ini:" initials and "pre:" the part
	// before "of"; entries may be stale and are checked against the entity.
	short map[string][]*docEntity
}

func newEntityTable(lx *lexicon) *entityTable {
	return &entityTable{lx: lx, byKey: map[string]*docEntity{},
		bySurname: map[string][]*docEntity{}, bySurnameFirst: map[string][]*docEntity{}}
}

// nameParts returns the identity keys of a name's last and first words (first
// is "" for a one-word name).
func nameParts(name string) (last, first string) {
	w := strings.Fields(name)
	if len(w) == 0 {
		return "", ""
	}
	last = identityKey(w[len(w)-1])
	if len(w) > 1 {
		first = identityKey(w[0])
	}
	return last, first
}

// index files e under its current name's surname: persons, and one-word
// guesses that may yet become one. An entity retyped or renamed is filed again.
func (t *entityTable) index(e *docEntity) {
	if e.typ != TypePerson && !(e.weakType && !strings.Contains(e.name, " ")) {
		return // persons, and one-word guesses that a full name may turn into one
	}
	last, first := nameParts(e.name)
	t.bySurname[last] = append(t.bySurname[last], e)
	t.bySurnameFirst[last+"\x00"+first] = append(t.bySurnameFirst[last+"\x00"+first], e)
}

// conceptKey names what a noun phrase is about, for identity: determiners and
// quantifiers go, the head is singular, and an event noun stands alone — "peace
// negotiations", "immediate negotiations" and "the negotiations" are one thing
// among the same participants.
func (t *entityTable) conceptKey(name string) string {
	key, _ := t.conceptKeys(name)
	return key
}

// conceptKeys returns conceptKey's key and, when that key is an event noun
// standing for the whole phrase, the phrase's own key ("similar deal" for
// "a similar deal"); else the key twice.
func (t *entityTable) conceptKeys(name string) (key, phrase string) {
	written := strings.Fields(plain(name))
	words := make([]string, len(written))
	for i, w := range written {
		words[i] = strings.ToLower(w)
	}
	for i, w := range words {
		if w == "of" && i > 0 && i+1 < len(written) && written[i+1] != "The" && unicode.IsUpper([]rune(written[i+1])[0]) {
			break // "people of Engerwitzdorf" are not any people: a name says whose
		}
		if w == "of" && i > 0 {
			if i == 1 && (quantityWords[words[0]] || words[0] == "one" || amountNouns[t.lx.lemmatize(words[0], true)] || countNouns[words[0]] ||
				strings.HasSuffix(words[0], "%") || startsWithDigit(words[0]) || strings.Contains(words[0], "-quarter") || strings.Contains(words[0], "-third")) {
				// ("dozens of companies" are not "dozens of asset sales"; "40% of messages")
				break // "one of the hottest tracks" is not "one of the best emcees"; "numbers of lost laptops" are not phone numbers
			}
			if t.lx.titles[words[i-1]] || personHeads[words[i-1]] != 0 {
				break // "chairman of the Commons education committee" is no other body's chairman
			}
			if len(words)-i-1 > 3 || t.lx.eventNouns[t.lx.lemmatize(words[i-1], true)] {
				// (an event's of-phrase names who took part: "talks of the two leaders")
				words = words[:i] // "stages of the long negotiations over …" is about stages
			}
			break // ("the issue of identity cards" is not any issue; "a sense of belonging")
		}
	}
	for len(words) > 1 && t.lx.conceptDrop[words[0]] {
		words = words[1:]
	}
	if len(words) == 0 {
		return name, name
	}
	if slices.ContainsFunc(words, func(w string) bool { return clauseOpeners[w] }) {
		key = strings.Join(words, " ") // "about whether Ukraine would be an equal participant in these talks" is no talks
		return key, key
	}
	head := t.lx.lemmatize(words[len(words)-1], true)
	words[len(words)-1] = head
	phrase = strings.Join(words, " ")
	if t.lx.eventNouns[head] && !slices.ContainsFunc(words, func(w string) bool { return otherWords[w] }) {
		return head, phrase
	}
	return phrase, phrase
}

// clauseOpeners open a clause used as an argument; such an argument is the
// whole clause, never the noun it ends on.
var clauseOpeners = set(`whether if how why what that which who`)

// plural reports whether the last word of a noun phrase is plural.
func (t *entityTable) plural(name string) bool {
	w := strings.ToLower(lastWord(name))
	return t.lx.lemmatize(w, true) != w
}

// countNouns count what their "of" phrase names.
var countNouns = set(`dozens hundreds thousands millions billions tens scores handful variety couple pair host`)

// amountNouns measure what their "of" phrase names.
var amountNouns = set(`number amount level proportion share percentage series range majority minority`)

// otherWords say a noun phrase is not the thing named before with its noun:
// "signed a joint venture agreement … and a number of other agreements".
var otherWords = set(`other another further separate different`)

// add registers a mention and returns its entity. Persons named by surname alone
// join the person whose full name ends with it; others match on the identity key.
func (t *entityTable) add(m *mention) *docEntity {
	name := m.surface
	if m.canon != "" {
		name = m.canon
	}
	name = cleanName(name) // matched and shown without invisible characters
	key := m.typ + "/" + identityKey(name)
	idName, eventKey := "", ""
	switch m.typ {
	case TypeGPE, TypeLoc:
		key = "place/" + identityKey(name)
	case TypeConcept:
		if m.weakType {
			key = "name/" + identityKey(name) // a name nothing types yet, not a noun phrase
			break
		}
		var phrase string
		idName, phrase = t.conceptKeys(name)
		key = m.typ + "/" + identityKey(idName)
		newOne := m.indefinite
		if prev := t.byKey[key]; prev != nil && !newOne && t.plural(prev.name) != t.plural(name) {
			// "a series of deals" is not the deal named before: one and many of a kind differ
			newOne = true
			if phrase == idName || !t.lx.eventNouns[idName] {
				phrase = strings.ToLower(plain(name)) // "deals", apart from "deal"; "more copies", apart from "a copy of the song"
			}
		}
		if newOne && phrase != idName {
			// "a similar deal", then "a preliminary deal": an indefinite phrase
			// brings in a new one of its kind, named by its words; "the deal"
			// after it is that one (filed under the event's key below)
			eventKey = key
			idName = phrase
			key = m.typ + "/" + identityKey(idName)
		}
	}
	isName := m.typ != TypeConcept || m.weakType
	e := t.byKey[key]
	if e == nil && isName && len(strings.Fields(name)) == 1 && !m.located {
		// "Paris" after "Valeska Paris", "Jordan" after "Michael Jordan": a surname
		// the document gave a person first is that person, whatever a gazetteer says.
		if p := t.personBySurname(cleanName(m.surface)); p != nil && (m.canon == "" || strings.EqualFold(m.canon, m.surface)) {
			e = p
			m.typ, m.canon, m.weakType = TypePerson, "", p.weakType
		}
	}
	if e == nil && isName {
		// "Ahmed" after "Ahmed Mohamed": a given name alone is the one person of the
		// document who has it; "Church" after "Church of Scientology" and "KSC" after
		// "Kennedy Space Center" are that organisation or place.
		e = t.byShortForm(m)
		if e != nil && e.typ == TypeConcept && e.weakType && strings.HasSuffix(strings.ToLower(e.name), " "+strings.ToLower(plain(m.surface))) {
			m.typ, m.weakType, m.canon = TypeConcept, true, "" // stays the thing it named
		}
	}
	if e == nil && m.canon == "" && isName {
		// A name no gazetteer knows that matches a person's surname is that person,
		// whatever prose labelled it ("Zelensky" tagged as a place).
		if p := t.personBySurname(name); p != nil {
			e = p
			if !(p.weakType && !m.weakType && len(strings.Fields(p.name)) == 1) {
				m.typ = TypePerson // retyped below when the person was only a guess
			}
		}
	}
	if e == nil && isName {
		// "Evergreen Aviation & Space Museum of McMinnville" and "… Museum",
		// "Supreme Court of Cassation" and "Supreme Court": a name and the same name
		// with "of" and a qualifier are one thing.
		if i := strings.LastIndex(name, " of "); i > 0 && len(strings.Fields(name[:i])) >= 2 {
			e = t.byName(name[:i])
		}
		if e == nil && len(strings.Fields(name)) >= 2 {
			for _, c := range t.short["pre:"+identityKey(name)] {
				if strings.HasPrefix(c.name, name+" of ") && c.typ != TypeConcept && c.typ != TypePerson {
					e = c
					break
				}
			}
		}
	}
	if e == nil && m.typ == TypeOrg {
		// "the Home Office" after "the United Kingdom Home Office", and the other
		// way round: a country before an organisation's name says whose it is.
		if rest := t.withoutPlace(name); rest != "" {
			if c := t.byKey[TypeOrg+"/"+identityKey(rest)]; c != nil {
				e = c
			}
		} else if cs := t.short["sans:"+identityKey(name)]; len(cs) == 1 {
			e = cs[0]
		}
	}
	if e == nil {
		for _, other := range []string{TypeOrg, TypePerson, "place", TypeNORP, TypeEvent, TypeWork, "name"} {
			if cand := t.byKey[other+"/"+identityKey(name)]; cand != nil {
				e = cand // the same name typed differently in another sentence
				break
			}
		}
	}
	if e == nil {
		e = &docEntity{key: key, name: name, idName: idName, typ: m.typ, weakType: m.weakType, aliases: map[string]bool{}, roles: map[string]string{}, order: len(t.list)}
		if e.typ == "place" {
			e.typ = TypeGPE
		}
		t.byKey[key] = e
		t.list = append(t.list, e)
		t.index(e)
	} else if m.typ == TypePerson && len(strings.Fields(name)) > len(strings.Fields(e.name)) && (e.typ == TypePerson || e.weakType) {
		// A fuller name for someone first met by surname.
		e.aliases[e.name] = true
		e.name = name
		t.byKey[key] = e
		if e.typ != TypePerson {
			e.typ, e.weakType = TypePerson, m.weakType // "the Blair government", then "Tony Blair"
		}
		t.index(e)
	}
	if eventKey != "" {
		t.byKey[eventKey] = e // the latest deal introduced is "the deal"
	}
	if e.weakType && !m.weakType && m.typ != TypeConcept {
		e.typ, e.weakType = m.typ, false // "Norland" first met alone, later "in Norland"
		t.index(e)                       // a guess retyped as a person is filed as one now
	}
	if m.gender != genderUnknown && e.typ == TypePerson {
		switch {
		case e.gender == genderUnknown:
			e.gender = m.gender
		case e.gender != m.gender:
			e.gender = genderEither
		}
	}
	surface := cleanName(m.surface)
	if surface != e.name {
		e.aliases[surface] = true
	}
	if m.role != "" {
		e.aliases[strings.TrimSpace(cleanName(m.role)+" "+surface)] = true
		e.roles[m.role] = m.roleOf
	}
	e.mentions++
	m.ent = e
	t.indexShort(e)
	if m.end > m.start {
		t.logMention(e, m.start, m.end)
	}
	return e
}

// logMention records a mention in its sentence's bucket, in start order, once
// per entity and start. Buckets are small, so keeping them sorted is cheap.
func (t *entityTable) logMention(e *docEntity, start, end int) {
	si := 0
	if t.sentOf != nil {
		si = t.sentOf(start)
	}
	for len(t.log) <= si {
		t.log = append(t.log, nil)
	}
	b := t.log[si]
	i := sort.Search(len(b), func(i int) bool { return b[i].start > start })
	for k := i - 1; k >= 0 && b[k].start == start; k-- {
		if b[k].ent == e {
			return
		}
	}
	b = append(b, mentionLog{})
	copy(b[i+1:], b[i:])
	b[i] = mentionLog{ent: e, start: start, end: end}
	t.log[si] = b
}

// indexShort files e under the keys its short forms are looked up by, once
// per name and type it has had.
func (t *entityTable) indexShort(e *docEntity) {
	sig := e.typ + "/" + e.name
	if e.indexedAs == sig || e.typ == TypeConcept && !e.weakType {
		return
	}
	e.indexedAs = sig
	if t.short == nil {
		t.short = map[string][]*docEntity{}
	}
	ew := strings.Fields(strings.ToLower(plain(e.name)))
	if len(ew) < 2 {
		return
	}
	if e.typ == TypeConcept && (slices.Contains(ew, "and") || slices.Contains(ew, "&")) {
		return // "The Aviator and Sideways": two names, neither of which is the pair's short form
	}
	for _, k := range []string{"first:" + ew[0], "head:" + nameHead(ew), "of:" + ew[len(ew)-1], "ini:" + initials(ew)} {
		t.short[k] = append(t.short[k], e)
	}
	if i := strings.LastIndex(e.name, " of "); i > 0 {
		k := "pre:" + identityKey(e.name[:i])
		t.short[k] = append(t.short[k], e)
	}
	if rest := t.withoutPlace(e.name); rest != "" && e.typ == TypeOrg {
		k := "sans:" + identityKey(rest)
		t.short[k] = append(t.short[k], e)
	}
}

// withoutPlace returns an organisation's name without the country or city
// that opens it ("United Kingdom Home Office" → "Home Office", "UK Border
// Force" → "Border Force") when at least two words remain, else "".
func (t *entityTable) withoutPlace(name string) string {
	w := strings.Fields(name)
	for n := 1; n <= 2 && n+2 <= len(w); n++ {
		p := strings.ToLower(plain(strings.Join(w[:n], " ")))
		if _, ok := t.lx.places[p]; ok {
			return strings.Join(w[n:], " ")
		}
	}
	return ""
}

// byName returns the named (not concept) entity with the given name, if any.
func (t *entityTable) byName(name string) *docEntity {
	for _, other := range []string{TypeOrg, "place", TypeEvent, TypeWork} {
		if e := t.byKey[other+"/"+identityKey(name)]; e != nil {
			return e
		}
	}
	return nil
}

// byLeadingWords finds the one organisation named in full earlier whose
// name opens with all the words of m: "Krispy Kreme" after "Krispy Kreme
// Doughnuts". A place keeps its own name ("New York" is no "New York Times").
func (t *entityTable) byLeadingWords(m *mention, words []string) *docEntity {
	if m.typ == TypeGPE || m.typ == TypeLoc || !m.weakType || m.role != "" {
		return nil // (a name typed by evidence stands on its own)
	}
	var found *docEntity
	for _, e := range t.list {
		ew := strings.Fields(plain(e.name))
		if e.typ != TypeOrg && !((e.typ == TypeConcept || e.typ == TypePerson) && e.weakType) || len(ew) <= len(words) {
			continue
		}
		same := true
		for i, w := range words {
			same = same && strings.EqualFold(ew[i], w)
		}
		if !same || strings.EqualFold(ew[len(words)], "of") {
			continue // "Bank of England" is not every bank's
		}
		if e.typ != TypeOrg {
			// a name only guessed: the words after must be ordinary ones
			// ("Doughnuts", "Power", "Records"), no one's name ("New Yorker Dick Morris")
			plainRest := true
			for _, w := range ew[len(words):] {
				lw := strings.ToLower(w)
				plainRest = plainRest && t.lx.words[lw] && t.lx.given[lw] == 0
			}
			if !plainRest {
				continue
			}
		}
		if found != nil && found != e {
			return nil // two such names: keep apart
		}
		found = e
	}
	return found
}

// byShortForm finds the entity a short mention stands for: a given name alone for
// the one person with that first name, a bare head word ("Church", "Ministry")
// for the one organisation or place whose name it heads, an acronym for the
// name whose initials it spells.
func (t *entityTable) byShortForm(m *mention) *docEntity {
	words := strings.Fields(plain(m.surface))
	if len(words) >= 2 {
		return t.byLeadingWords(m, words)
	}
	if len(words) != 1 {
		return nil
	}
	w := strings.ToLower(words[0])
	var found *docEntity
	pick := func(e *docEntity) bool {
		if found != nil && found != e {
			found = nil
			return false // two candidates: keep apart rather than guess
		}
		found = e
		return true
	}
	acronym := isAllCapsWord(words[0]) && len(words[0]) >= 2 && len(words[0]) <= 6
	var cands []*docEntity
	seen := map[*docEntity]bool{}
	for _, k := range []string{"first:" + w, "head:" + w, "of:" + w, "ini:" + w} {
		for _, e := range t.short[k] {
			if !seen[e] {
				seen[e] = true
				cands = append(cands, e)
			}
		}
	}
	sort.Slice(cands, func(i, j int) bool { return cands[i].order < cands[j].order })
	for _, e := range cands {
		ew := strings.Fields(strings.ToLower(plain(e.name)))
		if len(ew) < 2 {
			continue
		}
		switch {
		case e.typ == TypePerson && !m.weakType && m.typ != TypePerson:
			continue
		case e.typ == TypePerson && t.lx.given[w] != 0 && ew[0] == w:
			if !pick(e) {
				return nil
			}
		case e.typ != TypePerson && acronym && initials(ew) == w:
			if !pick(e) {
				return nil
			}
		case (e.typ == TypeOrg || e.typ == TypeLoc || e.typ == TypeGPE) && (t.lx.orgHeads[w] || t.lx.locHeads[w] != "") && nameHead(ew) == w:
			if !pick(e) {
				return nil
			}
		case (e.typ == TypeGPE || e.typ == TypeLoc || e.typ == TypeOrg && t.isPlace(w)) && len(ew) == 2 && compassWords[ew[0]] && ew[1] == w:
			// "Korea" after "South Korea" (the country or its team): the one the article named (two such
			// places, North and South, keep it apart).
			if !pick(e) {
				return nil
			}
		case e.typ == TypeConcept && e.weakType && ew[len(ew)-1] == w && len(ew) >= 3 && t.lx.words[ew[0]] && m.typ != TypePerson:
			// "Atlantis" after "Space Shuttle Atlantis": the thing named in full before,
			// whatever a gazetteer says of the word alone.
			if !pick(e) {
				return nil
			}
		case e.typ == TypeOrg && len(ew) >= 3 && ew[len(ew)-2] == "of" && ew[len(ew)-1] == w && !t.isPlace(w):
			// "Scientology" after "Church of Scientology" (but "England" is no bank).
			if !pick(e) {
				return nil
			}
		}
	}
	return found
}

// isPlace reports whether a lower-case name is a country, region or city a list knows.
func (t *entityTable) isPlace(w string) bool {
	if _, ok := t.lx.places[w]; ok {
		return true
	}
	if _, ok := t.lx.regions[w]; ok {
		return true
	}
	_, ok := t.lx.cities[w]
	return ok
}

// nameHead is the word a name is about: before "of" ("church" in "Church of
// Scientology"), else the last.
func nameHead(words []string) string {
	for i, w := range words {
		if w == "of" && i > 0 {
			return words[i-1]
		}
	}
	return words[len(words)-1]
}

// initials spells a name's capitals: "kennedy space center" → "ksc"; function
// words are skipped ("National Aeronautics and Space Administration" → "nasa").
func initials(words []string) string {
	var b strings.Builder
	for _, w := range words {
		switch w {
		case "of", "and", "the", "for", "&", "in", "on":
			continue
		}
		for _, part := range strings.Split(w, "-") {
			if part != "" {
				b.WriteString(part[:1])
			}
		}
	}
	return b.String()
}

// personBySurname returns the one person whose name ends with name's last
// word (and, when name has a first word, whose first word matches or who is
// known by surname alone); nil when there is none or several.
func (t *entityTable) personBySurname(name string) *docEntity {
	last, first := nameParts(name)
	if last == "" {
		return nil
	}
	var found *docEntity
	// match reports false when a second person makes the surname ambiguous.
	match := func(cands []*docEntity) bool {
		for _, e := range cands {
			if e == found {
				continue
			}
			el, ef := nameParts(e.name)
			// "Blair" met alone before anything typed it (a guess: "the Blair
			// government") is a surname for the "Tony Blair" that follows.
			if e.typ != TypePerson && !(e.weakType && ef == "" && first != "") {
				continue
			}
			if el != last {
				continue // renamed since it was filed here
			}
			if first != "" && ef != "" && ef != first {
				continue // a different first name: a different person
			}
			if found != nil {
				return false // ambiguous surname: keep apart rather than guess
			}
			found = e
		}
		return true
	}
	if first == "" {
		if !match(t.bySurname[last]) {
			return nil
		}
		return found
	}
	if !match(t.bySurnameFirst[last+"\x00"+first]) || !match(t.bySurnameFirst[last+"\x00"]) {
		return nil
	}
	return found
}

// id is the entity's id within its document (Link may change it across documents).
func (e *docEntity) id() string {
	if e.idName != "" {
		return Slug(e.idName)
	}
	return Slug(e.name)
}

// sortedAliases returns the aliases of e in a stable order.
func (e *docEntity) sortedAliases() []string {
	out := make([]string, 0, len(e.aliases))
	for a := range e.aliases {
		if a != e.name {
			out = append(out, a)
		}
	}
	sort.Strings(out)
	return out
}

// ampersandIn reports whether an "&" joins the words of toks[i..j].
func ampersandIn(toks []token, i, j int) bool {
	for k := i + 1; k < j; k++ {
		if toks[k].text == "&" {
			return true
		}
	}
	return false
}

// capitalHyphen reports whether w joins capitalised words with hyphens
// ("Anti-Doping", "Rolls-Royce"): a name's word, whatever the tagger made of it.
func capitalHyphen(w string) bool {
	parts := strings.Split(w, "-")
	if len(parts) < 2 {
		return false
	}
	for _, p := range parts {
		if p == "" || !unicode.IsUpper([]rune(p)[0]) {
			return false
		}
	}
	return true
}

// pluralPossessorName reports whether the capitalised run toks[i..j], before
// a possessive at j+1, ends in a plural common noun ("People", "Women",
// "Fishermen") whose possessive opens more capitals that end, within three
// words, in a head word of an organisation, event, place or work: one name
// ("the People's Choice Awards"). A person's or place's possessive ("Britain's
// National Health Service") owns a name of its own.
func (x *Extractor) pluralPossessorName(toks []token, i, j int, midCaps map[string]bool) bool {
	w := toks[j].lower
	if !x.lx.words[w] || x.isKnownName(w) || !(strings.HasSuffix(w, "s") || strings.HasSuffix(w, "men") || w == "people" || w == "children") || isAllCapsWord(toks[j].text) {
		return false
	}
	for k := i; k <= j; k++ {
		if x.lx.given[toks[k].lower] != 0 || x.lx.honorifics[toks[k].lower] != 0 || x.lx.titles[toks[k].lower] {
			return false // "Rebekah Brooks's", "Children's Minister Margaret Hodge"
		}
	}
	for k := j + 2; k < len(toks) && k <= j+4; k++ {
		if !x.isNameToken(toks[k], false, midCaps) || x.lx.titles[toks[k].lower] || x.lx.given[toks[k].lower] != 0 {
			return false // "The Producers' Nathan Lane": a person after the possessive
		}
		if x.isHeadWord(toks[k].lower) {
			return true
		}
	}
	return false
}

// initialsOf returns the capital initials of the name m's capitalised words
// ("Athletics Kenya" → "AK"), skipping small words ("of", "and").
func initialsOf(toks []token, m *mention) string {
	var b strings.Builder
	for k := m.first; k <= m.last; k++ {
		if t := toks[k].text; toks[k].isCap() && t != "" {
			b.WriteByte(t[0])
		}
	}
	return b.String()
}

// numberClosesName reports whether the token after a name's word j is a
// one- or two-digit number that ends the name: "Channel 4", "BBC Radio 1",
// "Maroon 5", "Apollo 11". Not a date ("March 3", "Monday 5"), not a score
// or a list ("Chelsea 2, Everton 1", "Chelsea 2 Arsenal 1", a team sheet's
// "(Nunez 73)", the scorers' "Mellor 38, Baros 61."), and not a count of what follows ("Group 4 firms").
func (x *Extractor) numberClosesName(toks []token, i, j int) bool {
	if j+1 >= len(toks) || !toks[j].isCap() || x.lx.months[toks[j].lower] || temporalWords[toks[j].lower] {
		return false
	}
	n := toks[j+1].text
	if len(n) == 0 || len(n) > 2 || strings.Trim(n, "0123456789") != "" {
		return false
	}
	if (i == 0 || toks[i-1].text == "," || toks[i-1].text == ":") && (j+2 >= len(toks) || toks[j+2].text == "." || toks[j+2].lower == "og") {
		return false // a match report's scorers: "Goals: Mellor 38, Baros 61."
	}
	if j+2 < len(toks) {
		a := toks[j+2]
		// (")" after it: a team sheet's substitution minute, "(Nunez 73)")
		if a.isNoun() || a.tag == "CD" || a.isCap() || strings.ContainsAny(a.text, ",-–:;%/)") || a.lower == "and" || a.lower == "to" || a.lower == "of" {
			return false
		}
	}
	return true
}
