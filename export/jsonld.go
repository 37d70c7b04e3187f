package export

import (
	"encoding/json"
	"fmt"
	"io"
	"sort"

	"newsgraph/graph"
)

// JSONLDOptions configure the JSON-LD export.
type JSONLDOptions struct {
	// Base makes the store's relative IRIs absolute; "" means DefaultBase.
	// Use the same base for N-Quads so the two name the same nodes.
	Base string
}

// JSONLD writes the snapshot as one JSON-LD document in the store's own
// vocabulary (graph/doc.go): schema.org classes and names where the store uses
// them (schema:Person, schema:name, schema:Article), "ng:" terms otherwise.
// Every @id is the absolute IRI the N-Quads export writes for the same node.
// A relation appears as the store keeps it: a triple in the named graph of
// each sentence that reports it, plus an ng:Mention node with that source's
// negation, modality and confidence.
func JSONLD(w io.Writer, snap *graph.Snapshot, opts JSONLDOptions) error {
	base := opts.Base
	if base == "" {
		base = DefaultBase
	}
	iri := func(rel string) string { return expandIRI(base, rel) }
	id := func(rel string) map[string]string { return map[string]string{"@id": iri(rel)} }
	ref := func(term string) map[string]string { return map[string]string{"@id": term, "@type": "@id"} }
	// The store types these literals (xsd:integer, xsd:double, xsd:boolean);
	// saying so here keeps a confidence of 1 a double, as in the N-Quads,
	// where a bare JSON 1 would read as an integer.
	typed := func(term, xsdType string) map[string]string { return map[string]string{"@id": term, "@type": xsdType} }
	ctx := map[string]any{
		"@version":      1.1,
		"schema":        nsSchema,
		"rdf":           nsRDF,
		"xsd":           nsXSD,
		"ng":            vocab(base),
		"name":          "schema:name",
		"alternateName": "schema:alternateName",
		"type":          "ng:type",
		"mentions":      typed("ng:mentions", "xsd:integer"),
		"mentionedIn":   ref("ng:mentionedIn"),
		"doc":           ref("ng:doc"),
		"sentence":      typed("ng:sentence", "xsd:integer"),
		"text":          "ng:text",
		"span":          "ng:span",
		"subject":       ref("ng:subject"),
		"predicate":     ref("ng:predicate"),
		"object":        ref("ng:object"),
		"source":        ref("ng:source"),
		"predicateText": "ng:predicateText",
		"negated":       typed("ng:negated", "xsd:boolean"),
		"modality":      "ng:modality",
		"confidence":    typed("ng:confidence", "xsd:double"),
		"attributedTo":  ref("ng:attributedTo"),
		"speaker":       ref("ng:speaker"),
		"cue":           "ng:cue",
		"content":       "ng:content",
		"direct":        typed("ng:direct", "xsd:boolean"),
		"about":         ref("ng:about"),
		"stance":        "ng:stance",
	}
	var nodes []any
	docs := map[string]bool{}
	type srcKey struct {
		doc string
		s   int
	}
	srcs := map[srcKey]graph.Source{}
	named := map[srcKey][]any{}
	addSrc := func(s graph.Source) string {
		k := srcKey{s.Doc, s.Sentence}
		docs[s.Doc] = true
		if _, ok := srcs[k]; !ok {
			srcs[k] = s
		}
		return iri(sourceID(s.Doc, s.Sentence))
	}
	for _, e := range snap.Entities {
		n := map[string]any{
			"@id": iri(entityID(e.ID)), "@type": iri(string(graph.TypeClass(e.Type))),
			"name": e.Name, "type": e.Type, "mentions": e.Mentions,
		}
		if len(e.Aliases) > 0 {
			n["alternateName"] = e.Aliases
		}
		var in []string
		for _, d := range sortedSet(e.Docs) {
			docs[d] = true
			in = append(in, iri(docID(d)))
		}
		if len(in) > 0 {
			n["mentionedIn"] = in
		}
		nodes = append(nodes, n)
	}
	for _, f := range snap.Facts {
		subj, pred, obj := iri(entityID(f.Subject)), iri(predicateID(f.Predicate)), iri(entityID(f.Object))
		for _, s := range f.Sources {
			src := addSrc(s)
			k := srcKey{s.Doc, s.Sentence}
			named[k] = append(named[k], map[string]any{"@id": subj, pred: id(entityID(f.Object))})
			m := map[string]any{
				"@type": iri("ng:Mention"), "subject": subj, "predicate": pred, "object": obj,
				"source": src, "negated": s.Negated, "confidence": s.Confidence,
			}
			if s.Modality != "" {
				m["modality"] = s.Modality
			}
			if s.PredicateText != "" {
				m["predicateText"] = s.PredicateText
			}
			if s.AttributedTo != "" {
				m["attributedTo"] = iri(entityID(s.AttributedTo))
			}
			for _, key := range sortedMapKeys(s.Qualifiers) {
				m[iri(string(graph.QualifierIRI(key)))] = s.Qualifiers[key]
			}
			nodes = append(nodes, m)
		}
	}
	for _, st := range snap.Statements {
		n := map[string]any{
			"@id": iri(statementID(st.ID)), "@type": []string{iri("ng:Statement"), iri("schema:Quotation")},
			"speaker": iri(entityID(st.Speaker)), "cue": st.Cue, "content": st.Content,
			"direct": st.Direct, "stance": st.Stance,
		}
		var about, cites []string
		for _, a := range uniq(st.About) {
			about = append(about, iri(entityID(a)))
		}
		for _, s := range st.Sources {
			cites = append(cites, addSrc(s))
		}
		if len(about) > 0 {
			n["about"] = about
		}
		if len(cites) > 0 {
			n["source"] = sortedSet(cites)
		}
		nodes = append(nodes, n)
	}
	keys := make([]srcKey, 0, len(srcs))
	for k := range srcs {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if keys[i].doc != keys[j].doc {
			return keys[i].doc < keys[j].doc
		}
		return keys[i].s < keys[j].s
	})
	for _, k := range keys {
		s := srcs[k]
		n := map[string]any{
			"@id": iri(sourceID(k.doc, k.s)), "doc": iri(docID(k.doc)), "sentence": k.s, "text": s.Text,
			"span": fmt.Sprintf("%d-%d", s.Span[0], s.Span[1]),
		}
		if g := named[k]; len(g) > 0 {
			n["@graph"] = g
		}
		nodes = append(nodes, n)
	}
	for _, d := range sortedKeys(docs) {
		nodes = append(nodes, map[string]any{"@id": iri(docID(d)), "@type": iri(string(graph.ClassArticle))})
	}
	if nodes == nil {
		nodes = []any{}
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", " ")
	if err := enc.Encode(map[string]any{"@context": ctx, "@graph": nodes}); err != nil {
		return fmt.Errorf("jsonld: %w", err)
	}
	return nil
}

func sortedMapKeys(m map[string]string) []string {
	ks := make([]string, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}
