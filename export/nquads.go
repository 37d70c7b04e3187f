package export

import (
	"context"
	"errors"
	"fmt"
	"io"
	"sort"
	"strings"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"

	"newsgraph/graph"
)

// NQuadsOptions configure the N-Quads export.
type NQuadsOptions struct {
	// Base is prefixed to the store's relative IRIs (<ent/x>), which strict
	// RDF parsers reject. "" writes DefaultBase; use Raw to keep them as stored.
	Base string
	// Raw keeps IRIs exactly as stored, for reloading into Cayley.
	Raw bool
}

// NQuads writes every quad of the store as N-Quads, sorted so that two
// exports of the same store are byte-identical. Labels (the source sentence
// of each fact) are kept as the fourth term.
func NQuads(ctx context.Context, w io.Writer, qs cgraph.QuadStore, opts NQuadsOptions) error {
	base := opts.Base
	if base == "" {
		base = DefaultBase
	}
	if opts.Raw {
		base = ""
	}
	r := cgraph.NewQuadStoreReader(qs)
	defer r.Close()
	var lines []string
	var sb strings.Builder
	for i := 0; ; i++ {
		if i%1024 == 0 {
			if err := ctx.Err(); err != nil {
				return fmt.Errorf("nquads: %w", err)
			}
		}
		q, err := r.ReadQuad()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return fmt.Errorf("nquads: reading quad %d: %w", i, err)
		}
		if !opts.Raw && graph.IsRegistryPredicate(q.Predicate) {
			continue // the store's linking bookkeeping, not RDF content
		}
		q.Subject = strictTerm(base, q.Subject)
		q.Predicate = strictTerm(base, q.Predicate)
		q.Object = strictTerm(base, q.Object)
		if q.Label != nil {
			q.Label = strictTerm(base, q.Label)
		}
		sb.Reset()
		qw := nquads.NewWriter(&sb)
		if err := qw.WriteQuad(q); err != nil {
			return fmt.Errorf("nquads: quad %d (%v): %w", i, q, err)
		}
		if err := qw.Close(); err != nil {
			return fmt.Errorf("nquads: %w", err)
		}
		lines = append(lines, sb.String())
	}
	sort.Strings(lines)
	for _, l := range lines {
		if _, err := io.WriteString(w, l); err != nil {
			return fmt.Errorf("nquads: %w", err)
		}
	}
	return nil
}

// strictTerm makes an IRI term absolute against base, and a typed literal's
// datatype too ("1"^^<xsd:integer> becomes "1"^^<http://www.w3.org/2001/XMLSchema#integer>);
// other literals are kept.
func strictTerm(base string, v quad.Value) quad.Value {
	switch t := v.(type) {
	case quad.IRI:
		return quad.IRI(expandIRI(base, string(t)))
	case quad.TypedString:
		t.Type = quad.IRI(expandIRI(base, string(t.Type)))
		return t
	case quad.TypedStringer: // quad.Int, quad.Float, quad.Bool, quad.Time
		ts := t.TypedString()
		ts.Type = quad.IRI(expandIRI(base, string(ts.Type)))
		return ts
	}
	return v
}
