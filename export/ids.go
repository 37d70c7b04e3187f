package export

import (
	"fmt"
	"strings"

	"newsgraph/graph"
)

// The exports name nodes by the store's IRIs (graph/doc.go), so that a row of
// nodes.csv, a GraphML node and a JSON-LD @id name the same thing as the
// N-Quads do. These return them as plain strings.

func entityID(id string) string       { return string(graph.EntityIRI(id)) }
func statementID(id string) string    { return string(graph.StatementIRI(id)) }
func predicateID(lemma string) string { return string(graph.RelationIRI(lemma)) }
func docID(doc string) string         { return string(graph.DocIRI(doc)) }
func sourceID(doc string, s int) string {
	return string(graph.SourceIRI(doc, s))
}

// DefaultBase makes the store's relative IRIs absolute. Strict RDF parsers
// (rdflib, Jena, pyld) reject relative IRIs such as <ent/x>, so data meant
// for other tools gets a base; a urn keeps it clear these are not web pages.
const DefaultBase = "urn:newsgraph:"

// Namespaces of the store's prefixed names ("rdf:type", "schema:name",
// "ng:mentions"), which the store keeps unexpanded.
const (
	nsRDF    = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
	nsSchema = "https://schema.org/"
	nsXSD    = "http://www.w3.org/2001/XMLSchema#"
)

// vocab is the namespace of the store's own "ng:" predicates under base.
func vocab(base string) string { return base + "vocab/" }

// expandIRI returns the absolute form of a store IRI: known prefixes expanded,
// relative IRIs resolved against base, characters IRIs may not contain
// percent-encoded. base "" only encodes.
func expandIRI(base, iri string) string {
	iri = escapeIRI(iri)
	if base == "" {
		return iri
	}
	switch {
	case strings.HasPrefix(iri, "rdf:"):
		return nsRDF + iri[len("rdf:"):]
	case strings.HasPrefix(iri, "schema:"):
		return nsSchema + iri[len("schema:"):]
	case strings.HasPrefix(iri, "xsd:"):
		// Cayley writes literal datatypes short (<xsd:integer>); to an RDF
		// parser that is an IRI of the unknown scheme "xsd", not a number.
		return nsXSD + iri[len("xsd:"):]
	case strings.HasPrefix(iri, "ng:"):
		return vocab(base) + iri[len("ng:"):]
	case absolute(iri):
		return iri
	}
	return base + iri
}

// absolute reports whether iri starts with a URI scheme ("http:", "urn:").
func absolute(iri string) bool {
	i := strings.IndexByte(iri, ':')
	if i <= 0 {
		return false
	}
	for j, r := range iri[:i] {
		switch {
		case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z':
		case j > 0 && (r >= '0' && r <= '9' || r == '+' || r == '-' || r == '.'):
		default:
			return false
		}
	}
	return true
}

// escapeIRI percent-encodes what RFC 3987 forbids in an IRI: spaces and
// controls, and <>"{}|\^`. The store keeps relation lemmas as written
// ("rel/speak with"), which no N-Quads parser accepts. '%' itself is encoded
// too (as %25), so the mapping is one-to-one: document ids "x y" and "x%20y"
// become "x%20y" and "x%2520y", never the same IRI. Every IRI the RDF exports
// build from the store goes through here (expandIRI).
func escapeIRI(iri string) string {
	if !strings.ContainsFunc(iri, forbiddenInIRI) {
		return iri
	}
	var b strings.Builder
	for _, c := range []byte(iri) {
		if c < 0x80 && forbiddenInIRI(rune(c)) {
			fmt.Fprintf(&b, "%%%02X", c)
		} else {
			b.WriteByte(c)
		}
	}
	return b.String()
}

func forbiddenInIRI(r rune) bool {
	return r <= 0x20 || r == 0x7f || strings.ContainsRune("%<>\"{}|\\^`", r)
}
