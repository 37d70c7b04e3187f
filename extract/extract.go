package extract

import (
	"io"

	"newsgraph/extract/facts"
	"newsgraph/extract/record"
)

// The facts stage lives in package facts and the record types in package
// record; these names are the pipeline's API, so that a caller that reads,
// extracts and writes needs to import this package only (and record for the
// types of what comes out).

type (
	// Extractor turns documents into records (facts.Extractor).
	Extractor = facts.Extractor
	// Options configure an Extractor (facts.Options).
	Options = facts.Options
	// RunOptions configure ExtractAll (facts.RunOptions).
	RunOptions = facts.RunOptions
	// ExtractError is one document's failure in ExtractAll (facts.ExtractError).
	ExtractError = facts.ExtractError
	// ExtractErrors are the failures of ExtractAll, one per document (facts.ExtractErrors).
	ExtractErrors = facts.ExtractErrors
	// Tuple is an Open IE extraction (facts.Tuple).
	Tuple = facts.Tuple
)

// ErrInternal marks a bug met while extracting one document (facts.ErrInternal).
var ErrInternal = facts.ErrInternal

// New builds an Extractor (facts.New).
func New(opts Options) (*Extractor, error) { return facts.New(opts) }

// Sentences splits text into sentences as the extractor does (facts.Sentences).
func Sentences(text string) []string { return facts.Sentences(text) }

// Words splits a sentence into words as the extractor does (facts.Words).
func Words(s string) ([]string, error) { return facts.Words(s) }

// WriteJSONL writes results as JSON Lines, one record a line (record.WriteJSONL).
func WriteJSONL(w io.Writer, results []*record.Result) error { return record.WriteJSONL(w, results) }
