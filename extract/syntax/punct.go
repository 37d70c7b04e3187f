package syntax

import "slices"

// UD attaches punctuation by a convention, not by meaning: a mark hangs
// projectively on the nearer of the two phrases beside it, and a pair of
// quotes or brackets on the phrase between them (UD's punct guidelines, as
// udapi's ud.FixPunct implements them; EWT's and GUM's released trees follow
// it for 99% and 98% of their marks). The parser's own choice often breaks
// it on long news sentences, where a comma between two clauses is attached
// to whichever word the beam happened to keep. Re-deriving the attachment
// from the rest of the tree gives the same answer the treebanks give
// whenever the words' tree is right, and cannot change any word's head.

// pairedClose maps an opening mark to its closing one. Forms are Plain, so
// typographic quotes arrive as '"'; the single quote is left out because it
// is far more often an apostrophe.
var pairedClose = map[string]string{"(": ")", "[": "]", "{": "}", `"`: `"`, "``": "''"}

// attachPunct re-attaches the punctuation of a parsed sentence in place,
// keeping the parser's choice where the convention allows it too.
func attachPunct(toks []Token) { reattachPunct(toks, true) }

// reattachPunct re-attaches punctuation (heads 1-based, 0 the root, as in
// Token.Head). With keep false every mark gets the convention's candidate,
// which is how the tests check the convention against gold trees.
func reattachPunct(toks []Token, keep bool) {
	n := len(toks)
	if n < 3 {
		return
	}
	head := func(i int) int { return toks[i-1].Head }
	isPunct := func(i int) bool { return i >= 1 && i <= n && toks[i-1].UPOS == "PUNCT" }
	hasChild := make([]bool, n+1)
	for i := range toks {
		hasChild[toks[i].Head] = true
	}
	// under reports whether i lies in the subtree of c (c itself included).
	under := func(i, c int) bool {
		for steps := 0; i != 0 && steps <= n; steps++ {
			if i == c {
				return true
			}
			i = head(i)
		}
		return c == 0
	}
	// projective reports whether the arc c → p would cross nothing: every
	// word strictly between them belongs to c's subtree.
	projective := func(p, c int) bool {
		lo, hi := min(p, c), max(p, c)
		for j := lo + 1; j < hi; j++ {
			if j != p && !under(j, c) {
				return false
			}
		}
		return true
	}
	// span returns the first and last word of c's subtree.
	span := func(c int) (int, int) {
		lo, hi := c, c
		for j := 1; j <= n; j++ {
			if (j < lo || j > hi) && under(j, c) {
				lo, hi = min(lo, j), max(hi, j)
			}
		}
		return lo, hi
	}
	const opening, closing = 1, 2
	kind := make([]uint8, n+1)

	// Pairs first, so that a comma inside quotes is not hung outside them.
	for o := 1; o <= n; o++ {
		closeForm, ok := pairedClose[toks[o-1].Form]
		if !ok || kind[o] == closing || !isPunct(o) || hasChild[o] {
			continue
		}
		depth := 0
		for c := o + 1; c <= n; c++ {
			f := toks[c-1].Form
			if f == closeForm {
				if depth > 0 {
					depth--
					continue
				}
				var first, last int
				for j := o + 1; j < c; j++ {
					if h := head(j); (h < o || h > c) && !isPunct(j) {
						if first == 0 {
							first = j
						}
						last = j
					}
				}
				if first != 0 && !hasChild[c] {
					toks[o-1].Head, toks[c-1].Head = first, last
					kind[o], kind[c] = opening, closing
				}
				break
			}
			if f == toks[o-1].Form && closeForm != f {
				depth++
			}
		}
	}

	for p := 1; p <= n; p++ {
		if !isPunct(p) || kind[p] != 0 || hasChild[p] {
			continue
		}
		form := toks[p-1].Form
		if form == "." && head(p) == p-1 {
			continue // an abbreviation's or ordinal's dot
		}
		if form == "'" {
			continue // mostly a possessive ("Phillips' proposal") the tagger missed
		}
		l := p - 1
		for l >= 1 && isPunct(l) {
			if kind[l] == opening && head(l) != p {
				l = 0
				break
			}
			l--
		}
		r := p + 1
		if form == "." || form == "?" || form == "!" {
			r = 0 // a sentence's final mark closes what comes before it
		}
		for r != 0 && r <= n && isPunct(r) {
			if kind[r] == closing && head(r) != p {
				r = 0
				break
			}
			r++
		}
		if r > n {
			r = 0
		}
		// Climb from each neighbour while its parent stays on the same side
		// and its subtree does not reach past the mark.
		var lpath, rpath []int
		if l >= 1 {
			lpath = append(lpath, l)
			for h := head(l); h != 0 && h < p; h = head(l) {
				if _, hi := span(l); hi > p {
					break
				}
				l = h
				lpath = append(lpath, l)
			}
		}
		if r >= 1 {
			rpath = append(rpath, r)
			for h := head(r); h != 0 && h > p; h = head(r) {
				if lo, _ := span(r); lo < p {
					break
				}
				r = h
				rpath = append(rpath, r)
			}
		}
		projectiveOnly := func(path []int) []int {
			out := path[:0]
			for _, c := range path {
				if projective(p, c) {
					out = append(out, c)
				}
			}
			return out
		}
		lpath, rpath = projectiveOnly(lpath), projectiveOnly(rpath)
		var lc, rc int
		if len(lpath) > 0 {
			lc = lpath[len(lpath)-1]
		}
		if len(rpath) > 0 {
			rc = rpath[len(rpath)-1]
		}
		// The lower of the two candidates; the parser's own choice stands
		// when it lies on the chosen side's path, since it is then as
		// defensible as the candidate.
		var cand int
		var path []int
		switch {
		case lc != 0 && rc != 0 && lc != rc && under(lc, rc):
			cand, path = lc, lpath
		case lc != 0 && rc != 0 && lc != rc && under(rc, lc):
			cand, path = rc, rpath
		case lc != 0:
			cand, path = lc, append(lpath, rpath...)
		case rc != 0:
			cand, path = rc, append(lpath, rpath...)
		default:
			continue
		}
		if !keep || !slices.Contains(path, head(p)) {
			toks[p-1].Head = cand
		}
		toks[p-1].DepRel = "punct"
	}
}
