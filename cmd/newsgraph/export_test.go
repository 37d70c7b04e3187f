package main

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"image/png"
	"newsgraph/extract/record"
	"newsgraph/graph"
	"newsgraph/graph/graphtest"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// exportTestStore builds a bolt store from the graph package's hand-made
// documents (a relation reported twice, a negation, an unattributed quote).
func exportTestStore(t *testing.T) (string, *graph.Snapshot) {
	t.Helper()
	ctx := context.Background()
	db := filepath.Join(t.TempDir(), "export.db")
	s, err := graph.Open(ctx, graph.Config{Address: db})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if _, err := s.LoadBatch(ctx, []*record.Result{graphtest.DocA(), graphtest.DocB(), graphtest.DocC()}); err != nil {
		t.Fatal(err)
	}
	snap, err := s.Snapshot(ctx)
	if err != nil {
		t.Fatal(err)
	}
	return db, snap
}

// snapshotCounts is what the tabular exports must hold, from the read
// model's definition: entities, statements and any id an edge uses; one edge
// per subject–predicate–object and way of saying it (negated or not, modality,
// attributed to whom), and per statement one
// "said" edge plus one "about" edge per entity.
func snapshotCounts(snap *graph.Snapshot) (nodes, edges int) {
	ids := map[string]bool{}
	for _, e := range snap.Entities {
		ids[e.ID] = true
	}
	rel := map[string]bool{}
	for _, f := range snap.Facts {
		ids[f.Subject], ids[f.Object] = true, true
		for _, s := range f.Sources {
			rel[fmt.Sprint(f.Subject, "\x00", f.Predicate, "\x00", f.Object, "\x00", s.Negated,
				"\x00", s.Modality, "\x00", s.AttributedTo)] = true
		}
	}
	edges = len(rel)
	for _, st := range snap.Statements {
		ids[st.Speaker] = true
		about := map[string]bool{}
		for _, a := range st.About {
			about[a], ids[a] = true, true
		}
		edges += 1 + len(about)
	}
	return len(ids) + len(snap.Statements), edges
}

func TestExportFormats(t *testing.T) {
	db, snap := exportTestStore(t)
	dir := t.TempDir()
	wantNodes, wantEdges := snapshotCounts(snap)
	for _, tc := range []struct {
		format string
		extra  []string
		check  func(t *testing.T, data []byte)
	}{
		{"svg", []string{"--view", "both", "--top", "0"}, func(t *testing.T, data []byte) {
			if err := xml.Unmarshal(data, new(struct{})); err != nil {
				t.Errorf("svg is not XML: %v", err)
			}
			for _, name := range []string{"Vladimir Putin", "Donald Trump", "Pete Hegseth"} {
				if !bytes.Contains(data, []byte(name)) {
					t.Errorf("svg lacks %s", name)
				}
			}
		}},
		{"png", []string{"--view", "statements", "--focus", "hegseth"}, func(t *testing.T, data []byte) {
			img, err := png.Decode(bytes.NewReader(data))
			if err != nil || img.Bounds().Dx() < 100 {
				t.Errorf("png: %v", err)
			}
		}},
		{"dot", []string{"--view", "relations", "--top", "2"}, func(t *testing.T, data []byte) {
			if !bytes.HasPrefix(data, []byte("digraph")) || !bytes.Contains(data, []byte(`"ent/vladimir-putin" -> "ent/donald-trump"`)) {
				t.Errorf("dot:\n%s", data)
			}
		}},
		{"nquads", nil, func(t *testing.T, data []byte) {
			if !bytes.Contains(data, []byte("<urn:newsgraph:ent/vladimir-putin> <urn:newsgraph:rel/invite> <urn:newsgraph:ent/donald-trump> <urn:newsgraph:src/a/0> .")) {
				t.Errorf("nquads lack the labelled invite quad")
			}
		}},
		{"jsonld", nil, func(t *testing.T, data []byte) {
			var v map[string]any
			if err := json.Unmarshal(data, &v); err != nil || v["@context"] == nil {
				t.Errorf("jsonld: %v", err)
			}
		}},
		{"graphml", nil, func(t *testing.T, data []byte) {
			if n := bytes.Count(data, []byte("<node ")); n != wantNodes {
				t.Errorf("graphml: %d nodes, want %d", n, wantNodes)
			}
			if n := bytes.Count(data, []byte("<edge ")); n != wantEdges {
				t.Errorf("graphml: %d edges, want %d", n, wantEdges)
			}
		}},
		{"gexf", nil, func(t *testing.T, data []byte) {
			if !bytes.Contains(data, []byte(`version="1.3"`)) {
				t.Error("not gexf 1.3")
			}
		}},
		{"nodelink", nil, func(t *testing.T, data []byte) {
			var v struct{ Nodes, Links []any }
			if err := json.Unmarshal(data, &v); err != nil || len(v.Nodes) != wantNodes || len(v.Links) != wantEdges {
				t.Errorf("nodelink: %v, %d nodes %d links; want %d %d", err, len(v.Nodes), len(v.Links), wantNodes, wantEdges)
			}
		}},
		{"ftm", nil, func(t *testing.T, data []byte) {
			if !bytes.Contains(data, []byte(`"schema":"Person"`)) || !bytes.Contains(data, []byte(`"schema":"UnknownLink"`)) {
				t.Errorf("ftm:\n%s", data)
			}
		}},
		{"jsonl", nil, func(t *testing.T, data []byte) {
			for i, line := range strings.Split(strings.TrimSpace(string(data)), "\n") {
				var r struct{ Kind string }
				if err := json.Unmarshal([]byte(line), &r); err != nil || r.Kind == "" {
					t.Errorf("jsonl line %d: %v %q", i+1, err, line)
				}
			}
		}},
	} {
		t.Run(tc.format, func(t *testing.T) {
			out := filepath.Join(dir, "out."+tc.format)
			args := append([]string{"export", "--db", db, "--format", tc.format, "-o", out}, tc.extra...)
			code, _, errs := runCmd(t, args...)
			if code != 0 {
				t.Fatalf("exit %d: %s", code, errs)
			}
			data, err := os.ReadFile(out)
			if err != nil || len(data) == 0 {
				t.Fatalf("output %s: %v (%d bytes)", out, err, len(data))
			}
			tc.check(t, data)
		})
	}
}

