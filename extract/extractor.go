package extract

import (
	"context"
	"fmt"

	"github.com/jdkato/prose/v2"
)

// Options configure an Extractor.
type Options struct {
	// IncludeTeasers keeps the teasers of unrelated stories that scraped pages
	// carry after the main article. They are dropped by default.
	IncludeTeasers bool
}

// Extractor turns documents into records. It loads prose's model once and is
// safe for concurrent use by several goroutines.
type Extractor struct {
	opts  Options
	model *prose.Model
}

// New loads the tagging and entity models and returns an Extractor.
func New(opts Options) (*Extractor, error) {
	m := prose.ModelFromData("en")
	if m == nil {
		return nil, fmt.Errorf("extract: loading prose model failed")
	}
	return &Extractor{opts: opts, model: m}, nil
}

// Extract finds the entities, relations and statements of one document.
func (x *Extractor) Extract(ctx context.Context, doc Document) (*Result, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	pd, err := prose.NewDocument(doc.Text, prose.UsingModel(x.model), prose.WithSegmentation(false))
	if err != nil {
		return nil, fmt.Errorf("extract %s: %w", doc.ID, err)
	}
	res := &Result{Doc: doc}
	seen := map[string]int{}
	for _, ent := range pd.Entities() {
		id := slug(ent.Text)
		if i, ok := seen[id]; ok {
			res.Entities[i].Mentions++
			continue
		}
		seen[id] = len(res.Entities)
		res.Entities = append(res.Entities, Entity{Kind: KindEntity, ID: id, Name: ent.Text, Type: ent.Label, Docs: []string{doc.ID}, Mentions: 1})
	}
	return res, nil
}
