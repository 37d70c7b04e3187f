package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"
	"newsgraph/extract/record"
	"newsgraph/graph"
	"newsgraph/graph/graphtest"
)

// runCmd runs the CLI in-process and returns its exit status and output.
func runCmd(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(context.Background(), &env{stdout: &out, stderr: &errb}, args)
	return code, out.String(), errb.String()
}

var quadsLine = regexp.MustCompile(`quads\s+(\d+) before, (\d+) after \(\+(\d+) added, -(\d+) removed\)`)

// buildQuads parses the quad counts of build's summary.
func buildQuads(t *testing.T, out string) (before, after, added int) {
	t.Helper()
	m := quadsLine.FindStringSubmatch(out)
	if m == nil {
		t.Fatalf("no quads line in build output:\n%s", out)
	}
	n := func(s string) int { v, _ := strconv.Atoi(s); return v }
	return n(m[1]), n(m[2]), n(m[3])
}

func corpusFiles(t *testing.T) []string {
	t.Helper()
	dir := graphtest.CorpusDir()
	if dir == "" {
		t.Skip("reference corpus ../shared/corpus not found; skipping")
	}
	files, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil || len(files) == 0 {
		t.Skipf("no .txt files in %s", dir)
	}
	return files
}

func TestBuildTwiceSameQuadCount(t *testing.T) {
	files := corpusFiles(t)
	db := filepath.Join(t.TempDir(), "ng.db")
	code, out, errs := runCmd(t, append([]string{"build", "--db", db}, files...)...)
	if code != 0 {
		t.Fatalf("build: exit %d\n%s%s", code, out, errs)
	}
	before, after, added := buildQuads(t, out)
	if before != 1 || after <= before || added != after-before {
		t.Errorf("first build quads: %d before, %d after, %d added", before, after, added)
	}
	if !strings.Contains(out, "articles    "+strconv.Itoa(len(files))+" ("+strconv.Itoa(len(files))+" added") {
		t.Errorf("first build summary does not report %d added articles:\n%s", len(files), out)
	}
	// Flags after the paths work too.
	code, out2, errs := runCmd(t, append(append([]string{"build"}, files...), "--db", db, "--workers", "1")...)
	if code != 0 {
		t.Fatalf("second build: exit %d\n%s%s", code, out2, errs)
	}
	b2, a2, added2 := buildQuads(t, out2)
	if b2 != after || a2 != after || added2 != 0 {
		t.Errorf("second build quads: %d before, %d after, %d added; want %d, %d, 0", b2, a2, added2, after, after)
	}

	code, out, errs = runCmd(t, "stats", "--db", db, "--json")
	if code != 0 {
		t.Fatalf("stats: exit %d %s", code, errs)
	}
	var st graph.Stats
	if err := json.Unmarshal([]byte(out), &st); err != nil {
		t.Fatalf("stats --json: %v\n%s", err, out)
	}
	if st.Documents != len(files) || st.Quads != int64(after) || st.Entities == 0 {
		t.Errorf("stats = %+v, want %d documents and %d quads", st, len(files), after)
	}
	code, out, errs = runCmd(t, "check", "--db", db)
	if code != 0 || !strings.HasPrefix(out, "ok: ") {
		t.Errorf("check: exit %d\n%s%s", code, out, errs)
	}
}

// writeArticles writes small articles into dir and returns their paths.
func writeArticles(t *testing.T, dir string, texts map[string]string) []string {
	t.Helper()
	var paths []string
	for name, text := range texts {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		paths = append(paths, p)
	}
	return paths
}

