package facts

// dativeVerbs take who receives as a bare object before what is given:
// "give people advice", "offer viewers points".
var dativeVerbs = set(`give offer hand send grant lend pay promise owe teach show award sell bring deny allow cost charge`)

// repairDativeObjects mends two objects of a verb of giving that the parser
// glued into one phrase, so that the relation gives the thing with its
// receiver as "to" and not "people advice" as what was given: a plural of
// people read as a modifier of the thing ("giving people advice": people
// compound of advice), or the thing hung as an object on the receiver
// ("offer viewers loyalty points": points object of viewers). The receiver
// becomes the verb's indirect object, the thing its object.
func (d *docState) repairDativeObjects(si int) {
	t := d.sents[si].tree
	toks := d.sents[si].toks
	changed := false
	for o, v := range t.head {
		if v < 0 || t.rel[o] != "obj" || t.upos[v] != "VERB" || !dativeVerbs[d.verbLemma(si, v)] || t.child(v, "iobj") >= 0 {
			continue
		}
		// "offer viewers loyalty points": the thing hung on the receiver, a
		// pronoun or plural of people (a name more often opens the thing:
		// "brings Champions League qualification", "sent SMS text messages")
		if x := t.child(o, "obj"); x > o && (t.upos[o] == "PRON" || d.peoplePlural(si, o)) && t.child(x, "cc") < 0 && !commaBetween(toks, o, x) && d.receiver(si, v, o) {
			t.head[x] = v
			t.rel[o] = "iobj"
			changed = true
			continue
		}
		// "giving people advice": a bare plural of people opening the phrase
		lo, _ := t.span(o, argDrop)
		k := lo
		if k >= o || t.head[k] != o || t.rel[k] != "compound" || k != v+1 {
			continue
		}
		if !d.peoplePlural(si, k) {
			continue
		}
		t.head[k], t.rel[k] = v, "iobj"
		changed = true
	}
	if changed {
		t.relink()
	}
}

// peoplePlural reports whether token k is a plural noun for people:
// "people", "viewers", "parents".
func (d *docState) peoplePlural(si, k int) bool {
	tk := d.sents[si].toks[k]
	if tk.tag != "NNS" {
		return false
	}
	l := d.x.lx.lemmatize(tk.lower, true)
	return tk.lower == "people" || peopleNouns[l] || personHeads[l] != 0
}

// ofVerbs tell or accuse someone of something: "warned investors of losses",
// "accused him of lying".
var ofVerbs = set(`tell warn inform remind notify accuse convince assure advise persuade`)

// repairOfComplements hangs the "of" phrase of a verb of ofVerbs on the verb,
// where the parser hung it on the person told: in "tell citizens of serious
// threats" the citizens are told, of the threats, not "citizens of serious
// threats" the object.
func (d *docState) repairOfComplements(si int) {
	t := d.sents[si].tree
	toks := d.sents[si].toks
	changed := false
	for o, v := range t.head {
		if v < 0 || t.rel[o] != "obj" || t.upos[v] != "VERB" || !ofVerbs[d.verbLemma(si, v)] {
			continue
		}
		if t.upos[o] != "PRON" && !d.peoplePlural(si, o) {
			continue
		}
		for _, n := range t.children(o, "nmod") {
			if c := t.child(n, "case"); c == o+1 && toks[c].lower == "of" {
				t.head[n], t.rel[n] = v, "obl"
				changed = true
			}
		}
	}
	if changed {
		t.relink()
	}
}
