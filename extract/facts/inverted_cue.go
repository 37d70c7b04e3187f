package facts

import (
	"fmt"

	"newsgraph/extract/syntax"
)

// reparseInvertedCue handles a sentence a verb of saying interrupts with its
// speaker after it: "Worryingly, said the firm, phishing gangs were using …",
// "Also, said Mr Flynn, Vodafone has cut off …", "This, said Sloncek, should
// make …". The parser reads the cue as the sentence's verb and hangs what was
// said off the speaker or the cue in pieces (a relative clause on "Mr Flynn",
// "Sloncek" the subject of "make"), so the words lose their speaker and their
// subject. The words with the cue and its speaker left out are one clause
// and are parsed as one; the speaker and the cue are parsed as "the firm
// said"; the cue then hangs on the clause as a parataxis, as UD writes an
// interrupting cue (repairInvertedCue mends the same shape when the parser
// got the fronted subject right). s keeps the first parse unless both parts
// read as expected. A quotation has its own rules and is left alone.
func (x *Extractor) reparseInvertedCue(s *syntax.Sentence, toks []token) error {
	n := len(s.Tokens)
	if n < 8 || hasQuote(toks) {
		return nil
	}
	finite := func(k int) bool {
		switch s.Tokens[k].XPOS {
		case "VBD", "VBZ", "VBP", "MD":
			return true
		}
		return false
	}
	for v := 2; v+3 < n; v++ {
		if toks[v-1].text != "," || !finite(v) || !sayCues[x.lx.lemmatize(toks[v].lower, false)] {
			continue
		}
		// the fronted part: an adverb, a conjunction or a noun phrase, no verb
		front := 0
		for front < v-1 && toks[front].tag == "CC" {
			front++
		}
		if front >= v-1 {
			continue
		}
		ok := true
		for k := front; k < v-1; k++ {
			if finite(k) || toks[k].text == "," || s.Tokens[k].XPOS == "IN" || s.Tokens[k].XPOS == "WDT" || s.Tokens[k].XPOS == "WP" {
				ok = false
			}
		}
		// the speaker: a short noun phrase closed by a comma
		c := v + 1
		for c < n && c-v <= 6 && toks[c].text != "," {
			switch s.Tokens[c].XPOS {
			case "DT", "NNP", "NNPS", "NN", "NNS", "JJ", "PRP", "PRP$", "POS", "CD":
			default:
				ok = false
			}
			c++
		}
		if !ok || c == v+1 || c+2 >= n || toks[c].text != "," {
			continue
		}
		// the rest of the words: a finite verb before any comma, not a
		// relative clause or a participle on the speaker
		switch s.Tokens[c+1].XPOS {
		case "WDT", "WP", "WP$", "VBN", "IN", "TO":
			continue
		case "VBG": // ", adding that …" (but ", phishing gangs were …" opens a noun phrase)
			if !toks[c+2].isNoun() {
				continue
			}
		}
		verb := false
		for k := c + 1; k < n && toks[k].text != ","; k++ {
			verb = verb || finite(k)
		}
		if !verb {
			continue
		}
		// what was said: the fronted part (its comma kept after an adverb or
		// a conjunction, "Often, …"; dropped after a subject, "This should …")
		var words []int
		for k := 0; k < v-1; k++ {
			words = append(words, k)
		}
		if v-1-front == 1 && (s.Tokens[front].XPOS == "RB" || s.Tokens[front].XPOS == "CC") {
			words = append(words, v-1)
		}
		for k := c + 1; k < n; k++ {
			words = append(words, k)
		}
		said, err := x.parseWords(s, words)
		if err != nil {
			return err
		}
		root := -1
		for i, w := range said.Tokens {
			if w.Head == 0 {
				root = words[i]
			}
		}
		if root <= c || said.Tokens[indexOf(words, root)].UPOS != "VERB" && said.Tokens[indexOf(words, root)].UPOS != "AUX" && !hasDep(said, indexOf(words, root), "cop") {
			continue
		}
		var cue []int
		for k := v + 1; k < c; k++ {
			cue = append(cue, k)
		}
		cue = append(cue, v)
		sp, err := x.parseWords(s, cue)
		if err != nil {
			return err
		}
		if sp.Tokens[len(cue)-1].Head != 0 || !hasDep(sp, len(cue)-1, "nsubj") {
			continue
		}
		apply := func(part *syntax.Sentence, ids []int) {
			for i, w := range part.Tokens {
				k := ids[i]
				s.Tokens[k].UPOS, s.Tokens[k].XPOS, s.Tokens[k].DepRel = w.UPOS, w.XPOS, w.DepRel
				if w.Head > 0 && w.Head <= len(ids) {
					s.Tokens[k].Head = ids[w.Head-1] + 1
				} else {
					s.Tokens[k].Head = 0
				}
			}
		}
		apply(said, words)
		apply(sp, cue)
		s.Tokens[v].Head, s.Tokens[v].DepRel = root+1, "parataxis"
		for _, k := range []int{v - 1, c} {
			if indexOf(words, k) < 0 {
				s.Tokens[k].Head, s.Tokens[k].DepRel = v+1, "punct"
			}
		}
		return nil // one cue a sentence
	}
	return nil
}

// parseWords parses the words ids of sentence s (with their tags) as a
// sentence of their own.
func (x *Extractor) parseWords(s *syntax.Sentence, ids []int) (*syntax.Sentence, error) {
	part := syntax.Sentence{Tokens: make([]syntax.Token, len(ids))}
	for i, k := range ids {
		w := s.Tokens[k]
		part.Tokens[i] = syntax.Token{Form: w.Form, XPOS: w.XPOS, UPOS: w.UPOS}
	}
	if err := x.parser.ParseSentence(&part, syntax.Options{KeepTags: true}); err != nil {
		return nil, fmt.Errorf("parsing the words of an interrupted clause: %w", err)
	}
	return &part, nil
}

// indexOf returns the position of k in ids, or -1.
func indexOf(ids []int, k int) int {
	for i, id := range ids {
		if id == k {
			return i
		}
	}
	return -1
}

// hasDep reports whether word i (0-based) of s has a dependent with relation rel.
func hasDep(s *syntax.Sentence, i int, rel string) bool {
	for _, w := range s.Tokens {
		if w.Head == i+1 && syntax.BaseRel(w.DepRel) == rel {
			return true
		}
	}
	return false
}
