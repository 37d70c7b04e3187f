package export

import (
	"bytes"
	"context"
	"encoding/xml"
	"errors"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"regexp"
	"strings"
	"testing"

	"github.com/goccy/go-graphviz"

	"newsgraph/graph"
	"newsgraph/queries"
)

// dotEdges returns the "a" -> "b" pairs of DOT source, legend excluded.
func dotEdges(src string) [][2]string {
	re := regexp.MustCompile(`(?m)^  "([^"]+)" -> "([^"]+)"`)
	var out [][2]string
	for _, m := range re.FindAllStringSubmatch(src, -1) {
		out = append(out, [2]string{m[1], m[2]})
	}
	return out
}

func dotNodes(src string) []string {
	re := regexp.MustCompile(`(?m)^  "([^"]+)" \[label=`)
	var out []string
	for _, m := range re.FindAllStringSubmatch(src, -1) {
		out = append(out, m[1])
	}
	return out
}

func TestMapSelection(t *testing.T) {
	snap := fixture(t)
	for _, tc := range []struct {
		name      string
		opts      MapOptions
		mustNodes []string
		notNodes  []string
		check     func(t *testing.T, src string)
	}{
		{
			name:      "both",
			opts:      MapOptions{},
			mustNodes: []string{"ent/donald-trump", "ent/pete-hegseth", "ent/dmitry-peskov", "ent/unknown", "stmt/0a1b2c3d4e5f6071"},
		},
		{
			name:      "relations has no statements",
			opts:      MapOptions{View: ViewRelations},
			mustNodes: []string{"ent/donald-trump", "ent/saudi-arabia"},
			notNodes:  []string{"stmt/0a1b2c3d4e5f6071", "ent/dmitry-peskov", "ent/pre-2014-borders"},
		},
		{
			name:      "statements view",
			opts:      MapOptions{View: ViewStatements},
			mustNodes: []string{"ent/pete-hegseth", "stmt/0a1b2c3d4e5f6071", "ent/pre-2014-borders"},
			notNodes:  []string{"ent/saudi-arabia", "ent/kremlin"},
			check: func(t *testing.T, src string) {
				if strings.Contains(src, relationColor) && strings.Contains(src, "penwidth=1.2, tooltip=\"Donald Trump → agree") {
					t.Error("statements view draws relations")
				}
				if !strings.Contains(src, stanceColor("rejects")) || !strings.Contains(src, stanceColor("supports")) {
					t.Error("stance colours missing")
				}
			},
		},
		{
			name:      "focus by alias, any case",
			opts:      MapOptions{View: ViewStatements, Focus: "hegseth"},
			mustNodes: []string{"ent/pete-hegseth", "ent/ukraine", "ent/nato-membership", "ent/pre-2014-borders", "stmt/0a1b2c3d4e5f6071", "stmt/1a1b2c3d4e5f6071"},
			notNodes:  []string{"ent/donald-trump", "ent/saudi-arabia", "stmt/2a1b2c3d4e5f6071"},
		},
		{
			name:      "focus depth 2 reaches further",
			opts:      MapOptions{View: ViewRelations, Focus: "Saudi Arabia", Depth: 2},
			mustNodes: []string{"ent/saudi-arabia", "ent/donald-trump", "ent/vladimir-putin", "ent/volodymyr-zelensky"},
			notNodes:  []string{"ent/nato"},
		},
		{
			// "query top"'s order (queries.Connections): Trump links 5
			// distinct entities, Ukraine and Hegseth 4 each, Putin only 2.
			name:      "top keeps the most connected",
			opts:      MapOptions{View: ViewRelations, Top: 3},
			mustNodes: []string{"ent/donald-trump", "ent/ukraine", "ent/pete-hegseth"},
			notNodes:  []string{"ent/kremlin", "ent/russia", "ent/vladimir-putin"},
			check: func(t *testing.T, src string) {
				ents := 0
				for _, n := range dotNodes(src) {
					if strings.HasPrefix(n, "ent/") {
						ents++
					}
				}
				if ents > 3 {
					t.Errorf("%d entities drawn with Top 3", ents)
				}
			},
		},
		{
			name:      "top drops statements about nothing",
			opts:      MapOptions{Top: 6},
			mustNodes: []string{"ent/pete-hegseth", "stmt/1a1b2c3d4e5f6071"},
			notNodes:  []string{"stmt/5a1b2c3d4e5f6071"},
		},
		{
			name:      "no concepts",
			opts:      MapOptions{Filter: queries.TypeFilter{NoConcepts: true}},
			mustNodes: []string{"ent/donald-trump", "ent/ukraine", "ent/nato"},
			notNodes:  []string{"ent/peace-negotiations", "ent/nato-membership", "ent/pre-2014-borders"},
		},
		{
			name:      "types",
			opts:      MapOptions{View: ViewRelations, Filter: queries.TypeFilter{Types: []string{"PERSON"}}},
			mustNodes: []string{"ent/donald-trump", "ent/vladimir-putin"},
			notNodes:  []string{"ent/ukraine", "ent/nato", "ent/peace-negotiations", "ent/kremlin"},
		},
		{
			// Named entities ranked without concepts: Trump, Ukraine, Putin,
			// NATO, Zelensky. "peace negotiations" links Trump and Zelensky
			// and comes back; "NATO membership" only touches Hegseth.
			name:      "concepts only where they link two drawn entities",
			opts:      MapOptions{Top: 5, Filter: queries.TypeFilter{NoConcepts: true}, Bridges: 5},
			mustNodes: []string{"ent/donald-trump", "ent/volodymyr-zelensky", "ent/peace-negotiations"},
			notNodes:  []string{"ent/nato-membership", "ent/pre-2014-borders", "ent/pete-hegseth"},
		},
		{
			name: "parallel edges merged with a count, one per voice",
			opts: MapOptions{View: ViewRelations},
			check: func(t *testing.T, src string) {
				n := 0
				for _, e := range dotEdges(src) {
					if e == [2]string{"ent/donald-trump", "ent/vladimir-putin"} {
						n++
					}
				}
				if n != 2 {
					t.Errorf("%d Trump → Putin edges, want 2: the facts merged, the possible meeting apart", n)
				}
				// agree ×3 + speak with = 4 sources; the meeting is only possible.
				if !strings.Contains(src, `label="agree, speak with ×4"`) {
					t.Errorf("merged label missing:\n%s", src)
				}
				if !strings.Contains(src, `style=dotted, label="meet (possible)"`) {
					t.Errorf("the possible meeting is not drawn dotted and labelled possible:\n%s", src)
				}
			},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var b bytes.Buffer
			if err := DOT(context.Background(), &b, snap, tc.opts); err != nil {
				t.Fatal(err)
			}
			src := b.String()
			nodes := map[string]bool{}
			for _, n := range dotNodes(src) {
				nodes[n] = true
			}
			for _, n := range tc.mustNodes {
				if !nodes[n] {
					t.Errorf("missing node %s", n)
				}
			}
			for _, n := range tc.notNodes {
				if nodes[n] {
					t.Errorf("unexpected node %s", n)
				}
			}
			for _, e := range dotEdges(src) {
				if !nodes[e[0]] || !nodes[e[1]] {
					t.Errorf("edge %s → %s to an undrawn node", e[0], e[1])
				}
			}
			if tc.check != nil {
				tc.check(t, src)
			}
		})
	}
}

