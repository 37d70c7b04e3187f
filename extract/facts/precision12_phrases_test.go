package facts

import (
	"strings"
	"testing"
)

// precision12PhraseCases are noun phrases the parser cut or glued in the twelfth
// session (a possessed noun cut from its head, a description cut before the
// noun it qualifies, a name glued to the phrase before it, a phrase run
// across a dash); every sentence is written for the test.
var precision12PhraseCases = []constructionCase{
	{
		name:   "a phrase cut at its question word names nothing",
		text:   "Tech news\n\nShoppers really resent the abuse of what they see as their own data, the survey found.",
		absent: []wantRel{{obj: "abuse of what"}},
	},
	{
		name:   "two subjects side by side are one phrase headed by the later noun",
		text:   "Sport news\n\nNigeria's athletics body has lifted a ban on sprinter Ade Bello after a hearing.",
		rels:   []wantRel{{subj: "athletics body", pred: "lift", obj: "ban"}},
		absent: []wantRel{{subj: "athletics", pred: "lift"}},
	},
	{
		name:   "a word before a name and a noun is not the subject on its own",
		text:   "Tech news\n\nThe groundbreaking Amstrad 64 computer elicits fond memories for many who owned one.",
		rels:   []wantRel{{subj: "groundbreaking Amstrad 64 computer", pred: "elicit", obj: "fond memories"}},
		absent: []wantRel{{subj: "groundbreaking", pred: "elicit"}},
	},
	{
		name:   "a common noun right after another, no comma between, is the rest of its phrase",
		text:   "Sport news\n\nThe federation had suspended the two-time Boston Marathon runner-up for missing a training camp.",
		rels:   []wantRel{{subj: "federation", pred: "suspend", obj: "two-time Boston Marathon runner-up"}},
		absent: []wantRel{{subj: "federation", pred: "suspend", obj: "two-time"}},
	},
	{
		name: "a bracketed abbreviation inside a phrase does not end it",
		text: "Tech news\n\nThe firm has launched its latest \"pocket office\" third-generation (3G) phone which also has wi-fi.",
		rels: []wantRel{{subj: "latest pocket office third-generation (3G) phone", pred: "have", obj: "wi-fi"}},
	},
	{
		name:   "a name after a noun with a preposition of its own is that noun's, not the subject",
		text:   "Business news\n\nRevenues at media group Axon slipped 11% during 2004.",
		rels:   []wantRel{{subj: "Revenues", pred: "slip", obj: "11%"}},
		absent: []wantRel{{subj: "Axon", pred: "slip"}},
	},
	{
		name:   "a phrase run across a dash is held back",
		text:   "Business news\n\nThe chain sold a 20% stake - worth pounds 3m - in the venture last year.",
		absent: []wantRel{{subj: "chain", pred: "sell", obj: "20% stake - worth pounds 3m"}},
	},
	{
		name:   "a bare noun right before another object is its modifier, not a second object",
		text:   "Politics news\n\nThe minister attacked government red tape and debt.\n\nHe urged the clerk to falsify company financial records.",
		rels:   []wantRel{{subj: "minister", pred: "attack", obj: "government red tape"}, {subj: "clerk", pred: "falsify", obj: "company financial records", modality: ModalityPossible}},
		absent: []wantRel{{subj: "minister", pred: "attack", obj: "government"}, {subj: "clerk", pred: "falsify", obj: "company"}},
	},
	{
		name: "a second object with a preposition of its own stays apart",
		text: "Tech news\n\nThe laser pulses send data over long distances.",
		rels: []wantRel{{subj: "laser pulses", pred: "send", obj: "data", qual: [2]string{"over", "long distances"}}},
	},
	{
		name:   "thanks to before a participle and a noun is one preposition",
		text:   "Business news\n\nThe airline posted a record half-year profit thanks to cost-cutting measures.",
		rels:   []wantRel{{subj: "airline", pred: "post", obj: "record half-year profit", qual: [2]string{"thanks to", "cost-cutting measures"}}},
		absent: []wantRel{{subj: "airline", pred: "post", obj: "record half-year profit thanks"}},
	},
	{
		name: "an opening prepositional phrase is the verb's, not part of the subject",
		text: "Politics news\n\nIn recent years governments have favoured four-year terms.",
		rels: []wantRel{{subj: "governments", pred: "favour", obj: "four-year terms", qual: [2]string{"in", "recent years"}}},
	},
}

// TestSplitPhraseRepairs checks the tree repairs on parses written by hand in
// the shape the parser gave: a sentence adverb hung on the subject noun, and
// an opening prepositional phrase taken for a compound of the subject.
func TestSplitPhraseRepairs(t *testing.T) {
	cases := []struct {
		name   string
		words  []string
		tags   []string
		upos   []string
		heads  []int
		rels   []string
		repair func(*tree, []token) bool
		want   map[int]int // token → head after the repair
	}{
		{
			name:   "Already small shops are struggling",
			words:  []string{"Already", "small", "shops", "are", "struggling"},
			tags:   []string{"RB", "JJ", "NNS", "VBP", "VBG"},
			upos:   []string{"ADV", "ADJ", "NOUN", "AUX", "VERB"},
			heads:  []int{2, 2, 4, 4, -1},
			rels:   []string{"advmod", "amod", "nsubj", "aux", "root"},
			repair: (*tree).repairOpeningAdverb,
			want:   map[int]int{0: 4},
		},
		{
			name:   "Only three shops survived keeps its limiting adverb",
			words:  []string{"Only", "three", "shops", "survived"},
			tags:   []string{"RB", "CD", "NNS", "VBD"},
			upos:   []string{"ADV", "NUM", "NOUN", "VERB"},
			heads:  []int{2, 2, 3, -1},
			rels:   []string{"advmod", "nummod", "nsubj", "root"},
			repair: (*tree).repairOpeningAdverb,
			want:   map[int]int{0: 2},
		},
		{
			name:   "In six months the scheme has grown",
			words:  []string{"In", "six", "months", "scheme", "has", "grown"},
			tags:   []string{"IN", "CD", "NNS", "NN", "VBZ", "VBN"},
			upos:   []string{"ADP", "NUM", "NOUN", "NOUN", "AUX", "VERB"},
			heads:  []int{2, 2, 3, 5, 5, -1},
			rels:   []string{"case", "nummod", "compound", "nsubj", "aux", "root"},
			repair: (*tree).repairFrontedPhrase,
			want:   map[int]int{2: 5},
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			n := len(c.words)
			tr := &tree{head: append([]int(nil), c.heads...), rel: append([]string(nil), c.rels...), upos: c.upos, kids: make([][]int, n)}
			tr.relink()
			toks := make([]token, n)
			for i, w := range c.words {
				toks[i] = token{text: w, lower: strings.ToLower(w), tag: c.tags[i]}
			}
			c.repair(tr, toks)
			for k, h := range c.want {
				if tr.head[k] != h {
					t.Errorf("%q hangs on %d, want %d", c.words[k], tr.head[k], h)
				}
			}
		})
	}
}
