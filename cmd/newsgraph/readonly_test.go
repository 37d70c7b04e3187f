package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// dirState is the name, mode, mtime and bytes of every file under dir.
func dirState(t *testing.T, dir string) map[string]string {
	t.Helper()
	out := map[string]string{}
	err := filepath.Walk(dir, func(path string, fi os.FileInfo, err error) error {
		if err != nil {
			return err
		}
		rec := fi.Mode().String() + " " + fi.ModTime().String()
		if fi.Mode().IsRegular() {
			b, err := os.ReadFile(path)
			if err != nil {
				return err
			}
			rec += " " + string(b)
		}
		out[path] = rec
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// TestReadingCommandsWriteNothing: stats, check, query and export leave the
// store directory exactly as they found it (root ignores chmod, so bytes,
// mtimes and names are compared instead), and a store directory holding
// another program's bolt file is refused without a change.
func TestReadingCommandsWriteNothing(t *testing.T) {
	db, _ := exportTestStore(t)
	out := filepath.Join(t.TempDir(), "out.csv")
	before := dirState(t, db)
	for _, args := range [][]string{
		{"stats", "--db", db},
		{"check", "--db", db},
		{"query", "--db", db, "top"},
		{"query", "--db", db, "gizmo", `g.V().Limit(3).All()`},
		{"export", "--db", db, "--format", "csv", "-o", out},
	} {
		if code, _, stderr := runCLI(args...); code != 0 {
			t.Errorf("newsgraph %s: exit %d: %s", strings.Join(args, " "), code, stderr)
		}
		after := dirState(t, db)
		for p, b := range before {
			if after[p] != b {
				t.Errorf("newsgraph %s changed or removed %s", strings.Join(args, " "), p)
			}
		}
		for p := range after {
			if _, ok := before[p]; !ok {
				t.Errorf("newsgraph %s created %s", strings.Join(args, " "), p)
			}
		}
	}
}

// TestEmptyDBFlag: --db ” names no store and is a usage error.
func TestEmptyDBFlag(t *testing.T) {
	for _, args := range [][]string{
		{"stats", "--db", ""},
		{"check", "--db", ""},
		{"build", "--db", "", "nothing.txt"},
		{"query", "--db", "", "top"},
		{"export", "--db", "", "--format", "nquads"},
	} {
		if code, _, stderr := runCLI(args...); code != 2 || !strings.Contains(stderr, "--db") {
			t.Errorf("newsgraph %s: exit %d, stderr %q; want 2 naming --db", strings.Join(args, " "), code, stderr)
		}
	}
}
