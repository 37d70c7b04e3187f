package facts

import (
	"context"
	"strings"
	"testing"

	"newsgraph/extract/syntax"
)

// parsedWord is one word of a hand-made parse: its form, tags, relation and
// 1-based head.
type parsedWord struct {
	form, upos, xpos, rel string
	head                  int
}

// repairedTree builds the tree of words as newTree does and repairs it.
func repairedTree(words []parsedWord, lx *lexicon) *tree {
	s := syntax.Sentence{}
	var toks []token
	for _, w := range words {
		s.Tokens = append(s.Tokens, syntax.Token{Form: w.form, UPOS: w.upos, XPOS: w.xpos, DepRel: w.rel, Head: w.head})
		toks = append(toks, token{text: w.form, lower: strings.ToLower(w.form), tag: w.xpos, xpos: w.xpos, upos: w.upos})
	}
	tr := newTree(&s)
	repair(tr, toks, lx)
	return tr
}

// TestRepairFiniteCompounds gives repair the misparse a GUM-trained parser
// makes of "Anna Berg, who leads Nordbank, met Peter Holm": the finite verb
// must come out heading a relative clause with the name as its object.
func TestRepairFiniteCompounds(t *testing.T) {
	words := []parsedWord{
		{"Anna", "PROPN", "NNP", "nsubj", 8}, {"Berg", "PROPN", "NNP", "flat", 1}, {",", "PUNCT", ",", "punct", 6},
		{"who", "PRON", "WP", "nsubj", 6}, {"leads", "VERB", "VBZ", "compound", 6}, {"Nordbank", "PROPN", "NNP", "list", 1},
		{",", "PUNCT", ",", "punct", 1}, {"met", "VERB", "VBD", "root", 0}, {"Holm", "PROPN", "NNP", "obj", 8},
	}
	lx := newLexicon()
	tr := repairedTree(words, lx)
	check := func(k, head int, rel string) {
		t.Helper()
		if tr.head[k] != head || tr.rel[k] != rel {
			t.Errorf("%s: head %d %s, want %d %s", words[k].form, tr.head[k], tr.rel[k], head, rel)
		}
	}
	check(4, 0, "acl:relcl") // leads → Anna
	check(5, 4, "obj")       // Nordbank → leads
	check(3, 4, "nsubj")     // who → leads
	check(2, 4, "punct")
	check(7, -1, "root")

	// A compound that is a noun stays as it is.
	words[4] = parsedWord{"bank", "NOUN", "NN", "compound", 6}
	tr = repairedTree(words, lx)
	if tr.head[4] != 5 || tr.rel[4] != "compound" {
		t.Errorf("a noun compound was moved: head %d %s", tr.head[4], tr.rel[4])
	}
}

// TestRepairReportedSubjects gives repair "Mr Warner said organisations
// needed to prepare defences" parsed with "organisations" the object of
// "said" and "needed" a modifier of it: the noun must come out the subject
// of a clause that is what was said.
func TestRepairReportedSubjects(t *testing.T) {
	words := []parsedWord{
		{"Warner", "PROPN", "NNP", "nsubj", 2}, {"said", "VERB", "VBD", "root", 0}, {"organisations", "NOUN", "NNS", "obj", 2},
		{"needed", "VERB", "VBD", "acl", 3}, {"to", "PART", "TO", "mark", 6}, {"prepare", "VERB", "VB", "xcomp", 4},
		{"defences", "NOUN", "NNS", "obj", 6},
	}
	lx := newLexicon()
	tr := repairedTree(words, lx)
	if tr.head[3] != 1 || tr.rel[3] != "ccomp" || tr.head[2] != 3 || tr.rel[2] != "nsubj" {
		t.Errorf("needed: head %d %s, organisations: head %d %s; want the clause a ccomp of said with its own subject",
			tr.head[3], tr.rel[3], tr.head[2], tr.rel[2])
	}
	// The same with "needed" read as a participle, after "said"
	words[3].xpos = "VBN"
	tr = repairedTree(words, lx)
	if tr.rel[3] != "ccomp" || tr.rel[2] != "nsubj" {
		t.Errorf("participle after said: needed %s, organisations %s; want ccomp, nsubj", tr.rel[3], tr.rel[2])
	}
	words[3].xpos = "VBD"
	// A verb that takes an object keeps it: "the report showed costs rose" is
	// left as the parser read it.
	words[1].form = "showed"
	tr = repairedTree(words, lx)
	if tr.rel[3] != "acl" {
		t.Errorf("after a verb that takes objects the modifier was moved: %s", tr.rel[3])
	}
}

