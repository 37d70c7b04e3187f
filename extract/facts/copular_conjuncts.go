package facts

// repairCopularConjunct reads "made savings of pounds 245m, and is on track
// to top its target" parsed with "track" an oblique of "made" (so "on
// track …" became a qualifier of the savings): a phrase with a copula of
// its own and a coordinating conjunction before it is a second clause
// coordinated with the verb, not a phrase of it.
func (t *tree) repairCopularConjunct(toks []token) bool {
	changed := false
	for k := range toks {
		v := t.head[k]
		if v < 0 || v >= k || t.upos[v] != "VERB" {
			continue
		}
		switch t.base(k) {
		case "obl", "obj", "nmod":
		default:
			continue
		}
		cop, cc := t.child(k, "cop"), t.child(k, "cc")
		if cop < 0 || cc < 0 || cc > cop || cop > k || cop > 0 && (toks[cop-1].lower == "so" || toks[cop-1].lower == "nor" || toks[cop-1].lower == "neither") {
			continue // "and so is Playboy": an inverted clause that says the same of another subject
		}
		t.rel[k] = "conj"
		changed = true
	}
	return changed
}