func TestBuildRevisedArticleAndRemove(t *testing.T) {
	tmp := t.TempDir()
	db := filepath.Join(tmp, "ng.db")
	writeArticles(t, tmp, map[string]string{
		"one.txt": "Vladimir Putin invited Donald Trump to Moscow on Friday, the Kremlin said.\n",
		"two.txt": "Donald Trump spoke with Vladimir Putin by phone. \"We had a good call,\" Trump said.\n",
	})
	one, two := filepath.Join(tmp, "one.txt"), filepath.Join(tmp, "two.txt")
	if code, out, errs := runCmd(t, "build", "--db", db, one, two); code != 0 {
		t.Fatalf("build: %d %s %s", code, out, errs)
	}
	_, out, _ := runCmd(t, "stats", "--db", db, "--json")
	var full graph.Stats
	json.Unmarshal([]byte(out), &full)

	// Revise one.txt: build replaces it and reports it.
	os.WriteFile(one, []byte("Emmanuel Macron met Olaf Scholz in Berlin on Monday.\n"), 0o644)
	code, out, errs := runCmd(t, "build", "--db", db, one, two)
	if code != 0 || !strings.Contains(out, "(0 added, 1 replaced, 1 unchanged)") {
		t.Fatalf("rebuild after revision: %d\n%s%s", code, out, errs)
	}
	// Removing by path and by id.
	code, out, errs = runCmd(t, "remove", "--db", db, one)
	if code != 0 || !strings.HasPrefix(out, "removed one: ") {
		t.Fatalf("remove by path: %d %q %s", code, out, errs)
	}
	code, _, errs = runCmd(t, "remove", "--db", db, "one")
	if code != 1 || !strings.Contains(errs, "not found") {
		t.Errorf("removing it again: exit %d, stderr %q; want 1 and 'not found'", code, errs)
	}
	_, out, _ = runCmd(t, "stats", "--db", db, "--json")
	var st graph.Stats
	json.Unmarshal([]byte(out), &st)
	if st.Documents != 1 || st.Quads >= full.Quads {
		t.Errorf("after remove: %+v (full store had %d quads)", st, full.Quads)
	}
	if code, out, errs := runCmd(t, "check", "--db", db); code != 0 {
		t.Errorf("check after remove: %d %s %s", code, out, errs)
	}
}

func TestBuildBadInputs(t *testing.T) {
	tmp := t.TempDir()
	good := writeArticles(t, tmp, map[string]string{"good.txt": "Pete Hegseth visited Kyiv on Tuesday.\n"})[0]
	empty := writeArticles(t, tmp, map[string]string{"empty.txt": ""})[0]
	missing := filepath.Join(tmp, "missing.txt")
	notStore := filepath.Join(tmp, "notes.txt")
	os.WriteFile(notStore, []byte("my notes"), 0o644)

	tests := []struct {
		name      string
		args      []string
		code      int
		stderrHas []string
		stdoutHas string
		untouched string // a file that must be unchanged afterwards
		dbCreated bool
	}{
		{"skips are named and exit 3", []string{"build", "--db", filepath.Join(tmp, "a.db"), good, empty, missing},
			3, []string{"empty.txt", "missing.txt"}, "articles    1 (1 added", "", true},
		{"strict makes a skip an error", []string{"build", "--strict", "--db", filepath.Join(tmp, "b.db"), missing, good},
			1, []string{"missing.txt"}, "", "", true},
		{"db is a regular file", []string{"build", "--db", notStore, good},
			1, []string{notStore, "not a newsgraph store"}, "", notStore, false},
		{"no paths", []string{"build", "--db", filepath.Join(tmp, "c.db")}, 2, []string{"usage: newsgraph build"}, "", "", false},
		{"stats of a missing store", []string{"stats", "--db", filepath.Join(tmp, "nothing.db")},
			1, []string{"no store at"}, "", "", false},
		{"remove needs a DOC", []string{"remove", "--db", filepath.Join(tmp, "a.db")}, 2, []string{"usage: newsgraph remove"}, "", "", false},
		{"unknown backend", []string{"stats", "--backend", "oracle", "--db", filepath.Join(tmp, "a.db")},
			1, []string{"unknown backend"}, "", "", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var before []byte
			if tc.untouched != "" {
				before, _ = os.ReadFile(tc.untouched)
			}
			code, out, errs := runCmd(t, tc.args...)
			if code != tc.code {
				t.Errorf("exit %d, want %d\nstdout: %s\nstderr: %s", code, tc.code, out, errs)
			}
			for _, s := range tc.stderrHas {
				if !strings.Contains(errs, s) {
					t.Errorf("stderr does not mention %q:\n%s", s, errs)
				}
			}
			if !strings.Contains(out, tc.stdoutHas) {
				t.Errorf("stdout does not contain %q:\n%s", tc.stdoutHas, out)
			}
			if tc.untouched != "" {
				if after, _ := os.ReadFile(tc.untouched); !bytes.Equal(before, after) {
					t.Errorf("%s was changed", tc.untouched)
				}
			}
		})
	}
	// Each skipped input gets exactly one line naming it.
	_, _, errs := runCmd(t, "build", "--db", filepath.Join(tmp, "d.db"), good, empty, missing)
	for _, name := range []string{"empty.txt", "missing.txt"} {
		if n := strings.Count(errs, name); n != 1 {
			t.Errorf("%s named on %d stderr lines, want 1:\n%s", name, n, errs)
		}
	}
}

