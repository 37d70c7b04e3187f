package main

import (
	"bytes"
	"context"
	"encoding/json"
	"newsgraph/extract/record"
	"newsgraph/graph"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"
)

// writeTree writes files (path under dir → text) and returns dir.
func writeTree(t *testing.T, dir string, files map[string]string) string {
	t.Helper()
	for name, text := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// TestBuildSameNamesKeptApart: files sharing a name in different folders, or
// a stem in one, are different documents; a second build adds nothing, and a
// revised file replaces only its own old version.
func TestBuildSameNamesKeptApart(t *testing.T) {
	tmp := t.TempDir()
	dir := writeTree(t, filepath.Join(tmp, "news"), map[string]string{
		"business/001.txt":  "Shares in Vodafone rose after Arun Sarin spoke in London.\n",
		"politics/001.txt":  "Tony Blair met Gordon Brown in London on Monday.\n",
		"a/report.txt":      "Angela Merkel visited Paris on Tuesday.\n",
		"a/report.md":       "Jacques Chirac welcomed Angela Merkel in Paris.\n",
		"site/x/index.html": "<p>Vladimir Putin spoke in Moscow.</p>",
		"site/y/index.html": "<p>George Bush spoke in Washington.</p>",
		"odd/x y.txt":       "Kofi Annan met Jack Straw in New York on Monday. He said it went well.\n",
		"odd/x%20y.txt":     "Jack Straw met Javier Solana in Brussels on Friday. He said it went well.\n",
		"odd/README":        "Silvio Berlusconi spoke in Rome.\n",
		"odd/README.txt":    "Gerhard Schroeder spoke in Berlin.\n",
	})
	db := filepath.Join(tmp, "ng.db")
	code, out, errs := runCmd(t, "build", "--db", db, dir)
	if code != 0 || !strings.Contains(out, "articles    10 (10 added, 0 replaced, 0 unchanged)") {
		t.Fatalf("build: exit %d\n%s%s", code, out, errs)
	}
	wantIDs := []string{"a/report.md", "a/report.txt", "business/001", "odd/README", "odd/README.txt",
		"odd/x y", "odd/x%20y", "politics/001", "site/x/index", "site/y/index"}
	if got := docIDs(t, db); strings.Join(got, " ") != strings.Join(wantIDs, " ") {
		t.Errorf("document ids %q, want %q", got, wantIDs)
	}

	code, out, errs = runCmd(t, "build", "--db", db, dir)
	if code != 0 || !strings.Contains(out, "(0 added, 0 replaced, 10 unchanged)") || !strings.Contains(out, "(+0 added, -0 removed)") {
		t.Fatalf("second build added something: exit %d\n%s%s", code, out, errs)
	}

	os.WriteFile(filepath.Join(dir, "politics", "001.txt"), []byte("Michael Howard attacked Tony Blair in Parliament.\n"), 0o644)
	code, out, errs = runCmd(t, "build", "--db", db, dir)
	if code != 0 || !strings.Contains(out, "(0 added, 1 replaced, 9 unchanged)") {
		t.Fatalf("build after a revision: exit %d\n%s%s", code, out, errs)
	}
	if got := docIDs(t, db); len(got) != len(wantIDs) {
		t.Errorf("after the revision: %d documents %q, want %d", len(got), got, len(wantIDs))
	}

	// Names that differ only by percent-encoding stay apart in the exports,
	// which percent-encode the space of one and the "%" of the other.
	for _, format := range []string{"nquads", "jsonld"} {
		code, out, errs = runCmd(t, "export", "--db", db, "--format", format)
		if code != 0 {
			t.Fatalf("export %s: %d %s", format, code, errs)
		}
		for _, id := range []string{"doc/odd/x%20y", "doc/odd/x%2520y"} {
			if !strings.Contains(out, "urn:newsgraph:"+id+`"`) && !strings.Contains(out, "urn:newsgraph:"+id+">") {
				t.Errorf("%s export lacks the document %s", format, id)
			}
		}
	}
	if code, out, errs := runCmd(t, "check", "--db", db); code != 0 {
		t.Errorf("check: %d %s %s", code, out, errs)
	}
}

// docIDs lists the stored document ids, sorted.
func docIDs(t *testing.T, db string) []string {
	t.Helper()
	code, out, errs := runCmd(t, "query", "--db", db, "gizmo", `g.V().Has("<rdf:type>", "<schema:Article>").All()`)
	if code != 0 {
		t.Fatalf("gizmo: %d %s", code, errs)
	}
	var res []map[string]string
	if err := json.Unmarshal([]byte(out), &res); err != nil {
		t.Fatalf("gizmo output: %v\n%s", err, out)
	}
	var ids []string
	for _, r := range res {
		ids = append(ids, strings.TrimSuffix(strings.TrimPrefix(r["id"], "<doc/"), ">"))
	}
	slices.Sort(ids)
	return ids
}

// TestBuildCopiesLoadedOnce: byte-identical files are one source, loaded
// once and named in the summary, within a build and against the store.
func TestBuildCopiesLoadedOnce(t *testing.T) {
	tmp := t.TempDir()
	same := "Kofi Annan met Jack Straw in New York on Monday. He said it went well.\n"
	dir := writeTree(t, filepath.Join(tmp, "news"), map[string]string{
		"a/1.txt": same,
		"b/7.txt": same,
		"c/2.txt": same,
		"d/3.txt": "Tony Blair met Gordon Brown in London on Monday. He said it went well.\n",
	})
	db := filepath.Join(tmp, "ng.db")
	code, out, errs := runCmd(t, "build", "--db", db, dir)
	if code != 0 {
		t.Fatalf("build: %d\n%s%s", code, out, errs)
	}
	for _, want := range []string{
		"files       4: 2 articles, 2 copies, 0 skipped",
		"articles    2 (2 added",
		"copies      2 copies of 1 articles",
		"copy        b/7 = a/1\n",
		"copy        c/2 = a/1\n",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("summary lacks %q:\n%s", want, out)
		}
	}
	if got := docIDs(t, db); strings.Join(got, " ") != "a/1 d/3" {
		t.Errorf("stored documents %q, want a/1 d/3", got)
	}
	// The facts of the repeated article have one source document, not three.
	code, out, _ = runCmd(t, "query", "--db", db, "corroborated", "--min-sources", "2")
	if code != 0 || strings.Contains(out, "Jack Straw") {
		t.Errorf("a repeat corroborates: exit %d\n%s", code, out)
	}

	// A later build from another folder holding the same text: a copy of
	// the stored document, not a second one.
	other := writeTree(t, filepath.Join(tmp, "more"), map[string]string{"x.txt": same})
	code, out, errs = runCmd(t, "build", "--db", db, other)
	if code != 0 || !strings.Contains(out, "copy        x = a/1\n") || !strings.Contains(out, "(+0 added, -0 removed)") {
		t.Errorf("build of a stored text under another name: %d\n%s%s", code, out, errs)
	}

	// extract names each copy on stderr and extracts the text once.
	code, out, errs = runCmd(t, "extract", dir)
	if code != 0 || strings.Count(errs, "copy of a/1 (same text)") != 2 || !strings.Contains(out, `"a/1"`) || strings.Contains(out, "b/7") || strings.Contains(out, "c/2") {
		t.Errorf("extract: exit %d\nstderr: %s", code, errs)
	}
}

