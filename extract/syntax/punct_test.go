package syntax

import (
	"os"
	"path/filepath"
	"testing"
)

// TestAttachPunctTable checks the convention on trees written by hand: the
// words' tree is right and the marks are hung anywhere; attachPunct must
// put them where UD's guidelines do.
func TestAttachPunctTable(t *testing.T) {
	type w struct {
		form, upos string
		head       int
	}
	cases := []struct {
		name string
		in   []w
		want []int // heads after, in order
	}{
		{
			// "Smith, the mayor, said it." with every mark hung across a word
			// it cannot reach: the opening comma goes to the appositive (the
			// lower neighbour), the closing one climbs to "Smith", the stop to
			// the root's word.
			name: "appositive commas",
			in: []w{{"Smith", "PROPN", 6}, {",", "PUNCT", 7}, {"the", "DET", 4}, {"mayor", "NOUN", 1},
				{",", "PUNCT", 7}, {"said", "VERB", 0}, {"it", "PRON", 6}, {".", "PUNCT", 1}},
			want: []int{6, 4, 4, 1, 1, 0, 6, 6},
		},
		{
			// 'He said: "It works."' — the quotes hang on the quoted clause's
			// head, the colon on it too (the nearer phrase), the stop inside on it.
			name: "quotes",
			in: []w{{"He", "PRON", 2}, {"said", "VERB", 0}, {":", "PUNCT", 2}, {`"`, "PUNCT", 2},
				{"It", "PRON", 6}, {"works", "VERB", 2}, {".", "PUNCT", 2}, {`"`, "PUNCT", 2}},
			want: []int{2, 0, 6, 6, 6, 2, 6, 6},
		},
		{
			// A mark with a dependent is left alone.
			name: "mark with a child",
			in:   []w{{"Go", "VERB", 0}, {"-", "PUNCT", 1}, {"now", "ADV", 2}},
			want: []int{0, 1, 2},
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			toks := make([]Token, len(c.in))
			for i, x := range c.in {
				toks[i] = Token{Form: x.form, UPOS: x.upos, Head: x.head, DepRel: "dep"}
			}
			attachPunct(toks)
			for i, tok := range toks {
				if tok.Head != c.want[i] {
					t.Errorf("%q: head %d, want %d", tok.Form, tok.Head, c.want[i])
				}
			}
		})
	}
}

// TestAttachPunctMatchesTreebanks runs the pass over gold trees, where the
// words' tree is right, with every mark moved to the convention's candidate
// (the parser's choice not kept): it must give back the treebank's own
// attachment for nearly every mark, or it is not the treebanks' convention.
func TestAttachPunctMatchesTreebanks(t *testing.T) {
	files := []string{
		filepath.Join(sharedUD, "en_ewt-ud-dev.conllu"),
		filepath.Join("..", "..", "..", "shared", "eval", "gum-news", "conllu", "GUM_news_iodine.conllu"),
	}
	for _, name := range files {
		f, err := os.Open(name)
		if err != nil {
			t.Skipf("no treebank (%v): skipping", err)
		}
		sents, err := ReadCoNLLU(f, name)
		f.Close()
		if err != nil {
			t.Fatal(err)
		}
		marks, same := 0, 0
		for _, s := range sents {
			toks := append([]Token(nil), s.Tokens...)
			for i := range toks {
				toks[i].Form = Plain(toks[i].Form)
			}
			reattachPunct(toks, false)
			for i, tok := range toks {
				if tok.UPOS != "PUNCT" {
					continue
				}
				marks++
				if tok.Head == s.Tokens[i].Head {
					same++
				}
			}
		}
		pct := 100 * float64(same) / float64(marks)
		t.Logf("%s: %d of %d marks keep the gold head (%.1f%%)", filepath.Base(name), same, marks, pct)
		if marks == 0 || pct < 97 {
			t.Errorf("%s: %.1f%% of gold attachments kept, want at least 97%%", name, pct)
		}
	}
}