func TestStoreCommandsHelp(t *testing.T) {
	for _, cmd := range []string{"build", "remove", "stats", "check"} {
		code, _, errs := runCmd(t, cmd, "--help")
		if code != 0 || !strings.Contains(errs, "usage: newsgraph "+cmd) || !strings.Contains(errs, "-db") {
			t.Errorf("%s --help: exit %d\n%s", cmd, code, errs)
		}
	}
}

func TestStatsTableAndCheckProblems(t *testing.T) {
	db := filepath.Join(t.TempDir(), "ng.db")
	ctx := context.Background()
	s, err := graph.Open(ctx, graph.Config{Address: db})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.LoadBatch(ctx, []*record.Result{graphtest.DocA(), graphtest.DocB()}); err != nil {
		t.Fatal(err)
	}
	s.Close()
	code, out, errs := runCmd(t, "stats", "--db", db)
	if code != 0 {
		t.Fatalf("stats: %d %s", code, errs)
	}
	for _, want := range []string{"documents   2 (6 source sentences)", "entities    7 (PERSON 3, GPE 2, CONCEPT 1, ORG 1)", // the unknown speaker is none
		"relations   2 facts, 3 sources", "statements  2, 3 sources"} {
		if !strings.Contains(out, want) {
			t.Errorf("stats output lacks %q:\n%s", want, out)
		}
	}

	// A fact with no source sentence, written behind the store's back.
	s, err = graph.Open(ctx, graph.Config{Address: db})
	if err != nil {
		t.Fatal(err)
	}
	bad := quad.Make(graph.EntityIRI("vladimir-putin"), graph.RelationIRI("haunt"), graph.EntityIRI("donald-trump"), graph.DocIRI("a"))
	if err := s.QuadStore().ApplyDeltas([]cgraph.Delta{{Quad: bad, Action: cgraph.Add}}, cgraph.IgnoreOpts{}); err != nil {
		t.Fatal(err)
	}
	s.Close()
	code, out, errs = runCmd(t, "check", "--db", db)
	if code != 1 || !strings.Contains(out, "fact-without-source") || !strings.Contains(errs, "problems") {
		t.Errorf("check of a broken store: exit %d\nstdout: %s\nstderr: %s", code, out, errs)
	}
}

func TestBuildReportsProgressForManyArticles(t *testing.T) {
	tmp := t.TempDir()
	var paths []string
	for i := 0; i < progressMin+5; i++ {
		p := filepath.Join(tmp, "art"+strconv.Itoa(i)+".txt")
		text := "Pete Hegseth visited Kyiv on day " + strconv.Itoa(i) + ". Volodymyr Zelensky thanked him.\n"
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		paths = append(paths, p)
	}
	code, out, errs := runCmd(t, append([]string{"build", "--db", filepath.Join(tmp, "ng.db"), "--batch", "7"}, paths...)...)
	if code != 0 {
		t.Fatalf("build: %d\n%s%s", code, out, errs)
	}
	n := strconv.Itoa(len(paths))
	// One progress line for extraction and loading together.
	if strings.Contains(errs, "extracting") || strings.Contains(errs, "loading") {
		t.Errorf("progress in two lines:\n%s", errs)
	}
	for _, want := range []string{"building " + n + "/" + n + " articles", "articles/s", "ETA"} {
		if !strings.Contains(errs, want) {
			t.Errorf("progress on stderr lacks %q:\n%s", want, errs)
		}
	}
	if !strings.Contains(out, "articles    "+n+" ("+n+" added") {
		t.Errorf("summary:\n%s", out)
	}
	// A short run stays quiet.
	_, _, errs = runCmd(t, "build", "--db", filepath.Join(tmp, "small.db"), paths[0])
	if errs != "" {
		t.Errorf("build of one article wrote to stderr: %q", errs)
	}
}

