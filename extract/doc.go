// Package extract turns news articles into records: the entities they name,
// the relations they state (subject–predicate–object with qualifiers) and the
// statements they report (who said what about whom), each with its provenance —
// document, sentence, byte span, sentence text and confidence.
//
// The pipeline is a chain of plain structs, as in prose:
//
//	ReadFile / Walk / ReadBytes   bytes → Document (UTF-8 text; markup, BOMs and bad bytes dealt with)
//	Extractor.Extract             Document → lines → main story → sentences → tokens (prose tags)
//	                              → mentions → entities → verb groups → clauses → Result
//	Extractor.ExtractAll          many Documents on several goroutines, then Link (one id per
//	                              real-world thing across documents)
//	WriteJSONL                    Results → the JSON Lines the eval scorer and the store read
//
// Extraction is rule-based over prose's part-of-speech tags: prose gives tokens,
// tags and entity hints; the rules in this package find the main story of a
// scraped page, names and titles, clauses (subjects through relative clauses,
// coordination and apposition; passive agents; light verbs; negation and
// modality), pronoun antecedents, quotations and their speakers, and reported
// speech. Word lists (titles, countries, reporting verbs) describe English and
// the world, not any one story.
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
