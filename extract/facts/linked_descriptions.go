package facts

// Descriptions news uses for an entity it names elsewhere, linked to it:
// a company by its country and rank ("France's second largest carmaker"),
// "the country", "his side", "the band". Each resolver returns nil when the
// story leaves any doubt which entity is meant; nameArg calls them.

import "strings"

// placeDescribedOrg resolves a description of an organisation by its
// country and rank — "Kenya's athletics body", "France's second largest
// carmaker", "China's national airline" — to the organisation the article
// names for it. News opens a story with such a description and names the
// body in the next sentence ("Kenya's athletics body has reversed a ban …
// Athletics Kenya (AK) had suspended …"), or uses it for the one company
// the sentence before was about ("… helped Renault boost its profits …
// France's second largest carmaker enjoyed a 43% rise"). Left unlinked it is
// no one. Nil when the phrase is anything more (a name of its own: "Britain's
// Royal Mail"), is plural ("China's banks"), stands beside a name or after a
// copula ("Jet Airways, India's biggest airline"; "is Japan's biggest bank":
// the apposition or the predicate says who), or when the story gives no one
// organisation for it.
func (d *docState) placeDescribedOrg(si, i, h, j int) *docEntity {
	s := d.sents[si]
	t, toks := s.tree, s.toks
	if d.x.opts.SingleSentence || t == nil || j != h || h >= len(toks) || strings.HasPrefix(toks[h].tag, "NNS") || toks[h].tag == "NNPS" {
		return nil
	}
	if b := t.base(h); b == "appos" || t.child(h, "cop") >= 0 || t.child(h, "appos") >= 0 {
		return nil
	}
	m := d.mentionAt(si, i)
	if m == nil || m.ent == nil || m.ent.typ != TypeGPE || m.first != i || m.last+2 > h || toks[m.last+1].tag != "POS" {
		return nil
	}
	l := d.x.lx.lemmatize(toks[h].lower, true)
	// "athletics body", "governing body": a body with a word before it is an
	// organisation; "carmaker", "chipmaker" are makers
	if !businessNouns[l] && !strings.HasSuffix(l, "maker") && !(l == "body" && h > m.last+2) {
		return nil
	}
	ranked := false
	for k := m.last + 2; k < h; k++ {
		// only words that rank or describe it: "second largest", "number three
		// mobile", "national", "athletics"
		tk := toks[k]
		if tk.isCap() || d.mentionAt(si, k) != nil || !(strings.HasPrefix(tk.tag, "JJ") || tk.tag == "NN" || tk.tag == "CD" || tk.tag == "HYPH" || strings.HasPrefix(tk.tag, "RB")) {
			return nil
		}
		ranked = ranked || tk.tag == "JJS" || tk.lower == "number" || rankWords[tk.lower] || ordinalWords[tk.lower] || tk.lower == "leading" || tk.lower == "top"
	}
	party := func(e *docEntity) bool {
		_, ok := d.x.lx.partyWords[strings.ToLower(e.name)]
		return ok
	}
	if si == 0 {
		// the story's first sentence: the organisation the next one opens with
		if len(d.sents) < 2 {
			return nil
		}
		sb := d.rootSubject(1)
		if sb < 0 {
			return nil
		}
		if n := d.mentionAt(1, sb); n != nil && n.ent != nil && n.ent.typ == TypeOrg && !party(n.ent) {
			return n.ent
		}
		return nil
	}
	if !ranked {
		return nil // "Malaysia's central bank", "Britain's relay team": the body of that place, not a company the story named
	}
	// the one organisation of the sentence before and of this one before the phrase
	var only *docEntity
	for k := si - 1; k <= si; k++ {
		for _, n := range d.mentions[k] {
			if n.ent == nil || !d.companyLike(n.ent) || k == si && n.last >= i {
				continue
			}
			if party(n.ent) {
				continue
			}
			if only != nil && only != n.ent {
				return nil // two organisations in play: either could be meant
			}
			only = n.ent
		}
	}
	return only
}

// businessNouns are the nouns for a company news describes by its place
// and rank ("Japan's biggest bank", "Europe's largest insurer").
var businessNouns = set(`company firm group bank lender insurer airline carrier manufacturer retailer producer
	operator developer publisher broadcaster network supermarket brewer giant`)

