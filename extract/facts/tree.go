package facts

import (
	"fmt"
	"strings"

	"newsgraph/extract/syntax"

	"newsgraph/extract/record"
)

// tree is the dependency parse of one sentence: one node per token of the
// sentence (the parser reads prose's tokens as its words), heads as token
// indices. Clauses, their arguments and who said what are read off it.
type tree struct {
	head []int    // head token of each token, -1 for the root
	rel  []string // UD relation with subtype: "nsubj:pass"
	upos []string // universal part of speech from the parser's own tagger
	kids [][]int  // children of each token, in sentence order
}

// base returns token k's relation without its subtype.
func (t *tree) base(k int) string { return syntax.BaseRel(t.rel[k]) }

// child returns the first child of k whose relation is rel (exact, with
// subtype, or without subtype when rel has none), or -1.
func (t *tree) child(k int, rels ...string) int {
	if k < 0 {
		return -1
	}
	for _, c := range t.kids[k] {
		for _, r := range rels {
			if t.rel[c] == r || !strings.Contains(r, ":") && t.base(c) == r {
				return c
			}
		}
	}
	return -1
}

// children returns the children of k with one of the relations rels.
func (t *tree) children(k int, rels ...string) []int {
	var out []int
	for _, c := range t.kids[k] {
		for _, r := range rels {
			if t.rel[c] == r || !strings.Contains(r, ":") && t.base(c) == r {
				out = append(out, c)
				break
			}
		}
	}
	return out
}

// span returns the first and last token of k's subtree, leaving out the
// subtrees of children whose relation is in drop. Dropped children at the
// edges shrink the span; one in the middle stays inside it (a span is one
// stretch of text).
func (t *tree) span(k int, drop map[string]bool) (int, int) {
	lo, hi := k, k
	for _, c := range t.kids[k] {
		if drop[t.rel[c]] || drop[t.base(c)] {
			continue
		}
		a, b := t.span(c, drop)
		lo, hi = min(lo, a), max(hi, b)
	}
	return lo, hi
}

// dominates reports whether a is k or one of its ancestors.
func (t *tree) dominates(a, k int) bool {
	for steps := 0; k >= 0 && steps <= len(t.head); steps++ {
		if k == a {
			return true
		}
		k = t.head[k]
	}
	return false
}

// newTree builds a tree from a parsed sentence whose words are the tokens.
func newTree(s *syntax.Sentence) *tree {
	n := len(s.Tokens)
	t := &tree{head: make([]int, n), rel: make([]string, n), upos: make([]string, n), kids: make([][]int, n)}
	for i, tk := range s.Tokens {
		t.head[i] = tk.Head - 1
		t.rel[i] = tk.DepRel
		t.upos[i] = tk.UPOS
		if tk.Head < 0 || tk.Head > n || tk.Head-1 == i {
			t.head[i] = -1 // a malformed head: treat the word as a root
		}
	}
	t.relink()
	return t
}

// relink rebuilds the children lists from the heads, after cutting any cycle
// (a malformed parse or a repair could make one, and walks up or down the
// tree would never end): the cycle is cut at its first word, which becomes a
// root.
func (t *tree) relink() {
	n := len(t.head)
	for i := range t.head {
		seen := 0
		for k := i; k >= 0; k = t.head[k] {
			if seen++; seen > n {
				t.head[i] = -1
				break
			}
		}
	}
	for k := range t.kids {
		t.kids[k] = t.kids[k][:0]
	}
	for i, h := range t.head {
		if h >= 0 {
			t.kids[h] = append(t.kids[h], i)
		}
	}
}

// cueCount is how often a word heads an attribution cue in PolNeAR's train
// split, and how often it occurs there at all.
type cueCount struct{ cue, seen int }

// parse runs the dependency parser over the tokens of one sentence. Finding
// names can overrule the tagger, whose EWT training reads a capitalised name
// opening a sentence as a common noun ("Trump later told …"): such words are
// held as proper nouns and the words after them tagged again, since each tag
// depends on the ones before it ("told" is a past tense after a name, a
// participle after a noun). The tokens take the new tags, so the rules and
// the tree read one tagging.
func (x *Extractor) parse(text string, toks []token, names []mention) (*tree, error) {
	if x.treeOf != nil {
		return x.treeOf(text, toks), nil
	}
	if len(toks) == 0 {
		return nil, nil
	}
	if len(toks) > syntax.MaxWords {
		return nil, nil // no tree: the sentence keeps its names and quotations, no clauses
	}
	s := syntax.Sentence{Tokens: make([]syntax.Token, len(toks))}
	for i, tk := range toks {
		s.Tokens[i] = syntax.Token{Form: tagForm(tk.text), XPOS: tk.xpos, UPOS: tk.upos}
		if xpos, upos, ok := x.heldTag(toks, i, names); ok {
			s.Tokens[i].XPOS, s.Tokens[i].UPOS = xpos, upos
		}
	}
	if err := x.parser.ParseSentence(&s, syntax.Options{KeepTags: true}); err != nil {
		return nil, fmt.Errorf("parsing: %w", err)
	}
	if err := x.reparseInvertedCue(&s, toks); err != nil {
		return nil, err
	}
	for i := range toks {
		if w := s.Tokens[i]; w.XPOS != toks[i].xpos || w.UPOS != toks[i].upos {
			toks[i].xpos, toks[i].upos, toks[i].tag = w.XPOS, w.UPOS, pennTag(toks[i], w.XPOS)
		}
	}
	t := newTree(&s)
	repair(t, toks, x.lx)
	return t, nil
}

