package facts

import "strings"

// regardVerbs judge what their object is with an "as" phrase: "described the
// plan as unacceptable", "are seen as politically motivated". Without the
// phrase the relation ("IAAF describe explanations") tells only that the
// thing was described or seen, and misstates the sentence.
var regardVerbs = set(`describe regard view see consider portray depict hail dismiss characterise characterize brand label paint cast classify treat`)

// regardAs finds the "as" phrase of verb a (a verb of regard) where the
// parser hung it elsewhere than as the verb's obl: on the verb as an
// adverbial clause ("are seen by supporters as politically motivated", "as"
// the mark of "motivated") or inside the object ("described their
// explanations for missing the tests as "unacceptable"", "as" under
// "tests"). It returns the phrase's text without "as" and quotation marks,
// or "". Not "such as" (an example), not an "as" opening a clause with its
// own subject ("as he left"), not one inside a clause of its own further
// down.
func (d *docState) regardAs(si, a int) string {
	s := d.sents[si]
	t, toks := s.tree, s.toks
	for k := a + 1; k < len(toks); k++ {
		if toks[k].lower != "as" || (t.base(k) != "mark" && t.base(k) != "case") {
			continue
		}
		if k > 0 && (toks[k-1].lower == "such" || toks[k-1].lower == "well" || toks[k-1].lower == "as") {
			continue // "such as", "as well as", "as … as"
		}
		if k+1 < len(toks) && (toks[k+1].lower == "well" || toks[k+1].lower == "a" && k+2 < len(toks) && toks[k+2].lower == "result") {
			continue
		}
		// "see the end of such high denominations as five million lira" (not
		// "brands such criticisms as rubbish", the object's own "such")
		such, from := false, a+1
		if o := t.child(a, "obj"); o > a && o < k {
			from = o + 1
		}
		for x := from; x < k; x++ {
			such = such || toks[x].lower == "such"
		}
		if such {
			continue
		}
		h := t.head[k]
		if h <= k || !t.dominates(a, h) || t.child(h, "nsubj", "nsubj:pass") >= 0 || t.child(h, "aux") >= 0 {
			continue
		}
		if g := t.head[h]; g != a && (t.upos[g] == "VERB" || t.upos[g] == "AUX") {
			continue // "while working as a waiter": the other verb's own "as"
		}
		// the phrase belongs to a's clause: no clause with its own subject between
		inside := true
		for x := t.head[h]; x >= 0 && x != a; x = t.head[x] {
			switch t.base(x) {
			case "ccomp", "csubj", "parataxis", "conj", "xcomp":
				inside = false
			case "acl", "advcl":
				if t.child(x, "nsubj", "nsubj:pass") >= 0 {
					inside = false
				}
			}
			if t.rel[x] == "acl:relcl" {
				inside = false
			}
		}
		if !inside {
			continue
		}
		_, hi := t.span(h, argDrop)
		lo := k + 1
		for lo <= hi && (toks[lo].tag == "``" || toks[lo].tag == "''" || toks[lo].text == `"`) {
			lo++
		}
		for hi >= lo && (toks[hi].tag == "''" || toks[hi].tag == "``" || toks[hi].text == `"` || toks[hi].text == "," || toks[hi].tag == ".") {
			hi--
		}
		if lo > hi {
			return ""
		}
		// a quotation mark the tokenizer left on a word: "as 'cheating,'"
		return strings.Trim(s.textOf(toks[lo].start, toks[hi].end), `"'“”‘’ ,`)
	}
	return ""
}