// ordinalWords rank one of several: "Japan's third biggest bank".
var ordinalWords = set(`second third fourth fifth sixth seventh eighth ninth tenth second-largest second-biggest
	third-largest third-biggest`)

// companyLike reports whether e can be a company: an organisation, or a
// one-word name nothing typed yet ("Strong sales helped Renault boost its
// profits": nothing but later sentences say Renault is a carmaker), as
// roleHolder takes for "the company".
func (d *docState) companyLike(e *docEntity) bool {
	if e.typ == TypeOrg {
		return true
	}
	return e.weakType && (e.typ == TypePerson || e.typ == TypeConcept) && !strings.ContainsAny(e.name, " /0123456789") &&
		d.x.lx.given[strings.ToLower(e.name)] == 0 && e.gender == genderUnknown
}

// describedCountry resolves "the country" and "the nation" to the one
// country the sentence before and this one up to the phrase speak of: "He
// said that while Ukraine was not ready for EU membership, the country
// needed to see progress" is Ukraine. Every country they name counts, in a
// nationality too ("a South Korean report suggested the country"), and
// two are no answer ("in New Zealand … Wales had toured the country"). The
// one named must be a phrase of its own outside any quotation the phrase is
// not in: "UK entrepreneur Richard Branson", "the Iraq war" and a country in
// someone's quoted words are not what the story calls "the country". Nil
// when the phrase is more than "the" and the noun ("the whole country").
func (d *docState) describedCountry(si, i, h, j int) *docEntity {
	toks := d.sents[si].toks
	if d.x.opts.SingleSentence || h != i+1 || j != h || toks[i].lower != "the" || toks[h].lower != "country" && toks[h].lower != "nation" {
		return nil
	}
	if t := d.sents[si].tree; t != nil && t.child(h, "acl:relcl") >= 0 {
		return nil // "outside the country that hosts the target site": any such country
	}
	quoted := d.quoted[si][i]
	if e := d.countryIn(si, i, max(si-1, 0), quoted); e != nil {
		return e
	}
	// none or several there: the one country the story has named so far
	// ("… the US economy … Mr Greenspan warned that unless the nation sees …")
	return d.countryIn(si, i, 0, quoted)
}

// countryIn returns the one country sentences from..si (si up to token i)
// speak of, named at least once as a phrase of its own outside quotations
// (unless quoted, as the phrase is); nil when they speak of none or of
// several. See describedCountry.
func (d *docState) countryIn(si, i, from int, quoted bool) *docEntity {
	canonOf := func(name string) string {
		if c, ok := d.x.lx.places[strings.ToLower(name)]; ok {
			return c
		}
		return name
	}
	seen := ""
	var named *docEntity
	for k := from; k <= si; k++ {
		kt, kw := d.sents[k].tree, d.sents[k].toks
		for p := 0; p < len(kw) && (k < si || p < i); p++ {
			if m := d.mentionAt(k, p); m != nil && m.ent != nil {
				if m.first != p || m.ent.typ != TypeGPE || !d.x.lx.countries[strings.ToLower(m.ent.name)] {
					continue
				}
				c := canonOf(m.ent.name)
				if seen != "" && seen != c {
					return nil
				}
				seen = c
				head := m.last
				for q := m.first; q <= m.last; q++ {
					if kt.head[q] < m.first || kt.head[q] > m.last {
						head = q
					}
				}
				// (a noun right after it makes it a modifier whatever the parse: "UK entrepreneur Richard Branson")
				modifier := m.last+1 < len(kw) && kw[m.last+1].isNoun()
				if b := kt.base(head); b != "compound" && b != "amod" && b != "flat" && !modifier && d.quoted[k][p] == quoted {
					named = m.ent
				}
				continue
			}
			if c, ok := d.x.lx.demonyms[kw[p].lower]; ok && kw[p].isCap() {
				if seen != "" && seen != c {
					return nil
				}
				seen = c
			}
		}
	}
	if named == nil || canonOf(named.name) != seen {
		return nil
	}
	return named
}

// teamNouns name the side a manager, coach or captain leads.
var teamNouns = set(`side team squad`)

// teamOffices are the titles that lead a side.
var teamOffices = set(`manager coach boss captain skipper`)

