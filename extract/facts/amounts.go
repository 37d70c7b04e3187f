package facts

import "strings"

// Amounts: an amount with a bound ("at least 20 seconds", "up to 40 super
// casinos", "between eight and ten content sellers") is one phrase. The
// parser reads the bound as a phrase of its own ("at least" an oblique, "at"
// its preposition; "between" the preposition of the first number and the
// second number its conjunct), so the argument lost its bound ("least 20
// seconds", "to 40 super casinos") or was cut in two ("cut off between →
// eight", "→ ten content sellers"). The repairs below hang the bound inside
// the amount's phrase, as UD does ("at" an advmod of the number, "least" its
// fixed word).

// amountBounds are the two-word bounds put before an amount.
var amountBounds = map[[2]string]bool{{"at", "least"}: true, {"at", "most"}: true, {"up", "to"}: true}

// numberWordSet spells out counts a bound or range may take: "between eight
// and ten", "at least one".
var numberWordSet = set(`one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen
	sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred dozen`)

// amountAt reports whether token q opens an amount: a number ("20", "25%",
// "eight") or a currency written before its number ("pounds 5m"). A bare
// four-digit year or clock time ("between 1999 and 2001", "between 2200
// and 0700") is a time, not an amount.
func amountAt(toks []token, q int) bool {
	if q < 0 || q >= len(toks) {
		return false
	}
	w := toks[q]
	if currencyWords[w.lower] {
		return q+1 < len(toks) && startsWithDigit(toks[q+1].text)
	}
	if startsWithDigit(w.text) {
		return !yearLike(w.text)
	}
	return numberWordSet[w.lower] && (w.tag == "CD" || w.upos == "NUM")
}

// yearLike is a bare four-digit number: a year or a clock time.
func yearLike(s string) bool {
	return len(s) == 4 && strings.Trim(s, "0123456789") == ""
}

// amountEnd returns the last token of the amount opened at q: the currency's
// number, else q.
func amountEnd(toks []token, q int) int {
	if currencyWords[toks[q].lower] && q+1 < len(toks) {
		return q + 1
	}
	return q
}

// amountHead climbs from the amount at q to the noun it counts ("20 seconds",
// "one million people", "ten content sellers"): the head of the phrase the
// amount opens.
func amountHead(t *tree, toks []token, q int) int {
	n := q
	if e := amountEnd(toks, q); e != q && t.head[e] == q {
		n = q
	} else if e != q && t.head[q] == e {
		n = e // "pounds ← 5m" hung the other way round
	}
	for steps := 0; steps < len(toks); steps++ {
		h := t.head[n]
		if h <= n || h > n+4 || !toks[h].isNoun() && t.upos[h] != "NUM" {
			break
		}
		switch t.base(n) {
		case "nummod", "compound", "amod", "flat", "det":
			n = h
			continue
		}
		break
	}
	return n
}

// boundedAmount reports whether tokens k, k+1 are a bound on the amount
// after them: "at least 20", "up to 40 super casinos", "at most pounds 5m".
// "Up to" takes only an amount of something ("moved up to three" is a
// place in a chart, reached).
func boundedAmount(t *tree, toks []token, k int) bool {
	if k+2 >= len(toks) || !amountBounds[[2]string{toks[k].lower, toks[k+1].lower}] || !amountAt(toks, k+2) {
		return false
	}
	if toks[k].lower == "up" {
		if k > 0 && (toks[k-1].isNoun() || toks[k-1].tag == "PRP") || t.base(k) == "compound" {
			return false // "push their earnings up to dollars 43.1m", "turned up to one gig": a particle of the verb
		}
		q := k + 2
		return currencyWords[toks[q].lower] || amountHead(t, toks, q) != q
	}
	return true
}

// repairAmountBounds hangs "at least", "at most" and "up to" before an
// amount on the amount: "at" (or "up") an advmod of the amount's first word,
// the second word fixed to it; the phrase's head takes the place the parser
// gave the bound.
func (t *tree) repairAmountBounds(toks []token) bool {
	changed := false
	for k := 0; k+2 < len(toks); k++ {
		if !boundedAmount(t, toks, k) {
			continue
		}
		q := k + 2
		n := amountHead(t, toks, q)
		if t.dominates(n, k) && t.dominates(n, k+1) && t.head[k] == q && t.head[k+1] == k {
			continue // already read so
		}
		t.hoistOver(n, []int{k, k + 1})
		t.head[k], t.rel[k] = q, "advmod"
		t.head[k+1], t.rel[k+1] = k, "fixed"
		if h := t.head[n]; t.base(n) == "obl" && !hasChild(t, n, "case") && h >= 0 && t.upos[h] == "VERB" && !hasChild(t, h, "obj") {
			// "can submit up to 10,000 words", "faces up to 21 years in prison":
			// with its bound inside, the amount has no preposition left; it
			// is what the verb takes
			t.rel[n] = "obj"
		}
		changed = true
		k++
	}
	return changed
}

