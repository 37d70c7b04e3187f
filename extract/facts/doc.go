// Package facts is the stage of extraction that reads news: a
// record.Document goes in; a record.Result comes out — the entities the
// article names, the relations it states (subject–predicate–object with
// qualifiers, negation, modality and who reports them) and the statements
// it reports (who said what about whom), each with its provenance:
// document, sentence, byte span, sentence text and confidence.
//
// Inside, the document goes through plain steps, a file each:
//
//	segment.go     lines → main story (teasers and boilerplate of scraped pages left out) → sentences
//	tokens.go      prose's tokenizer cuts the words; package syntax tags them (prose's own
//	               tagger breaks ties by map order, so it is not used) and parses each sentence
//	               into a Universal Dependencies tree; tree.go mends the errors the parser is
//	               known to make on news (a name opening a sentence tagged as a noun, a
//	               subject hung inside a fronted phrase, a complement clause read as a
//	               relative clause)
//	mentions.go    names and titles, typed from their words, gazetteers (gazetteer.go,
//	               data/) and the sentence around them
//	coref.go       pronouns, role nouns ("the company", "the prime minister") and short
//	               names resolved to the entity they stand for
//	clauses.go     predicates and their subject and object phrases read off the tree:
//	               nsubj, obj, obl with what belongs to them (compound, flat, amod, nmod,
//	               det) and without relative clauses, appositions and parentheticals;
//	               passives with their agents; coordination sharing subjects and objects;
//	               negation and modality (not, never, fail to, unlikely, a modal)
//	relations.go   relations from clauses, appositions as roles, and whether the sentence
//	               asserts a clause at all: a condition, a question, "whether", "asked" or
//	               a denial leave it possible, not asserted
//	quotes.go,     quotations and reported speech: a reported clause (ccomp, or a cue
//	attribution.go interrupting or closing it) is a statement of the cue's subject and the
//	               facts inside it carry attributed_to; reporting verbs are learned from
//	               PolNeAR's train split (cues_polnear.go, written by internal/train/cues)
//	gate.go        candidate facts of shapes read wrong far more often than right on BBC
//	               articles held back before the Result: a relation through a pronoun
//	               that took a concept, a bare quantity ("one"), an amount cut from its
//	               number, a clause read as a subject; a statement with no speaker
//	               phrase, an intention ("hoping to"), a thing for words ("claimed the
//	               title"), a phrase before its cue, a repeat inside another
//	confidence.go  each fact's confidence: a logistic model (data/confidence.model.gz,
//	               internal/train/confidence) over the reading that found it, its
//	               arguments and the sentence's shape, learned from BBC facts judged by
//	               hand; Options.MinConfidence holds back those under a threshold
//	extractor.go   the Result, one fact a sentence states once
//	corpus.go      ExtractAll: many documents on several goroutines, then cross-document
//	               linking (record.Link)
//	openie.go      the same reading of one sentence as Open IE tuples, for benchmarks such as CaRB
//
// Word lists (titles, countries, reporting verbs) describe English and the
// world, not any one story. The record types are package record's; the
// aliases in record.go keep this package's files short.
//
// A panic while extracting one document is a bug, not a reason to lose the
// others: ExtractAll recovers it as that document's *ExtractError (wrapping
// ErrInternal, with the stack for a report) and returns the rest. Output is
// the same bytes for the same input whatever the worker count: nothing that
// reaches it depends on map iteration order.
//
// Names are matched and shown without invisible characters (NFC, no
// zero-width or bidi controls) while sentence text and mention spans keep
// what was written; a name that mixes scripts is kept apart and flagged
// (Entity.MixedScript).
package facts
