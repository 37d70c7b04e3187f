package main

import (
	"bytes"
	"fmt"
	"image/png"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// TestUsageMistakes: a mistake on the command line gets one message naming
// what is allowed (and the likely intended word), exit status 2, and no
// silent fallback to a default.
func TestUsageMistakes(t *testing.T) {
	db := queryTestStore(t)
	for _, tc := range []struct {
		name string
		args []string
		want []string // substrings of stderr
	}{
		{"command typo", []string{"exprot"}, []string{`unknown command "exprot"; did you mean "export"?`}},
		{"command prefix", []string{"stat"}, []string{`did you mean "stats"?`}},
		{"flag typo", []string{"export", "--db", db, "--fromat", "svg"}, []string{"-fromat", "did you mean --format?"}},
		{"query typo", []string{"query", "--db", db, "betwen", "a", "b"}, []string{`did you mean "between"?`}},
		{"query flag typo", []string{"query", "--db", db, "top", "--tpye", "PERSON"}, []string{"did you mean --type?"}},
		{"format typo", []string{"export", "--db", db, "--format", "graphlm"}, []string{"did you mean graphml?", "nodelink"}},
		{"type typo", []string{"query", "--db", db, "top", "--type", "PERSN"}, []string{"did you mean PERSON?", "CONCEPT"}},
		{"type unknown", []string{"query", "--db", db, "top", "--type", "PLANET"}, []string{`unknown type "PLANET"`, "PERSON, ORG, GPE, LOC, CONCEPT"}},
		{"top -n 0", []string{"query", "--db", db, "top", "-n", "0"}, []string{"-n 0", "at least 1", "'newsgraph query top --help'"}},
		{"neighbors depth 0", []string{"query", "--db", db, "neighbors", "Putin", "--depth", "0"}, []string{"--depth 0", "at least 1"}},
		{"path max-depth 0", []string{"query", "--db", db, "path", "Putin", "Trump", "--max-depth", "0"}, []string{"--max-depth 0"}},
		{"min-sources 0", []string{"query", "--db", db, "corroborated", "--min-sources", "0"}, []string{"--min-sources 0", "1 or more"}},
		{"gizmo limit 0", []string{"query", "--db", db, "gizmo", "g.V().All()", "--limit", "0"}, []string{"--limit 0"}},
		{"export depth 0", []string{"export", "--db", db, "--depth", "0"}, []string{"--depth 0"}},
		{"export top -1", []string{"export", "--db", db, "--top", "-1"}, []string{"--top -1"}},
		{"export layout", []string{"export", "--db", db, "--layout", "spring"}, []string{`unknown --layout "spring"`, "sfdp"}},
		{"format contradicts extension", []string{"export", "--db", db, "--format", "svg", "-o", filepath.Join(t.TempDir(), "map.png")},
			[]string{"--format svg contradicts", "map.png", "png"}},
		{"extension unknown", []string{"export", "--db", db, "-o", filepath.Join(t.TempDir(), "map.txt")}, []string{`".txt"`, "--format"}},
		{"extension ambiguous", []string{"export", "--db", db, "-o", filepath.Join(t.TempDir(), "g.json")}, []string{"nodelink, jsonld, ftm"}},
		{"csv file", []string{"export", "--db", db, "-o", filepath.Join(t.TempDir(), "g.csv")}, []string{"give a directory"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			code, stdout, stderr := runCmd(t, tc.args...)
			if code != 2 {
				t.Errorf("exit %d, want 2\nstdout: %s\nstderr: %s", code, stdout, stderr)
			}
			for _, w := range tc.want {
				if !strings.Contains(stderr, w) {
					t.Errorf("stderr lacks %q:\n%s", w, stderr)
				}
			}
		})
	}
}

// TestUsageErrorPrintedOnce: an export mistake is said once, not twice.
func TestUsageErrorPrintedOnce(t *testing.T) {
	db := queryTestStore(t)
	for _, args := range [][]string{
		{"export", "--db", db, "--format", "xlsx"},
		{"export", "--db", db, "--format", "csv"},
		{"export", "--db", db, "--view", "people"},
		{"export", "--db", db, "--format", "graphml", "--focus", "Putin"},
	} {
		_, _, stderr := runCmd(t, args...)
		lines := strings.Split(strings.TrimSpace(stderr), "\n")
		if len(lines) != 2 || !strings.HasPrefix(lines[0], "newsgraph export: ") || !strings.Contains(lines[1], "--help") {
			t.Errorf("%v: stderr\n%s\nwant one message and the --help hint", args[3:], stderr)
		}
	}
}

// TestExportFormatFromExtension: -o map.png without --format is a PNG.
func TestExportFormatFromExtension(t *testing.T) {
	db := queryTestStore(t)
	dir := t.TempDir()
	for _, tc := range []struct {
		file  string
		check func([]byte) bool
	}{
		{"map.png", func(b []byte) bool { _, err := png.Decode(bytes.NewReader(b)); return err == nil }},
		{"map.SVG", func(b []byte) bool { return bytes.Contains(b, []byte("<svg")) }},
		{"map.gv", func(b []byte) bool { return bytes.HasPrefix(b, []byte("digraph")) }},
		{"g.graphml", func(b []byte) bool { return bytes.Contains(b, []byte("<graphml")) }},
		{"g.nq", func(b []byte) bool { return bytes.Contains(b, []byte("<urn:newsgraph:ent/")) }},
		{"map", func(b []byte) bool { return bytes.Contains(b, []byte("<svg")) }}, // no extension: the default, svg
	} {
		out := filepath.Join(dir, tc.file)
		if code, _, stderr := runCmd(t, "export", "--db", db, "-o", out); code != 0 {
			t.Errorf("%s: exit %d: %s", tc.file, code, stderr)
			continue
		}
		data, err := os.ReadFile(out)
		if err != nil || !tc.check(data) {
			t.Errorf("%s: wrong content (%v): %.60q", tc.file, err, data)
		}
	}
	// --format agreeing with a shared extension is fine.
	out := filepath.Join(dir, "g.json")
	if code, _, stderr := runCmd(t, "export", "--db", db, "--format", "jsonld", "-o", out); code != 0 {
		t.Errorf("--format jsonld -o g.json: exit %d: %s", code, stderr)
	}
	// A new folder named with a trailing slash is a csv export too.
	newDir := filepath.Join(t.TempDir(), "out") + "/"
	if code, _, stderr := runCmd(t, "export", "--db", db, "-o", newDir); code != 0 {
		t.Errorf("-o out/: exit %d: %s", code, stderr)
	} else if _, err := os.Stat(filepath.Join(newDir, "nodes.csv")); err != nil {
		t.Errorf("-o out/: %v", err)
	}
	// An existing directory without --format is a csv export.
	csvDir := t.TempDir()
	if code, _, stderr := runCmd(t, "export", "--db", db, "-o", csvDir); code != 0 {
		t.Errorf("-o DIR: exit %d: %s", code, stderr)
	} else if _, err := os.Stat(filepath.Join(csvDir, "statements.csv")); err != nil {
		t.Errorf("-o DIR: %v", err)
	}
}

func TestVersion(t *testing.T) {
	for _, args := range [][]string{{"version"}, {"--version"}} {
		code, stdout, stderr := runCmd(t, args...)
		if code != 0 || !regexp.MustCompile(`^newsgraph \S+.* go1\.\d+`).MatchString(stdout) {
			t.Errorf("%v: exit %d, stdout %q, stderr %q", args, code, stdout, stderr)
		}
	}
	if _, _, stderr := runCmd(t, "help"); !strings.Contains(stderr, "version") {
		t.Error("help does not list version")
	}
}

func TestClosest(t *testing.T) {
	cands := []string{"export", "extract", "stats", "query", "version"}
	for typed, want := range map[string]string{
		"exprot": "export", "extrcat": "extract", "stat": "stats", "qurey": "query", "ver": "version",
		"zzz": "", "e": "", "ex": "",
	} {
		if got := closest(typed, cands); got != want {
			t.Errorf("closest(%q) = %q, want %q", typed, got, want)
		}
	}
}

// TestDefaultMap: without flags the map is the overview (relations of the
// most connected named entities) and stderr says what it drew and how to
// get more; with --focus the neighbourhood is drawn whole.
func TestDefaultMap(t *testing.T) {
	db := filterTestStore(t)
	out := filepath.Join(t.TempDir(), "m.dot")
	code, _, stderr := runCmd(t, "export", "--db", db, "-o", out)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	data, _ := os.ReadFile(out)
	src := string(data)
	// 5 named entities fit the default 25; "negotiations" links Hegseth and
	// Putin and is drawn; "$65 billion" touches Putin only and is not.
	for _, want := range []string{`"ent/pete-hegseth"`, `"ent/negotiations"`, "concepts linking them"} {
		if !strings.Contains(src, want) {
			t.Errorf("default map lacks %s", want)
		}
	}
	if strings.Contains(src, `"ent/65-billion"`) {
		t.Error("default map draws a concept that links nothing drawn")
	}
	for _, want := range []string{"map: 5 of 6 entities", "relations", "more:", "--view both", "--focus"} {
		if !strings.Contains(stderr, want) {
			t.Errorf("stderr lacks %q:\n%s", want, stderr)
		}
	}
	code, _, stderr = runCmd(t, "export", "--db", db, "-o", out, "--focus", "Putin")
	data, _ = os.ReadFile(out)
	if code != 0 || !strings.Contains(string(data), `"ent/65-billion"`) {
		t.Errorf("--focus Putin: exit %d, the neighbourhood lacks $65 billion: %s", code, stderr)
	}
}

// TestOneCountPerThing: build, stats and demo print the same entity,
// relation and statement counts for the same store, and demo's map line
// matches the map's own heading.
func TestOneCountPerThing(t *testing.T) {
	db := filepath.Join(t.TempDir(), "c.db")
	dir := t.TempDir()
	for i, text := range []string{
		"Putin invited Trump to Moscow. Zelensky said the talks were useless.",
		"Trump met Putin in Riyadh. Putin invited Trump to Moscow.",
	} {
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("a%d.txt", i)), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	code, build, stderr := runCmd(t, "build", "--db", db, dir)
	if code != 0 {
		t.Fatalf("build: %s", stderr)
	}
	code, stats, stderr := runCmd(t, "stats", "--db", db)
	if code != 0 {
		t.Fatalf("stats: %s", stderr)
	}
	lines := regexp.MustCompile(`(?m)^(documents|entities|relations|statements) .*$`)
	b, s := lines.FindAllString(build, -1), lines.FindAllString(stats, -1)
	if len(s) != 4 || strings.Join(b, "\n") != strings.Join(s, "\n") {
		t.Errorf("build says\n%s\nstats says\n%s", strings.Join(b, "\n"), strings.Join(s, "\n"))
	}
	if !strings.Contains(build, "(summed over articles)") {
		t.Errorf("build does not say its extraction counts are per article:\n%s", build)
	}

	svg := filepath.Join(t.TempDir(), "demo.svg")
	code, demo, stderr := runCmd(t, "demo", "-o", svg)
	if code != 0 {
		t.Fatalf("demo: %s", stderr)
	}
	m := regexp.MustCompile(`map +\S+: (\d+) of the (\d+) entities, (\d+) relations, (\d+) statements`).FindStringSubmatch(demo)
	e := regexp.MustCompile(`(?m)^entities +(\d+)`).FindStringSubmatch(demo)
	if m == nil || e == nil || m[2] != e[1] {
		t.Fatalf("demo's map line and entities line disagree:\n%s", demo)
	}
	data, err := os.ReadFile(svg)
	if err != nil {
		t.Fatal(err)
	}
	heading := fmt.Sprintf("%s entities · %s relations · %s statements", m[1], m[3], m[4])
	if !strings.Contains(string(data), heading) {
		t.Errorf("demo.svg's heading does not say %q", heading)
	}
}

// TestMostConnectedIsDefinedInHelp: query top and export say what "most
// connected" means, in the same words as FORMATS.md.
func TestMostConnectedIsDefinedInHelp(t *testing.T) {
	formats, err := os.ReadFile("../../export/FORMATS.md")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(formats), "**Most connected** means one thing everywhere") {
		t.Error("FORMATS.md does not define most connected")
	}
	for _, args := range [][]string{{"query", "top", "--help"}, {"export", "--help"}} {
		_, _, stderr := runCmd(t, args...)
		if !strings.Contains(stderr, "distinct") || !strings.Contains(stderr, "relations or statements") && !strings.Contains(stderr, "by a relation") {
			t.Errorf("%v does not say what most connected means:\n%s", args, stderr)
		}
	}
}

// TestDemoFormatFromExtension: demo's -o follows export's rule — the
// extension decides, so demo.png is a PNG — and a name that is no map is a
// usage error with nothing written.
func TestDemoFormatFromExtension(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "demo.png")
	if code, _, stderr := runCmd(t, "demo", "-o", out); code != 0 {
		t.Fatalf("demo -o demo.png: exit %d\n%s", code, stderr)
	}
	f, err := os.Open(out)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if _, err := png.Decode(f); err != nil {
		t.Errorf("demo -o demo.png wrote no PNG: %v", err)
	}
	bad := filepath.Join(dir, "demo.csv")
	code, _, stderr := runCmd(t, "demo", "-o", bad)
	if code != 2 || !strings.Contains(stderr, ".svg, .png or .dot") {
		t.Errorf("demo -o demo.csv: exit %d, stderr %q; want a usage error naming the map formats", code, stderr)
	}
	if _, err := os.Stat(bad); err == nil {
		t.Errorf("demo -o demo.csv wrote %s", bad)
	}
}
