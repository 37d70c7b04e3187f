package facts

// repairTimeRelative reads a clause opened by a word of time that the parser
// took for a relative clause on the noun before it ("alleviate a labour
// shortage in Europe once its population comes of age" with "comes" a
// relative clause on "Europe") as the adverbial clause of time it is: a
// relative clause has a relative word or a gap, and one opened by "once",
// "until" or "when" with a subject of its own and no relative word tells when
// its verb's clause happens. It hangs on the verb the noun belongs to, the
// word of time its mark, so the clause takes that verb's modality
// (futureTime). It reports whether it changed the tree.
func (t *tree) repairTimeRelative(toks []token) bool {
	changed := false
	for c := range toks {
		if t.rel[c] != "acl:relcl" || t.child(c, "nsubj", "nsubj:pass") < 0 {
			continue
		}
		lo := c
		for _, k := range t.kids[c] {
			if k < lo {
				lo = k
			}
		}
		if !timeMarks[toks[lo].lower] || lo == 0 || toks[lo].lower == "when" && toks[lo-1].text != "," && toks[lo-1].tag != "``" && toks[lo-1].tag != "''" {
			continue // "the day when prices fell": "when" after its noun is a relative word
		}
		if b := t.base(lo); t.head[lo] != c || b != "advmod" && b != "mark" {
			continue
		}
		relative := false
		for _, k := range t.kids[c] {
			switch toks[k].tag {
			case "WDT", "WP", "WP$":
				relative = true
			}
		}
		if relative {
			continue
		}
		v := t.head[c] // the verb the noun belongs to
		for v >= 0 && t.upos[v] != "VERB" && t.base(v) != "root" {
			v = t.head[v]
		}
		if v < 0 || t.upos[v] != "VERB" || v > lo {
			continue
		}
		t.head[c], t.rel[c] = v, "advcl"
		t.rel[lo] = "mark"
		changed = true
	}
	return changed
}
