// Package syntax tags and parses English sentences into Universal Dependencies
// trees. It knows nothing of news: words (and optionally tags) go in; UPOS and
// Penn XPOS tags, heads and dependency relations come out.
//
// The tagger is a left-to-right averaged perceptron over joint XPOS+UPOS
// classes. The parser is an arc-eager transition parser (root at the end of
// the buffer) scored by an averaged perceptron with Zhang & Nivre (2011)
// features; it searches with a small beam and was trained globally
// (max-violation updates), or greedily with a dynamic oracle (Goldberg &
// Nivre 2012) when trained with a beam of 1. Relation labels come from a
// separate classifier called as each arc is made. After parsing, punctuation
// is re-attached by UD's convention (the nearer of the two phrases beside a
// mark; quotes and brackets on the phrase between them), which moves no
// word's head.
//
// The models are trained on UD English EWT and GUM's openly licensed
// non-news genres by internal/train/parser. The embedded model is several
// such models, trained with different seeds, summed by Merge: for linear
// scorers the sum is an ensemble at the cost of one model. It is decoded on
// first use.
//
// CoNLL-U reading and writing helpers keep comments, multi-word token lines
// and empty nodes so that a file can be re-parsed and written back with only
// the tag and tree columns changed.
package syntax
