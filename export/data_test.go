package export

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"newsgraph/graph"
)

// countCSV returns the data rows of nodes.csv and edges.csv.
func countCSV(t *testing.T, snap *graph.Snapshot) (nodes, edges [][]string) {
	t.Helper()
	var nb, eb bytes.Buffer
	if err := CSV(&nb, &eb, snap); err != nil {
		t.Fatal(err)
	}
	n, err := csv.NewReader(&nb).ReadAll()
	if err != nil {
		t.Fatalf("nodes.csv: %v", err)
	}
	e, err := csv.NewReader(&eb).ReadAll()
	if err != nil {
		t.Fatalf("edges.csv: %v", err)
	}
	if strings.Join(n[0], ",") != strings.Join(NodeColumns(), ",") || strings.Join(e[0], ",") != strings.Join(EdgeColumns(), ",") {
		t.Fatalf("headers: %v / %v", n[0], e[0])
	}
	return n[1:], e[1:]
}

func countGraphML(t *testing.T, snap *graph.Snapshot) (nodes, edges int) {
	t.Helper()
	var b bytes.Buffer
	if err := GraphML(&b, snap); err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Keys  []struct{ ID, For, Name, Type string } `xml:"key"`
		Graph struct {
			Nodes []struct {
				ID string `xml:"id,attr"`
			} `xml:"node"`
			Edges []struct {
				Source string `xml:"source,attr"`
				Target string `xml:"target,attr"`
			} `xml:"edge"`
		} `xml:"graph"`
	}
	if err := xml.Unmarshal(b.Bytes(), &doc); err != nil {
		t.Fatalf("graphml does not parse: %v", err)
	}
	ids := map[string]bool{}
	for _, n := range doc.Graph.Nodes {
		ids[n.ID] = true
	}
	for _, e := range doc.Graph.Edges {
		if !ids[e.Source] || !ids[e.Target] {
			t.Errorf("graphml edge %s → %s has an undeclared end", e.Source, e.Target)
		}
	}
	return len(doc.Graph.Nodes), len(doc.Graph.Edges)
}

func countGEXF(t *testing.T, snap *graph.Snapshot) (nodes, edges int) {
	t.Helper()
	var b bytes.Buffer
	if err := GEXF(&b, snap); err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Version string `xml:"version,attr"`
		Graph   struct {
			Nodes []struct {
				ID string `xml:"id,attr"`
			} `xml:"nodes>node"`
			Edges []struct {
				Source string `xml:"source,attr"`
				Target string `xml:"target,attr"`
				Kind   string `xml:"kind,attr"`
			} `xml:"edges>edge"`
		} `xml:"graph"`
	}
	if err := xml.Unmarshal(b.Bytes(), &doc); err != nil {
		t.Fatalf("gexf does not parse: %v", err)
	}
	if doc.Version != "1.3" {
		t.Errorf("gexf version %q, want 1.3", doc.Version)
	}
	// Parallel edges must differ by kind, or Gephi merges them.
	seen := map[string]bool{}
	for _, e := range doc.Graph.Edges {
		k := e.Source + "\x00" + e.Target + "\x00" + e.Kind
		if seen[k] {
			t.Errorf("gexf: two edges %s → %s share kind %q", e.Source, e.Target, e.Kind)
		}
		seen[k] = true
	}
	return len(doc.Graph.Nodes), len(doc.Graph.Edges)
}

func countNodeLink(t *testing.T, snap *graph.Snapshot) (nodes, edges int) {
	t.Helper()
	var b bytes.Buffer
	if err := NodeLink(&b, snap); err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Directed, Multigraph bool
		Nodes                []map[string]any `json:"nodes"`
		Links                []map[string]any `json:"links"`
	}
	if err := json.Unmarshal(b.Bytes(), &doc); err != nil {
		t.Fatalf("nodelink does not parse: %v", err)
	}
	if !doc.Directed || !doc.Multigraph {
		t.Errorf("nodelink: directed=%v multigraph=%v, want both", doc.Directed, doc.Multigraph)
	}
	return len(doc.Nodes), len(doc.Links)
}

