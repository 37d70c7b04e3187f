package export

import (
	"context"
	"fmt"
	"html"
	"io"
	"math"
	"sort"
	"strings"

	"newsgraph/graph"
	"newsgraph/queries"
)

// DOT writes the map as Graphviz DOT source, styled as SVG and PNG draw it.
func DOT(ctx context.Context, w io.Writer, snap *graph.Snapshot, opts MapOptions) error {
	src, _, err := dotSource(ctx, snap, opts, 0)
	if err != nil {
		return err
	}
	if _, err := io.WriteString(w, src); err != nil {
		return fmt.Errorf("dot: %w", err)
	}
	return nil
}

// dotSource builds the DOT text and returns the layout engine to use. A
// maxInches above zero caps the drawing's size (Graphviz scales it down).
func dotSource(ctx context.Context, snap *graph.Snapshot, opts MapOptions, maxInches float64) (string, string, error) {
	if err := ctx.Err(); err != nil {
		return "", "", err
	}
	o := opts.withDefaults()
	m, err := buildMap(snap, o)
	if err != nil {
		return "", "", err
	}
	large := len(m.nodes) > LargeGraph
	layout := o.Layout
	if layout == "" {
		layout = "dot"
		// dot's crossing minimisation is fast on news graphs, which are
		// mostly stars around a few actors, but took minutes on a random 200
		// nodes / 500 edges in the WebAssembly build; dense or large maps go
		// to sfdp, which takes a second or two.
		// Statements hang off their speaker like leaves and cost dot little;
		// density is measured between entities.
		relEdges := 0
		for _, e := range m.edges {
			if e.kind == EdgeRelation {
				relEdges++
			}
		}
		if large || float64(relEdges) > denseRatio*float64(len(m.nodes)-m.statements) {
			layout = "sfdp"
		}
	}
	var b strings.Builder
	b.WriteString("digraph newsgraph {\n")
	title := o.Title
	if title == "" {
		title = "newsgraph"
	}
	sub := []string{}
	if o.Date != "" {
		sub = append(sub, o.Date)
	}
	sub = append(sub, fmt.Sprintf("%d documents", len(m.docs)), fmt.Sprintf("%d entities", len(m.nodes)-m.statements))
	if o.View != ViewStatements {
		sub = append(sub, fmt.Sprintf("%d relations", m.relations))
	}
	if o.View != ViewRelations {
		sub = append(sub, fmt.Sprintf("%d statements", m.statements))
	}
	lines := []string{strings.Join(sub, " · ")}
	if o.Focus != "" {
		lines = append(lines, fmt.Sprintf("around %q, %d hop(s)", o.Focus, o.Depth))
	}
	switch {
	case o.Top > 0 && o.Bridges > 0:
		lines = append(lines, fmt.Sprintf("the %d most connected named entities, and up to %d concepts linking them", o.Top, o.Bridges))
	case o.Top > 0:
		lines = append(lines, fmt.Sprintf("the %d most connected entities", o.Top))
	}
	present, stances, voices := map[string]bool{}, map[string]bool{}, map[string]bool{}
	for _, n := range m.nodes {
		present[legendKey(n.typ)] = true
	}
	for _, e := range m.edges {
		if e.kind != EdgeRelation {
			stances[e.stance] = true
		} else {
			voices[e.voice] = true
		}
	}
	fmt.Fprintf(&b, "  graph [label=%s, labelloc=t, fontname=\"Helvetica\", bgcolor=\"white\", pad=0.4",
		heading(title, lines, present, stances, voices, !o.NoLegend))
	// Named in the file too, so `dot -Tsvg map.dot` uses the same engine.
	fmt.Fprintf(&b, ", layout=%s", q(layout))
	if maxInches > 0 {
		fmt.Fprintf(&b, ", size=\"%g,%g\"", maxInches, maxInches)
	}
	switch layout {
	case "dot":
		b.WriteString(", rankdir=LR, nodesep=0.35, ranksep=1.1, splines=true, newrank=true, outputorder=edgesfirst")
	default:
		b.WriteString(", forcelabels=false")
		// overlap=scale grows the layout until no labels overlap. prism (the
		// default removal) gives a tighter picture but took over ten minutes
		// on 2,000 nodes in the WebAssembly Graphviz; scale takes seconds.
		b.WriteString(", overlap=scale, sep=\"+8\", splines=false, outputorder=edgesfirst")
	}
	b.WriteString("];\n")
	b.WriteString("  node [fontname=\"Helvetica\", fontsize=12, penwidth=1.4, margin=\"0.12,0.06\"];\n")
	b.WriteString("  edge [fontname=\"Helvetica\", fontsize=10, arrowsize=0.7];\n")

	for _, n := range m.nodes {
		st := styleFor(n.typ)
		fill, border := st.fill, st.border
		fontsize := 12.0
		if n.typ == TypeStatement {
			fill, border, fontsize = stanceFill(n.stance), stanceColor(n.stance), 10
		} else if n.mentions > 1 {
			// The actors a story is about are mentioned most; let them stand out.
			fontsize = math.Min(20, 12+2*math.Log2(float64(n.mentions)))
		}
		pen := 1.4
		if n.focus {
			pen = 3.5
		}
		fmt.Fprintf(&b, "  %s [label=%s, tooltip=%s, shape=%s, style=%s, fillcolor=%s, color=%s, fontsize=%.1f, penwidth=%.1f];\n",
			q(n.id), q(n.label), q(n.tooltip), st.shape, q(st.style), q(fill), q(border), fontsize, pen)
	}
	names := map[string]string{}
	for _, n := range m.nodes {
		names[n.id] = n.name // tooltips hold the full text; labels are shortened
	}
	for _, e := range m.edges {
		color := relationColor
		if e.kind != EdgeRelation {
			color = stanceColor(e.stance)
		}
		width := 1.2 + 1.6*math.Log2(float64(len(e.docs)))
		attrs := fmt.Sprintf("color=%s, penwidth=%.1f, tooltip=%s", q(color), width, q(edgeTooltip(e, names[e.from], names[e.to], m.docLabels, m.ents)))
		label := edgeLabel(e)
		if e.kind == EdgeRelation {
			// Who says so: a claim someone reports is dashed, a relation
			// only asked or hedged dotted, and the label says which.
			if st := voiceStyle(e.voice); st != "" {
				attrs += ", style=" + st
			}
			if v := voiceLabel(e); v != "" {
				label += " " + v
			}
		}
		if e.kind == EdgeAbout {
			attrs += ", style=dashed, arrowhead=open"
			label = ""
		}
		switch {
		case label == "":
		case large:
			// Thousands of labels cannot be placed legibly: tooltips only.
		case layout == "dot":
			attrs += ", label=" + q(label) + ", fontcolor=" + q(color)
		default:
			// Force layouts ignore edge labels when placing nodes; xlabels
			// are placed afterwards where they overlap nothing, or dropped
			// (the tooltip still has them).
			attrs += ", xlabel=" + q(label) + ", fontcolor=" + q(color)
		}
		fmt.Fprintf(&b, "  %s -> %s [%s];\n", q(e.from), q(e.to), attrs)
	}
	b.WriteString("}\n")
	return b.String(), layout, nil
}