// hoistOver makes n the head of the phrase whose top the parser put on one
// of the words ws (which are about to be hung inside n's phrase): n takes the
// highest such word's head and relation, and the other dependents of the
// words go to n.
func (t *tree) hoistOver(n int, ws []int) {
	top := -1
	for _, w := range ws {
		if t.dominates(w, n) && (top < 0 || t.dominates(w, top)) {
			top = w
		}
	}
	in := func(k int) bool {
		for _, w := range ws {
			if k == w {
				return true
			}
		}
		return false
	}
	if top >= 0 {
		t.head[n], t.rel[n] = t.head[top], t.rel[top]
	}
	for c := range t.head {
		if c != n && !in(c) && in(t.head[c]) {
			t.head[c] = n
		}
	}
}

// repairAmountRange reads "between X and Y N" after a verb as one amount
// ("cut off between eight and ten content sellers", "fell by between 10 and
// 25%"): the parser makes X the object of the preposition "between" and Y
// (or the noun Y counts) its conjunct, so the verb's object was X alone and
// Y's phrase a second object. The range's head (N, else Y) takes X's place;
// X counts it, "between" is X's advmod and "and" Y's cc. When "between" was
// the only preposition, the phrase is what the verb acts on (its object if it
// has none); a preposition right before "between" ("by", "to", "of")
// becomes the range's. Years and dates ("between 1999 and 2001", "between
// 13 and 15 March") and a range after a noun ("the gap between 5% and 10%")
// are left alone.
func (t *tree) repairAmountRange(toks []token) bool {
	changed := false
	for b := 1; b+3 < len(toks); b++ {
		if toks[b].lower != "between" || !amountAt(toks, b+1) {
			continue
		}
		x := b + 1
		a := amountEnd(toks, x) + 1
		if a+1 >= len(toks) || toks[a].lower != "and" || !amountAt(toks, a+1) {
			continue
		}
		y := a + 1
		if ye := amountEnd(toks, y); ye+1 < len(toks) && temporalWords[toks[ye+1].lower] && !strings.HasSuffix(toks[ye+1].lower, "s") {
			continue // "between 13 and 15 March"
		}
		if toks[b-1].isNoun() || toks[b-1].isProper() {
			continue // "the gap between 5% and 10%": a noun's own preposition
		}
		n := rangeHead(t, toks, y)
		if t.dominates(x, b) && t.head[b] == x && t.base(b) == "advmod" && t.head[x] == n {
			continue // already read so
		}
		// the word the parser made the range's top, and what it hung from
		top := -1
		for k := b; k <= n; k++ {
			if h := t.head[k]; h < b || h > n {
				// (a conjunct hung outside is the second amount the parser
				// coordinated with the first: "receives between three → and
				// four million requests")
				if t.base(k) != "case" && t.base(k) != "punct" && t.base(k) != "cc" && t.base(k) != "advmod" && t.base(k) != "conj" {
					if top >= 0 {
						top = -2 // two phrases hang outside: not one range
						break
					}
					top = k
				}
			}
		}
		if top < 0 || t.base(top) == "conj" || t.base(top) == "nsubj" || t.base(top) == "nsubj:pass" {
			continue // a range as subject is read as it stands
		}
		h, rel := t.head[top], t.rel[top]
		ranged := make([]int, 0, n-b)
		for k := b; k < n; k++ {
			ranged = append(ranged, k)
		}
		t.hoistOver(n, ranged)
		t.head[n], t.rel[n] = h, rel
		xe := amountEnd(toks, x)
		if xe != x {
			t.head[xe], t.rel[xe] = x, "nummod" // "pounds ← 45,001"
		}
		t.head[x], t.rel[x] = n, "nummod"
		t.head[b], t.rel[b] = x, "advmod"
		ye := amountEnd(toks, y)
		if y != n {
			t.head[y], t.rel[y] = n, "nummod"
			for k := ye + 1; k < n; k++ {
				if scaleWords[toks[k].lower] {
					t.head[k], t.rel[k] = ye, "flat" // "four million"
				} else if t.head[k] < y || t.head[k] > n {
					t.head[k], t.rel[k] = n, "compound" // "content" in "ten content sellers"
				}
			}
		}
		if ye != y && ye != n {
			t.head[ye], t.rel[ye] = y, "nummod"
		}
		t.head[a], t.rel[a] = y, "cc"
		if y == n {
			t.head[a] = n
		}
		if p := b - 1; toks[p].tag == "IN" && t.head[p] == h && (t.base(p) == "advmod" || t.base(p) == "case") && t.base(n) == "obl" {
			t.head[p], t.rel[p] = n, "case" // "fell by between 10 and 25%"
		} else if t.base(n) == "obl" && h >= 0 && t.upos[h] == "VERB" && t.child(h, "obj") < 0 {
			t.rel[n] = "obj" // "cut off between eight and ten sellers": those cut off
		}
		changed = true
		b = n
	}
	return changed
}