// TestMapSaysWhoSaysSo: a relation the article reports as someone's claim
// is drawn apart from the same relation asserted, dashed, labelled and
// tooltipped with whom it is per; the legend explains the line.
func TestMapSaysWhoSaysSo(t *testing.T) {
	snap := fixture(t)
	f := &snap.Facts[0] // Trump agree Putin, asserted by three articles
	claim := f.Sources[0]
	claim.Sentence, claim.Text = 9, "Putin agreed to it, Peskov said."
	claim.Modality, claim.AttributedTo = "reported", "dmitry-peskov"
	f.Sources = append(f.Sources, claim)
	tests := []struct {
		layout string
		want   []string
	}{
		{"dot", []string{`style=dashed, label="agree (per Dmitry Peskov)"`,
			`reported per Dmitry Peskov — not asserted by the article`,
			`sentence 9] per Dmitry Peskov: Putin agreed to it, Peskov said.`,
			`label="agree, speak with ×4"`, "- - -</B> reported"}},
		{"sfdp", []string{`style=dashed, xlabel="agree (per Dmitry Peskov)"`}},
	}
	for _, tc := range tests {
		t.Run(tc.layout, func(t *testing.T) {
			var b bytes.Buffer
			if err := DOT(context.Background(), &b, snap, MapOptions{View: ViewRelations, Layout: tc.layout}); err != nil {
				t.Fatal(err)
			}
			for _, w := range tc.want {
				if !strings.Contains(b.String(), w) {
					t.Errorf("map lacks %q:\n%s", w, b.String())
				}
			}
			var asserted []string
			for _, line := range strings.Split(b.String(), "\n") {
				if strings.Contains(line, `"ent/donald-trump" -> "ent/vladimir-putin"`) && !strings.Contains(line, "style=") {
					asserted = append(asserted, line)
				}
			}
			if len(asserted) != 1 || strings.Contains(asserted[0], "Peskov") {
				t.Errorf("the asserted edge is not solid or mixes in Peskov's claim: %q", asserted)
			}
		})
	}
	var svg bytes.Buffer
	if err := SVG(context.Background(), &svg, snap, MapOptions{View: ViewRelations}); err != nil {
		t.Fatal(err)
	}
	for _, w := range []string{"stroke-dasharray", "agree (per Dmitry Peskov)", "per Dmitry Peskov: Putin agreed to it"} {
		if !strings.Contains(svg.String(), w) {
			t.Errorf("svg lacks %q", w)
		}
	}
}