func TestCapWorkers(t *testing.T) {
	cpus := runtime.GOMAXPROCS(0)
	for _, tc := range []struct {
		n, docs, want int
		err           bool
	}{
		{0, 100, min(cpus, 100), false},
		{3, 100, min(3, 4*cpus), false},
		{10_000_000, 100_000, 4 * cpus, false},
		{64, 2, 2, false},
		{8, 0, 1, false},
		{-1, 10, 0, true},
	} {
		got, err := capWorkers(tc.n, tc.docs)
		if (err != nil) != tc.err || got != tc.want {
			t.Errorf("capWorkers(%d, %d) = %d, %v; want %d, error %v", tc.n, tc.docs, got, err, tc.want, tc.err)
		}
	}
}

// TestFlagChecks: flags that used to be taken as they came are refused with
// a clear usage error before anything is read or written.
func TestFlagChecks(t *testing.T) {
	tmp := t.TempDir()
	art := writeTree(t, filepath.Join(tmp, "in"), map[string]string{"a.txt": "Tony Blair met Gordon Brown in London on Monday. He said it went well.\n"})
	db := filepath.Join(tmp, "ng.db")
	if code, out, errs := runCmd(t, "build", "--db", db, art); code != 0 {
		t.Fatalf("build: %d %s %s", code, out, errs)
	}
	for _, tc := range []struct {
		name   string
		args   []string
		code   int
		stderr string
	}{
		{"build --db ''", []string{"build", "--db", "", art}, 2, "--db is empty"},
		{"stats --db ''", []string{"stats", "--db", ""}, 2, "--db is empty"},
		{"negative workers", []string{"build", "--db", db, "--workers", "-2", art}, 2, "--workers must be 0"},
		{"extract negative workers", []string{"extract", "--workers", "-1", art}, 2, "--workers must be 0"},
		{"huge workers are capped", []string{"build", "--db", db, "--workers", "10000000", art}, 0, ""},
		{"base splicing a term", []string{"export", "--db", db, "--format", "nquads", "--base", "urn:x> <urn:y"}, 2, "may not contain"},
		{"base with a space", []string{"export", "--db", db, "--format", "jsonld", "--base", "urn:a b/"}, 2, "may not contain"},
		{"base with a control", []string{"export", "--db", db, "--format", "nquads", "--base", "urn:a\x01/"}, 2, "may not contain"},
		{"base with braces", []string{"export", "--db", db, "--format", "nquads", "--base", "http://x/{a}/"}, 2, "may not contain"},
		{"relative base", []string{"export", "--db", db, "--format", "nquads", "--base", "graph/"}, 2, "no scheme"},
		{"empty base", []string{"export", "--db", db, "--format", "nquads", "--base", ""}, 2, "no scheme"},
		{"good base", []string{"export", "--db", db, "--format", "nquads", "--base", "https://example.org/g/"}, 0, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			code, out, errs := runCmd(t, tc.args...)
			if code != tc.code || !strings.Contains(errs, tc.stderr) {
				t.Errorf("exit %d, want %d; stderr %q, want it to mention %q", code, tc.code, errs, tc.stderr)
			}
			if tc.code == 2 && out != "" {
				t.Errorf("a refused command wrote to stdout: %q", out)
			}
			if tc.name == "good base" && !strings.HasPrefix(out, "<https://example.org/g/") {
				t.Errorf("export did not use the base: %.200s", out)
			}
		})
	}
	code, _, errs := runCmd(t, "build", "--help")
	if code != 0 || !strings.Contains(errs, "at most 4 per CPU") {
		t.Errorf("build --help does not say how --workers is capped:\n%s", errs)
	}
}