// heldTag returns the tag token i must have whatever the tagger said, from
// evidence the tagger does not see: names found in the sentence and the
// reporting verbs. A capitalised word inside a name is a proper noun. An
// "-ing" word the tagger called a noun is a participle when it follows a name
// or pronoun and takes a complement ("… Angela Rayner stating that …"). A
// reporting verb in -s or -ed right after its subject and before "that" is
// the finite verb, not a plural noun or a participle ("The Tax Policy Center
// estimates that …", "the nominee noted Friday that …").
func (x *Extractor) heldTag(toks []token, i int, names []mention) (string, string, bool) {
	t := toks[i]
	if (t.xpos == "VBD" || t.xpos == "VBN") && strings.HasSuffix(t.lower, "ed") {
		if pre, _, ok := strings.Cut(t.lower, "-"); ok && !verbPrefix(pre) {
			return "JJ", "ADJ", true // "Russian-occupied territory": compounds in -ed are adjectives
		}
	}
	if t.isCap() && t.xpos != "NNP" && x.lx.honorifics[strings.TrimSuffix(t.lower, ".")] != 0 && i+1 < len(toks) && toks[i+1].isCap() {
		return "NNP", "PROPN", true // "Ms Jowell's deputy said": a title of address, never a verb
	}
	if t.isCap() && t.xpos != "NNP" && t.xpos != "NNPS" && inTitle(names, i) {
		return "NNP", "PROPN", true // "Meet the Fockers": a title's words name it, whatever they are elsewhere
	}
	if (t.lower == "supporting" || t.lower == "leading") && i+1 < len(toks) && castNouns[toks[i+1].lower] {
		return "JJ", "ADJ", true // "best supporting actor", "leading lady": a kind of part, no one supports or leads
	}
	if (t.lower == "closer" || t.lower == "nearer") && i > 0 && i+1 < len(toks) && toks[i+1].lower == "to" && toks[i-1].isNoun() {
		return "JJR", "ADJ", true // "a figure closer to Adollars 431m": the figure's comparison, no noun
	}
	if currencyWords[t.lower] && i+1 < len(toks) && startsWithDigit(toks[i+1].text) {
		return "NNS", "NOUN", true // "cost pounds 9m", "dollars 27.5bn": a currency written out before its amount
	}
	if (t.lower == "cost" || t.lower == "costs") && (t.xpos == "NN" || t.xpos == "NNS") && i > 0 && i+2 < len(toks) &&
		currencyWords[toks[i+1].lower] && startsWithDigit(toks[i+2].text) && (toks[i-1].isNoun() || toks[i-1].tag == "PRP") {
		// "asylum cost pounds 2bn a year": with the currency a noun, the cost
		// before it is the verb
		if t.lower == "costs" {
			return "VBZ", "VERB", true
		}
		return "VBD", "VERB", true
	}
	if t.xpos == "IN" && !prepositions[t.lower] && !t.isCap() && strings.IndexFunc(t.lower, func(r rune) bool { return r < 'a' || r > 'z' }) < 0 &&
		i > 0 && i+1 < len(toks) && (toks[i-1].isNoun() || toks[i-1].tag == "JJ") && toks[i+1].isNoun() {
		return "NN", "NOUN", true // "New York band Scissor Sisters": between nouns a word no preposition is a noun
	}
	if titleNouns[t.lower] && !t.isCap() && t.xpos != "NN" && titleStarts(names, i+1) {
		return "NN", "NOUN", true // "horror film The Grudge": the noun that introduces a title is one
	}
	if i == 0 || i+1 >= len(toks) {
		if inName(names, i) && t.isCap() && (t.xpos == "NN" || t.xpos == "JJ") {
			return "NNP", "PROPN", true
		}
		return "", "", false
	}
	prev, next := toks[i-1], toks[i+1]
	if prev.text == "," && (next.text == "," || next.text == ".") && sentenceAdverbs[t.lower] && t.xpos != "RB" {
		return "RB", "ADV", true // "The deficit, meanwhile, hit a record": set off by commas it links sentences, it names nothing
	}
	// the subject ends just before, or a comma closing a clause or apposition does
	afterSubject := prev.isNoun() || prev.tag == "PRP" || inName(names, i-1) || prev.text == "," && i > 1 && toks[i-2].isNoun()
	switch {
	case inName(names, i) && t.isCap() && (t.xpos == "NN" || t.xpos == "JJ"):
		return "NNP", "PROPN", true
	case (t.isCap() || record.IsNameParticle(t.lower)) && strings.HasPrefix(t.xpos, "VB") && inLongName(names, i) && (prev.isCap() || next.isCap()):
		return "NNP", "PROPN", true // "Mark Thatcher", "Medecins sans Frontieres": a name's word the tagger took for a verb
	case t.xpos == "NN" && strings.HasSuffix(t.lower, "ing") && (prev.isProper() || prev.tag == "PRP" || inName(names, i-1)) &&
		(next.lower == "that" || next.tag == "DT" || next.tag == "PRP$" || next.tag == "PRP"):
		return "VBG", "VERB", true
	case t.xpos == "VBN" && (next.upos != "ADP" && nameBefore(toks, i, names) || next.lower != "by" && onlySubjectBefore(toks, i) && !finiteAfter(toks, i)):
		return "VBD", "VERB", true
	case (t.xpos == "NN" || t.xpos == "VBP" || t.xpos == "JJ") && !t.isCap() && afterModal(toks, i):
		return "VB", "VERB", true // "This cannot continue": a modal's verb
	case t.xpos == "NNS" && !t.isCap() && subjectBefore(toks, i) >= 0 && next.lower != "who" && next.lower != "which" && !pluralHeaded(toks, subjectBefore(toks, i)) && !x.roleBeforeName(t, next) && (opensComplement(next) &&
		(x.lx.cues[x.lx.verbLemma(t.lower)] || !finiteBefore(toks, subjectBefore(toks, i)) && !finiteAfter(toks, i)) ||
		!finiteBefore(toks, len(toks))):
		// a sentence needs a finite verb: with none tagged, the -s word after its
		// singular subject is it ("That method relies heavily on …")
		return "VBZ", "VERB", true // "The ad also mentions Percy Walton", "the union endorses Clinton"
	case (t.xpos == "NNS" || t.xpos == "VBN") && !t.isCap() && afterSubject && x.lx.cues[x.lx.verbLemma(t.lower)] &&
		(next.lower == "that" || next.isNoun() && i+2 < len(toks) && toks[i+2].lower == "that"):
		if t.xpos == "NNS" {
			return "VBZ", "VERB", true
		}
		return "VBD", "VERB", true
	}
	return "", "", false
}

// hasQuote reports whether a sentence quotes anyone: inside quotation marks
// a speaker may address someone.
func hasQuote(toks []token) bool {
	for _, tk := range toks {
		switch tk.text {
		case "\"", "“", "”", "'", "‘", "’", "``", "''":
			return true
		}
	}
	return false
}

// prepositions are the words English uses as prepositions and
// subordinating conjunctions (Penn IN); the tagger gives that tag to no other.
var prepositions = set(`about above across after against along alongside although amid amidst among amongst around as
	at atop because before behind below beneath beside besides between beyond but by despite down during except
	for from if in inside into like minus near nearer next notwithstanding of off on once onto opposite out outside
	over past per plus regarding round since so than that though through throughout thru till til to toward towards
	under underneath unless unlike until unto up upon versus via vs whereas whether while whilst with within
	without worth including following concerning considering given pending barring lest save cos cause re`)

// castNouns name a part in a cast: "supporting actress", "leading man".
var castNouns = set(`actor actors actress actresses role roles part parts man lady cast player`)

// inTitle reports whether token i is inside a work's title of several words.
func inTitle(names []mention, i int) bool {
	for _, m := range names {
		if m.typ == TypeWork && m.first < m.last && m.first <= i && i <= m.last {
			return true
		}
	}
	return false
}

// titleStarts reports whether a work's title opens at token i.
func titleStarts(names []mention, i int) bool {
	for _, m := range names {
		if m.typ == TypeWork && m.first == i {
			return true
		}
	}
	return false
}

// nameBefore reports whether a name the tagger read as a common noun ends
// just before token i, adverbs aside: the tagger then took i for a participle
// modifying a noun ("Trump later told …") where it is the name's verb.
func nameBefore(toks []token, i int, names []mention) bool {
	k := i - 1
	for k >= 0 && strings.HasPrefix(toks[k].xpos, "RB") {
		k--
	}
	return k >= 0 && inName(names, k) && toks[k].xpos == "NN"
}

// verbPrefix reports whether a hyphenated prefix makes a verb of a verb:
// "re-designated the orbiter" is a verb, "Russian-occupied" an adjective.
func verbPrefix(p string) bool {
	switch p {
	case "re", "co", "pre", "de", "un", "mis", "dis", "out", "over", "under", "counter", "cross", "double":
		return true
	}
	return false
}

// onlySubjectBefore reports whether no verb comes before token i and a noun
// phrase ends just before it (or just before a comma closing an apposition:
// "Putin's spokesperson, Dmitry Peskov, dismissed …"): the subject, when i is
// the verb.
func onlySubjectBefore(toks []token, i int) bool {
	for k := 0; k < i; k++ {
		prenominal := (toks[k].xpos == "VBN" || toks[k].xpos == "VBG") && (toks[k+1].isNoun() || toks[k+1].tag == "JJ")
		if toks[k].isVerb() && !prenominal || toks[k].tag == "MD" {
			return false // a verb before, unless it describes a noun ("Accepted bids ranged …")
		}
	}
	p := i - 1
	if p > 0 && toks[p].text == "," {
		p--
	}
	return p >= 0 && (toks[p].isNoun() || toks[p].tag == "PRP")
}

// finiteAfter reports whether a finite verb follows token i in the same
// clause: then i, with no auxiliary, is a participle after all ("The report
// released Tuesday says …"). A coordinated or subordinate clause ends the
// search ("The exhibit premiered in Berlin and combined …").
func finiteAfter(toks []token, i int) bool {
	for k := i + 1; k < len(toks); k++ {
		switch tg := toks[k].xpos; {
		case tg == "CC" && k > 0 && k+1 < len(toks) && toks[k-1].isNoun() && (toks[k+1].isNoun() || toks[k+1].xpos == "DT" || toks[k+1].xpos == "JJ"):
			// "Rank Group and Stanley Leisure fell": an "and" between nouns joins
			// things, not clauses
		case tg == "CC", tg == "WDT", tg == "WP", tg == "WRB", toks[k].lower == "that", tg == "IN" && toks[k].upos == "SCONJ":
			return false
		case tg == "VBD", tg == "VBZ", tg == "VBP", tg == "MD":
			return true
		}
	}
	return false
}