// keepsAmountBound reports whether the advmod at token k opening a concept's
// words is a bound its amount keeps in its name: "more than 240 firms", "at
// least 20 seconds", "up to 40 super casinos", "between eight and ten content
// sellers" (an approximation, "about 11%", names the amount without it).
func keepsAmountBound(t *tree, toks []token, k int) bool {
	if k+1 < len(toks) && toks[k+1].lower == "than" {
		return true
	}
	if k+1 < len(toks) && amountBounds[[2]string{toks[k].lower, toks[k+1].lower}] && t.head[k+1] == k && t.base(k+1) == "fixed" {
		return true
	}
	if asManyAs(toks, k) {
		return true // "as many as 7,000 jobs" had been named "many as 7,000 jobs"
	}
	return toks[k].lower == "between" && t.head[k] >= 0 && t.head[k] == k+1
}

// asManyAs reports whether tokens k … k+2 are "as many/much/few/little as"
// before an amount: a bound of three words the amount keeps.
func asManyAs(toks []token, k int) bool {
	return k+3 < len(toks) && toks[k].lower == "as" && toks[k+2].lower == "as" && asBoundWords[toks[k+1].lower] && amountAt(toks, k+3)
}

// asBoundWords sit between the two "as" of a bound: "as many as", "as much as".
var asBoundWords = set(`many much few little`)

// amountRels are the relations a number may bear to the currency before it.
var amountRels = set(`nummod flat compound`)

// amountTo reports whether token c is a "to" the tagger read as an
// infinitive's marker before an amount: "rose to pounds 801m" says where the
// figure ended, not by how much it rose, so the predicate keeps its "to".
func amountTo(toks []token, c int) bool {
	return toks[c].lower == "to" && amountAt(toks, c+1)
}

// scaleWords multiply the number before them: "Adollars 720 million".
var scaleWords = set(`million billion trillion thousand`)

// repairAmountScale keeps "Adollars 720 million" one amount: the parser
// hangs the scale word apart from the currency's number (a conjunct or a
// second object, "rise → million"), so the amount was cut to "Adollars 720".
// The scale word goes to the number, and the currency takes the place the
// parser gave the scale word if that held the currency.
func (t *tree) repairAmountScale(toks []token) bool {
	changed := false
	for k := 0; k+2 < len(toks); k++ {
		if !currencyWords[toks[k].lower] || !startsWithDigit(toks[k+1].text) || !scaleWords[toks[k+2].lower] || t.head[k+1] != k {
			continue
		}
		j := k + 3 // "the pounds 3.3 trillion mark": the noun the amount describes
		noun := j < len(toks) && toks[j].isNoun() && !toks[j].isProper() && !temporalWords[toks[j].lower] && (t.head[k+2] == j || t.head[j] == k+2)
		if t.head[k+2] == k+1 && (!noun || t.head[k] == j) {
			continue // already read so
		}
		t.hoistOver(k, []int{k + 2})
		t.head[k+2], t.rel[k+2] = k+1, "flat"
		if noun && t.head[k] != j {
			if t.dominates(k, j) {
				t.head[j], t.rel[j] = t.head[k], t.rel[k]
			}
			for c := range t.head {
				if t.head[c] == k && c != k+1 && c != j {
					t.head[c] = j // "the", "through": the noun's phrase's
				}
			}
			t.head[k], t.rel[k] = j, "compound"
		}
		changed = true
	}
	return changed
}