func TestExportStdoutAndErrors(t *testing.T) {
	db, _ := exportTestStore(t)
	code, out, errs := runCmd(t, "export", "--db", db, "--format", "nquads", "--raw")
	if code != 0 || !strings.Contains(out, "<ent/vladimir-putin> <rel/invite> <ent/donald-trump> <src/a/0> .") {
		t.Errorf("nquads to stdout: exit %d, %s", code, errs)
	}
	for _, tc := range []struct {
		args []string
		code int
		msg  string
	}{
		{[]string{"--format", "csv"}, 2, "-o DIR"},
		{[]string{"--format", "xlsx"}, 2, "unknown format"},
		{[]string{"--format", "pdf"}, 1, "convert"},
		{[]string{"--format", "svg", "--view", "people"}, 2, "unknown view"},
		{[]string{"--format", "graphml", "--focus", "Putin"}, 2, "applies to maps"},
		{[]string{"--format", "svg", "--focus", "Pesko"}, 1, "Dmitry Peskov"},
		{[]string{"--format", "svg", "--depth", "0"}, 2, "--depth"},
	} {
		code, _, errs := runCmd(t, append([]string{"export", "--db", db}, tc.args...)...)
		if code != tc.code || !strings.Contains(errs, tc.msg) {
			t.Errorf("%v: exit %d (want %d), stderr %q (want %q)", tc.args, code, tc.code, errs, tc.msg)
		}
	}
	missing := filepath.Join(t.TempDir(), "nope.db")
	if code, _, errs := runCmd(t, "export", "--db", missing); code != 1 || !strings.Contains(errs, "no store") {
		t.Errorf("missing store: exit %d, %s", code, errs)
	}
	if _, err := os.Stat(missing); err == nil {
		t.Error("export created a store for a mistyped --db")
	}
	if code, _, errs := runCmd(t, "export", "--help"); code != 0 || !strings.Contains(errs, "--focus") {
		t.Errorf("--help: exit %d, %s", code, errs)
	}
}