// subjectBefore returns the singular noun, the subject an -s verb agrees
// with, that ends just before token i, adverbs and a relative clause set off
// by commas aside ("The museum, which Carlos Mendes founded in 1990,
// attracts …"); -1 if there is none.
func subjectBefore(toks []token, i int) int {
	k := i - 1
	for k >= 0 && strings.HasPrefix(toks[k].xpos, "RB") {
		k--
	}
	if k > 0 && toks[k].text == "," {
		for j := k - 1; j > 0 && toks[j].text != ","; j-- {
			if (toks[j].xpos == "WDT" || toks[j].xpos == "WP") && toks[j-1].text == "," {
				k = j - 2
				break
			}
			if toks[j-1].text == "," && k-j <= 4 && !finiteBefore(toks[j:k], k-j) {
				k = j - 2 // a short aside: "Premark International Inc., for example, peddles …"
				break
			}
		}
	}
	if k >= 0 && k < i && (toks[k].xpos == "NN" || toks[k].xpos == "NNP") {
		return k
	}
	return -1
}

// roleBeforeName reports whether the -s word t is the plural of a title or
// role that no verb shares, before a name: "Balfour Beatty managers Anthony
// Walker and Nicholas Jeffries … face charges" names managers, nobody manages
// them ("heads", "chairs", "coaches" are verbs too: the word list has "headed").
func (x *Extractor) roleBeforeName(t, next token) bool {
	sing := x.lx.lemmatize(t.lower, true)
	if sing == t.lower || !next.isCap() || !x.lx.titles[sing] && !x.lx.orgRoles[sing] {
		return false
	}
	return !x.lx.words[sing+"ed"] && !x.lx.words[sing+"d"]
}

// pluralHeaded reports whether the noun at k ends a phrase that hangs by a
// preposition on a plural noun ("Shares in British casino"): then the phrase's
// head is that plural, and an -s word after it is no verb agreeing with it
// ("Shares in British casino operators London Clubs … fell").
func pluralHeaded(toks []token, k int) bool {
	j := k
	for j > 0 && (toks[j-1].isNoun() || toks[j-1].tag == "JJ" || toks[j-1].tag == "DT" || toks[j-1].tag == "CD" || toks[j-1].tag == "POS") {
		j--
	}
	return j >= 2 && toks[j-1].xpos == "IN" && toks[j-1].lower != "that" && toks[j-2].xpos == "NNS"
}

// afterModal reports whether a modal comes just before token i, adverbs and
// quotation marks aside ("would “probably” meet").
func afterModal(toks []token, i int) bool {
	k := i - 1
	for k >= 0 && (strings.HasPrefix(toks[k].xpos, "RB") || toks[k].tag == "``") {
		k--
	}
	return k >= 0 && toks[k].xpos == "MD"
}

// opensComplement reports whether t can begin a verb's object or clause.
func opensComplement(t token) bool {
	switch t.xpos {
	case "DT", "PRP", "PRP$", "NNP", "NNPS", "CD", "JJ", "WP", "WRB":
		return true
	}
	return t.lower == "that"
}

// finiteBefore reports whether a finite verb comes before token i.
func finiteBefore(toks []token, i int) bool {
	for k := 0; k < i; k++ {
		switch toks[k].xpos {
		case "VBD", "VBZ", "VBP", "MD":
			return true
		}
	}
	return false
}

// inName reports whether token i lies inside a name found in the sentence.
func inName(names []mention, i int) bool { return nameWith(names, i, 1) }

// inLongName reports whether token i lies inside a name of several words.
func inLongName(names []mention, i int) bool { return nameWith(names, i, 2) }

// nameWith reports whether token i lies inside a name (no concept) of at
// least words words.
func nameWith(names []mention, i, words int) bool {
	for _, m := range names {
		if i >= m.first && i <= m.last && m.last-m.first+1 >= words && m.typ != TypeConcept {
			return true
		}
	}
	return false
}

// repairFiniteCompounds undoes one misparse: a finite verb is never part of
// a name, but a parser can read a verb and the name after it as one noun
// ("Anna Berg, who leads Nordbank, met …" with "leads" a compound of
// "Nordbank"). The verb then heads its clause in the noun's place and the
// noun becomes its object; words before the verb that hung on the noun (the
// relative pronoun, a comma) hang on the verb. It reports whether it changed
// the tree.
func (t *tree) repairFiniteCompounds(toks []token) bool {
	changed := false
	for v, tk := range toks {
		h := t.head[v]
		if t.rel[v] != "compound" || h <= v || (tk.xpos != "VBZ" && tk.xpos != "VBD" && tk.xpos != "VBP") ||
			t.upos[h] != "PROPN" && t.upos[h] != "NOUN" {
			continue
		}
		rel := t.rel[h]
		for c := range t.head {
			if t.head[c] == h && c < v {
				t.head[c] = v
				if t.rel[c] == "nsubj" && relativeWords[toks[c].lower] {
					rel = "acl:relcl"
				}
			}
		}
		t.head[v], t.rel[v] = t.head[h], rel
		t.head[h], t.rel[h] = v, "obj"
		changed = true
	}
	return changed
}

var relativeWords = set(`who which that`)

// repairReportedSubjects undoes another: after a verb that reports a clause
// ("said organisations needed to prepare …"), a parser can take the clause's
// subject for the verb's object and hang the clause's verb on it as a noun
// modifier. A finite verb is no bare "acl" of such an object, nor is a past
// participle after "said" or "believe", which take no noun object in news:
// the noun is its subject and its clause what is said. It reports whether
// it changed the tree.
func (t *tree) repairReportedSubjects(toks []token, lx *lexicon) bool {
	changed := false
	for v, tk := range toks {
		n := t.head[v]
		if t.rel[v] != "acl" || n < 0 || n >= v || t.rel[n] != "obj" || t.head[n] < 0 {
			continue
		}
		l := lx.lemmatize(toks[t.head[n]].lower, false)
		finite := tk.xpos == "VBZ" || tk.xpos == "VBD" || tk.xpos == "VBP"
		if !(finite && clauseReportingVerbs[l] || tk.xpos == "VBN" && clauseOnlyReporting[l]) {
			continue
		}
		if t.child(v, "mark", "nsubj", "nsubj:pass") >= 0 {
			continue // "that" or a subject of its own: a clause about the noun
		}
		t.head[v], t.rel[v] = t.head[n], "ccomp"
		t.head[n], t.rel[n] = v, "nsubj"
		changed = true
	}
	// "Renault said the outlook for the industry this year was stable" parsed
	// with the outlook as what was said and a subjectless clause after it:
	// the object is the clause's subject
	for c := range toks {
		v := t.head[c]
		// ("this year" taken for the clause's subject is when)
		when := t.child(c, "nsubj")
		if when >= 0 && !temporalWords[toks[when].lower] {
			when = -1
		}
		if t.base(c) != "ccomp" || v < 0 || !clauseOnlyReporting[lx.lemmatize(toks[v].lower, false)] ||
			when < 0 && hasChild(t, c, "nsubj") || hasChild(t, c, "nsubj:pass", "expl", "csubj", "mark") || t.upos[c] != "VERB" && !hasChild(t, c, "cop") {
			continue
		}
		n := t.child(v, "obj")
		if sb := t.child(v, "nsubj"); n < 0 || n < v || n > c || hasChild(t, v, "iobj") || sb < 0 || sb > v || v > 0 && toks[v-1].text == "," {
			continue // (", said Junya Tanase of JPMorgan, were …": after an inverted cue the noun is who speaks)
		}
		t.head[n], t.rel[n] = c, "nsubj"
		if when >= 0 {
			t.rel[when] = "obl:tmod"
		}
		changed = true
	}
	return changed
}