// TestTooltipsKeepFullText: a long source sentence is whole in the
// tooltip, which is where the map promises the full text.
func TestTooltipsKeepFullText(t *testing.T) {
	snap := fixture(t)
	long := strings.Repeat("The talks in Riyadh went on into the night and produced a draft that nobody signed. ", 6) + "END"
	snap.Facts[0].Sources[0].Text = long
	longName := "The Organisation for Security and Co-operation in Europe Monitoring Mission"
	for i := range snap.Entities {
		if snap.Entities[i].ID == snap.Facts[0].Subject {
			snap.Entities[i].Name = longName
		}
	}
	var b bytes.Buffer
	if err := DOT(context.Background(), &b, snap, MapOptions{View: ViewRelations}); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(b.String(), strings.TrimSpace(long)) {
		t.Errorf("the %d-character sentence is cut in the tooltips", len(long))
	}
	if !strings.Contains(b.String(), longName+" → ") {
		t.Errorf("an edge tooltip shortens the name %q", longName)
	}
}

// TestTooltipsNameDocuments: a source is named by its document's outlet,
// date and title where the store has them, by its id where it has none.
func TestTooltipsNameDocuments(t *testing.T) {
	snap := fixture(t)
	named := snap.Facts[0].Sources[0].Doc
	snap.Documents = []graph.Document{{ID: named, Outlet: "BBC", Date: "2005-02-16", Title: "Blair congratulates Bush on win"}}
	var b bytes.Buffer
	if err := DOT(context.Background(), &b, snap, MapOptions{View: ViewRelations}); err != nil {
		t.Fatal(err)
	}
	if want := "[BBC · 2005-02-16 · Blair congratulates Bush on win, sentence "; !strings.Contains(b.String(), want) {
		t.Errorf("no tooltip names document %s as %q", named, want)
	}
	if strings.Contains(b.String(), "["+named+", sentence ") {
		t.Errorf("a tooltip still names document %s by its id", named)
	}
}

// TestSummarizeMap: the counts the CLI prints are the map's own heading.
func TestSummarizeMap(t *testing.T) {
	snap := fixture(t)
	// The store keeps the unknown speaker as an entity; it is none.
	snap.Entities = append(snap.Entities, graph.Entity{ID: "unknown", Name: "unknown", Type: "PERSON"})
	for _, opts := range []MapOptions{{}, {View: ViewRelations, Top: 4}, {Focus: "Hegseth"},
		{Top: 5, Filter: queries.TypeFilter{NoConcepts: true}, Bridges: 5}} {
		sum, err := SummarizeMap(snap, opts)
		if err != nil {
			t.Fatal(err)
		}
		var b bytes.Buffer
		if err := DOT(context.Background(), &b, snap, opts); err != nil {
			t.Fatal(err)
		}
		ents := 0
		for _, n := range dotNodes(b.String()) {
			if strings.HasPrefix(n, "ent/") {
				ents++
			}
		}
		if ents != sum.Entities || !strings.Contains(b.String(), fmt.Sprintf("%d entities", sum.Entities)) {
			t.Errorf("%+v: summary %d entities, DOT draws %d", opts, sum.Entities, ents)
		}
		if sum.Of != len(snap.Entities)-1 { // the fixture's unknown speaker is no entity
			t.Errorf("Of = %d, want %d", sum.Of, len(snap.Entities)-1)
		}
	}
}

