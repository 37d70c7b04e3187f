package extract

import (
	"fmt"
	"strings"

	"newsgraph/extract/syntax"
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
	for i := range t.head {
		if h := t.head[i]; h >= 0 {
			t.kids[h] = append(t.kids[h], i)
		}
	}
	// A cycle would make walks up the tree loop: cut it at its first word.
	for i := range t.head {
		seen := 0
		for k := i; k >= 0; k = t.head[k] {
			if seen++; seen > n {
				t.head[i] = -1
				break
			}
		}
	}
	return t
}

// cueCount is how often a word heads an attribution cue in PolNeAR's train
// split, and how often it occurs there at all.
type cueCount struct{ cue, seen int }

// parse runs the dependency parser over the tokens of one sentence.
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
		s.Tokens[i].Form = plain(tk.text) // EWT writes plain quotation marks and dashes
	}
	if err := x.parser.Tag(&s); err != nil {
		return nil, fmt.Errorf("tagging: %w", err)
	}
	agreeTags(s.Tokens, toks, names)
	if err := x.parser.ParseSentence(&s, syntax.Options{KeepTags: true}); err != nil {
		return nil, fmt.Errorf("parsing: %w", err)
	}
	t := newTree(&s)
	repair(t, toks)
	return t, nil
}

// repair undoes a parsing mistake that costs a fact: a participle after a
// comma given the preceding verb's object as its subject ("altered three
// years of policy, announcing …" with "years" the subject of "announcing").
func repair(t *tree, toks []token) {
	changed := false
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
		if currencyWords[toks[k].lower] && (toks[k+1].tag == "CD" || t.upos[k+1] == "NUM" || startsWithDigit(toks[k+1].text)) && t.head[k+1] != k {
			if t.head[k] == k+1 {
				continue // already "500,000 pounds" the other way round
			}
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
		for k := range t.kids {
			t.kids[k] = t.kids[k][:0]
		}
		for i, h := range t.head {
			if h >= 0 {
				t.kids[h] = append(t.kids[h], i)
			}
		}
	}
}

// agreeTags settles the two taggers' clearest disagreements in prose's favour:
// the parser's tagger, trained on web text, reads a capitalised name opening
// a sentence ("Trump later told …") as a common noun, and a verb after a
// comma ("…, stating that …") as a noun; news is prose's home ground there.
func agreeTags(words []syntax.Token, toks []token, names []mention) {
	for i := range words {
		w, t := &words[i], toks[i]
		switch {
		case (t.tag == "NNP" || inName(names, i)) && (w.XPOS == "NN" || w.XPOS == "JJ") && t.isCap():
			w.XPOS, w.UPOS = "NNP", "PROPN"
		case (t.tag == "VBD" || t.tag == "VBZ" || t.tag == "VBP" || t.tag == "VBG") && (w.UPOS == "NOUN" || w.UPOS == "ADJ"):
			w.XPOS, w.UPOS = t.tag, "VERB"
		case t.tag == "VBD" && w.XPOS == "VBN" && (i == 0 || words[i-1].UPOS != "AUX") && i+1 < len(words) && words[i+1].UPOS != "ADP":
			w.XPOS = "VBD" // "Trump later told reporters": a past tense, not a participle
		}
	}
}

// inName reports whether token i lies inside a name found in the sentence.
func inName(names []mention, i int) bool {
	for _, m := range names {
		if i >= m.first && i <= m.last && m.typ != TypeConcept {
			return true
		}
	}
	return false
}

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
// "pounds 5m", "US$ 20,000".
var currencyWords = map[string]bool{"pounds": true, "pound": true, "dollars": true, "euros": true, "us$": true, "$": true, "£": true, "€": true, "yen": true, "francs": true}

func startsWithDigit(s string) bool { return s != "" && s[0] >= '0' && s[0] <= '9' }