// TestStoreReplacedDuringBuild: a store directory or file swapped for
// another while a build runs is an error, never "success".
func TestStoreReplacedDuringBuild(t *testing.T) {
	for _, tc := range []struct {
		name    string
		replace func(t *testing.T, db string)
	}{
		{"bolt file replaced", func(t *testing.T, db string) {
			f := filepath.Join(db, boltFileName)
			data, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(f+".new", data, 0o644); err != nil {
				t.Fatal(err)
			}
			if err := os.Rename(f+".new", f); err != nil {
				t.Fatal(err)
			}
		}},
		{"directory moved away", func(t *testing.T, db string) {
			if err := os.Rename(db, db+".old"); err != nil {
				t.Fatal(err)
			}
		}},
		{"directory replaced", func(t *testing.T, db string) {
			if err := os.Rename(db, db+".old"); err != nil {
				t.Fatal(err)
			}
			if err := os.MkdirAll(db, 0o755); err != nil {
				t.Fatal(err)
			}
			os.WriteFile(filepath.Join(db, boltFileName), nil, 0o644)
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			db := filepath.Join(t.TempDir(), "ng.db")
			art := writeTree(t, filepath.Join(filepath.Dir(db), "in"), map[string]string{"a.txt": "Tony Blair met Gordon Brown in London on Monday.\n"})
			if code, out, errs := runCmd(t, "build", "--db", db, art); code != 0 {
				t.Fatalf("build: %d %s %s", code, out, errs)
			}
			backend, addr := graph.BackendBolt, db
			id, err := storeIdentityOf(storeOpts{db: &addr, backend: &backend})
			if err != nil {
				t.Fatal(err)
			}
			if err := id.check(); err != nil {
				t.Fatalf("untouched store: %v", err)
			}
			tc.replace(t, db)
			if err := id.check(); err == nil || !strings.Contains(err.Error(), "store replaced during the build") {
				t.Errorf("check after replacing: %v", err)
			}
		})
	}
}