func TestFocusMiss(t *testing.T) {
	var b bytes.Buffer
	err := DOT(context.Background(), &b, fixture(t), MapOptions{Focus: "Hegset"})
	var nf *NotFoundError
	if !errors.As(err, &nf) {
		t.Fatalf("err = %v, want *NotFoundError", err)
	}
	if len(nf.Similar) == 0 || nf.Similar[0] != "Pete Hegseth" {
		t.Errorf("suggestions = %v, want Pete Hegseth first", nf.Similar)
	}
}

func TestFindEntities(t *testing.T) {
	snap := fixture(t)
	for _, tc := range []struct {
		q    string
		want []string
	}{
		{"Hegseth", []string{"pete-hegseth"}},
		{"ZELENSKYY", []string{"volodymyr-zelensky"}},
		{"vladimir-putin", []string{"vladimir-putin"}},
		{"Kyiv", []string{"ukraine"}},
		{"NATO", []string{"nato"}}, // exact beats "NATO membership"
		{"borders", []string{"pre-2014-borders"}},
	} {
		got, err := FindEntities(snap, tc.q)
		if err != nil {
			t.Errorf("%q: %v", tc.q, err)
			continue
		}
		var ids []string
		for _, e := range got {
			ids = append(ids, e.ID)
		}
		if strings.Join(ids, ",") != strings.Join(tc.want, ",") {
			t.Errorf("%q = %v, want %v", tc.q, ids, tc.want)
		}
	}
}

func TestSVG(t *testing.T) {
	var b bytes.Buffer
	if err := SVG(context.Background(), &b, fixture(t), MapOptions{Title: "fixture corpus", Date: "2026-11-25"}); err != nil {
		t.Fatal(err)
	}
	// Parses as XML, names the actors, and carries sources in tooltips.
	dec := xml.NewDecoder(bytes.NewReader(b.Bytes()))
	var texts []string
	var titles []string
	for {
		tok, err := dec.Token()
		if err != nil {
			if err.Error() == "EOF" {
				break
			}
			t.Fatalf("svg is not XML: %v", err)
		}
		if se, ok := tok.(xml.StartElement); ok && se.Name.Local == "a" {
			for _, a := range se.Attr {
				if a.Name.Local == "title" {
					titles = append(titles, a.Value)
				}
			}
		}
		if cd, ok := tok.(xml.CharData); ok {
			texts = append(texts, string(cd))
		}
	}
	all := strings.Join(texts, " ")
	for _, name := range []string{"Donald Trump", "Vladimir Putin", "Pete Hegseth", "Dmitry Peskov", "fixture corpus", "2026-11-25", "Legend" /* absent: legend has no caption */} {
		if name == "Legend" {
			continue
		}
		if !strings.Contains(all, name) {
			t.Errorf("svg text lacks %q", name)
		}
	}
	tips := strings.Join(titles, "\n")
	if !strings.Contains(tips, "[a3, sentence 6]") || !strings.Contains(tips, "pre-2014 borders is an unrealistic objective") {
		t.Errorf("tooltips lack the source sentence of Hegseth's statement")
	}
}

// TestPNGHasOutlinesAndEdges guards the render-plugin fix: go-graphviz's own
// PNG renderer drops node outlines and edge lines. A two-node map must show
// the person border colour and the relation colour along the edge.
func TestPNGHasOutlinesAndEdges(t *testing.T) {
	snap := &graph.Snapshot{
		Entities: []graph.Entity{{ID: "a", Name: "Alice", Type: "PERSON"}, {ID: "b", Name: "Bob", Type: "PERSON"}},
		Facts:    []graph.Fact{{Subject: "a", Predicate: "meet", Object: "b", Sources: []graph.Source{{Doc: "d", Text: "Alice met Bob."}}}},
	}
	var b bytes.Buffer
	if err := PNG(context.Background(), &b, snap, MapOptions{NoLegend: true}); err != nil {
		t.Fatal(err)
	}
	img, err := png.Decode(&b)
	if err != nil {
		t.Fatalf("not a PNG: %v", err)
	}
	border := countNear(img, hexColor(styleFor("PERSON").border))
	fill := countNear(img, hexColor(styleFor("PERSON").fill))
	edge := countNear(img, hexColor(relationColor))
	if border < 100 {
		t.Errorf("%d node outline pixels, want ≥ 100", border)
	}
	if fill < 1000 {
		t.Errorf("%d node fill pixels, want ≥ 1000", fill)
	}
	// The edge (plus arrowhead and label text in the same colour) is a line
	// well over 50 pixels long.
	if edge < 50 {
		t.Errorf("%d edge pixels, want ≥ 50", edge)
	}
}

