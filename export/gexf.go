package export

import (
	"fmt"
	"io"

	"newsgraph/graph"
)

// gexfType maps GraphML attribute types to GEXF's.
var gexfType = map[string]string{"string": "string", "int": "integer", "double": "double", "boolean": "boolean"}

// GEXF writes the snapshot as GEXF 1.3, Gephi's own format: typed attributes,
// nodes coloured and sized as on the map, and parallel edges between the same
// two nodes kept apart by their kind (relation predicate, said, about).
func GEXF(w io.Writer, snap *graph.Snapshot) error {
	t := NewTable(snap)
	x := &xmlWriter{w: w}
	x.printf("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
	x.printf("<gexf xmlns=\"http://gexf.net/1.3\" xmlns:viz=\"http://gexf.net/1.3/viz\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:schemaLocation=\"http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd\" version=\"1.3\">\n")
	x.printf("  <meta><creator>newsgraph</creator><description>entities, relations and statements extracted from news articles</description></meta>\n")
	x.printf("  <graph defaultedgetype=\"directed\" mode=\"static\">\n")
	x.printf("    <attributes class=\"node\">\n")
	for i, a := range nodeAttrs(Node{}) {
		x.printf("      <attribute id=\"%d\" title=\"%s\" type=\"%s\"/>\n", i, a.name, gexfType[a.typ])
	}
	x.printf("    </attributes>\n    <attributes class=\"edge\">\n")
	for i, a := range edgeAttrs(Edge{}) {
		x.printf("      <attribute id=\"%d\" title=\"%s\" type=\"%s\"/>\n", i, a.name, gexfType[a.typ])
	}
	x.printf("    </attributes>\n    <nodes>\n")
	for _, n := range t.Nodes {
		st := styleFor(n.Type)
		r, g, b := hexRGB(st.border)
		x.printf("      <node id=\"%s\" label=\"%s\">\n        <attvalues>\n", esc(n.ID), esc(labelText(n.Name)))
		for i, a := range nodeAttrs(n) {
			x.printf("          <attvalue for=\"%d\" value=\"%s\"/>\n", i, esc(a.val))
		}
		x.printf("        </attvalues>\n        <viz:color r=\"%d\" g=\"%d\" b=\"%d\"/>\n        <viz:size value=\"%d\"/>\n      </node>\n",
			r, g, b, 5+min(n.Mentions, 30))
	}
	x.printf("    </nodes>\n    <edges>\n")
	for _, e := range t.Edges {
		kind := gexfKind(e)
		x.printf("      <edge id=\"%s\" source=\"%s\" target=\"%s\" kind=\"%s\" label=\"%s\" weight=\"%d\">\n        <attvalues>\n",
			e.ID, esc(e.Source), esc(e.Target), esc(kind), esc(labelText(e.Predicate)), max(1, len(e.Documents)))
		for i, a := range edgeAttrs(e) {
			x.printf("          <attvalue for=\"%d\" value=\"%s\"/>\n", i, esc(a.val))
		}
		x.printf("        </attvalues>\n      </edge>\n")
	}
	x.printf("    </edges>\n  </graph>\n</gexf>\n")
	if x.err != nil {
		return fmt.Errorf("gexf: %w", x.err)
	}
	return nil
}

// gexfKind names an edge among the parallel edges between its two nodes:
// the relation edges between two entities differ by predicate, negation,
// modality and who says so (one edge each in Table); said and about edges
// have a statement at one end.
func gexfKind(e Edge) string {
	kind := e.Kind + ":" + e.Predicate
	if e.Negated {
		kind += ":not"
	}
	if e.Kind == EdgeRelation {
		if e.Modality != "" {
			kind += ":" + e.Modality
		}
		if e.AttributedTo != "" {
			kind += ":" + e.AttributedTo
		}
	}
	return kind
}

// hexRGB parses "#rrggbb"; anything else is grey.
func hexRGB(s string) (r, g, b int) {
	if _, err := fmt.Sscanf(s, "#%02x%02x%02x", &r, &g, &b); err != nil {
		return 128, 128, 128
	}
	return r, g, b
}