// adjectiveCutFromInfinitive reports whether relation p gives a linking
// verb's subject a lone adjective whose infinitive complement the parse left
// out: "any gains are likely to be short-lived" read as "gains —be→
// likely". The adjective is a fragment of the predicate "likely to be
// short-lived". ("Pleaded guilty to fraud charges" is a plea, whatever the
// parse made of "to".)
func (d *docState) adjectiveCutFromInfinitive(p pendingRelation) bool {
	if !linkingVerbs[firstWord(p.pred)] || p.pred != firstWord(p.pred) || p.pred == "plead" || p.obj.ent == nil || p.obj.first != p.obj.last ||
		p.si < 0 || p.si >= len(d.sents) {
		return false
	}
	s := d.sents[p.si]
	t := s.tree
	h := p.obj.first
	if t == nil || h < 0 || h >= len(s.toks) || t.upos[h] != "ADJ" {
		return false
	}
	for _, c := range t.children(h, "xcomp") {
		if m := t.child(c, "mark"); m >= 0 && s.toks[m].lower == "to" && c > h {
			return true
		}
	}
	return false
}

// rangeHead returns the head of the phrase a range's second amount (at y)
// opens: the noun right after it, past a scale word ("between three and four
// million requests", "between eight and ten content sellers"), else the
// noun the amount counts in the parse, else the amount.
func rangeHead(t *tree, toks []token, y int) int {
	common := func(j int) bool {
		return j < len(toks) && toks[j].isNoun() && !toks[j].isProper() && !temporalWords[toks[j].lower]
	}
	j := amountEnd(toks, y) + 1
	for j < len(toks) && scaleWords[toks[j].lower] {
		j++
	}
	if !common(j) {
		return amountHead(t, toks, y)
	}
	for common(j + 1) {
		j++
	}
	return j
}

// repairAmountParenthetical reads "received a dollars 3.25bn (pounds 1.7bn)
// takeover offer" as repairAmountModifier reads "a dollars 2bn deal": the
// amount, with its conversion in brackets, describes the noun after the
// brackets, and the noun heads the phrase. The parser made the currency the
// object and the noun a second object or a conjunct, so the object was the
// bare amount ("receive → dollars 3.25bn").
func (t *tree) repairAmountParenthetical(toks []token) bool {
	changed := false
	common := func(j int) bool {
		// ("sent a record dollars 16.6bn (pounds 8.82bn) home": "home" says
		// where, no noun the amount describes)
		return j < len(toks) && toks[j].isNoun() && !toks[j].isProper() && !temporalWords[toks[j].lower] && !currencyWords[toks[j].lower] && toks[j].lower != "home"
	}
	for k := 0; k+4 < len(toks); k++ {
		if !currencyWords[toks[k].lower] || !startsWithDigit(toks[k+1].text) || t.head[k+1] != k {
			continue
		}
		o := k + 2
		for o < len(toks) && scaleWords[toks[o].lower] {
			o++
		}
		if o >= len(toks) || toks[o].text != "(" {
			continue
		}
		c := o + 1
		for c < len(toks) && c <= o+8 && toks[c].text != ")" && toks[c].text != "(" {
			c++
		}
		if c >= len(toks) || toks[c].text != ")" || !common(c+1) {
			continue
		}
		n := c + 1
		for common(n + 1) {
			n++ // "takeover offer": the last noun heads
		}
		if t.head[k] == n || t.dominates(n, k) {
			continue // already inside the noun's phrase
		}
		if t.dominates(k, n) || t.head[n] == t.head[k] || t.base(n) == "conj" || t.base(n) == "obj" || t.base(n) == "appos" || t.base(n) == "dep" {
			for m := c + 1; m < n; m++ {
				t.head[m], t.rel[m] = n, "compound"
			}
			for m := range t.head {
				if t.head[m] == k && m < k {
					t.head[m] = n // "a", "the": the noun's
				}
			}
			t.head[n], t.rel[n] = t.head[k], t.rel[k]
			t.head[k], t.rel[k] = n, "compound"
			changed = true
			k = n
		}
	}
	return changed
}

