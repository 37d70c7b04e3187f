// Package extract turns news articles into records: the entities they name,
// the relations they state (subject–predicate–object with qualifiers) and the
// statements they report (who said what about whom), each with its provenance —
// document, sentence, byte span, sentence text and confidence.
//
// It is the pipeline; each stage is a package whose doc.go says what goes in
// and what comes out:
//
//	read     extract/read    files or bytes → record.Document (UTF-8 text and Meta; markup,
//	                         BOMs, encodings and bad bytes dealt with)
//	syntax   extract/syntax  words → UPOS/XPOS tags and a Universal Dependencies tree;
//	                         knows nothing of news
//	facts    extract/facts   record.Document → sentences → tokens → trees → mentions →
//	                         entities → coreference → clauses, relations, statements →
//	                         record.Result; ExtractAll links entities across documents
//	records  extract/record  the record types and constants, entity ids (Slug),
//	                         cross-document linking (Link), JSON Lines (WriteJSONL);
//	                         what graph, queries and export import
//
// The names here chain them, as in prose, so that a caller that reads,
// extracts and writes imports this package (and record for the types):
//
//	ReadFile / Walk / ReadBytes   read.File / read.Walk / read.Bytes
//	New, Extractor.Extract        the facts stage on one Document
//	Extractor.ExtractAll          many Documents on several goroutines, then linking
//	Extractor.OpenIE              one sentence as Open IE tuples, for benchmarks such as CaRB
//	WriteJSONL                    Results → the JSON Lines the eval scorer and the store read
package extract
