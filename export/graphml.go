package export

import (
	"encoding/xml"
	"fmt"
	"io"
	"strconv"

	"newsgraph/graph"
)

// attr is one typed attribute of a node or edge in GraphML and GEXF.
type attr struct {
	name string
	typ  string // GraphML attr.type: string, int, double, boolean
	val  string
}

func nodeAttrs(n Node) []attr {
	return []attr{
		{"label", "string", labelText(n.Name)},
		{"name", "string", n.Name},
		{"type", "string", n.Type},
		{"aliases", "string", joinList(n.Aliases)},
		{"mentions", "int", strconv.Itoa(n.Mentions)},
		{"documents", "string", joinList(n.Documents)},
		{"document_labels", "string", joinText(n.DocumentLabels)},
		{"n_documents", "int", strconv.Itoa(len(n.Documents))},
	}
}

func edgeAttrs(e Edge) []attr {
	return []attr{
		{"predicate", "string", e.Predicate},
		{"kind", "string", e.Kind},
		{"stance", "string", e.Stance},
		{"negated", "boolean", strconv.FormatBool(e.Negated)},
		{"attributed_to", "string", e.AttributedTo},
		{"modality", "string", e.Modality},
		{"qualifiers", "string", joinList(e.Qualifiers)},
		{"confidence", "double", formatFloat(e.Confidence)},
		{"documents", "string", joinList(e.Documents)},
		{"document_labels", "string", joinText(e.DocumentLabels)},
		{"n_documents", "int", strconv.Itoa(len(e.Documents))},
		{"sources", "string", joinList(e.Sources)},
		{"text", "string", joinText(e.Text)},
		// Last, so that GEXF's attribute ids of the others stay as they were.
		{"according_to", "string", e.AccordingTo},
	}
}

type xmlWriter struct {
	w   io.Writer
	err error
}

func (x *xmlWriter) printf(format string, args ...any) {
	if x.err == nil {
		_, x.err = fmt.Fprintf(x.w, format, args...)
	}
}

// esc escapes s for an XML attribute or text node, after xmlText has
// replaced the characters XML cannot hold.
func esc(s string) string {
	var b []byte
	buf := xmlBuf{&b}
	_ = xml.EscapeText(buf, []byte(xmlText(s)))
	return string(b)
}

type xmlBuf struct{ b *[]byte }

func (x xmlBuf) Write(p []byte) (int, error) { *x.b = append(*x.b, p...); return len(p), nil }

// GraphML writes the snapshot as GraphML with typed attributes (the keys are
// declared once, so Gephi, yEd and networkx.read_graphml see ints, doubles and
// booleans, not strings). Parallel edges are kept, each with its own id, so
// networkx reads a MultiDiGraph whose edge count equals edges.csv.
func GraphML(w io.Writer, snap *graph.Snapshot) error {
	t := NewTable(snap)
	x := &xmlWriter{w: w}
	x.printf("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
	x.printf("<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n")
	for _, a := range nodeAttrs(Node{}) {
		x.printf("  <key id=\"n_%s\" for=\"node\" attr.name=\"%s\" attr.type=\"%s\"/>\n", a.name, a.name, a.typ)
	}
	for _, a := range edgeAttrs(Edge{}) {
		x.printf("  <key id=\"e_%s\" for=\"edge\" attr.name=\"%s\" attr.type=\"%s\"/>\n", a.name, a.name, a.typ)
	}
	x.printf("  <graph id=\"newsgraph\" edgedefault=\"directed\">\n")
	for _, n := range t.Nodes {
		x.printf("    <node id=\"%s\">\n", esc(n.ID))
		for _, a := range nodeAttrs(n) {
			x.printf("      <data key=\"n_%s\">%s</data>\n", a.name, esc(a.val))
		}
		x.printf("    </node>\n")
	}
	for _, e := range t.Edges {
		x.printf("    <edge id=\"%s\" source=\"%s\" target=\"%s\">\n", e.ID, esc(e.Source), esc(e.Target))
		for _, a := range edgeAttrs(e) {
			x.printf("      <data key=\"e_%s\">%s</data>\n", a.name, esc(a.val))
		}
		x.printf("    </edge>\n")
	}
	x.printf("  </graph>\n</graphml>\n")
	if x.err != nil {
		return fmt.Errorf("graphml: %w", x.err)
	}
	return nil
}