// TestCountsAgree checks that every tabular format has exactly the nodes and
// edges the snapshot implies, on hand-made, empty and synthetic snapshots.
func TestCountsAgree(t *testing.T) {
	for _, tc := range []struct {
		name string
		snap *graph.Snapshot
	}{
		{"fixture", fixture(t)},
		{"empty", &graph.Snapshot{}},
		{"synthetic", synthetic(60, 150)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			wn, we := wantCounts(tc.snap)
			cn, ce := countCSV(t, tc.snap)
			got := map[string][2]int{"csv": {len(cn), len(ce)}}
			n, e := countGraphML(t, tc.snap)
			got["graphml"] = [2]int{n, e}
			n, e = countGEXF(t, tc.snap)
			got["gexf"] = [2]int{n, e}
			n, e = countNodeLink(t, tc.snap)
			got["nodelink"] = [2]int{n, e}
			for f, c := range got {
				if c != [2]int{wn, we} {
					t.Errorf("%s: %d nodes, %d edges; want %d, %d", f, c[0], c[1], wn, we)
				}
			}
		})
	}
}

func TestCSVContent(t *testing.T) {
	snap := fixture(t)
	nodes, edges := countCSV(t, snap)
	byID := map[string][]string{}
	for _, r := range nodes {
		byID[r[0]] = r
	}
	trump := byID["ent/donald-trump"]
	if trump == nil || trump[1] != "Donald Trump" || trump[2] != "PERSON" || trump[4] != "14" || trump[5] != "a1;a2;a3" {
		t.Errorf("trump row = %v", trump)
	}
	if u := byID["ent/unknown"]; u == nil || u[2] != TypeUnknown {
		t.Errorf("unknown speaker row = %v, want a node of type %s", u, TypeUnknown)
	}
	col := map[string]int{}
	for i, c := range EdgeColumns() {
		col[c] = i
	}
	// ukraine join nato is negated by both sources, one as possible, one as
	// fact: two edges, both negated, each with its modality.
	var joins [][]string
	for _, r := range edges {
		if r[col["source"]] == "ent/ukraine" && r[col["target"]] == "ent/nato" && r[col["predicate"]] == "join" {
			joins = append(joins, r)
		}
		if _, err := strconv.ParseFloat(r[col["confidence"]], 64); err != nil {
			t.Errorf("confidence %q is not a number", r[col["confidence"]])
		}
		if _, err := strconv.ParseBool(r[col["negated"]]); err != nil {
			t.Errorf("negated %q is not a bool", r[col["negated"]])
		}
		if r[col["modality"]] == "" {
			t.Errorf("edge %s has no modality", r[0])
		}
		if k := r[col["kind"]]; k != EdgeRelation && r[col["attributed_to"]] == "" {
			t.Errorf("%s edge %s has no attributed_to (its speaker)", k, r[0])
		}
	}
	mods := map[string]bool{}
	for _, j := range joins {
		mods[j[col["modality"]]] = true
		if j[col["negated"]] != "true" {
			t.Errorf("join edge not negated: %v", j)
		}
	}
	if len(joins) != 2 || !mods["possible"] || !mods["asserted"] {
		t.Errorf("ukraine-join-nato edges = %v, want one possible and one asserted", joins)
	}
}