// TestBackwardChain gives the extractor a tree whose open complement comes
// before its verb ("In the ruling handed down …, Apple can now get …" with
// "handed" an xcomp of "get", as a parser did on a BBC article): reading the
// clause must not fail on the predicate's words running backwards.
func TestBackwardChain(t *testing.T) {
	x := mustExtractor(t)
	heads := map[string][2]string{ // word → head word, relation
		"ruling": {"handed", "obl"}, "handed": {"get", "xcomp"}, "Apple": {"get", "nsubj"}, "can": {"get", "aux"},
		"get": {"", "root"}, "hands": {"get", "obj"}, "its": {"hands", "nmod:poss"}, "In": {"ruling", "case"},
		"the": {"ruling", "det"}, "down": {"handed", "compound:prt"}, ",": {"get", "punct"}, ".": {"get", "punct"},
	}
	x.treeOf = func(text string, toks []token) *tree {
		n := len(toks)
		tr := &tree{head: make([]int, n), rel: make([]string, n), upos: make([]string, n), kids: make([][]int, n)}
		at := map[string]int{}
		for i, tk := range toks {
			at[tk.text] = i
		}
		for i, tk := range toks {
			h := heads[tk.text]
			tr.head[i], tr.rel[i], tr.upos[i] = -1, h[1], "NOUN"
			if j, ok := at[h[0]]; ok {
				tr.head[i] = j
			}
			if tk.text == "handed" || tk.text == "get" {
				tr.upos[i] = "VERB"
			}
		}
		tr.relink()
		return tr
	}
	res, err := x.Extract(context.Background(), Document{ID: "backward", Text: "In the ruling handed down, Apple can get its hands."})
	if err != nil {
		t.Fatalf("Extract: %v", err)
	}
	for _, r := range res.Relations {
		if r.Predicate == "" || r.PredicateText == "" {
			t.Errorf("a relation without its predicate: %+v", r)
		}
	}
}

func TestRelationOf(t *testing.T) {
	for phrase, want := range map[string]bool{
		"A close associate of former Yukos boss":  true,
		"the wife of the late":                    true,
		"Liberal Democrat spokeswoman for women":  false,
		"Commission for Racial Equality chairman": false,
		"Treasury Under Secretary":                false,
	} {
		if got := relationOf(phrase); got != want {
			t.Errorf("relationOf(%q) = %v, want %v", phrase, got, want)
		}
	}
}

func TestWordPredicate(t *testing.T) {
	for pred, want := range map[string]bool{
		"buy": true, "be proud of": true, "hold-role": true, "be-27bn": false, "9.4bn": false,
		"36%": false, "'by": false, "": false,
	} {
		if got := wordPredicate(pred); got != want {
			t.Errorf("wordPredicate(%q) = %v, want %v", pred, got, want)
		}
	}
}

// TestRepairReportedParticiple gives repair "The firm said sales rose,
// beating forecasts" with "beating" hung on "said": it must hang on "rose",
// the reported clause it describes; "…, adding that …" stays with "said".
func TestRepairReportedParticiple(t *testing.T) {
	lx := newLexicon()
	for _, tc := range []struct {
		part, upos string
		wantHead   int
	}{
		{"beating", "VERB", 4},  // → rose
		{"matching", "VERB", 4}, // → rose
		{"adding", "VERB", 2},   // a participle of saying stays with said
		{"citing", "VERB", 2},   // so does one naming the speaker's reason
	} {
		words := []parsedWord{
			{"The", "DET", "DT", "det", 2}, {"firm", "NOUN", "NN", "nsubj", 3}, {"said", "VERB", "VBD", "root", 0},
			{"sales", "NOUN", "NNS", "nsubj", 5}, {"rose", "VERB", "VBD", "ccomp", 3}, {",", "PUNCT", ",", "punct", 7},
			{tc.part, tc.upos, "VBG", "advcl", 3}, {"forecasts", "NOUN", "NNS", "obj", 7}, {".", "PUNCT", ".", "punct", 3},
		}
		tr := repairedTree(words, lx)
		if tr.head[6] != tc.wantHead {
			t.Errorf("%s: head %d, want %d", tc.part, tr.head[6], tc.wantHead)
		}
	}
}