// ownTeam resolves "his side", "her team" to the team the person the
// pronoun stands for was named as leading: "Republic of Ireland manager
// Brian Kerr admitted he was frustrated his side did not score" is the
// Republic of Ireland's side. Nil when the person holds no such title with
// a team's name, or when the phrase is more than the pronoun and the noun
// ("his old side", "his new team" are other teams).
func (d *docState) ownTeam(si, i, h, j int) *docEntity {
	toks := d.sents[si].toks
	if d.x.opts.SingleSentence || h != i+1 || j != h || toks[i].lower != "his" && toks[i].lower != "her" || !teamNouns[toks[h].lower] {
		return nil
	}
	if t := d.sents[si].tree; t != nil && t.base(h) == "obj" && t.head[h] >= 0 && choosingVerbs[d.verbLemma(si, t.head[h])] {
		return nil // "names his team on Wednesday": the players chosen, not the club
	}
	e := d.pronoun(si, i)
	if e == nil || e.typ != TypePerson {
		return nil
	}
	var team *docEntity
	for r, of := range e.roles {
		f := strings.Fields(strings.ToLower(r))
		if of == "" || len(f) == 0 || !teamOffices[f[len(f)-1]] {
			continue
		}
		t := d.table.byName(of)
		if t == nil {
			continue
		}
		if team != nil && team != t {
			return nil // two teams: which one
		}
		team = t
	}
	return team
}

// choosingVerbs take a side as the players chosen for a game: "names his
// team", "picked his side".
var choosingVerbs = set(`name pick select choose announce unveil change rotate field`)

// describedBand resolves "the band" to the one band the story named with
// that noun before: "Rock band Busted have won … The band have had eight
// top three hits" is Busted. Nil when the story named none so, or several
// ("the band X … the band Y … the band").
func (d *docState) describedBand(si, i, h, j int) *docEntity {
	toks := d.sents[si].toks
	if d.x.opts.SingleSentence || h != i+1 || j != h || toks[i].lower != "the" || toks[h].lower != "band" {
		return nil
	}
	var named *docEntity
	for k := 0; k <= si; k++ {
		kw := d.sents[k].toks
		for _, m := range d.mentions[k] {
			if m.ent == nil || m.ent.typ == TypePerson || m.ent.typ == TypeGPE || k == si && m.last >= i {
				continue
			}
			// "rock band Busted", "Busted, the band that …"
			before := m.first > 0 && kw[m.first-1].lower == "band"
			after := m.last+3 < len(kw) && kw[m.last+1].text == "," && kw[m.last+2].lower == "the" && phraseHead(kw, m.last+3) == "band"
			if !before && !after {
				continue
			}
			if named != nil && named != m.ent {
				return nil
			}
			named = m.ent
		}
	}
	if named != nil && named.mentions < 2 {
		return nil // a band named once in passing ("lost the prize to US band TV on the Radio") is not the one the story is about
	}
	return named
}

// eventHeadNouns are nouns an event's name ends in, which news uses alone
// for it once named: "the Edinburgh Festival … the festival".
var eventHeadNouns = set(`festival tournament championship championships olympics`)

// describedEvent resolves "the festival", "the tournament" to the one event
// named so far whose name ends in that noun ("the Berlin Film Festival …
// the festival"). Nil when none or several were named so ("the Cannes Film
// Festival … the Venice Film Festival … the festival": which).
func (d *docState) describedEvent(si, i, h, j int) *docEntity {
	toks := d.sents[si].toks
	noun := toks[h].lower
	if d.x.opts.SingleSentence || h != i+1 || j != h || toks[i].lower != "the" || !eventHeadNouns[noun] {
		return nil
	}
	if t := d.sents[si].tree; t != nil && t.child(h, "acl:relcl") >= 0 {
		return nil // "the festival where …": any such festival
	}
	var named *docEntity
	for k := 0; k <= si; k++ {
		for _, m := range d.mentions[k] {
			if m.ent == nil || m.ent.typ == TypePerson || m.ent.typ == TypeConcept || k == si && m.last >= i {
				continue
			}
			if !strings.HasSuffix(strings.ToLower(m.ent.name), " "+noun) {
				continue
			}
			if named != nil && named != m.ent {
				return nil
			}
			named = m.ent
		}
	}
	return named
}