// clauseReportingVerbs take a reported clause and, in news, seldom a noun
// object with a finite verb after it; clauseOnlyReporting take no noun
// object at all.
var (
	clauseReportingVerbs = set(`say claim believe think argue insist suggest add state admit fear hope feel predict
acknowledge conclude reckon`)
	clauseOnlyReporting = set(`say claim believe think argue insist reckon`)
)

// repairListAppositions reads "include A, B, C and D" parsed as A with B in
// apposition and C, D coordinated with B as the list it is: B, C and D
// coordinated with A. An apposition whose own conjuncts end in "and" or "or"
// is the next item of a list, not another name for the first: with two
// conjuncts of its own or more, or when it and the first are both names.
func (t *tree) repairListAppositions(toks []token) bool {
	changed := false
	for k := 2; k < len(toks); k++ {
		h := t.head[k]
		if t.rel[k] != "appos" || h < 0 || h > k {
			continue
		}
		conjs := t.children(k, "conj")
		if len(conjs) == 0 || t.child(conjs[len(conjs)-1], "cc") < 0 {
			continue
		}
		if len(conjs) < 2 && (t.upos[k] != "PROPN" || t.upos[h] != "PROPN") {
			continue // "Petrov, the foreign minister and party leader": an apposition that is two things
		}
		if cc := toks[t.child(conjs[len(conjs)-1], "cc")].lower; cc != "and" && cc != "or" {
			continue
		}
		t.rel[k] = "conj"
		for _, c := range conjs {
			t.head[c] = h
		}
		changed = true
	}
	return changed
}

// repairParticipleRoot reads "The chief, dubbed Robocop for his style,
// clashed with Herron" parsed with "dubbed" as the main verb and "clashed" as
// its conjunct as what it is: "clashed" is the main verb, "dubbed …" a
// reduced relative on the subject. The participle has no auxiliary, a comma
// on each side, and the finite verb after it no subject of its own.
func (t *tree) repairParticipleRoot(toks []token) bool {
	for v := range toks {
		if t.head[v] >= 0 || toks[v].tag != "VBN" || v < 2 || toks[v-1].text != "," || hasChild(t, v, "aux", "aux:pass") {
			continue
		}
		sb := t.child(v, "nsubj")
		if sb < 0 || sb > v {
			continue
		}
		for _, c := range t.children(v, "conj") {
			if c < v+2 || toks[c-1].text != "," || hasChild(t, c, "nsubj", "nsubj:pass", "cc") {
				continue
			}
			if tg := toks[c].tag; tg != "VBD" && tg != "VBZ" && tg != "VBP" && tg != "MD" {
				continue
			}
			t.head[c], t.rel[c] = -1, "root"
			t.head[v], t.rel[v] = sb, "acl"
			t.head[sb] = c
			for _, k := range t.kids[v] {
				if k > c || t.rel[k] == "punct" && k == len(toks)-1 {
					t.head[k] = c // what follows the main verb is its own
				}
			}
			return true
		}
	}
	return false
}

// repairReportedParticiple reads "The ONS said output dropped 0.1%, matching
// a fall in October" parsed with "matching" hung on "said" as what it is: a
// participle right after the reported clause, set off by a comma, describes
// what that clause reports, so it hangs on the clause's verb (and is reported
// with it). A participle of saying or judging ("…, adding that …", "…, citing
// ill health", "…, calling it a disgrace") stays with the speaker.
func (t *tree) repairReportedParticiple(toks []token, lx *lexicon) bool {
	changed := false
	for v := 2; v < len(toks); v++ {
		h := t.head[v]
		if t.rel[v] != "advcl" || toks[v].tag != "VBG" || toks[v-1].text != "," || h < 0 || h > v || hasChild(t, v, "mark", "nsubj", "nsubj:pass") {
			continue
		}
		l := lx.lemmatize(toks[v].lower, false)
		saying := clauseCues[l] || objectCues[l] || clauseReportingVerbs[l] || infinitiveCues[l]
		if r := t.head[h]; saying && t.rel[h] == "ccomp" && r >= 0 && r < h && clauseReportingVerbs[lx.lemmatize(toks[r].lower, false)] {
			// the other way round: "Police said a man was arrested, adding that …"
			// with "adding" hung on "arrested" — the speaker adds
			hi := h
			for _, c := range t.kids[h] {
				if c != v && c != v-1 {
					_, b := t.span(c, nil)
					hi = max(hi, b)
				}
			}
			if hi == v-2 {
				t.head[v], t.head[v-1] = r, r
				changed = true
			}
			continue
		}
		if saying || !clauseReportingVerbs[lx.lemmatize(toks[h].lower, false)] {
			continue
		}
		c := -1
		for _, k := range t.children(h, "ccomp") {
			if k < v {
				c = k
			}
		}
		if c < 0 || t.upos[c] != "VERB" {
			continue
		}
		if _, hi := t.span(c, nil); hi != v-2 {
			continue // the reported clause must end at the comma
		}
		t.head[v] = c
		t.head[v-1] = c
		changed = true
	}
	return changed
}

// repairInvertedCue reads "The tone of the campaign, said Mr Milburn, would
// be more conversational" parsed with the fronted subject as the subject of
// "said" and the name after it as a vocative or object: a reporting verb
// between commas, a short noun phrase after it and a clause with no subject
// after that is a cue interrupting the clause it reports. The clause becomes
// the head (as UD writes it), the fronted phrase its subject, the cue a
// parataxis whose subject is the name.
func (t *tree) repairInvertedCue(toks []token, lx *lexicon) bool {
	changed := false
	for v := 3; v < len(toks)-3; v++ {
		if toks[v-1].text != "," || !toks[v].isVerb() || !sayCues[lx.lemmatize(toks[v].lower, false)] {
			continue
		}
		s := t.child(v, "nsubj")
		if s < 0 || s > v-2 {
			continue
		}
		c := v + 1
		for c < len(toks) && c-v <= 7 && toks[c].text != "," {
			c++
		}
		if c >= len(toks)-1 || toks[c].text != "," || c == v+1 {
			continue
		}
		r, nominal := -1, true
		for k := v + 1; k < c; k++ {
			if toks[k].isVerb() || t.upos[k] == "VERB" || t.upos[k] == "AUX" {
				nominal = false
			}
			if h := t.head[k]; h < v+1 || h >= c {
				if r >= 0 {
					nominal = false // two phrases
				}
				r = k
			}
		}
		// the phrase after the cue names a speaker ("Mr Milburn", "he", "a
		// spokesman"), and the one before it is no speaker named in apposition
		// ("His mother, Giselle, said her son's killer, …, had …")
		if !nominal || r < 0 || t.upos[r] != "PROPN" && t.upos[r] != "PRON" && !lx.titles[toks[r].lower] && !lx.personNouns[toks[r].lower] ||
			hasChild(t, s, "appos") {
			continue
		}
		h := -1
		for _, k := range t.kids[v] {
			if k > c && (t.base(k) == "ccomp" || t.base(k) == "parataxis") {
				h = k
			}
		}
		if h < 0 || hasChild(t, h, "nsubj", "nsubj:pass", "expl") || t.upos[h] != "VERB" && t.child(h, "cop") < 0 && t.child(h, "aux") < 0 {
			continue
		}
		inside := false // the clause's own words all follow the cue
		for _, k := range t.kids[h] {
			inside = inside || k < c && k != r
		}
		if inside {
			continue
		}
		t.hangCueInside(v, h, s, v-1, c, func(k int) bool { return k != r && k != v-1 && k != c })
		t.head[r], t.rel[r] = v, "nsubj"
		changed = true
	}
	return changed
}

