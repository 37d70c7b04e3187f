// Package extract turns news articles into records: the entities they name,
// the relations they state (subject–predicate–object with qualifiers) and the
// statements they report (who said what about whom), each with its provenance —
// document, sentence, byte span, sentence text and confidence.
//
// Extraction runs in four stages; each is, or will be, a package whose doc.go
// says what goes in and what comes out:
//
//	read     package read (extract/read)     files or bytes → record.Document (UTF-8 text and
//	                                         Meta; markup, BOMs, encodings and bad bytes dealt with)
//	syntax   package syntax (extract/syntax) words → UPOS/XPOS tags and a Universal Dependencies
//	                                         tree; knows nothing of news
//	facts    package extract (this one)      Document → lines → main story → sentences → tokens
//	                                         (prose's tokenizer, syntax's tags and trees)
//	                                         → mentions → entities → coreference → clauses,
//	                                         relations, statements, quotations → record.Result
//	records  package record (extract/record) the record types and constants, entity ids
//	                                         (Slug), cross-document linking (Link), JSON Lines
//	                                         (WriteJSONL); what graph, queries and export import
//
// The entry points here chain them as plain structs, as in prose:
//
//	ReadFile / Walk / ReadBytes   read.File / read.Walk / read.Bytes, kept under their old names
//	Extractor.Extract             Document → Result (the facts stage)
//	Extractor.ExtractAll          many Documents on several goroutines, then Link (one id per
//	                              real-world thing across documents)
//	WriteJSONL                    Results → the JSON Lines the eval scorer and the store read
//
// The record types (Result, Entity, Relation, Statement, Document, the Type…
// and Kind… constants) are aliases of package record's, so the store and the
// exporters need not import this package, and callers of extract need not
// import record.
//
// Prose's tokenizer cuts the words and package syntax's tagger tags them (prose's
// own tagger breaks ties by map order, so it is not used); token rules find the main story of a scraped
// page, names and titles, and quotation marks. Every sentence is then parsed
// by package syntax into a Universal Dependencies tree, one node per token,
// and facts are read off the tree (clauses.go, relations.go, attribution.go):
// predicates and their subject and object phrases (nsubj, obj, obl with what
// belongs to them — compound, flat, amod, nmod, det — and without relative
// clauses, appositions and parentheticals), passives with their agents,
// coordination sharing subjects and objects, appositions as roles, negation
// and modality (not, never, fail to, unlikely, a modal), and whether the
// sentence asserts a clause at all: a reported clause (ccomp, or a cue
// interrupting or closing it) is a statement of the cue's subject and the
// facts inside it carry attributed_to; a condition, a question, "whether",
// "asked" or a denial leave it possible, not asserted. The reporting verbs
// are learned from PolNeAR's train split (cues_polnear.go, written by
// internal/train/cues). Where the parser is known to go wrong on news (a
// name opening a sentence tagged as a noun, a subject hung inside a fronted
// phrase, a complement clause read as a relative clause) tree.go and
// repairCoordination mend the tree before it is read. Word lists (titles,
// countries, reporting verbs) describe English and the world, not any one
// story.
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
//
// Extractor.OpenIE runs the same extraction on one sentence and returns Open IE
// tuples, for benchmarks such as CaRB.
package extract
