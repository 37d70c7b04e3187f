package facts

// repairModifierCoordination mends a coordination the parser reads one
// level too high: in "makes lawn and garden products" both "lawn" and
// "garden" say what kind of products, but the parser makes "lawn" the object
// and "garden products" a second one ("makes lawn", "makes garden
// products"). The shape that gives it away: a bare singular noun (an article
// or owner at most) closes its own phrase with "and"/"or", and the next
// conjunct is a plural opening with a noun modifier straight after the
// conjunction ("X and Z Ys"). The head Y then takes X's place, X becomes its
// modifier and Z X's conjunct, as UD writes "oil and gas companies". Not
// when X has modifiers of its own ("international poverty and climate
// change", "Aids research and tsunami victims": two things, each
// described), when Y is singular ("fraud and tax evasion", "money and market
// share": two things more often than one), when X and Y are one noun, or
// when X comes with "a".
func (d *docState) repairModifierCoordination(si int) {
	t := d.sents[si].tree
	toks := d.sents[si].toks
	lx := d.x.lx
	changed := false
	for c, h := range t.head {
		if h < 0 || t.rel[c] != "conj" || c <= h+2 || t.upos[h] != "NOUN" || t.upos[c] != "NOUN" || toks[h].tag != "NN" || toks[c].tag != "NNS" {
			continue
		}
		cc, z := h+1, h+2
		if t.head[cc] != c || t.base(cc) != "cc" || t.head[z] != c || t.rel[z] != "compound" || t.upos[z] != "NOUN" {
			continue
		}
		if lx.lemmatize(toks[h].lower, true) == lx.lemmatize(toks[c].lower, true) {
			continue // "the president and vice presidents"
		}
		bare := true // X has nothing but a preposition, article or owner, and c as its one conjunct
		for _, k := range t.kids[h] {
			switch {
			case k == c:
			case t.base(k) == "det" && toks[k].lower != "a" && toks[k].lower != "an":
			case k < h && (t.rel[k] == "nmod:poss" || t.base(k) == "case"): // "over tax and spending plans"
			default:
				bare = false
			}
		}
		for k := z + 1; k < c; k++ {
			if t.head[k] != c && t.head[k] != z {
				bare = false // only Y's own modifiers stand between Z and Y
			}
		}
		if !bare {
			continue
		}
		// Y takes X's place, with X's article or owner
		t.head[c], t.rel[c] = t.head[h], t.rel[h]
		for _, k := range t.kids[h] {
			if k != c {
				t.head[k] = c
			}
		}
		t.head[h], t.rel[h] = c, "compound"
		t.head[z], t.rel[z] = h, "conj"
		t.head[cc] = z
		changed = true
	}
	if changed {
		t.relink()
	}
}