// TestEdgesSayWhoSaysSo: a relation attributed to someone ("…, Peskov
// said") and its qualifiers reach every tabular format, and a relation the
// article states itself stays apart from the same relation attributed.
func TestEdgesSayWhoSaysSo(t *testing.T) {
	snap := fixture(t)
	f := &snap.Facts[0]
	attributed := f.Sources[0]
	attributed.Sentence = 99
	attributed.Modality = "reported"
	attributed.AttributedTo = "dmitry-peskov"
	attributed.Qualifiers = map[string]string{"in": "2025"}
	f.Sources = append(f.Sources, attributed)
	_, edges := countCSV(t, snap)
	col := map[string]int{}
	for i, c := range EdgeColumns() {
		col[c] = i
	}
	var rows [][]string
	for _, r := range edges {
		if r[col["source"]] == entityID(f.Subject) && r[col["target"]] == entityID(f.Object) && r[col["predicate"]] == f.Predicate {
			rows = append(rows, r)
		}
	}
	if len(rows) != 2 {
		t.Fatalf("%s %s %s: %d edges, want 2 (own voice, attributed)", f.Subject, f.Predicate, f.Object, len(rows))
	}
	got := rows[1]
	if got[col["attributed_to"]] != "ent/dmitry-peskov" || got[col["modality"]] != "reported" ||
		got[col["qualifiers"]] != "in: 2025" || got[col["sources"]] != attributed.Doc+"#99" {
		t.Errorf("attributed edge = %v", got)
	}
	if rows[0][col["attributed_to"]] != "" || rows[0][col["modality"]] == "reported" {
		t.Errorf("own-voice edge = %v", rows[0])
	}
	var gm, gx, nl bytes.Buffer
	if err := GraphML(&gm, snap); err != nil {
		t.Fatal(err)
	}
	if err := GEXF(&gx, snap); err != nil {
		t.Fatal(err)
	}
	if err := NodeLink(&nl, snap); err != nil {
		t.Fatal(err)
	}
	for name, out := range map[string]string{"graphml": gm.String(), "gexf": gx.String(), "nodelink": nl.String()} {
		for _, want := range []string{"ent/dmitry-peskov", "in: 2025", "reported", "attributed_to", "according_to", "modality", "qualifiers"} {
			if !strings.Contains(out, want) {
				t.Errorf("%s has no %q", name, want)
			}
		}
	}
	if got[col["according_to"]] != "Dmitry Peskov" || rows[0][col["according_to"]] != "the article" {
		t.Errorf("edges.csv according_to = %q (attributed), %q (own voice); want Dmitry Peskov, the article",
			got[col["according_to"]], rows[0][col["according_to"]])
	}
	// Each format, read as its readers do: the reported edge names Peskov.
	want := [4]string{EdgeRelation, "ent/dmitry-peskov", "Dmitry Peskov", "reported"}
	for _, tc := range []struct {
		name  string
		edges func() ([][4]string, error) // kind, attributed_to, according_to, modality of each edge
	}{
		{"graphml", func() ([][4]string, error) {
			var doc struct {
				Edges []struct {
					Data []struct {
						Key string `xml:"key,attr"`
						Val string `xml:",chardata"`
					} `xml:"data"`
				} `xml:"graph>edge"`
			}
			err := xml.Unmarshal(gm.Bytes(), &doc)
			var out [][4]string
			for _, e := range doc.Edges {
				d := map[string]string{}
				for _, x := range e.Data {
					d[x.Key] = x.Val
				}
				out = append(out, [4]string{d["e_kind"], d["e_attributed_to"], d["e_according_to"], d["e_modality"]})
			}
			return out, err
		}},
		{"gexf", func() ([][4]string, error) {
			var doc struct {
				Attrs []struct {
					ID    string `xml:"id,attr"`
					Title string `xml:"title,attr"`
				} `xml:"graph>attributes>attribute"`
				Edges []struct {
					Vals []struct {
						For   string `xml:"for,attr"`
						Value string `xml:"value,attr"`
					} `xml:"attvalues>attvalue"`
				} `xml:"graph>edges>edge"`
			}
			err := xml.Unmarshal(gx.Bytes(), &doc)
			title := map[string]string{}
			for _, a := range doc.Attrs[len(NodeColumns())+1:] { // the edge attributes follow the node ones
				title[a.ID] = a.Title
			}
			var out [][4]string
			for _, e := range doc.Edges {
				d := map[string]string{}
				for _, v := range e.Vals {
					d[title[v.For]] = v.Value
				}
				out = append(out, [4]string{d["kind"], d["attributed_to"], d["according_to"], d["modality"]})
			}
			return out, err
		}},
		{"nodelink", func() ([][4]string, error) {
			var doc struct {
				Links []struct {
					Kind         string `json:"kind"`
					AttributedTo string `json:"attributed_to"`
					AccordingTo  string `json:"according_to"`
					Modality     string `json:"modality"`
				} `json:"links"`
			}
			err := json.Unmarshal(nl.Bytes(), &doc)
			var out [][4]string
			for _, l := range doc.Links {
				out = append(out, [4]string{l.Kind, l.AttributedTo, l.AccordingTo, l.Modality})
			}
			return out, err
		}},
	} {
		edges, err := tc.edges()
		if err != nil {
			t.Errorf("%s: %v", tc.name, err)
			continue
		}
		n := 0
		for _, e := range edges {
			if e == want {
				n++
			}
		}
		if n != 1 {
			t.Errorf("%s: %d edges say %v, want 1; edges: %v", tc.name, n, want, edges)
		}
	}
}

func TestCSVDir(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "new", "csv")
	if err := CSVDir(dir, fixture(t)); err != nil {
		t.Fatal(err)
	}
	for _, f := range []string{"nodes.csv", "edges.csv"} {
		if st, err := os.Stat(filepath.Join(dir, f)); err != nil || st.Size() == 0 {
			t.Errorf("%s: %v", f, err)
		}
	}
}