// TestBuildThenAddLinksAgainstStore: a corpus built, then one article added
// by another build, gives the graph of one build — one Zelensky, not one
// per spelling — and the summary says which stored names were relinked.
func TestBuildThenAddLinksAgainstStore(t *testing.T) {
	files := corpusFiles(t)
	dir := t.TempDir()
	one, split := filepath.Join(dir, "one.db"), filepath.Join(dir, "split.db")
	if code, out, errs := runCmd(t, append([]string{"build", "--db", one}, files...)...); code != 0 {
		t.Fatalf("build: exit %d\n%s%s", code, out, errs)
	}
	var summaries string
	for _, f := range files {
		code, out, errs := runCmd(t, "build", "--db", split, f)
		if code != 0 {
			t.Fatalf("build %s: exit %d\n%s%s", f, code, out, errs)
		}
		summaries += out
	}
	if !strings.Contains(summaries, "relinked") || !strings.Contains(summaries, "(volodymyr-zelensky)") {
		t.Errorf("no build summary says the stored Zelensky was relinked:\n%s", summaries)
	}
	statsOf := func(db string) string {
		code, out, errs := runCmd(t, "stats", "--db", db, "--json")
		if code != 0 {
			t.Fatalf("stats: exit %d\n%s%s", code, out, errs)
		}
		return out
	}
	if a, b := statsOf(one), statsOf(split); a != b {
		t.Errorf("stats of one build:\n%s\nstats of one build per article:\n%s", a, b)
	}
	code, out, errs := runCmd(t, "query", "--db", split, "about", "Zelensky")
	if code != 0 || !strings.Contains(out, "Said about Volodymyr Zelensky (PERSON)") {
		t.Errorf("query about Zelensky: exit %d\n%s%s", code, out, errs)
	}
	s, err := graph.Open(context.Background(), graph.Config{Address: split, ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	snap, err := s.Snapshot(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	var zel []string
	for _, e := range snap.Entities {
		if e.Type == record.TypePerson && strings.Contains(e.ID, "zelensk") {
			zel = append(zel, e.ID)
		}
	}
	if len(zel) != 1 {
		t.Errorf("persons named Zelensky: %q, want one", zel)
	}
}

// TestTimelineUsesArticleMetadata: title, date and outlet read from the
// pages reach the document node, `query timeline` orders by date, and
// stats' documents carry them.
func TestTimelineUsesArticleMetadata(t *testing.T) {
	dir := t.TempDir()
	page := func(date, title, body string) string {
		return `<html><head><meta property="og:title" content="` + title + `">
<meta property="og:site_name" content="BBC"><meta property="article:published_time" content="` + date + `"></head>
<body><p>` + body + `</p></body></html>`
	}
	files := map[string]string{
		// The later article comes first in the folder.
		"a.html": page("2005-03-01", "Hewitt speaks again", `Patricia Hewitt said: "The plan for Tony Blair is good."`),
		"b.html": page("2005-02-16", "Hewitt first", `Patricia Hewitt said: "Tony Blair has done well."`),
	}
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	db := filepath.Join(t.TempDir(), "ng.db")
	if code, out, errs := runCmd(t, "build", "--db", db, dir); code != 0 {
		t.Fatalf("build: exit %d\n%s%s", code, out, errs)
	}
	code, out, errs := runCmd(t, "query", "--db", db, "timeline", "Tony Blair", "--json")
	if code != 0 {
		t.Fatalf("timeline: exit %d\n%s%s", code, out, errs)
	}
	var res struct {
		Entries []struct {
			Date     string
			Document graph.Document
		}
	}
	if err := json.Unmarshal([]byte(out), &res); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	var got []string
	for _, e := range res.Entries {
		got = append(got, e.Date+" "+e.Document.Label())
	}
	want := []string{"2005-02-16 BBC · 2005-02-16 · Hewitt first", "2005-03-01 BBC · 2005-03-01 · Hewitt speaks again"}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("timeline:\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
