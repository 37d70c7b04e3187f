package export

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"regexp"
	"strings"
	"testing"

	"github.com/cayleygraph/cayley"
	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"

	"newsgraph/graph"
)

// memoryStore loads the fixture into a real in-memory store.
func memoryStore(t *testing.T) *graph.Store {
	t.Helper()
	ctx := context.Background()
	st, err := graph.Open(ctx, graph.Config{Backend: "memory"})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	if _, err := st.LoadBatch(ctx, resultsFromSnapshot(fixture(t))); err != nil {
		t.Fatal(err)
	}
	return st
}

func TestNQuadsRoundTrip(t *testing.T) {
	ctx := context.Background()
	st := memoryStore(t)
	want, err := st.Count(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name string
		opts NQuadsOptions
	}{
		{"raw", NQuadsOptions{Raw: true}},
		{"strict", NQuadsOptions{}},
		{"base", NQuadsOptions{Base: "https://example.org/ng/"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var b bytes.Buffer
			if err := NQuads(ctx, &b, st.QuadStore(), tc.opts); err != nil {
				t.Fatal(err)
			}
			lines := strings.Count(b.String(), "\n")
			if int64(lines) != want {
				t.Errorf("%d lines, store has %d quads", lines, want)
			}
			if !tc.opts.Raw {
				// Strict: every IRI term absolute, every line a quad with a label.
				iri := regexp.MustCompile(`<([^>]*)>`)
				for _, m := range iri.FindAllStringSubmatch(b.String(), -1) {
					if !absolute(m[1]) {
						t.Fatalf("relative IRI <%s>", m[1])
					}
				}
			}
			// Load into a fresh Cayley store with the strict N-Quads parser.
			h, err := cayley.NewMemoryGraph()
			if err != nil {
				t.Fatal(err)
			}
			r := nquads.NewReader(&b, false)
			var qs []quad.Quad
			for {
				q, err := r.ReadQuad()
				if errors.Is(err, io.EOF) {
					break
				}
				if err != nil {
					t.Fatalf("parse: %v", err)
				}
				if q.Label == nil {
					t.Errorf("quad without label: %v", q)
				}
				qs = append(qs, q)
			}
			if err := h.AddQuadSet(qs); err != nil {
				t.Fatal(err)
			}
			got, err := h.QuadStore.Stats(ctx, true)
			if err != nil {
				t.Fatal(err)
			}
			if got.Quads.Value != want {
				t.Errorf("reloaded store has %d quads, want %d", got.Quads.Value, want)
			}
		})
	}
}

// TestJSONLDMatchesNQuads checks that the JSON-LD parses and that every node
// @id it names is an IRI of the N-Quads export of the same store.
func TestJSONLDMatchesNQuads(t *testing.T) {
	ctx := context.Background()
	st := memoryStore(t)
	snap, err := st.Snapshot(ctx)
	if err != nil {
		t.Fatal(err)
	}
	var nq, ld bytes.Buffer
	if err := NQuads(ctx, &nq, st.QuadStore(), NQuadsOptions{}); err != nil {
		t.Fatal(err)
	}
	if err := JSONLD(&ld, snap, JSONLDOptions{}); err != nil {
		t.Fatal(err)
	}
	iris := map[string]bool{}
	for _, m := range regexp.MustCompile(`<([^>]*)>`).FindAllStringSubmatch(nq.String(), -1) {
		iris[m[1]] = true
	}
	var doc struct {
		Context map[string]any   `json:"@context"`
		Graph   []map[string]any `json:"@graph"`
	}
	if err := json.Unmarshal(ld.Bytes(), &doc); err != nil {
		t.Fatalf("json-ld does not parse: %v", err)
	}
	if doc.Context["schema"] != nsSchema {
		t.Errorf("@context schema = %v", doc.Context["schema"])
	}
	n := 0
	for _, node := range doc.Graph {
		id, ok := node["@id"].(string)
		if !ok {
			continue // mention nodes are blank nodes
		}
		n++
		if !iris[id] {
			t.Errorf("@id %s is not in the N-Quads", id)
		}
		if types, ok := node["@type"].(string); ok && !iris[types] {
			t.Errorf("@type %s of %s is not in the N-Quads", types, id)
		}
	}
	if n < len(snap.Entities)+len(snap.Statements) {
		t.Errorf("only %d nodes with @id for %d entities and %d statements", n, len(snap.Entities), len(snap.Statements))
	}
}

func TestExpandIRI(t *testing.T) {
	for _, tc := range []struct{ base, in, want string }{
		{DefaultBase, "ent/x", "urn:newsgraph:ent/x"},
		{DefaultBase, "rdf:type", nsRDF + "type"},
		{DefaultBase, "schema:Person", "https://schema.org/Person"},
		{DefaultBase, "ng:mentions", "urn:newsgraph:vocab/mentions"},
		{DefaultBase, "http://example.org/a", "http://example.org/a"},
		{DefaultBase, "newsgraph", "urn:newsgraph:newsgraph"},
		{"", "ent/x", "ent/x"},
	} {
		if got := expandIRI(tc.base, tc.in); got != tc.want {
			t.Errorf("expandIRI(%q, %q) = %q, want %q", tc.base, tc.in, got, tc.want)
		}
	}
}

func TestEscapeIRI(t *testing.T) {
	for in, want := range map[string]string{
		"rel/speak with": "rel/speak%20with",
		"rel/a<b>":       "rel/a%3Cb%3E",
		"ent/zelenskyy":  "ent/zelenskyy",
		"ent/café":       "ent/café",
		"doc/x%20y":      "doc/x%2520y",
		"doc/100%":       "doc/100%25",
	} {
		if got := escapeIRI(in); got != want {
			t.Errorf("escapeIRI(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestIRIsKeepPercentEncodedIDsApart: document ids "x y" and "x%20y" (two
// files) must stay two IRIs in N-Quads and JSON-LD, not meet as x%20y.
func TestIRIsKeepPercentEncodedIDsApart(t *testing.T) {
	ids := []string{"x y", "x%20y"}
	h, err := cayley.NewMemoryGraph()
	if err != nil {
		t.Fatal(err)
	}
	for _, id := range ids {
		if err := h.AddQuad(quad.Make(graph.DocIRI(id), graph.PredPath, quad.String(id), nil)); err != nil {
			t.Fatal(err)
		}
	}
	var b bytes.Buffer
	if err := NQuads(context.Background(), &b, h.QuadStore, NQuadsOptions{}); err != nil {
		t.Fatal(err)
	}
	subjects := map[string]bool{}
	r := nquads.NewReader(&b, false)
	for {
		q, err := r.ReadQuad()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		subjects[q.Subject.String()] = true
	}
	if len(subjects) != 2 {
		t.Errorf("n-quads: %d subjects %v for ids %q", len(subjects), subjects, ids)
	}

	snap := fixture(t)
	snap.Facts[0].Sources[0].Doc = ids[0]
	snap.Facts[1].Sources[0].Doc = ids[1]
	var j bytes.Buffer
	if err := JSONLD(&j, snap, JSONLDOptions{}); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`"urn:newsgraph:doc/x%20y"`, `"urn:newsgraph:doc/x%2520y"`} {
		if !strings.Contains(j.String(), want) {
			t.Errorf("json-ld has no @id %s", want)
		}
	}
}
