package facts

import (
	"newsgraph/extract/record"
	"newsgraph/internal/names"
)

// The record types live in package record, so that the store, the queries
// and the exporters can use them without importing the extractor. These
// aliases and wrappers keep extract's API and its files as they were.

// Record kinds, as written in the "kind" field of the JSON Lines output.
const (
	KindEntity    = record.KindEntity
	KindRelation  = record.KindRelation
	KindStatement = record.KindStatement
)

// Entity types (see package record).
const (
	TypePerson  = record.TypePerson
	TypeOrg     = record.TypeOrg
	TypeGPE     = record.TypeGPE
	TypeLoc     = record.TypeLoc
	TypeNORP    = record.TypeNORP
	TypeEvent   = record.TypeEvent
	TypeWork    = record.TypeWork
	TypeConcept = record.TypeConcept
	TypeUnnamed = record.TypeUnnamed
)

// Modalities of a relation.
const (
	ModalityAsserted = record.ModalityAsserted
	ModalityPossible = record.ModalityPossible
	ModalityReported = record.ModalityReported
)

// Stances of a statement toward what it is about.
const (
	StanceRejects  = record.StanceRejects
	StanceSupports = record.StanceSupports
	StanceNeutral  = record.StanceNeutral
)

// SpeakerUnknown is the id given to a quote whose speaker cannot be determined.
const SpeakerUnknown = record.SpeakerUnknown

type (
	Ref        = record.Ref
	Provenance = record.Provenance
	Entity     = record.Entity
	Relation   = record.Relation
	Statement  = record.Statement
	Result     = record.Result
	Document   = record.Document
	Meta       = record.Meta
	Linking    = record.Linking
)

// Slug turns a name into the id scheme of entities (record.Slug).
func Slug(name string) string { return record.Slug(name) }

// Link gives one id to each real-world thing across documents (record.Link).
func Link(results []*Result) { record.Link(results) }

// NewLinking decides the links among the entities of results (record.NewLinking).
func NewLinking(results []*Result) *Linking { return record.NewLinking(results) }

// ApplyLinks rewrites every reference in results to the id and name resolve
// gives it (record.ApplyLinks).
func ApplyLinks(results []*Result, resolve func(Ref) (id, name string)) {
	record.ApplyLinks(results, resolve)
}

// LinkKey groups references that may name the same thing across documents (record.LinkKey).
func LinkKey(r Ref) string { return record.LinkKey(r) }

// MergedEntities returns one entity per id across results (record.MergedEntities).
func MergedEntities(results []*Result) []Entity { return record.MergedEntities(results) }

// cleanName is a name as readers see it (names.Clean); record ids are made
// from the same cleaning.
func cleanName(s string) string { return names.Clean(s) }

func isPlainASCII(s string) bool { return names.PlainASCII(s) }

// identityKey normalises a name for matching spelling variants
// (record.IdentityKey, which cross-document linking uses too).
func identityKey(name string) string { return record.IdentityKey(name) }
