package extract

import (
	"context"

	"newsgraph/extract/read"
	"newsgraph/extract/record"
)

// Reading files into documents is the stage in package read; these names
// keep extract's API as it was for callers that read and extract together.

// DefaultMaxBytes is the largest article ReadFile accepts by default (read.DefaultMaxBytes).
const DefaultMaxBytes = read.DefaultMaxBytes

type (
	ReadOptions = read.Options
	SkipError   = read.SkipError
)

// ErrExcluded marks a path Walk left out on purpose (read.ErrExcluded).
var ErrExcluded = read.ErrExcluded

// ReadFile reads one article from disk (read.File).
func ReadFile(path string, opts ReadOptions) (record.Document, error) { return read.File(path, opts) }

// ReadBytes turns the raw bytes of an article into a Document (read.Bytes).
func ReadBytes(path string, data []byte, opts ReadOptions) (record.Document, error) {
	return read.Bytes(path, data, opts)
}

// Walk reads every article under paths in a stable order (read.Walk).
func Walk(ctx context.Context, paths []string, opts ReadOptions, fn func(path string, doc record.Document, err error) error) error {
	return read.Walk(ctx, paths, opts, fn)
}

// DocumentID is the id of the document read from path (read.DocumentID).
func DocumentID(path string) string { return read.DocumentID(path) }
