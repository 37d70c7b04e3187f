package facts

// feelingParticiples are the -ing forms of verbs of causing a feeling that
// after "be" describe their subject rather than tell what it does: "the
// impact is not devastating for pensioners", "the figures are embarrassing
// for the government" (no one is devastated or embarrassed by the impact as
// a deed). Each is listed as an adjective in English dictionaries.
var feelingParticiples = set(`devastating disappointing embarrassing encouraging worrying confusing
	frustrating surprising astonishing amazing alarming shocking depressing exciting interesting
	humiliating heartbreaking heartening overwhelming rewarding satisfying tiring boring
	demanding challenging intriguing annoying distressing troubling damaging misleading`)

// repairFeelingParticiple reads a feeling participle after a form of "be"
// with no object or clause of its own as the adjective it is: the "be" is its
// copula, so the predicate is "be devastating for", not "devastate for".
// It reports whether it changed the tree.
func (t *tree) repairFeelingParticiple(toks []token) bool {
	changed := false
	for p := range toks {
		if toks[p].tag != "VBG" || t.upos[p] != "VERB" || !feelingParticiples[toks[p].lower] ||
			hasChild(t, p, "obj", "iobj", "ccomp", "xcomp", "nsubj:pass", "aux:pass") {
			continue
		}
		be := -1
		for _, k := range t.children(p, "aux") {
			if k < p && beForms[toks[k].lower] {
				be = k // the last "be" before it: "has been embarrassing"
			}
		}
		if be < 0 {
			continue
		}
		t.rel[be] = "cop"
		toks[p].tag, toks[p].xpos, toks[p].upos, t.upos[p] = "JJ", "JJ", "ADJ", "ADJ"
		changed = true
	}
	return changed
}