// hangCueInside makes clause h the head in cue v's place and the cue a
// parataxis inside it, between commas c1 and c2: subj, the fronted phrase,
// becomes the clause's subject, and the cue's other children that move (as
// moves says) go to the clause.
func (t *tree) hangCueInside(v, h, subj, c1, c2 int, moves func(k int) bool) {
	for _, k := range t.kids[v] {
		if k != h && k != subj && moves(k) {
			t.head[k] = h
		}
	}
	t.head[h], t.rel[h] = t.head[v], t.rel[v]
	t.head[v], t.rel[v] = h, "parataxis"
	t.head[subj], t.rel[subj] = h, "nsubj"
	if hasChild(t, h, "aux:pass") {
		t.rel[subj] = "nsubj:pass"
	}
	t.head[c1], t.rel[c1] = v, "punct"
	t.head[c2], t.rel[c2] = v, "punct"
}

// repairFrontedCue reads "The job of firms such as HP, she said in a
// speech, was to ensure …" parsed with the fronted phrase hung on "said" and
// the rest of the clause as its conjunct: a cue with its own subject between
// commas, a noun phrase before it that opens the sentence, and a clause with
// no subject after the second comma are one clause the cue interrupts. As
// UD writes it, the clause is the head, the fronted phrase its subject, the
// cue a parataxis (see repairInvertedCue for "…, said Mr Milburn, …").
func (t *tree) repairFrontedCue(toks []token, lx *lexicon) bool {
	changed := false
	punct := set(`punct`)
	for v := 3; v < len(toks)-3; v++ {
		if !toks[v].isVerb() || !sayCues[lx.lemmatize(toks[v].lower, false)] {
			continue
		}
		sb := t.child(v, "nsubj")
		if sb < 2 || sb > v || toks[sb-1].text != "," {
			continue
		}
		front := frontOf(toks)
		f := -1
		for _, k := range t.kids[v] {
			if k >= front && k < sb-1 && (t.upos[k] == "NOUN" || t.upos[k] == "PROPN") && !hasChild(t, k, "cop", "nsubj") {
				if lo, hi := t.span(k, punct); lo == front && hi == sb-2 {
					f = k
				}
			}
		}
		if f < 0 {
			continue
		}
		h := -1
		for _, k := range t.kids[v] {
			if k > v && (t.base(k) == "conj" || t.base(k) == "ccomp" || t.base(k) == "parataxis") && !hasChild(t, k, "nsubj", "nsubj:pass", "expl", "cc") &&
				(t.upos[k] == "VERB" || hasChild(t, k, "cop", "aux")) {
				if lo, _ := t.span(k, punct); lo > v+1 && toks[lo-1].text == "," {
					h = k
				}
			}
		}
		if h < 0 {
			continue
		}
		hlo, _ := t.span(h, punct)
		t.hangCueInside(v, h, f, sb-1, hlo-1, func(k int) bool { return k != sb && (k < sb-1 || k >= hlo) })
		changed = true
	}
	return changed
}

// repairFrontedClause reads "His comments were offensive, critics said"
// parsed with the fronted clause's predicate as an adjective of the speaker
// ("offensive critics"): a modifier that has its own subject and copula is a
// clause, and one that ends at a comma before the subject of a verb of saying
// is what was said. As UD writes it, the clause heads the sentence and the
// cue is its parataxis.
func (t *tree) repairFrontedClause(toks []token, lx *lexicon) bool {
	changed := false
	for k := range toks {
		h := t.head[k]
		if h <= k+1 || t.base(k) != "amod" && t.base(k) != "compound" || !hasChild(t, k, "cop") || !hasChild(t, k, "nsubj") {
			continue
		}
		v := t.head[h]
		if t.base(h) != "nsubj" || v <= h || !toks[v].isVerb() || !sayCues[lx.lemmatize(toks[v].lower, false)] || !commaBetween(toks, k, h) {
			continue
		}
		t.head[k], t.rel[k] = t.head[v], t.rel[v]
		t.head[v], t.rel[v] = k, "parataxis"
		for _, c := range t.kids[v] {
			if c > v && t.base(c) == "punct" {
				t.head[c] = k // the full stop closes the clause, not the cue
			}
		}
		changed = true
	}
	return changed
}

// repairThanksTo reads "dominates the handheld world thanks to successive
// versions of the GameBoy" parsed with "thanks" as a noun object and "to"
// opening a phrase on it: "thanks to" is one preposition of cause, and its
// phrase hangs on the clause's verb.
func (t *tree) repairThanksTo(toks []token) bool {
	changed := false
	for k := 1; k+2 < len(toks); k++ {
		if toks[k].lower != "thanks" || toks[k+1].lower != "to" {
			continue
		}
		n := t.head[k+1]
		if n <= k+1 || t.base(k+1) != "case" || t.head[n] != k && t.head[k] != n || strings.HasPrefix(t.rel[k], "nsubj") || strings.HasPrefix(t.rel[n], "nsubj") {
			continue
		}
		v := t.head[k]
		for v >= 0 && t.upos[v] != "VERB" && t.child(v, "cop") < 0 {
			v = t.head[v]
		}
		if v < 0 || t.dominates(n, v) {
			continue
		}
		// "its revival thanks": a noun the parse hung on "thanks" as a compound
		// is the verb's argument again
		r := -1
		for _, c := range t.kids[k] {
			if c < k && (t.base(c) == "compound" || t.upos[c] == "NOUN" || t.upos[c] == "PROPN") {
				r = c
			}
		}
		if r >= 0 {
			for _, c := range t.kids[k] {
				if c < k && c != r {
					t.head[c] = r
				}
			}
			t.head[r], t.rel[r] = t.head[k], t.rel[k]
		}
		for _, c := range t.kids[k] {
			if c > k+1 && c != n {
				t.head[c] = n // "thanks to a system known as Wap push": what describes the noun is the noun's
			}
		}
		t.head[n], t.rel[n] = v, "obl"
		t.head[k], t.rel[k] = n, "case"
		t.head[k+1], t.rel[k+1] = k, "fixed"
		changed = true
	}
	return changed
}

// clauseAdjuncts open phrases that say why, despite what or after what
// something happened: they modify the clause, not the noun before them.
var clauseAdjuncts = set(`thanks_to due_to because_of despite in_spite_of amid amidst following as_part_of compared_with instead_of rather_than`)

// repairClauseAdjuncts reads "Nintendo dominates the handheld world thanks
// to successive versions of the GameBoy" parsed with the "thanks to" phrase
// inside the object: a phrase opened by a clause adjunct (clauseAdjuncts) on
// a verb's subject or object hangs on the verb, so the argument ends before
// it. ("after" and "before" are left where the parser put them: "the
// second-biggest source of income after oil", "earnings before interest".)
func (t *tree) repairClauseAdjuncts(toks []token) bool {
	changed := false
	for c := range toks {
		n := t.head[c]
		if t.base(c) != "nmod" || n < 0 || n > c {
			continue
		}
		k := t.child(c, "case")
		if k < 0 {
			continue
		}
		w := toks[k].lower
		for _, f := range t.children(k, "fixed") {
			w += "_" + toks[f].lower
		}
		if !clauseAdjuncts[w] {
			continue
		}
		switch t.base(n) {
		case "obj", "obl", "nsubj":
		default:
			continue
		}
		v := t.head[n]
		if v < 0 || t.upos[v] != "VERB" && t.child(v, "cop") < 0 {
			continue
		}
		t.head[c], t.rel[c] = v, "obl"
		changed = true
	}
	return changed
}

