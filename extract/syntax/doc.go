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
// separate classifier called as each arc is made. Both are trained on UD
// English EWT (CC BY-SA 4.0) by internal/train/parser; the model is embedded
// in the binary and decoded on first use.
//
// CoNLL-U reading and writing helpers keep comments, multi-word token lines
// and empty nodes so that a file can be re-parsed and written back with only
// the tag and tree columns changed.
package syntax
