package facts

// repairStrandedPreposition reads the passive of a prepositional verb, "The
// award was voted for by listeners", "His resignation was referred to by
// Tory leaders", parsed with the verb's own preposition as a second "case"
// of the agent ("for by listeners": the award was voted for listeners) or as
// a bare oblique: the preposition right before "by" belongs to the verb, as
// its particle, and the "by" phrase is the agent — the listeners voted for
// the award.
func (t *tree) repairStrandedPreposition(toks []token) bool {
	changed := false
	for b := 2; b+1 < len(toks); b++ {
		p, v := b-1, b-2
		if toks[b].lower != "by" || t.upos[p] != "ADP" || toks[p].lower == "by" || toks[v].tag != "VBN" || t.upos[v] != "VERB" ||
			t.base(b) != "case" || t.child(v, "aux:pass") < 0 {
			continue
		}
		n := t.head[b]
		if n <= b || t.base(n) != "obl" || t.head[n] != v {
			continue
		}
		if !(t.head[p] == n && t.base(p) == "case" || t.head[p] == v && t.base(p) == "obl" && len(t.kids[p]) == 0) {
			continue
		}
		t.head[p], t.rel[p] = v, "compound:prt"
		t.rel[n] = "obl:agent"
		changed = true
	}
	return changed
}

// strandedParticle reports whether particle k of a verb is a preposition the
// passive left behind before its agent ("voted for by", "dealt with by"): it
// makes the verb whatever the word.
func strandedParticle(t *tree, toks []token, k int) bool {
	return k+1 < len(toks) && toks[k+1].lower == "by" && t.upos[k] == "ADP" && t.rel[k] == "compound:prt"
}