// repairAmountModifier reads "signed a dollars 2bn deal", "won the pounds
// 50,000 prize" (BBC spelling of "$2bn", "£50,000") parsed with the currency
// as the head and the noun after the amount as a second object or a clause:
// an amount before a noun is the noun's modifier, and the noun heads the
// phrase.
func (t *tree) repairAmountModifier(toks []token) bool {
	changed := false
	for k := 0; k+2 < len(toks); k++ {
		n := k + 2
		if !currencyWords[toks[k].lower] || t.head[k+1] != k && t.head[k+1] != n || !startsWithDigit(toks[k+1].text) || !toks[n].isNoun() || toks[n].isProper() ||
			temporalWords[toks[n].lower] {
			continue
		}
		j := n
		for j+1 < len(toks) && toks[j+1].isNoun() && !toks[j+1].isProper() && !temporalWords[toks[j+1].lower] {
			j++ // "a pounds 1bn rescue package": the last noun heads
		}
		if h := t.head[k]; h >= n && h <= j {
			continue // already inside the noun's phrase
		}
		for m := n; m < j; m++ {
			t.head[m], t.rel[m] = j, "compound"
		}
		t.head[k+1], t.rel[k+1] = k, "nummod" // the amount counts the currency
		t.head[j], t.rel[j] = t.head[k], t.rel[k]
		t.head[k], t.rel[k] = j, "compound"
		for _, c := range t.kids[k] {
			if c < k && (t.base(c) == "det" || t.base(c) == "amod" || t.base(c) == "nmod:poss") {
				t.head[c] = j // "a", "the", "its": the noun's
			}
		}
		changed = true
	}
	return changed
}

// repairCommaCompound reads "Flic Everett, journalist and dating expert …,
// thinks" parsed with the name as a compound of the noun after the comma: no
// compound reaches across a comma, so the name heads the phrase and the noun
// is in apposition to it.
func (t *tree) repairCommaCompound(toks []token, lx *lexicon) bool {
	changed := false
	for k := range toks {
		h := t.head[k]
		if t.base(k) != "compound" || h <= k+1 || t.upos[k] != "PROPN" || t.upos[h] != "NOUN" || k == 0 || t.upos[k-1] != "PROPN" && t.upos[k-1] != "ADJ" ||
			personHeads[toks[h].lower] == 0 && !lx.titles[toks[h].lower] {
			continue // (a person's name of two words and a noun for a person: "Flic Everett, journalist")
		}
		if toks[k+1].text != "," || commaBetween(toks, k+1, h) {
			continue // one comma, right after the name
		}
		t.head[k], t.rel[k] = t.head[h], t.rel[h]
		t.head[h], t.rel[h] = k, "appos"
		t.head[k+1] = k
		changed = true
	}
	return changed
}

// repairSpeakingParticiple reads "Hodgson believes a break carries many
// advantages, explaining: …" parsed with "explaining" describing
// "advantages" as what it is: a participle of saying after a comma, hung on
// a thing, is said by the subject of the clause it closes — the reporting
// verb's when that clause is reported.
func (t *tree) repairSpeakingParticiple(toks []token, lx *lexicon) bool {
	changed := false
	for v := 2; v < len(toks); v++ {
		n := t.head[v]
		if t.rel[v] != "acl" || toks[v].tag != "VBG" || toks[v-1].text != "," || n < 0 || n > v || t.upos[n] != "NOUN" {
			continue
		}
		if l := lx.lemmatize(toks[v].lower, false); !clauseCues[l] && !clauseReportingVerbs[l] {
			continue
		}
		h := t.head[n]
		for h >= 0 && t.upos[h] != "VERB" {
			h = t.head[h]
		}
		for h >= 0 && t.rel[h] == "ccomp" && t.head[h] >= 0 && clauseReportingVerbs[lx.lemmatize(toks[t.head[h]].lower, false)] {
			h = t.head[h]
		}
		if h < 0 || h > v {
			continue
		}
		t.head[v], t.rel[v] = h, "advcl"
		changed = true
	}
	return changed
}

// repairNounParticiple reads "pledging a pension system based on years of
// residence" parsed with "based" as an adverbial of "pledging" as what it is:
// a past participle right after a noun, no comma between, no auxiliary or
// subject of its own, describes the noun.
func (t *tree) repairNounParticiple(toks []token) bool {
	changed := false
	for p := 2; p < len(toks); p++ {
		h, n := t.head[p], p-1
		if t.rel[p] != "advcl" || toks[p].tag != "VBN" || h < 0 || h >= n || t.upos[n] != "NOUN" && t.upos[n] != "PROPN" ||
			hasChild(t, p, "aux", "aux:pass", "nsubj", "nsubj:pass", "mark") || !t.dominates(h, n) {
			continue
		}
		t.head[p], t.rel[p] = n, "acl"
		changed = true
	}
	return changed
}

// repairVerbInNounPhrase reads a word the tagger took for a verb inside a
// noun phrase as the modifier it is: "Japanese aid agencies", "a growing
// number" (after an adjective, article or possessive) and "both developed and
// developing nations" (coordinated with an adjective). Such a "verb" takes the
// bare noun right after it as its object and has no subject, auxiliary or
// complement clause of its own; a verb of a clause has a subject or follows
// something that is not a noun's modifier ("that owns shares", "to aid
// farmers"). The noun takes the verb's place in the sentence and the word
// modifies it. It reports whether it changed the tree.
func (t *tree) repairVerbInNounPhrase(toks []token, lx *lexicon) bool {
	changed := false
	for v := 1; v+1 < len(toks); v++ {
		o, prev := v+1, v-1
		if t.upos[v] != "VERB" || t.upos[o] != "NOUN" || t.head[o] != v || t.rel[o] != "obj" || toks[v].isCap() ||
			len(t.children(v, "obj")) != 1 {
			continue
		}
		switch toks[v].tag {
		case "VB", "VBP", "VBZ", "VBD", "VBG", "VBN":
		default:
			continue
		}
		// "Japanese aid agencies" with the nationality read as the subject:
		// a people's adjective is no subject of a bare verb before a bare noun
		// ("the Swede took gold", "Gibraltarians rejected plans": a people
		// named with an article or in the plural, or a past tense, is a clause)
		_, demonym := lx.demonyms[toks[prev].lower]
		demonym = demonym && t.head[prev] == v && t.rel[prev] == "nsubj" && len(t.kids[prev]) == 0 && !strings.HasSuffix(toks[prev].lower, "s") &&
			(toks[v].tag != "VBD" || !strings.HasSuffix(toks[v].lower, "ed") && lx.irregular[toks[v].lower] == "")
		clausal := false
		for _, k := range t.kids[v] {
			switch t.rel[k] {
			case "nsubj":
				clausal = clausal || !(demonym && k == prev)
			case "nsubj:pass", "csubj", "expl", "aux", "aux:pass", "cop", "mark", "ccomp", "xcomp", "iobj", "compound:prt":
				clausal = true
			}
		}
		if clausal {
			continue
		}
		switch {
		case t.head[prev] == v && (prenominal(toks[prev]) || demonym) && t.base(prev) != "advmod":
			// "Japanese aid agencies": the adjective hung on the "verb"
			h, r := t.head[v], t.rel[v]
			for _, k := range t.kids[v] {
				if k != o {
					t.head[k] = o
					if t.base(k) == "obl" {
						t.rel[k] = "nmod" // "aid agencies on Wednesday": the noun's now
					}
				}
			}
			if demonym {
				t.rel[prev] = "amod"
			}
			t.head[o], t.rel[o] = h, r
			t.head[v] = o
		case t.rel[v] == "conj" && toks[prev].tag == "CC" && t.head[prev] == v && t.head[v] == v-2 && t.upos[v-2] == "ADJ" &&
			nominalRels[t.base(v-2)] && t.head[v-2] >= 0:
			// "imposed by both developed and developing nations" with the
			// adjective heading the phrase: the noun heads it, both describe it
			a := v - 2
			for _, k := range t.kids[a] {
				if k != v && (t.base(k) == "case" || t.base(k) == "det" || t.base(k) == "nmod:poss") {
					t.head[k] = o
				}
			}
			t.head[o], t.rel[o] = t.head[a], t.rel[a]
			t.head[a], t.rel[a] = o, "amod"
		default:
			continue
		}
		switch {
		case t.rel[v] == "conj":
			toks[v].tag, toks[v].xpos, toks[v].upos, t.upos[v] = "JJ", "JJ", "ADJ", "ADJ"
		case toks[v].tag == "VBG" || toks[v].tag == "VBN":
			toks[v].tag, toks[v].xpos, toks[v].upos, t.upos[v] = "JJ", "JJ", "ADJ", "ADJ"
			t.rel[v] = "amod"
		default:
			toks[v].tag, toks[v].xpos, toks[v].upos, t.upos[v] = "NN", "NN", "NOUN", "NOUN"
			t.rel[v] = "compound"
		}
		changed = true
	}
	return changed
}

