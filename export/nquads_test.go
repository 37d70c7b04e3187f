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
	return storeOf(t, fixture(t))
}

// storeOf loads snap into a real in-memory store.
func storeOf(t *testing.T, snap *graph.Snapshot) *graph.Store {
	t.Helper()
	ctx := context.Background()
	st, err := graph.Open(ctx, graph.Config{Backend: "memory"})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	if _, err := st.LoadBatch(ctx, resultsFromSnapshot(snap)); err != nil {
		t.Fatal(err)
	}
	return st
}

func TestNQuadsRoundTrip(t *testing.T) {
	ctx := context.Background()
	st := memoryStore(t)
	all, err := st.Count(ctx)
	if err != nil {
		t.Fatal(err)
	}
	// The entity registry's quads are kept by raw exports only.
	var registry int64
	err = st.EachStoredQuad(ctx, func(q quad.Quad) error {
		if graph.IsRegistryPredicate(q.Predicate) {
			registry++
		}
		return nil
	})
	if err != nil || registry == 0 {
		t.Fatalf("registry quads: %d, %v", registry, err)
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
			want := all
			if !tc.opts.Raw {
				want -= registry
			}
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
				// A CURIE such as <xsd:integer> passes absolute() (its
				// "scheme" is xsd) but is no IRI an RDF tool knows.
				iri := regexp.MustCompile(`<([^>]*)>`)
				for _, m := range iri.FindAllStringSubmatch(b.String(), -1) {
					if !absolute(m[1]) || isCURIE(m[1]) {
						t.Fatalf("relative IRI <%s>", m[1])
					}
				}
				if !strings.Contains(b.String(), "^^<"+nsXSD+"integer>") {
					t.Errorf("no literal typed %sinteger", nsXSD)
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

// isCURIE reports whether iri is one of the store's prefixed names, left unexpanded.
func isCURIE(iri string) bool {
	for _, p := range []string{"rdf:", "schema:", "ng:", "xsd:"} {
		if strings.HasPrefix(iri, p) {
			return true
		}
	}
	return false
}

// TestRDFLibReadsExports parses the N-Quads and JSON-LD exports with rdflib
// (testdata/rdfcheck.py): every IRI absolute under http, https or urn, every
// typed literal readable as its XSD type, every quad of the store there, and
// the two files giving each predicate the same datatypes.
func TestRDFLibReadsExports(t *testing.T) {
	pythons := pythonsWith(t, "python3-rdflib", "rdflib")
	ctx := context.Background()
	fx := fixture(t)
	// A confidence of exactly 1 is where JSON (a bare 1) and the store
	// (xsd:double) part unless the JSON-LD context types it.
	fx.Facts[0].Sources[0].Confidence = 1
	st := storeOf(t, fx)
	snap, err := st.Snapshot(ctx)
	if err != nil {
		t.Fatal(err)
	}
	want, err := st.Count(ctx)
	if err != nil {
		t.Fatal(err)
	}
	// The entity registry's quads are not RDF content: N-Quads leaves them out.
	err = st.EachStoredQuad(ctx, func(q quad.Quad) error {
		if graph.IsRegistryPredicate(q.Predicate) {
			want--
		}
		return nil
	})
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
	nqPath, ldPath := writeTemp(t, "g.nq", nq.Bytes()), writeTemp(t, "g.jsonld", ld.Bytes())
	type report struct {
		Quads      int64               `json:"quads"`
		BadIRIs    []string            `json:"bad_iris"`
		NBadIRIs   int                 `json:"n_bad_iris"`
		Unreadable []string            `json:"unreadable"`
		Datatypes  map[string][]string `json:"datatypes"`
	}
	for _, py := range pythons {
		t.Run(py, func(t *testing.T) {
			var res struct {
				RDFLib string `json:"rdflib"`
				NQuads report `json:"nquads"`
				JSONLD report `json:"jsonld"`
			}
			if err := json.Unmarshal(runPython(t, py, "rdfcheck.py", nqPath, ldPath), &res); err != nil {
				t.Fatal(err)
			}
			t.Logf("rdflib %s: %d quads from N-Quads, %d from JSON-LD", res.RDFLib, res.NQuads.Quads, res.JSONLD.Quads)
			if res.NQuads.Quads != want {
				t.Errorf("rdflib read %d quads, the store has %d", res.NQuads.Quads, want)
			}
			if res.JSONLD.Quads == 0 {
				t.Error("rdflib read no quads from the JSON-LD")
			}
			for name, r := range map[string]report{"nquads": res.NQuads, "jsonld": res.JSONLD} {
				if r.NBadIRIs > 0 {
					t.Errorf("%s: %d IRIs not absolute, e.g. %q", name, r.NBadIRIs, r.BadIRIs)
				}
				if len(r.Unreadable) > 0 {
					t.Errorf("%s: literals rdflib cannot read: %q", name, r.Unreadable)
				}
			}
			shared := 0
			for p, nqTypes := range res.NQuads.Datatypes {
				ldTypes, ok := res.JSONLD.Datatypes[p]
				if !ok {
					continue
				}
				shared++
				if strings.Join(nqTypes, " ") != strings.Join(ldTypes, " ") {
					t.Errorf("%s: datatypes %q in N-Quads, %q in JSON-LD", p, nqTypes, ldTypes)
				}
			}
			if shared == 0 {
				t.Error("no predicate with typed literals in both files")
			}
		})
	}
}

func TestExpandIRI(t *testing.T) {
	for _, tc := range []struct{ base, in, want string }{
		{DefaultBase, "ent/x", "urn:newsgraph:ent/x"},
		{DefaultBase, "rdf:type", nsRDF + "type"},
		{DefaultBase, "schema:Person", "https://schema.org/Person"},
		{DefaultBase, "ng:mentions", "urn:newsgraph:vocab/mentions"},
		{DefaultBase, "xsd:integer", "http://www.w3.org/2001/XMLSchema#integer"},
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