// notebookPythons returns the python3 interpreters that can import
// networkx: python3 on PATH and Debian's /usr/bin/python3, which often carry
// different networkx versions (3.x and 2.8); the notebook must run on both.
func notebookPythons(t *testing.T) []string {
	t.Helper()
	var out []string
	seen := map[string]bool{}
	for _, name := range []string{"python3", "/usr/bin/python3"} {
		p, err := exec.LookPath(name)
		if err != nil {
			continue
		}
		v, err := exec.Command(p, "-c", "import sys, networkx; print(sys.prefix, networkx.__version__)").Output()
		if err != nil || seen[string(v)] {
			continue
		}
		seen[string(v)] = true
		out = append(out, p)
	}
	if len(out) == 0 {
		t.Skip("no python3 with networkx (apt-get install python3-networkx python3-pandas)")
	}
	return out
}

// notebookRun runs examples/notebook.py with every notebook python on a
// csv folder and a GraphML file and returns its "counts" line (the same
// from each, or the test fails) and the names of its most connected list.
func notebookRun(t *testing.T, csvDir, graphml string) (counts string, top []string) {
	t.Helper()
	for i, py := range notebookPythons(t) {
		out, err := exec.Command(py, "../../examples/notebook.py", csvDir, graphml).CombinedOutput()
		if err != nil {
			t.Fatalf("%s notebook.py: %v\n%s", py, err, out)
		}
		line := regexp.MustCompile(`counts csv=\d+,\d+ graphml=\d+,\d+`).Find(out)
		if line == nil {
			t.Fatalf("%s: no counts line:\n%s", py, out)
		}
		var names []string
		section := strings.SplitN(string(out), "most connected entities", 2)
		if len(section) != 2 {
			t.Fatalf("%s: no most connected entities:\n%s", py, out)
		}
		for _, l := range strings.Split(section[1], "\n")[2:] {
			if strings.TrimSpace(l) == "" {
				break
			}
			names = append(names, strings.TrimSpace(string([]rune(l)[:30])))
		}
		if i == 0 {
			counts, top = string(line), names
		} else if string(line) != counts || strings.Join(names, "|") != strings.Join(top, "|") {
			t.Errorf("%s gives %s %q; the first python gave %s %q", py, line, names, counts, top)
		}
	}
	return counts, top
}

// queryTopNames returns the names "query top -n n" lists.
func queryTopNames(t *testing.T, db string, n int) []string {
	t.Helper()
	code, out, errs := runCmd(t, "query", "--db", db, "top", "-n", fmt.Sprint(n), "--json")
	if code != 0 {
		t.Fatalf("query top: %s", errs)
	}
	var ranked []struct{ Name string }
	if err := json.Unmarshal([]byte(out), &ranked); err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, r := range ranked {
		// As the notebook prints them: the first 30 characters.
		name := []rune(r.Name)
		names = append(names, strings.TrimSpace(string(name[:min(len(name), 30)])))
	}
	return names
}

func TestNotebookExample(t *testing.T) {
	db, snap := exportTestStore(t)
	dir := t.TempDir()
	gml := filepath.Join(dir, "g.graphml")
	for _, args := range [][]string{{"--format", "csv", "-o", dir}, {"--format", "graphml", "-o", gml}} {
		if code, _, errs := runCmd(t, append([]string{"export", "--db", db}, args...)...); code != 0 {
			t.Fatalf("%v: %s", args, errs)
		}
	}
	got, top := notebookRun(t, dir, gml)
	n, e := snapshotCounts(snap)
	if want := fmt.Sprintf("counts csv=%d,%d graphml=%d,%d", n, e, n, e); got != want {
		t.Errorf("notebook.py: %s, want %s", got, want)
	}
	if want := queryTopNames(t, db, len(top)); strings.Join(top, "|") != strings.Join(want, "|") {
		t.Errorf("notebook.py ranks %q, query top %q: one definition of most connected", top, want)
	}
}