// repairPluralBeforeVerb reads an -s word the tagger took for the verb as
// the plural noun it is when a finite verb follows it at once with no subject
// of its own: "Inbev brands include Bass" (two finite verbs never stand side
// by side). The next verb takes the -s word's place in the sentence with it
// as its subject, and the noun the -s word had for a subject right before it
// modifies it. It reports whether it changed the tree.
func (t *tree) repairPluralBeforeVerb(toks []token, lx *lexicon) bool {
	changed := false
	for v := 0; v+1 < len(toks); v++ {
		n := v + 1
		if toks[v].tag != "VBZ" || t.upos[v] != "VERB" || !strings.HasSuffix(toks[v].lower, "s") || toks[v].isCap() || t.head[n] != v ||
			t.upos[n] != "VERB" || toks[n].tag != "VBP" && toks[n].tag != "VBD" {
			continue
		}
		if l := lx.lemmatize(toks[v].lower, false); linkingVerbs[l] || lx.raisingVerb[toks[v].lower] {
			continue // "appears restricted": a participle the tagger took for a past tense
		}
		if toks[n].tag == "VBP" && !hasChild(t, n, "obj") {
			continue // "sees hope on the horizon", "plays polo with": a base form with no object is as likely a noun
		}
		if toks[n].tag == "VBD" && strings.HasSuffix(toks[n].lower, "ed") && n+1 < len(toks) && (toks[n+1].isNoun() || toks[n+1].tag == "JJ") {
			// "The machine employs reduced instruction-set computing": an -ed
			// word before a noun describes it, and the -s word is the verb
			continue
		}
		switch t.base(n) {
		case "xcomp", "ccomp", "conj", "parataxis", "dep":
		default:
			continue
		}
		if hasChild(t, n, "nsubj", "nsubj:pass", "mark", "aux", "aux:pass", "cc") || hasChild(t, v, "obj", "iobj", "aux", "aux:pass", "expl") {
			continue
		}
		for _, k := range t.kids[v] {
			switch {
			case k == n:
			case k == v-1 && t.base(k) == "nsubj" && (t.upos[k] == "PROPN" || t.upos[k] == "NOUN"):
				t.rel[k] = "compound" // "Inbev brands"
			case k < v && (t.base(k) == "det" || t.base(k) == "amod" || t.base(k) == "nmod:poss" || t.base(k) == "compound"):
				// the noun's own modifiers stay with it
			default:
				t.head[k] = n
			}
		}
		t.head[n], t.rel[n] = t.head[v], t.rel[v]
		t.head[v], t.rel[v] = n, "nsubj"
		toks[v].tag, toks[v].xpos, toks[v].upos, t.upos[v] = "NNS", "NNS", "NOUN", "NOUN"
		changed = true
	}
	return changed
}

// prenominal reports whether a word can only stand before a noun it
// describes: an adjective, an article or demonstrative, a possessive.
func prenominal(tk token) bool {
	switch tk.tag {
	case "JJ", "JJR", "JJS", "PRP$", "POS":
		return true
	case "DT":
		switch tk.lower {
		case "a", "an", "the", "this", "these", "those":
			return true
		}
	}
	return false
}

// nominalRels are the relations a noun phrase's head holds: an adjective
// holding one heads a noun phrase the parser misread.
var nominalRels = set(`nsubj obj iobj obl nmod`)

// repairThroughRelative reads "a move it hopes will stoke competition" parsed
// with "hopes" a relative clause on "move" and "move" the subject of "stoke"
// as what it is: "stoke competition" is what "it hopes" of the move, so
// "stoke" is the clause of "hopes", which takes its place in the sentence.
// The relative verb must report or believe, have a subject of its own that is
// no relative pronoun, and no object or clause of its own.
func (t *tree) repairThroughRelative(toks []token, lx *lexicon) bool {
	changed := false
	for k := range toks {
		n := t.head[k]
		if t.rel[k] != "acl:relcl" || n < 0 || n > k || t.rel[n] != "nsubj" {
			continue
		}
		w := t.head[n]
		if w <= k || t.upos[w] != "VERB" {
			continue
		}
		l := lx.lemmatize(toks[k].lower, false)
		if !clauseReportingVerbs[l] && !beliefVerbs[l] {
			continue
		}
		sb := t.child(k, "nsubj")
		if sb < 0 || toks[sb].tag == "WDT" || toks[sb].tag == "WP" || toks[sb].lower == "that" || hasChild(t, k, "obj", "ccomp", "xcomp") {
			continue
		}
		t.head[k], t.rel[k] = t.head[w], t.rel[w]
		t.head[w], t.rel[w] = k, "ccomp"
		changed = true
	}
	return changed
}

