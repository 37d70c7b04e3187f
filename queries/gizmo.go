package queries

import (
	"context"
	"encoding/json"
	"fmt"

	"github.com/cayleygraph/cayley/query"
	_ "github.com/cayleygraph/cayley/query/gizmo"   // registers "gizmo"
	_ "github.com/cayleygraph/cayley/query/graphql" // registers "graphql"

	"newsgraph/graph"
)

// Query languages passed through to Cayley.
const (
	LangGizmo   = "gizmo"
	LangGraphQL = "graphql"
)

// DefaultLimit caps the results of a pass-through query when the caller
// gives no limit, so that g.V().All() on a big store does not run away.
const DefaultLimit = 1000

// RawOptions configure a pass-through query.
type RawOptions struct {
	// Limit caps the number of results; < 1 means DefaultLimit.
	Limit int
	// Distinct drops repeated results. Entity quads are repeated once per
	// document (see package graph), so g.V().Has(...) yields a node once
	// per document unless the query says .Unique() or this is set.
	Distinct bool
}

// Gizmo runs a Gizmo query (Cayley's JavaScript path language:
// g.V("<ent/vladimir-putin>").Out().All()) and returns its results as values
// that encode to JSON.
func Gizmo(ctx context.Context, s *graph.Store, src string, opts RawOptions) ([]any, error) {
	return raw(ctx, s, LangGizmo, src, opts)
}

// GraphQL runs a query in Cayley's GraphQL dialect
// ({ nodes(id: "<ent/vladimir-putin>") { id name: <schema:name> } }).
func GraphQL(ctx context.Context, s *graph.Store, src string, opts RawOptions) ([]any, error) {
	return raw(ctx, s, LangGraphQL, src, opts)
}

func raw(ctx context.Context, s *graph.Store, lang, src string, opts RawOptions) ([]any, error) {
	limit := opts.Limit
	if limit < 1 {
		limit = DefaultLimit
	}
	it, err := query.Execute(ctx, s.QuadStore(), lang, src, query.Options{Collation: query.JSON, Limit: limit})
	if err != nil {
		return nil, fmt.Errorf("%s query: %w", lang, err)
	}
	defer it.Close()
	out := []any{}
	seen := map[string]bool{}
	for it.Next(ctx) {
		v := it.Result()
		if v == nil {
			// The value of the script's last expression ("g.V().All()" is
			// undefined, "1+1" is not) comes as a null: not a result.
			continue
		}
		if opts.Distinct {
			b, err := json.Marshal(v)
			if err != nil {
				return nil, fmt.Errorf("%s query: result not JSON: %w", lang, err)
			}
			if seen[string(b)] {
				continue
			}
			seen[string(b)] = true
		}
		out = append(out, v)
	}
	if err := it.Err(); err != nil {
		return nil, fmt.Errorf("%s query: %w", lang, err)
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	return out, nil
}