// TestBuildSurvivesAPanickingArticle: a bug of the extractor on one article
// (injected through the test hook) skips that article with one line naming
// it; the others are loaded and the exit status is 3. --strict makes it an
// error.
func TestBuildSurvivesAPanickingArticle(t *testing.T) {
	tmp := t.TempDir()
	dir := writeTree(t, filepath.Join(tmp, "news"), map[string]string{
		"a.txt":   "Tony Blair met Gordon Brown in London on Monday. He said it went well.\n",
		"bad.txt": "Kofi Annan met Jack Straw in New York on Monday. He said it went well.\n",
		"c.txt":   "Jack Straw met Javier Solana in Brussels on Friday. He said it went well.\n",
	})
	hook := func(d record.Document) {
		if d.ID == "bad" {
			var s []int
			_ = s[d.ID[0]] // index out of range, as a real extractor bug would
		}
	}
	for _, cmd := range []string{"build", "extract"} {
		t.Run(cmd, func(t *testing.T) {
			args := []string{cmd, dir}
			if cmd == "build" {
				args = []string{cmd, "--db", filepath.Join(t.TempDir(), "ng.db"), dir}
			}
			var out, errb bytes.Buffer
			code := run(context.Background(), &env{stdout: &out, stderr: &errb, beforeExtract: hook}, args)
			want := filepath.Join(dir, "bad.txt") + ": skipped: internal error in extraction: runtime error: index out of range"
			if code != 3 || !strings.Contains(errb.String(), want) {
				t.Errorf("exit %d, want 3; stderr lacks %q:\n%s", code, want, errb.String())
			}
			if n := strings.Count(errb.String(), "bad.txt"); n != 1 {
				t.Errorf("bad.txt named %d times on stderr, want once:\n%s", n, errb.String())
			}
			if cmd == "build" && !strings.Contains(out.String(), "files       3: 2 articles, 0 copies, 1 skipped") {
				t.Errorf("summary:\n%s", out.String())
			}
			if cmd == "extract" && (!strings.Contains(out.String(), "Gordon Brown") || !strings.Contains(out.String(), "Javier Solana")) {
				t.Errorf("the other articles were not extracted:\n%s", out.String())
			}
			errb.Reset()
			code = run(context.Background(), &env{stdout: &out, stderr: &errb, beforeExtract: hook}, append([]string{cmd, "--strict"}, args[1:]...))
			if code != 1 {
				t.Errorf("--strict: exit %d, want 1\n%s", code, errb.String())
			}
		})
	}
}

// TestBuildStoreInsideInput: a store kept in the folder being built is not
// read as articles (its lock file is text), and a hidden file is not read
// either; each says so in one line, and neither is a skipped input.
func TestBuildStoreInsideInput(t *testing.T) {
	dir := writeTree(t, t.TempDir(), map[string]string{
		"a.txt":     "Tony Blair met Gordon Brown in London on Monday. He said it went well.\n",
		".DS_Store": "Finder junk",
	})
	db := filepath.Join(dir, "ng.db")
	for run := 0; run < 2; run++ {
		code, out, errs := runCmd(t, "build", "--db", db, dir)
		if code != 0 || !strings.Contains(out, "files       1: 1 articles, 0 copies, 0 skipped") ||
			strings.Count(errs, "ng.db: skipped: the store this build writes to") != 1 ||
			strings.Count(errs, `.DS_Store: skipped: hidden (name starts with "."), not read`) != 1 {
			t.Errorf("run %d: exit %d\n%s%s", run, code, out, errs)
		}
	}
}

// TestBuildStoreReplacedMidway: the store's file swapped for a copy while
// articles are extracted (through the test hook) ends the build in an error.
func TestBuildStoreReplacedMidway(t *testing.T) {
	tmp := t.TempDir()
	dir := writeTree(t, filepath.Join(tmp, "in"), map[string]string{"a.txt": "Tony Blair met Gordon Brown in London on Monday. He said it went well.\n"})
	db := filepath.Join(tmp, "ng.db")
	replace := func(record.Document) {
		f := filepath.Join(db, boltFileName)
		data, err := os.ReadFile(f)
		if err != nil {
			panic(err)
		}
		if err := os.WriteFile(f+".new", data, 0o644); err != nil {
			panic(err)
		}
		if err := os.Rename(f+".new", f); err != nil {
			panic(err)
		}
	}
	var out, errb bytes.Buffer
	code := run(context.Background(), &env{stdout: &out, stderr: &errb, beforeExtract: replace}, []string{"build", "--db", db, dir})
	if code != 1 || !strings.Contains(errb.String(), "store replaced during the build") || out.Len() != 0 {
		t.Errorf("exit %d, want 1 and no summary\nstdout: %s\nstderr: %s", code, out.String(), errb.String())
	}
}