// repair undoes a parsing mistake that costs a fact: a participle after a
// comma given the preceding verb's object as its subject ("altered three
// years of policy, announcing …" with "years" the subject of "announcing").
func repair(t *tree, toks []token, lx *lexicon) {
	// A number right after the noun it completes ("number one", "Room 101")
	// that the parser hung on it as an unlabelled dependent belongs to the
	// noun's phrase: it is the noun's numeral.
	for k := 1; k < len(toks); k++ {
		if t.upos[k] == "NUM" && t.head[k] == k-1 && (t.rel[k] == "dep" || t.rel[k] == "list") &&
			(t.upos[k-1] == "NOUN" || t.upos[k-1] == "PROPN") && len(t.kids[k]) == 0 {
			t.rel[k] = "nummod"
		}
	}
	// "Rosneft, however, has agreed …" parsed with the name as someone
	// addressed: a name set off before a verb that has no subject is its
	// subject (news addresses no one outside quotations).
	for k := range toks {
		h := t.head[k]
		if t.rel[k] == "vocative" && h > k && (t.upos[k] == "PROPN" || t.upos[k] == "NOUN") && t.upos[h] == "VERB" &&
			!hasChild(t, h, "nsubj", "nsubj:pass", "expl", "csubj") && !hasQuote(toks) {
			t.rel[k] = "nsubj"
		}
	}
	// Each repair reads the children and spans its predecessors may have
	// changed, so the tree is relinked after every repair that moved a head.
	for _, r := range treeRepairs {
		if r(t, toks, lx) {
			t.relink()
		}
	}
	changed := false
	// A past participle after "Noun," taken as a second verb coordinated with
	// the main one, with no "and" anywhere in the list ("has appealed for the
	// release of Margaret Hassan, kidnapped in Iraq"): it is a reduced relative
	// on the noun. A passive main verb is left alone: "was arrested in London,
	// charged …" shares its passive.
	for p := 2; p < len(toks); p++ {
		h := t.head[p]
		if toks[p].tag != "VBN" && toks[p].tag != "VBD" || t.rel[p] != "conj" || toks[p-1].text != "," || h < 0 || h > p ||
			t.upos[p-2] != "NOUN" && t.upos[p-2] != "PROPN" ||
			hasChild(t, p, "cc", "aux", "aux:pass", "nsubj", "nsubj:pass") || hasChild(t, h, "aux:pass") {
			continue
		}
		listed := false // a later conjunct with its own "and": a real list
		for _, c := range t.children(h, "conj") {
			listed = listed || c > p && t.child(c, "cc") >= 0
		}
		n := p - 2
		for t.head[n] >= 0 && t.head[n] < n && t.base(n) == "flat" {
			n = t.head[n]
		}
		if listed || t.dominates(p, n) {
			continue
		}
		t.head[p], t.rel[p] = n, "acl"
		changed = true
	}
	if changed {
		t.relink() // the rules below read children
	}
	// "encouraging more people to express themselves" with the infinitive hung
	// on the verb as a purpose: after an object-control verb it is what the
	// object is to do (an open complement), so the object is its subject.
	for p := range toks {
		h := t.head[p]
		m := t.child(p, "mark")
		if t.rel[p] != "advcl" || m < 0 || toks[m].lower != "to" || h < 0 || h > p || t.upos[h] != "VERB" {
			continue
		}
		if o := t.child(h, "obj"); o < 0 || o > p || !objectControlVerbs[lx.lemmatize(toks[h].lower, false)] {
			continue
		}
		t.rel[p] = "xcomp"
		changed = true
	}
	// A "that" clause right after a noun of saying or believing, hung on the
	// verb as an adverbial ("denied an earlier report that he planned …"): it
	// is what the report says, a clause of the noun.
	for p := range toks {
		h := t.head[p]
		m := t.child(p, "mark")
		if t.rel[p] != "advcl" || m < 0 || toks[m].lower != "that" || len(t.children(p, "mark")) != 1 || h < 0 {
			continue
		}
		o := t.child(h, "obj")
		if o < 0 || o > m {
			continue
		}
		if _, hi := t.span(o, argDrop); hi != m-1 {
			continue
		}
		if l := lx.lemmatize(toks[o].lower, true); !contentNouns[l] && !cueNounLemmas[l] {
			continue
		}
		t.head[p], t.rel[p] = o, "acl"
		changed = true
	}
	for p := 1; p < len(toks); p++ {
		h := t.head[p]
		if toks[p].tag != "VBG" || toks[p-1].text != "," || h < 0 || h > p || t.upos[h] != "VERB" || t.child(h, "obj") >= 0 {
			continue
		}
		if a := t.child(p, "nsubj"); a > h && a < p {
			t.head[a], t.rel[a] = h, "obj"
			changed = true
		}
	}
	// "pounds 500,000", "US$ 20m": the amount belongs to its currency word, not
	// beside it as a second object or an apposition.
	for k := 0; k+1 < len(toks); k++ {
		if currencyWords[toks[k].lower] && (toks[k+1].tag == "CD" || t.upos[k+1] == "NUM" || startsWithDigit(toks[k+1].text)) && (t.head[k+1] != k || !amountRels[t.base(k+1)]) {
			if t.head[k] == k+1 {
				continue // already "500,000 pounds" the other way round
			}
			// ("an extra pounds 105m" parsed with the amount as a relative
			// clause on its currency, "Adollars 431m" as an apposition: the
			// name was cut to "extra pounds", "Adollars")
			t.head[k+1], t.rel[k+1] = k, "nummod"
			changed = true
		}
	}
	// A finite verb left without a subject after a fronted phrase ("In a further
	// setback to Ukraine's ties with the West, Defense Secretary Pete Hegseth
	// stated …" with Hegseth hung on West): the noun phrase right before the
	// verb, attached inside the fronted phrase, is its subject.
	for v := 1; v < len(toks); v++ {
		if t.upos[v] != "VERB" || toks[v].tag != "VBD" && toks[v].tag != "VBZ" && toks[v].tag != "VBP" {
			continue
		}
		if hasChild(t, v, "nsubj", "nsubj:pass", "csubj", "expl") || t.rel[v] == "acl:relcl" || t.rel[v] == "conj" {
			continue
		}
		k := v - 1
		for k >= 0 && (t.head[k] == v && (t.upos[k] == "ADV" || t.upos[k] == "AUX" || t.upos[k] == "PART")) {
			k--
		}
		comma := false
		if k >= 0 && toks[k].text == "," {
			k--
			comma = true
		}
		if k < 0 || t.upos[k] != "PROPN" && t.upos[k] != "NOUN" && t.upos[k] != "PRON" {
			continue
		}
		// climb to the head of the noun phrase that ends at k
		n := k
		for t.head[n] >= 0 && t.head[n] < n && (t.base(n) == "flat" || t.base(n) == "conj" && comma) {
			n = t.head[n]
		}
		rel := t.base(n)
		if t.head[n] == v || t.head[n] < 0 || t.dominates(n, v) || !(rel == "appos" || rel == "conj" || rel == "nmod" && !comma) {
			continue
		}
		if comma && rel != "appos" {
			continue
		}
		t.head[n], t.rel[n] = v, "nsubj"
		changed = true
	}
	if changed {
		t.relink()
	}
	for _, r := range lateTreeRepairs {
		if r(t, toks, lx) {
			t.relink()
		}
	}
}

// treeRepair mends one kind of parsing mistake in place and reports whether
// it moved a head.
type treeRepair func(t *tree, toks []token, lx *lexicon) bool

// without adapts a repair that needs no lexicon.
func without(r func(*tree, []token) bool) treeRepair {
	return func(t *tree, toks []token, _ *lexicon) bool { return r(t, toks) }
}

// treeRepairs run first, in this order: phrases put back together before
// clauses are read off them.
var treeRepairs = []treeRepair{
	without((*tree).repairFiniteCompounds),
	// phrases cut or glued (phrase_repairs.go)
	without((*tree).repairDoubleSubject),
	without((*tree).repairBareApposition),
	without((*tree).repairOpeningAdverb),
	without((*tree).repairFrontedPhrase),
	without((*tree).repairDoubleObject),
	without((*tree).repairThanksToGerund),
	without((*tree).repairAmountModifier),
	without((*tree).repairFeelingParticiple),
	without((*tree).repairTimeRelative),
	(*tree).repairFrontedClause,
	(*tree).repairCommaCompound,
	without((*tree).repairListAppositions),
	without((*tree).repairParticipleRoot),
	(*tree).repairReportedSubjects,
	without((*tree).repairNounParticiple),
	(*tree).repairVerbInNounPhrase,
	(*tree).repairPluralBeforeVerb,
	(*tree).repairSpeakingParticiple,
	without((*tree).repairThanksTo),
	without((*tree).repairClauseAdjuncts),
	without((*tree).repairStrandedPreposition),
	without((*tree).repairCopularConjunct),
	(*tree).repairThroughRelative,
	(*tree).repairReportedParticiple,
	(*tree).repairInvertedCue,
	(*tree).repairFrontedCue,
}

// lateTreeRepairs run after the rules above: an amount with its scale word
// and its bound is one phrase (amounts.go), and arguments the parse took from
// the wrong phrase go back (argument_checks.go), a prepositional phrase's
// noun among them that the parse made a verb's subject
// (preposition_subjects.go).
var lateTreeRepairs = []treeRepair{
	without((*tree).repairAmountScale),
	without((*tree).repairAmountParenthetical),
	without((*tree).repairAmountBounds),
	without((*tree).repairAmountRange),
	without((*tree).repairMisplacedArguments),
	(*tree).repairPrepositionSubject,
	without((*tree).repairPerfectParticiple),
	without((*tree).repairResultClause),
	without((*tree).repairFrontedParticiple),
	without((*tree).repairOuterSubject),
}

// objectControlVerbs take an object and an infinitive the object is to carry
// out: "urged the bank to close". Read off UD English EWT train and GUM's
// non-news documents: lemmas whose "obj … to VERB" complement is labelled
// xcomp at least twice and at least twice as often as advcl.
var objectControlVerbs = set(`want get enable encourage require lead help force expect find like allow invite order
	permit urge consider inspire train believe challenge direct pressure authorize commission compel prompt recommend`)

// hasChild reports whether k has a child with one of the relations rels.
func hasChild(t *tree, k int, rels ...string) bool {
	for i, h := range t.head {
		if h == k {
			for _, r := range rels {
				if t.rel[i] == r {
					return true
				}
			}
		}
	}
	return false
}

// currencyWords name money before its amount in some newsrooms' style:
// "pounds 5m", "US$ 20,000", "Adollars 30m" (A$, the Australian dollar).
var currencyWords = map[string]bool{"pounds": true, "pound": true, "dollars": true, "adollars": true, "euros": true, "us$": true, "$": true, "£": true, "€": true, "yen": true, "francs": true}

func startsWithDigit(s string) bool { return s != "" && s[0] >= '0' && s[0] <= '9' }
