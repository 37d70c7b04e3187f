// Package record holds what the extractor hands on and the store keeps: the
// record types (Entity, Relation, Statement, each relation and statement with
// its Provenance — document, sentence, byte span, sentence text, confidence),
// the Result of one document, the Document and its Meta as read, and the
// constants they are written with (record kinds, entity types, modalities,
// stances, SpeakerUnknown).
//
// In: nothing but names and records. Out: the ids records are keyed by (Slug,
// IdentityKey), cross-document linking of Results (NewLinking, Link,
// ApplyLinks, MergedEntities) and the JSON Lines form (WriteJSONL).
//
// It is small and imports no stage of the extractor, so that package graph
// (the store), queries and export depend on it alone; deps_test.go checks
// that none of them pulls in package extract or another of its stages.
// The facts stage (package facts) aliases these names for its own files;
// callers of the pipeline use them from here: record.Result, record.TypePerson.
package record
