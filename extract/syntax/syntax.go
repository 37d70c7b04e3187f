package syntax

// Token is one syntactic word of a sentence. Head is the 1-based position of
// the head word in the sentence (0 for the root), as in CoNLL-U.
type Token struct {
	Form   string
	Lemma  string // "" when unknown; the parser does not lemmatise
	UPOS   string // universal part of speech (NOUN, VERB, ...)
	XPOS   string // Penn Treebank tag (NN, VBD, ...)
	Feats  string // passed through from CoNLL-U; "" when absent
	Head   int
	DepRel string // UD relation with subtype, e.g. "nsubj:pass"
	Deps   string // enhanced dependencies, passed through; "" when absent
	Misc   string // passed through; "" when absent
}

// Extra is a CoNLL-U line that is not a syntactic word (a multi-word token
// range such as "3-4" or an empty node such as "8.1"), kept verbatim and
// written before the word at index Before (0-based into Tokens;
// len(Tokens) puts it after the last word).
type Extra struct {
	Before int
	Line   string
}

// Sentence is a sequence of words with their tags and tree.
type Sentence struct {
	Comments []string // CoNLL-U comment lines without the leading "# "
	Tokens   []Token
	Extras   []Extra
}

// Words returns the forms of the sentence's words.
func (s *Sentence) Words() []string {
	out := make([]string, len(s.Tokens))
	for i := range s.Tokens {
		out[i] = s.Tokens[i].Form
	}
	return out
}

// Root returns the 1-based position of the first word attached to the root,
// or 0 when the sentence has none.
func (s *Sentence) Root() int {
	for i := range s.Tokens {
		if s.Tokens[i].Head == 0 {
			return i + 1
		}
	}
	return 0
}

// Token returns the word at 1-based position id, or nil when out of range.
func (s *Sentence) Token(id int) *Token {
	if id < 1 || id > len(s.Tokens) {
		return nil
	}
	return &s.Tokens[id-1]
}

// Children returns the 1-based positions of the words whose head is id, in
// sentence order (id 0 gives the root's children).
func (s *Sentence) Children(id int) []int {
	var out []int
	for i := range s.Tokens {
		if s.Tokens[i].Head == id {
			out = append(out, i+1)
		}
	}
	return out
}

// ChildrenWith returns the children of id whose relation, without subtype,
// is rel ("nsubj" matches "nsubj" and "nsubj:pass").
func (s *Sentence) ChildrenWith(id int, rel string) []int {
	var out []int
	for i := range s.Tokens {
		t := &s.Tokens[i]
		if t.Head == id && BaseRel(t.DepRel) == rel {
			out = append(out, i+1)
		}
	}
	return out
}

// BaseRel strips the subtype from a UD relation: "nsubj:pass" → "nsubj".
func BaseRel(rel string) string {
	for i := 0; i < len(rel); i++ {
		if rel[i] == ':' {
			return rel[:i]
		}
	}
	return rel
}

// Options controls ParseSentence.
type Options struct {
	// KeepTags uses the UPOS and XPOS already on the tokens instead of
	// tagging; a token with an empty XPOS is tagged anyway.
	KeepTags bool
	// Beam is the beam width; 0 uses the model's (what it was trained
	// with), 1 is greedy and fastest.
	Beam int
}