func TestPNGvsBuiltin(t *testing.T) {
	// The same DOT through go-graphviz's built-in PNG renderer has no edge
	// pixels; if this starts failing the upstream bug is fixed and the
	// plugin can go.
	dot := []byte(`digraph { a -> b [color="#37474f", penwidth=3]; }`)
	ctx := context.Background()
	gv, err := graphviz.New(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer gv.Close()
	g, err := graphviz.ParseBytes(dot)
	if err != nil {
		t.Fatal(err)
	}
	var builtin bytes.Buffer
	if err := gv.Render(ctx, g, graphviz.PNG, &builtin); err != nil {
		t.Fatal(err)
	}
	var ours bytes.Buffer
	if err := RenderDOT(ctx, &ours, dot, "dot", graphviz.PNG); err != nil {
		t.Fatal(err)
	}
	count := func(b *bytes.Buffer) int {
		img, err := png.Decode(b)
		if err != nil {
			t.Fatal(err)
		}
		return countNear(img, hexColor("#37474f"))
	}
	bi, ou := count(&builtin), count(&ours)
	if ou < 50 || ou <= bi {
		t.Errorf("edge pixels: ours %d, built-in %d; want ours ≥ 50 and more", ou, bi)
	}
}

func TestPDFUnsupported(t *testing.T) {
	err := PDF(context.Background(), &bytes.Buffer{}, fixture(t), MapOptions{})
	if !errors.Is(err, ErrPDFUnsupported) || !strings.Contains(err.Error(), "svg") {
		t.Errorf("err = %v", err)
	}
}

func TestRenderLarge(t *testing.T) {
	if testing.Short() {
		t.Skip("renders 2,000 nodes / 5,000 edges")
	}
	var b bytes.Buffer
	if err := SVG(context.Background(), &b, synthetic(2000, 5000), MapOptions{}); err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(b.String(), `class="node"`); n < 2000 {
		t.Errorf("%d nodes drawn, want ≥ 2000", n)
	}
}

func hexColor(s string) color.RGBA {
	r, g, b := hexRGB(s)
	return color.RGBA{uint8(r), uint8(g), uint8(b), 255}
}

// countNear counts pixels within a small distance of c (antialiasing blends
// edges with the background).
func countNear(img image.Image, c color.RGBA) int {
	n := 0
	bd := img.Bounds()
	for y := bd.Min.Y; y < bd.Max.Y; y++ {
		for x := bd.Min.X; x < bd.Max.X; x++ {
			r, g, b, _ := img.At(x, y).RGBA()
			d := absDiff(int(r>>8), int(c.R)) + absDiff(int(g>>8), int(c.G)) + absDiff(int(b>>8), int(c.B))
			if d <= 30 {
				n++
			}
		}
	}
	return n
}

func absDiff(a, b int) int {
	if a > b {
		return a - b
	}
	return b - a
}

func TestDefaultLayout(t *testing.T) {
	for _, tc := range []struct {
		name string
		snap *graph.Snapshot
		opts MapOptions
		want string
	}{
		{"fixture", fixture(t), MapOptions{}, "dot"},
		{"sparse", synthetic(200, 220), MapOptions{}, "dot"},
		{"dense", synthetic(200, 500), MapOptions{}, "sfdp"},
		{"large", synthetic(500, 300), MapOptions{Isolated: true}, "sfdp"},
		{"chosen", fixture(t), MapOptions{Layout: "neato"}, "neato"},
	} {
		var b bytes.Buffer
		if err := DOT(context.Background(), &b, tc.snap, tc.opts); err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(b.String(), `layout="`+tc.want+`"`) {
			t.Errorf("%s: want layout %s", tc.name, tc.want)
		}
	}
}