// edgeLabel names the merged predicates, most reported first, and how many
// sentences report them when more than one does.
func edgeLabel(e *mapEdge) string {
	type pc struct {
		p string
		n int
	}
	var ps []pc
	total := 0
	for p, n := range e.preds {
		ps = append(ps, pc{p, n})
		total += n
	}
	sort.Slice(ps, func(i, j int) bool {
		if ps[i].n != ps[j].n {
			return ps[i].n > ps[j].n
		}
		return ps[i].p < ps[j].p
	})
	var parts []string
	for i, p := range ps {
		if i == 2 {
			parts = append(parts, fmt.Sprintf("+%d more", len(ps)-2))
			break
		}
		parts = append(parts, p.p)
	}
	l := strings.Join(parts, ", ")
	if total > 1 {
		l += fmt.Sprintf(" ×%d", total)
	}
	return l
}

// heading is the map's title block as a Graphviz HTML-like label: title,
// subtitle lines and, unless left out, a one-row legend of the node types and
// edge colours in use. Being the graph's label, it stays at the top whatever
// the layout engine does with the nodes.
func heading(title string, sub []string, present, stances, voices map[string]bool, legend bool) string {
	var b strings.Builder
	b.WriteString(`<<TABLE BORDER="0" CELLSPACING="2" CELLPADDING="2">`)
	fmt.Fprintf(&b, `<TR><TD><FONT POINT-SIZE="24"><B>%s</B></FONT></TD></TR>`, html.EscapeString(labelText(title)))
	for _, l := range sub {
		fmt.Fprintf(&b, `<TR><TD><FONT POINT-SIZE="14" COLOR="#444444">%s</FONT></TD></TR>`, html.EscapeString(labelText(l)))
	}
	if legend {
		b.WriteString(`<TR><TD><TABLE BORDER="0" CELLSPACING="6" CELLPADDING="4"><TR>`)
		for _, t := range typeOrder {
			if !present[t] {
				continue
			}
			st := styleFor(t)
			fill := st.fill
			if t == TypeStatement {
				fill = stanceFill("neutral")
			}
			// Cells cannot take the node shapes; colour and border carry the key.
			fmt.Fprintf(&b, `<TD BORDER="1" BGCOLOR="%s" COLOR="%s"><FONT POINT-SIZE="12">%s</FONT></TD>`,
				fill, st.border, html.EscapeString(st.legend))
		}
		key := func(color, line, name string) {
			fmt.Fprintf(&b, `<TD><FONT POINT-SIZE="12" COLOR="%s"><B>%s</B> %s</FONT></TD>`, color, line, html.EscapeString(name))
		}
		if voices[queries.VoiceAsserted] {
			key(relationColor, "———", "relation (thicker: more documents)")
		}
		if voices[queries.VoiceReported] {
			key(relationColor, "- - -", "reported (per whom: label)")
		}
		if voices[queries.VoicePossible] {
			key(relationColor, "· · ·", "possible (asked, hedged)")
		}
		for _, s := range []string{"rejects", "supports", "neutral"} {
			if stances[s] {
				key(stanceColor(s), "———", "said, "+s)
			}
		}
		if len(stances) > 0 {
			key(stanceColor("neutral"), "- - -", "is about")
		}
		b.WriteString(`</TR></TABLE></TD></TR>`)
	}
	b.WriteString(`</TABLE>>`)
	return b.String()
}

// voiceStyle is the line of a relation edge: solid for what the article
// asserts, dashed for what it reports someone saying, dotted for what it
// only asks or hedges.
func voiceStyle(voice string) string {
	switch voice {
	case queries.VoiceReported:
		return "dashed"
	case queries.VoicePossible:
		return "dotted"
	}
	return ""
}

// q quotes s as a DOT string. Everything in a map passes through it (ids,
// labels, tooltips), so labelText here keeps the SVG well-formed and bidi
// controls out of what is drawn. Backslashes are doubled so that text such
// as "C:\new" is not read as an escape, then newlines become DOT's centred
// line break.
func q(s string) string {
	s = labelText(s)
	s = strings.ReplaceAll(s, `\`, `\\`)
	s = strings.ReplaceAll(s, `"`, `\"`)
	s = strings.ReplaceAll(s, "\r", "")
	s = strings.ReplaceAll(s, "\n", `\n`)
	return `"` + s + `"`
}