func TestFTM(t *testing.T) {
	var b bytes.Buffer
	snap := fixture(t)
	if err := FTM(&b, snap); err != nil {
		t.Fatal(err)
	}
	ids := map[string]bool{}
	schemas := map[string]int{}
	var links, all []ftmEntity
	for i, line := range strings.Split(strings.TrimSpace(b.String()), "\n") {
		var e ftmEntity
		if err := json.Unmarshal([]byte(line), &e); err != nil {
			t.Fatalf("line %d: %v", i+1, err)
		}
		all = append(all, e)
		if !validFTMID.MatchString(e.ID) {
			t.Errorf("id %q is not a valid FtM id", e.ID)
		}
		if ids[e.ID] {
			t.Errorf("duplicate id %q", e.ID)
		}
		ids[e.ID] = true
		schemas[e.Schema]++
		if e.Schema == "UnknownLink" {
			links = append(links, e)
		}
	}
	// 3 places (GPE) are LegalEntity, plus the unknown speaker; the 3
	// concepts are no entity.
	if schemas["Person"] != 5 || schemas["Organization"] != 2 || schemas["Article"] != 3 || schemas["LegalEntity"] != 4 {
		t.Errorf("schemas = %v", schemas)
	}
	for _, e := range all {
		if e.Schema == "Article" && len(e.Properties["title"]) > 0 {
			t.Errorf("article %s has title %q, which the store does not know", e.ID, e.Properties["title"])
		}
		if e.Schema != "UnknownLink" && e.Properties["name"] != nil && strings.Contains(e.Properties["name"][0], "negotiations") {
			t.Errorf("concept exported as %s: %v", e.Schema, e.Properties["name"])
		}
	}
	// "Kremlin confirm peace negotiations" links the Kremlin to the article.
	found := false
	for _, l := range links {
		if l.Properties["role"][0] == "Kremlin confirm peace negotiations" {
			found = true
			if !strings.HasPrefix(l.Properties["object"][0], "doc-") {
				t.Errorf("Kremlin's fact about a concept links to %s, want the article", l.Properties["object"][0])
			}
		}
	}
	if !found {
		t.Error("no link for the Kremlin's fact about peace negotiations")
	}
	for _, l := range links {
		for _, p := range []string{"subject", "object"} {
			if !ids[l.Properties[p][0]] {
				t.Errorf("link %s: %s %q is not an entity of the stream", l.ID, p, l.Properties[p][0])
			}
		}
		if len(l.Properties["summary"]) != 1 || l.Properties["summary"][0] == "" {
			t.Errorf("link %s has no summary sentence", l.ID)
		}
	}
}

func TestJSONLRecords(t *testing.T) {
	var b bytes.Buffer
	snap := fixture(t)
	if err := JSONL(&b, snap); err != nil {
		t.Fatal(err)
	}
	kinds := map[string]int{}
	for _, line := range strings.Split(strings.TrimSpace(b.String()), "\n") {
		var r struct{ Kind string }
		if err := json.Unmarshal([]byte(line), &r); err != nil {
			t.Fatal(err)
		}
		kinds[r.Kind]++
	}
	var rels, stmts int
	for _, f := range snap.Facts {
		rels += len(f.Sources)
	}
	for _, s := range snap.Statements {
		stmts += len(s.Sources)
	}
	if kinds["entity"] != len(snap.Entities) || kinds["relation"] != rels || kinds["statement"] != stmts {
		t.Errorf("kinds = %v; want %d entities, %d relations, %d statements", kinds, len(snap.Entities), rels, stmts)
	}
}

// TestNetworkXReads loads GraphML, GEXF and node-link JSON with every
// networkx on the machine (python3 on PATH and Debian's /usr/bin/python3,
// often 3.x and 2.8), node-link with the library's defaults, whose edge key
// changed from "links" to "edges" in 3.6; it checks the counts and that
// every edge says who says so.
func TestNetworkXReads(t *testing.T) {
	pythons := pythonsWith(t, "python3-networkx", "networkx")
	snap := fixture(t)
	dir := t.TempDir()
	for name, f := range map[string]func(*bytes.Buffer) error{
		"g.graphml": func(b *bytes.Buffer) error { return GraphML(b, snap) },
		"g.gexf":    func(b *bytes.Buffer) error { return GEXF(b, snap) },
		"g.json":    func(b *bytes.Buffer) error { return NodeLink(b, snap) },
	} {
		var b bytes.Buffer
		if err := f(&b); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, name), b.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	wn, we := wantCounts(snap)
	counts := strconv.Itoa(wn) + " " + strconv.Itoa(we) + "\n"
	for _, py := range pythons {
		t.Run(py, func(t *testing.T) {
			out := runPython(t, py, "nxcheck.py", dir)
			lines := strings.SplitN(string(out), "\n", 2)
			t.Logf("networkx %s", lines[0])
			want := counts + counts + counts
			if strings.HasPrefix(lines[0], "2.") {
				want = counts + "gexf 1.3 unsupported\n" + counts
			}
			if len(lines) < 2 || lines[1] != want {
				t.Errorf("networkx %s counts (graphml, gexf, nodelink):\n%s\nwant %d nodes %d edges each", lines[0], out, wn, we)
			}
		})
	}
}

