package facts

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"newsgraph/extract/syntax"
)

// goldSentences reads CoNLL-U files and returns their sentences by text
// (the "# text =" comment).
func goldSentences(tb testing.TB, paths ...string) (map[string]*syntax.Sentence, []string) {
	tb.Helper()
	byText := map[string]*syntax.Sentence{}
	var order []string
	for _, p := range paths {
		f, err := os.Open(p)
		if err != nil {
			tb.Skipf("gold trees not found: %v", err)
		}
		ss, err := syntax.ReadCoNLLU(f, p)
		f.Close()
		if err != nil {
			tb.Fatal(err)
		}
		for i := range ss {
			for _, c := range ss[i].Comments {
				if t, ok := strings.CutPrefix(c, "text = "); ok {
					if _, dup := byText[t]; !dup {
						order = append(order, t)
					}
					byText[t] = &ss[i]
				}
			}
		}
	}
	return byText, order
}

// alignGold turns a gold tree over UD words into a tree over the extractor's
// tokens: each token takes the word its first byte falls in; the first token
// of a word carries the word's head and relation, the others hang on it.
func alignGold(g *syntax.Sentence, text string, toks []token) *tree {
	if g == nil || len(toks) == 0 {
		return nil
	}
	base := toks[0].start
	for _, tk := range toks {
		base = min(base, tk.start)
	}
	// where each gold word starts and ends in text
	type span struct{ a, b int }
	words := make([]span, len(g.Tokens))
	at := 0
	for i, w := range g.Tokens {
		j := strings.Index(plain(text[at:]), plain(w.Form))
		if j < 0 {
			words[i] = span{at, at}
			continue
		}
		words[i] = span{at + j, at + j + len(w.Form)}
		at += j + len(w.Form)
	}
	wordOf := make([]int, len(toks))
	primary := make([]int, len(g.Tokens))
	for i := range primary {
		primary[i] = -1
	}
	for k, tk := range toks {
		off := tk.start - base
		wordOf[k] = -1
		for i, w := range words {
			if off >= w.a && off < w.b || off < w.a && tk.end-base > w.a {
				wordOf[k] = i
				break
			}
		}
		if wordOf[k] >= 0 && primary[wordOf[k]] < 0 {
			primary[wordOf[k]] = k
		}
	}
	s := syntax.Sentence{Tokens: make([]syntax.Token, len(toks))}
	for k := range toks {
		w := wordOf[k]
		switch {
		case w < 0:
			s.Tokens[k].DepRel, s.Tokens[k].Head = "dep", 0
		case primary[w] != k:
			s.Tokens[k].DepRel, s.Tokens[k].Head = "goeswith", primary[w]+1
			s.Tokens[k].UPOS = g.Tokens[w].UPOS
		default:
			gw := g.Tokens[w]
			s.Tokens[k].UPOS, s.Tokens[k].DepRel = gw.UPOS, gw.DepRel
			// the head word may have no token of its own: climb until one does
			h := gw.Head
			for h > 0 && primary[h-1] < 0 {
				h = g.Tokens[h-1].Head
			}
			if h > 0 {
				s.Tokens[k].Head = primary[h-1] + 1
			}
		}
	}
	return newTree(&s)
}

// goldExtractor returns an Open IE extractor that reads the gold trees of
// the given sentences instead of parsing.
func goldExtractor(tb testing.TB, gold map[string]*syntax.Sentence) *Extractor {
	tb.Helper()
	x, err := New(Options{SingleSentence: true})
	if err != nil {
		tb.Fatal(err)
	}
	x.treeOf = func(text string, toks []token) *tree { return alignGold(gold[text], text, toks) }
	return x
}

// TestGoldTreeDump prints what the extractor reads off the gold trees of GUM's
// news articles; set NEWSGRAPH_GOLD_DUMP=1 to run it (a reading aid, not a check).
func TestGoldTreeDump(t *testing.T) {
	if os.Getenv("NEWSGRAPH_GOLD_DUMP") == "" {
		t.Skip("set NEWSGRAPH_GOLD_DUMP=1 to print the facts read off GUM news gold trees")
	}
	paths, _ := filepath.Glob(filepath.Join(sharedDir, "eval", "gum-news", "conllu", "*.conllu"))
	sort.Strings(paths)
	gold, order := goldSentences(t, paths...)
	x := goldExtractor(t, gold)
	for _, s := range order {
		res, err := x.Extract(context.Background(), Document{ID: "g", Text: s})
		if err != nil {
			t.Fatal(err)
		}
		fmt.Println("#", s)
		for _, r := range res.Relations {
			fmt.Printf("  R %s —%s→ %s %v neg=%v %s attr=%v\n", r.Subject.Mention, r.PredicateText, r.Object.Mention, r.Qualifiers, r.Negated, r.Modality, r.AttributedTo != nil)
		}
		for _, st := range res.Statements {
			fmt.Printf("  S %s [%s] %q\n", st.Speaker.Mention, st.Cue, st.Content)
		}
	}
}

// TestTreeDump prints the parser's trees and the facts of the sentences of
// NEWSGRAPH_TREE_FILE that contain NEWSGRAPH_TREE_GREP (a reading aid).
func TestTreeDump(t *testing.T) {
	path := os.Getenv("NEWSGRAPH_TREE_FILE")
	if path == "" {
		t.Skip("set NEWSGRAPH_TREE_FILE (and NEWSGRAPH_TREE_GREP) to print trees and facts")
	}
	grep := os.Getenv("NEWSGRAPH_TREE_GREP")
	x, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	res, err := x.Extract(context.Background(), Document{ID: "dump", Text: string(raw)})
	if err != nil {
		t.Fatal(err)
	}
	d, err := x.prepare(context.Background(), Document{ID: "dump", Text: string(raw)})
	if err != nil {
		t.Fatal(err)
	}
	for si, s := range d.sents {
		if !strings.Contains(s.text, grep) {
			continue
		}
		fmt.Printf("# %d %s\n", si, s.text)
		for k, tk := range s.toks {
			if s.tree == nil {
				break
			}
			fmt.Printf("  %d\t%s\t%s\t%s\t%d\t%s\n", k, tk.text, tk.tag, s.tree.upos[k], s.tree.head[k], s.tree.rel[k])
		}
		for _, r := range res.Relations {
			if r.Sentence == si {
				fmt.Printf("  R %s —%s→ %s %v neg=%v %s attr=%v\n", r.Subject.Mention, r.PredicateText, r.Object.Mention, r.Qualifiers, r.Negated, r.Modality, r.AttributedTo != nil)
			}
		}
		for _, st := range res.Statements {
			if st.Sentence == si {
				fmt.Printf("  S %s/%s [%s] %q\n", st.Speaker.Mention, st.Speaker.Name, st.Cue, st.Content)
			}
		}
	}
}
