package main

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"

	"newsgraph/extract/syntax"
)

// defaultExtraGenres are the GUM genres whose texts GUM's LICENSE.txt puts
// under CC BY or CC BY-SA (academic, court: CC BY 4.0; interview: Wikinews,
// CC BY 2.5; bio, voyage: Wikipedia and Wikivoyage, CC BY-SA 3.0), so a
// model learned from them can be shared under CC BY-SA 4.0 like the EWT one.
// The non-commercial genres (essay, fiction, letter, podcast, whow), reddit
// (no text, Reddit's terms) and genres LICENSE.txt does not name are left
// out; news never goes in, since GUM's news articles are our evaluation set.
const defaultExtraGenres = "academic,bio,court,interview,voyage"

// gumName is GUM's document file name: GUM_<genre>_<name>.conllu. Other
// files in dep/ (GENTLE_*, GUM's out-of-domain test set) do not match.
var gumName = regexp.MustCompile(`^GUM_([a-z]+)_[A-Za-z0-9_-]+\.conllu$`)

// extraStats counts what readExtra kept and why it dropped the rest.
type extraStats struct {
	docs, sents, words           int
	heldOut, unknownTag, badTree int
}

func (s extraStats) String() string {
	return fmt.Sprintf("%d documents, %d sentences, %d words; dropped %d sentences found in -holdout, %d with a tag pair or relation EWT lacks, %d without a single well-formed tree",
		s.docs, s.sents, s.words, s.heldOut, s.unknownTag, s.badTree)
}

// readExtra reads the GUM documents of dir whose genre is in genres. It keeps
// the model's tag and relation sets those of EWT (ref): a sentence with an
// XPOS+UPOS pair or a relation that EWT's training data lacks is dropped, as
// is any sentence whose words equal a sentence of held (the evaluation text).
// docOf gives each returned sentence's document number (0, 1, ... in file
// name order), for splitting by document.
func readExtra(dir string, genres []string, ref, held []syntax.Sentence) (out []syntax.Sentence, docOf []int, st extraStats, err error) {
	for _, g := range genres {
		if g == "news" {
			return nil, nil, st, fmt.Errorf("-extra-genres: GUM's news documents are evaluation data, never training data")
		}
	}
	pairs, rels := map[string]bool{}, map[string]bool{}
	for _, s := range ref {
		for _, t := range s.Tokens {
			pairs[t.XPOS+"\t"+t.UPOS] = true
			rels[t.DepRel] = true
		}
	}
	heldText := map[string]bool{}
	for i := range held {
		heldText[strings.Join(held[i].Words(), " ")] = true
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, nil, st, fmt.Errorf("-extra-train: %w", err)
	}
	for _, e := range entries { // ReadDir sorts by name: a stable order
		m := gumName.FindStringSubmatch(e.Name())
		if m == nil || m[1] == "news" || !slices.Contains(genres, m[1]) {
			continue
		}
		name := filepath.Join(dir, e.Name())
		f, err := os.Open(name)
		if err != nil {
			return nil, nil, st, err
		}
		sents, err := syntax.ReadCoNLLU(f, name)
		f.Close()
		if err != nil {
			return nil, nil, st, fmt.Errorf("%s: %w", name, err)
		}
		st.docs++
	sentences:
		for _, s := range sents {
			if heldText[strings.Join(s.Words(), " ")] {
				st.heldOut++
				continue
			}
			roots := 0
			for _, t := range s.Tokens {
				if !pairs[t.XPOS+"\t"+t.UPOS] || !rels[t.DepRel] {
					st.unknownTag++
					continue sentences
				}
				if t.Head < 0 || t.Head > len(s.Tokens) {
					st.badTree++
					continue sentences
				}
				if t.Head == 0 {
					roots++
				}
			}
			if roots != 1 {
				st.badTree++
				continue
			}
			// Only the columns the trainer learns from; GUM's MISC and DEPS
			// columns carry much that is of no use here.
			c := syntax.Sentence{Tokens: make([]syntax.Token, len(s.Tokens))}
			for i, t := range s.Tokens {
				c.Tokens[i] = syntax.Token{Form: t.Form, Lemma: t.Lemma, UPOS: t.UPOS, XPOS: t.XPOS, Head: t.Head, DepRel: t.DepRel}
			}
			out = append(out, c)
			docOf = append(docOf, st.docs-1)
			st.sents++
			st.words += len(s.Tokens)
		}
	}
	if st.docs == 0 {
		return nil, nil, st, fmt.Errorf("-extra-train %s: no GUM_<genre>_*.conllu file of genres %s", dir, strings.Join(genres, ","))
	}
	return out, docOf, st, nil
}