// validFTMID is what FtM accepts as an entity id.
var validFTMID = regexp.MustCompile(`^[a-zA-Z0-9]([a-zA-Z0-9.-]*[a-zA-Z0-9])?$`)

// TestFTMIDsStayApart: ids that read alike must not become one FtM entity.
func TestFTMIDsStayApart(t *testing.T) {
	iris := []string{
		"ent/vladimir-putin", "doc/x y", "doc/x-y", "doc/x/y", "doc/x%20y", "doc/X-Y",
		"doc/politics/001", "doc/politics-001", "doc/日本", "doc/中国", "ent/-x", "ent/x",
	}
	seen := map[string]string{}
	for _, iri := range iris {
		id := ftmID(iri)
		if !validFTMID.MatchString(id) {
			t.Errorf("ftmID(%q) = %q, not a valid FtM id", iri, id)
		}
		if other, ok := seen[id]; ok {
			t.Errorf("ftmID(%q) = ftmID(%q) = %q", iri, other, id)
		}
		seen[id] = iri
	}
	if got := ftmID("ent/vladimir-putin"); got != "ent-vladimir-putin" {
		t.Errorf("ftmID(ent/vladimir-putin) = %q, want it readable", got)
	}
}

// TestStatementsCSV: statements.csv has one row per statement and source,
// with speaker and about named, and pandas reads it with the same shape.
func TestStatementsCSV(t *testing.T) {
	snap := fixture(t)
	var b bytes.Buffer
	if err := Statements(&b, snap); err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(bytes.NewReader(b.Bytes())).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if strings.Join(rows[0], ",") != strings.Join(StatementColumns(), ",") {
		t.Fatalf("header %v", rows[0])
	}
	col := map[string]int{}
	for i, c := range rows[0] {
		col[c] = i
	}
	want := 0
	for _, st := range snap.Statements {
		want += len(st.Sources)
	}
	if len(rows)-1 != want {
		t.Errorf("%d rows, want %d (one per statement source)", len(rows)-1, want)
	}
	found := false
	for _, r := range rows[1:] {
		if r[col["speaker_id"]] == "ent/pete-hegseth" && r[col["cue"]] == "told" {
			found = true
			if r[col["speaker"]] != "Pete Hegseth" || r[col["speaker_type"]] != "PERSON" ||
				!strings.Contains(r[col["about"]], "Ukraine") || r[col["document"]] == "" || r[col["text"]] == "" {
				t.Errorf("Hegseth's statement: %v", r)
			}
		}
		if r[col["speaker_id"]] == "ent/unknown" && r[col["speaker_type"]] != TypeUnknown {
			t.Errorf("unknown speaker typed %s", r[col["speaker_type"]])
		}
	}
	if !found {
		t.Error("no row for Hegseth's 'told' statement")
	}
	pythons := pythonsWith(t, "python3-pandas", "pandas")
	p := writeTemp(t, "statements.csv", b.Bytes())
	for _, py := range pythons {
		out := runPython(t, py, "pdcheck.py", p)
		if got := strings.TrimSpace(string(out)); got != fmt.Sprintf("%d %d", want, len(StatementColumns())) {
			t.Errorf("%s: pandas reads shape %s, want %d %d", py, got, want, len(StatementColumns()))
		}
	}
}

// TestUnknownSpeakerIsNoPerson: the store keeps the speaker of unattributed
// quotes as an entity "unknown", typed like a person; the exports do not
// count it as one.
func TestUnknownSpeakerIsNoPerson(t *testing.T) {
	snap := fixture(t)
	snap.Entities = append(snap.Entities, graph.Entity{ID: "unknown", Name: "unknown", Type: "PERSON", Mentions: 0})
	nodes, _ := countCSV(t, snap)
	for _, r := range nodes {
		if r[0] == "ent/unknown" && (r[2] != TypeUnknown || r[1] != unknownSpeakerName) {
			t.Errorf("unknown speaker row %v, want type %s", r, TypeUnknown)
		}
	}
	var b bytes.Buffer
	if err := FTM(&b, snap); err != nil {
		t.Fatal(err)
	}
	for _, line := range strings.Split(strings.TrimSpace(b.String()), "\n") {
		if strings.Contains(line, `"ent-unknown"`) && strings.Contains(line, `"Person"`) {
			t.Errorf("ftm: unknown speaker is a Person: %s", line)
		}
	}
}
