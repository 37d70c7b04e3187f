package facts

// labelVerbs name a thing with a label: "called the slide "brutal"".
var labelVerbs = set(`call dub brand label term`)

// labelQuoted reports whether verb v (lemma l) names its object with a
// quoted label right after it: "have called the dollar's slide "brutal"",
// "called the sale "the swindle of the century"". The quotation's statement
// says it, label and all; "called → slide" would leave the label out and
// tell nothing. A label the relation keeps as its "as" stays: "called the
// vendors the key ingredients", "branded Mr Howard "arrogant"".
func labelQuoted(t *tree, toks []token, v int, l string) bool {
	if !labelVerbs[l] {
		return false
	}
	o := t.child(v, "obj")
	if o < 0 || o+1 >= len(toks) {
		return false
	}
	quote := func(k int) bool {
		switch toks[k].text {
		case `"`, "“", "”", "``", "''":
			return true
		}
		return false
	}
	if !quote(o + 1) {
		return false
	}
	open := false // the mark after the object opens a quotation, not closes one round it
	for k := 0; k <= o; k++ {
		if quote(k) {
			open = !open
		}
	}
	if open {
		return false
	}
	// a label the parser hung on the verb itself becomes the relation's "as"
	// ("called Davis "an icon"" → as: an icon) and is kept
	end := o + 2
	for end < len(toks) && !quote(end) {
		end++
	}
	for k := o + 2; k < end; k++ {
		if h := t.head[k]; (h < o+1 || h > end) && h == v {
			return false
		}
	}
	return true
}
