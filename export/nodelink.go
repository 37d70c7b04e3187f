package export

import (
	"encoding/json"
	"fmt"
	"io"

	"newsgraph/graph"
)

// NodeLink writes networkx's node-link JSON: a directed multigraph whose
// edges are under both "links" and "edges", so networkx.node_link_graph(data)
// reads it with the defaults of networkx 2.8 to 3.5 ("links") and of 3.6
// and later ("edges").
func NodeLink(w io.Writer, snap *graph.Snapshot) error {
	t := NewTable(snap)
	type link struct {
		Source    string `json:"source"`
		Target    string `json:"target"`
		Key       string `json:"key"`
		Predicate string `json:"predicate"`
		Kind      string `json:"kind"`
		Stance    string `json:"stance,omitempty"`
		Negated   bool   `json:"negated"`
		// Who says so: "" when the article states it in its own voice.
		AttributedTo string `json:"attributed_to"`
		// Who says so, named: "Dmitry Peskov", "the article".
		AccordingTo string   `json:"according_to"`
		Modality    string   `json:"modality"`
		Qualifiers  []string `json:"qualifiers"`
		Confidence  float64  `json:"confidence"`
		Documents   []string `json:"documents"`
		// What people call the documents: outlet · date · title.
		DocumentLabels []string `json:"document_labels"`
		Sources        []string `json:"sources"`
		Text           []string `json:"text"`
	}
	type node struct {
		ID        string   `json:"id"`
		Name      string   `json:"name"`
		Type      string   `json:"type"`
		Aliases   []string `json:"aliases"`
		Mentions  int      `json:"mentions"`
		Documents []string `json:"documents"`
		// What people call the documents: outlet · date · title.
		DocumentLabels []string `json:"document_labels"`
	}
	doc := struct {
		Directed   bool           `json:"directed"`
		Multigraph bool           `json:"multigraph"`
		Graph      map[string]any `json:"graph"`
		Nodes      []node         `json:"nodes"`
		Links      []link         `json:"links"`
		Edges      []link         `json:"edges"`
	}{Directed: true, Multigraph: true, Graph: map[string]any{"name": "newsgraph"},
		Nodes: []node{}, Links: []link{}}
	for _, n := range t.Nodes {
		doc.Nodes = append(doc.Nodes, node{n.ID, n.Name, n.Type, nonNil(n.Aliases), n.Mentions, nonNil(n.Documents), nonNil(n.DocumentLabels)})
	}
	for _, e := range t.Edges {
		doc.Links = append(doc.Links, link{e.Source, e.Target, e.ID, e.Predicate, e.Kind, e.Stance,
			e.Negated, e.AttributedTo, e.AccordingTo, e.Modality, nonNil(e.Qualifiers), e.Confidence,
			nonNil(e.Documents), nonNil(e.DocumentLabels), nonNil(e.Sources), nonNil(e.Text)})
	}
	// networkx 3.6 reads edges from "edges" by default, 2.8 to 3.5 from
	// "links"; the same list under both keys loads with either default.
	doc.Edges = doc.Links
	enc := json.NewEncoder(w)
	enc.SetIndent("", " ")
	if err := enc.Encode(doc); err != nil {
		return fmt.Errorf("nodelink: %w", err)
	}
	return nil
}

// nonNil makes empty lists encode as [] rather than null, which pandas and
// networkx handle without special cases.
func nonNil(xs []string) []string {
	if xs == nil {
		return []string{}
	}
	return xs
}