// TestExportCorpus is issue 5's acceptance on the reference corpus: build,
// draw the map and Hegseth's statements, and check networkx reads the
// GraphML with the CSV's row counts.
func TestExportCorpus(t *testing.T) {
	files := corpusFiles(t)
	if testing.Short() {
		t.Skip("extracts the whole corpus")
	}
	dir := t.TempDir()
	db := filepath.Join(dir, "e.db")
	if code, _, errs := runCmd(t, append([]string{"build", "--db", db}, files...)...); code != 0 {
		t.Fatalf("build: %s", errs)
	}
	svg := filepath.Join(dir, "map.svg")
	csvDir := filepath.Join(dir, "csv")
	gml := filepath.Join(dir, "g.graphml")
	for _, args := range [][]string{
		{"--format", "svg", "-o", svg},
		{"--format", "png", "--view", "statements", "--focus", "Hegseth", "-o", filepath.Join(dir, "hegseth.png")},
		{"--format", "csv", "-o", csvDir},
		{"--format", "graphml", "-o", gml},
	} {
		if code, _, errs := runCmd(t, append([]string{"export", "--db", db}, args...)...); code != 0 {
			t.Fatalf("%v: %s", args, errs)
		}
	}
	data, err := os.ReadFile(svg)
	if err != nil {
		t.Fatal(err)
	}
	if err := xml.Unmarshal(data, new(struct{})); err != nil {
		t.Errorf("map.svg is not XML: %v", err)
	}
	for _, name := range []string{"Trump", "Putin", "Zelensky", "Hegseth", "Peskov"} {
		if !bytes.Contains(data, []byte(name)) {
			t.Errorf("map.svg does not name %s", name)
		}
	}
	rows := func(name string) int {
		f, err := os.Open(filepath.Join(csvDir, name))
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		recs, err := csv.NewReader(f).ReadAll()
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		return len(recs) - 1
	}
	checkRDFLib(t, db, dir)
	n, e := rows("nodes.csv"), rows("edges.csv")
	got, top := notebookRun(t, csvDir, gml)
	if want := fmt.Sprintf("counts csv=%d,%d graphml=%d,%d", n, e, n, e); got != want {
		t.Errorf("notebook.py: %s, want %s", got, want)
	}
	if want := queryTopNames(t, db, len(top)); strings.Join(top, "|") != strings.Join(want, "|") {
		t.Errorf("notebook.py ranks %q, query top %q: one definition of most connected", top, want)
	}
}

// checkRDFLib exports the store as N-Quads and JSON-LD and has rdflib read
// both (export/testdata/rdfcheck.py): no relative IRI, no unreadable
// literal, every quad there. Skips when no python3 has rdflib.
func checkRDFLib(t *testing.T, db, dir string) {
	t.Helper()
	var py string
	for _, name := range []string{"python3", "/usr/bin/python3"} {
		if p, err := exec.LookPath(name); err == nil && exec.Command(p, "-c", "import rdflib").Run() == nil {
			py = p
			break
		}
	}
	if py == "" {
		t.Log("no python3 with rdflib (apt-get install python3-rdflib): RDF not parsed")
		return
	}
	nq, ld := filepath.Join(dir, "g.nq"), filepath.Join(dir, "g.jsonld")
	for _, out := range []string{nq, ld} {
		if code, _, errs := runCmd(t, "export", "--db", db, "-o", out); code != 0 {
			t.Fatalf("export %s: %s", out, errs)
		}
	}
	out, err := exec.Command(py, "../../export/testdata/rdfcheck.py", nq, ld).Output()
	if err != nil {
		t.Fatalf("rdfcheck.py: %v", err)
	}
	type report struct {
		Quads      int      `json:"quads"`
		NBadIRIs   int      `json:"n_bad_iris"`
		BadIRIs    []string `json:"bad_iris"`
		Unreadable []string `json:"unreadable"`
	}
	var parsed struct {
		NQuads report `json:"nquads"`
		JSONLD report `json:"jsonld"`
	}
	if err := json.Unmarshal(out, &parsed); err != nil {
		t.Fatalf("rdfcheck.py: %v\n%s", err, out)
	}
	res := map[string]report{"nquads": parsed.NQuads, "jsonld": parsed.JSONLD}
	lines, err := os.ReadFile(nq)
	if err != nil {
		t.Fatal(err)
	}
	if want := bytes.Count(lines, []byte("\n")); res["nquads"].Quads != want {
		t.Errorf("rdflib read %d quads of %d", res["nquads"].Quads, want)
	}
	for _, f := range []string{"nquads", "jsonld"} {
		if r := res[f]; r.NBadIRIs > 0 || len(r.Unreadable) > 0 {
			t.Errorf("%s: %d IRIs not absolute %q, unreadable literals %q", f, r.NBadIRIs, r.BadIRIs, r.Unreadable)
		}
	}
	t.Logf("rdflib read %d quads from N-Quads and %d from JSON-LD", res["nquads"].Quads, res["jsonld"].Quads)
}