// amountCutFromNoun reports whether argument a is a bare amount ("dollars
// 27.5bn") that the sentence goes on to use as a noun's modifier: after it
// (and its conversion in brackets) comes a common noun or an adjective, as
// in "a dollars 27bn back tax bill", "a pounds 1.3bn (dollars 2.5bn)
// takeover offer" whose noun the parser read as a verb. The amount alone
// is not what the sentence speaks of.
func (d *docState) amountCutFromNoun(si int, a arg) bool {
	if a.ent == nil || si < 0 || si >= len(d.sents) || a.first < 0 || a.first > a.last {
		return false
	}
	toks := d.sents[si].toks
	if a.last >= len(toks) {
		return false
	}
	k := a.first
	for k < a.last && (toks[k].tag == "DT" || toks[k].tag == "JJ") {
		k++ // "a", "an extra", "a record"
	}
	if !currencyWords[toks[k].lower] || k+1 > a.last || !startsWithDigit(toks[k+1].text) {
		return false
	}
	for m := k + 2; m <= a.last; m++ {
		if !scaleWords[toks[m].lower] {
			return false // more than the amount: "dollars 3bn (dollars 1.6bn) deal"
		}
	}
	j := a.last + 1
	if j < len(toks) && toks[j].text == "(" {
		for j < len(toks) && toks[j].text != ")" {
			j++
		}
		j++
	}
	if j >= len(toks) {
		return false
	}
	w := toks[j]
	if w.isNoun() && !w.isProper() && !temporalWords[w.lower] && w.lower != "home" {
		return true
	}
	// "a dollars 27bn back tax bill": a modifier, then the noun
	return (w.tag == "JJ" || w.tag == "RB") && j+1 < len(toks) && toks[j+1].isNoun() && !toks[j+1].isProper() && !temporalWords[toks[j+1].lower]
}

// multiplierOnly reports whether a name is a multiplier without what it
// multiplies: "30 times" cut from "30 times the amount provided as aid",
// "up to 10 times" from "up to 10 times more powerful", "up to six times as
// sharp" from "… as sharp as standard TV".
func multiplierOnly(name string) bool {
	w := strings.Fields(strings.ToLower(name))
	if n := len(w); n >= 3 && w[n-2] == "as" {
		w = w[:n-2] // "six times as sharp"
	}
	n := len(w)
	if n < 2 || w[n-1] != "times" || !startsWithDigit(w[n-2]) && !numberWordSet[w[n-2]] {
		return false
	}
	for _, x := range w[:n-2] {
		if !multiplierBounds[x] {
			return false
		}
	}
	return true
}

// multiplierBounds are the words a multiplier's bound is made of ("up to",
// "at least", "about").
var multiplierBounds = set(`up to at least most about nearly almost some over more less than`)

// comparedAmount reports whether the adjective c after the head h of a
// phrase is a comparison the amount h needs: "15 points higher", "pounds 5m
// lower", "three points clear of them", "yards short" (an amount of change
// or distance, which the adjective says the direction of). Other adjectives after their noun, with a complement of
// their own, describe it and are left out of its name ("a figure closer to
// Adollars 431m", "people willing to share").
func comparedAmount(t *tree, toks []token, h, c int) bool {
	return startsWithDigit(toks[h].text) || currencyWords[toks[h].lower] || t.child(h, "nummod") >= 0
}

// complementOpeners open the complement an adjective after its noun takes:
// "closer to", "keen to", "capable of", "more than". (A noun the tagger took for an
// adjective takes "on", "of", "against": "an arms ban on China", "the
// Davis Cup final against Spain".)
var complementOpeners = set(`to than of`)

// adjectiveComplement reports whether the adjective c has a complement of
// its own after it, opened by a preposition or "to" ("closer to Adollars
// 431m", "willing to share"), not a time ("an arms ban in 1989" is a ban):
// such an adjective describes the noun before it rather than naming it.
func adjectiveComplement(t *tree, toks []token, c int) bool {
	if hedgeAdverbs[toks[c].lower] || toks[c].lower == "unlikely" {
		return false // "the man most likely to succeed him": the hedge is the fact's
	}
	for _, k := range t.kids[c] {
		if k < c {
			continue
		}
		switch t.base(k) {
		case "obl", "xcomp", "advcl", "ccomp", "nmod":
		default:
			continue
		}
		for _, m := range t.kids[k] {
			if m < k && (t.base(m) == "case" || t.base(m) == "mark") && complementOpeners[toks[m].lower] && !temporalWords[toks[k].lower] && !startsWithDigit(toks[k].text) {
				return true
			}
		}
	}
	return false
}