// TestRepairThroughRelative gives repair "a move it hopes will stoke
// competition" with "hopes" a relative clause on "move": "stoke" must come
// out as the clause of "hopes", which takes its place.
func TestRepairThroughRelative(t *testing.T) {
	words := []parsedWord{
		{"India", "PROPN", "NNP", "nsubj", 2}, {"acted", "VERB", "VBD", "root", 0}, {",", "PUNCT", ",", "punct", 9},
		{"a", "DET", "DT", "det", 5}, {"move", "NOUN", "NN", "nsubj", 9}, {"it", "PRON", "PRP", "nsubj", 7},
		{"hopes", "VERB", "VBZ", "acl:relcl", 5}, {"will", "AUX", "MD", "aux", 9}, {"stoke", "VERB", "VB", "parataxis", 2},
		{"competition", "NOUN", "NN", "obj", 9},
	}
	lx := newLexicon()
	tr := repairedTree(words, lx)
	if tr.head[8] != 6 || tr.rel[8] != "ccomp" || tr.head[6] != 1 || tr.rel[6] != "parataxis" || tr.head[4] != 8 {
		t.Errorf("stoke %d %s, hopes %d %s, move %d", tr.head[8], tr.rel[8], tr.head[6], tr.rel[6], tr.head[4])
	}
	// "which hopes" is a relative clause of its own and stays
	words[5] = parsedWord{"which", "PRON", "WDT", "nsubj", 7}
	tr = repairedTree(words, lx)
	if tr.rel[6] != "acl:relcl" {
		t.Errorf("a relative pronoun's clause was moved: %s", tr.rel[6])
	}
}

// TestRelativeCueOutside checks the gate's reading of a cue that heads a
// relative clause: words before "which is pushing" are not what it reports,
// but a closing "X, the firm's chief executive told the BBC" the parser hung
// as a relative clause on "executive" (no relative pronoun) still reports the
// quotation before it.
func TestRelativeCueOutside(t *testing.T) {
	lx := newLexicon()
	build := func(words []parsedWord) *docState {
		var toks []token
		at := 0
		for _, w := range words {
			toks = append(toks, token{text: w.form, lower: strings.ToLower(w.form), tag: w.xpos, xpos: w.xpos, upos: w.upos, start: at, end: at + len(w.form)})
			at += len(w.form) + 1
		}
		return &docState{sents: []*sentence{{toks: toks, tree: repairedTree(words, lx)}}}
	}
	// "Sales fell , Holm , the chief told Reuters": "told" a relative clause on "chief"
	closing := build([]parsedWord{
		{"Sales", "NOUN", "NNS", "nsubj", 2}, {"fell", "VERB", "VBD", "root", 0}, {",", "PUNCT", ",", "punct", 2},
		{"Holm", "PROPN", "NNP", "appos", 1}, {",", "PUNCT", ",", "punct", 6}, {"the", "DET", "DT", "det", 7},
		{"chief", "NOUN", "NN", "nsubj", 8}, {"told", "VERB", "VBD", "acl:relcl", 7}, {"Reuters", "PROPN", "NNP", "obj", 8},
	})
	// "Nordbank fought Westbank , which is pushing for damages"
	relative := build([]parsedWord{
		{"Nordbank", "PROPN", "NNP", "nsubj", 2}, {"fought", "VERB", "VBD", "root", 0}, {"Westbank", "PROPN", "NNP", "obj", 2},
		{",", "PUNCT", ",", "punct", 7}, {"which", "PRON", "WDT", "nsubj", 7}, {"is", "AUX", "VBZ", "aux", 7},
		{"pushing", "VERB", "VBG", "acl:relcl", 3}, {"for", "ADP", "IN", "case", 9}, {"damages", "NOUN", "NNS", "obl", 7},
	})
	for _, tc := range []struct {
		d    *docState
		cue  string
		want bool
	}{
		{closing, "told", false},
		{relative, "pushing", true},
	} {
		toks := tc.d.sents[0].toks
		p := pendingStatement{cue: tc.cue, content: [2]int{toks[0].start, toks[1].end}}
		if got := tc.d.relativeCueOutside(p); got != tc.want {
			t.Errorf("%s: relativeCueOutside %v, want %v", tc.cue, got, tc.want)
		}
	}
}
