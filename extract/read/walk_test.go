package read

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"newsgraph/extract/record"
)

// walkResult is what one fn call of Walk saw.
type walkResult struct {
	path   string
	id     string
	reason string // empty for a document
}

func collect(t *testing.T, paths []string, opts Options) []walkResult {
	t.Helper()
	var got []walkResult
	err := Walk(context.Background(), paths, opts, func(path string, doc record.Document, err error) error {
		if err != nil {
			var se *SkipError
			if !errors.As(err, &se) {
				t.Fatalf("%s: error %v is not a *SkipError", path, err)
			}
			if se.Path != path || strings.Contains(err.Error(), "\n") {
				t.Errorf("skip %q: path %q, want %q, one line", err, se.Path, path)
			}
			got = append(got, walkResult{path: path, reason: se.Reason})
			return nil
		}
		if doc.Path != path {
			t.Errorf("doc.Path = %q, want %q", doc.Path, path)
		}
		got = append(got, walkResult{path: path, id: doc.ID})
		return nil
	})
	if err != nil {
		t.Fatalf("Walk: %v", err)
	}
	return got
}

func TestWalkOrderAndSkips(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, "b.txt", []byte("Bee."))
	writeFile(t, dir, "a.md", []byte("# Aye"))
	writeFile(t, dir, "sub/c.html", []byte("<p>Sea.</p>"))
	writeFile(t, dir, "sub/d.txt", nil)
	writeFile(t, dir, ".git/config", []byte("[core]"))
	writeFile(t, dir, ".DS_Store", []byte("junk"))
	writeFile(t, dir, "z.png", pngBytes(t))
	missing := filepath.Join(dir, "missing.txt")

	got := collect(t, []string{dir, missing}, Options{})
	hidden := `hidden (name starts with "."), not read`
	want := []walkResult{
		{path: filepath.Join(dir, ".DS_Store"), reason: hidden},
		{path: filepath.Join(dir, ".git"), reason: hidden},
		{path: filepath.Join(dir, "a.md"), id: "a"},
		{path: filepath.Join(dir, "b.txt"), id: "b"},
		{path: filepath.Join(dir, "sub", "c.html"), id: "sub/c"},
		{path: filepath.Join(dir, "sub", "d.txt"), reason: "empty file"},
		{path: filepath.Join(dir, "z.png"), reason: "binary file (image/png)"},
		{path: missing, reason: "does not exist"},
	}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("Walk saw\n%v\nwant\n%v", got, want)
	}

	// Hidden entries are read when asked for: the two reports become the
	// two files (the missing argument is not given here).
	withHidden := collect(t, []string{dir}, Options{IncludeHidden: true})
	if len(withHidden) != len(want)-1 || withHidden[0].id != ".DS_Store" || withHidden[1].id != ".git/config" {
		t.Errorf("IncludeHidden: %d results, want %d: %v", len(withHidden), len(want)-1, withHidden)
	}
}

func TestWalkSymlinks(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, "news/a.txt", []byte("Putin spoke."))
	// news/loop → news: following it naively never ends.
	if err := os.Symlink("..", filepath.Join(dir, "news", "loop")); err != nil {
		t.Skipf("cannot create symlinks here: %v", err)
	}
	// news/same.txt → a.txt: the same article by another name.
	if err := os.Symlink("a.txt", filepath.Join(dir, "news", "same.txt")); err != nil {
		t.Fatal(err)
	}
	// other → news: a second route to a folder already read.
	if err := os.Symlink("news", filepath.Join(dir, "other")); err != nil {
		t.Fatal(err)
	}
	got := collect(t, []string{dir}, Options{})
	want := []walkResult{
		{path: filepath.Join(dir, "news", "a.txt"), id: "news/a"},
		{path: filepath.Join(dir, "news", "loop"), reason: "symbolic link loop: leads back to " + dir},
		{path: filepath.Join(dir, "news", "same.txt"), reason: "same file as " + filepath.Join(dir, "news", "a.txt") + ", already read"},
		{path: filepath.Join(dir, "other"), reason: "folder already read as " + filepath.Join(dir, "news")},
	}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("Walk saw\n%v\nwant\n%v", got, want)
	}
	// A repeated argument is read once.
	again := collect(t, []string{filepath.Join(dir, "news", "a.txt"), filepath.Join(dir, "news", "a.txt")}, Options{})
	if len(again) != 2 || again[0].reason != "" || !strings.Contains(again[1].reason, "already read") {
		t.Errorf("repeated argument: %v", again)
	}
}

func TestWalkStrangeNames(t *testing.T) {
	dir := t.TempDir()
	// Linux allows any byte but "/" and NUL in a name.
	name := "bad\nname\xff\x1b[31m.txt"
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, nil, 0o644); err != nil {
		t.Skipf("cannot create a file named %q here: %v", name, err)
	}
	var msgs []string
	err := Walk(context.Background(), []string{dir}, Options{}, func(path string, _ record.Document, err error) error {
		if path != p {
			t.Errorf("path = %q, want %q", path, p)
		}
		msgs = append(msgs, err.Error())
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(msgs) != 1 || strings.ContainsAny(msgs[0], "\n\x1b") || !strings.Contains(msgs[0], `bad\nname\xff\x1b[31m.txt": skipped: empty file`) {
		t.Errorf("messages = %q; want one line with the name quoted", msgs)
	}
}

func TestWalkSelfLoop(t *testing.T) {
	dir := t.TempDir()
	// A link that points at itself cannot be resolved at all.
	self := filepath.Join(dir, "self")
	if err := os.Symlink("self", self); err != nil {
		t.Skipf("cannot create symlinks here: %v", err)
	}
	got := collect(t, []string{dir}, Options{})
	if len(got) != 1 || got[0].path != self || !strings.Contains(got[0].reason, "too many levels of symbolic links") {
		t.Errorf("got %v", got)
	}
}

func TestWalkUnreadableFolder(t *testing.T) {
	dir := shareableTempDir(t)
	writeFile(t, dir, "locked/a.txt", []byte("Putin spoke."))
	writeFile(t, dir, "open/b.txt", []byte("Peskov spoke."))
	locked := filepath.Join(dir, "locked")
	if err := os.Chmod(locked, 0); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.Chmod(locked, 0o755) })
	asUnprivileged(t, "TestWalkUnreadableFolder", dir, func(dir string) {
		got := collect(t, []string{dir}, Options{})
		want := []walkResult{
			{path: filepath.Join(dir, "locked"), reason: "permission denied"},
			{path: filepath.Join(dir, "open", "b.txt"), id: "open/b"},
		}
		if fmt.Sprint(got) != fmt.Sprint(want) {
			t.Errorf("Walk saw\n%v\nwant\n%v", got, want)
		}
	})
}

// TestWalkManyFiles walks 10,000 tiny files: every one is reported once, in
// sorted order, and memory held after the walk does not grow with the number
// of documents (fn drops each one).
func TestWalkManyFiles(t *testing.T) {
	if testing.Short() {
		t.Skip("creates 10,000 files")
	}
	const n = 10_000
	dir := t.TempDir()
	for i := range n {
		writeFile(t, dir, fmt.Sprintf("%05d.txt", i), []byte(fmt.Sprintf("Article %d says Putin spoke.", i)))
	}
	next := 0
	err := Walk(context.Background(), []string{dir}, Options{}, func(path string, doc record.Document, err error) error {
		if err != nil {
			return err
		}
		if want := fmt.Sprintf("%05d", next); doc.ID != want {
			return fmt.Errorf("document %d is %s, want %s", next, doc.ID, want)
		}
		next++
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if next != n {
		t.Errorf("walked %d files, want %d", next, n)
	}
}

func TestWalkStops(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"a.txt", "b.txt", "c.txt"} {
		writeFile(t, dir, name, []byte("Text of "+name))
	}
	stop := errors.New("stop")
	calls := 0
	err := Walk(context.Background(), []string{dir}, Options{}, func(string, record.Document, error) error {
		calls++
		if calls == 2 {
			return stop
		}
		return nil
	})
	if !errors.Is(err, stop) || calls != 2 {
		t.Errorf("fn error: Walk = %v after %d calls; want stop after 2", err, calls)
	}

	ctx, cancel := context.WithCancel(context.Background())
	calls = 0
	err = Walk(ctx, []string{dir}, Options{}, func(string, record.Document, error) error {
		calls++
		cancel()
		return nil
	})
	if !errors.Is(err, context.Canceled) || calls != 1 {
		t.Errorf("cancelled: Walk = %v after %d calls; want context.Canceled after 1", err, calls)
	}
}

func TestWalkSpecialFiles(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("no FIFOs")
	}
	dir := t.TempDir()
	fifo := filepath.Join(dir, "pipe.txt")
	if err := mkfifo(fifo); err != nil {
		t.Skipf("mkfifo: %v", err)
	}
	// Reading a FIFO would block forever; it must be skipped unopened.
	got := collect(t, []string{dir}, Options{})
	if len(got) != 1 || !strings.Contains(got[0].reason, "not a regular file") {
		t.Errorf("got %v", got)
	}
}

func TestWalkFixtures(t *testing.T) {
	// Every fixture in testdata/reader is readable, and the walk names
	// each file once.
	got := collect(t, []string{"testdata/reader"}, Options{})
	seen := map[string]bool{}
	for _, r := range got {
		if r.reason != "" {
			t.Errorf("%s: skipped: %s", r.path, r.reason)
		}
		if seen[r.path] {
			t.Errorf("%s reported twice", r.path)
		}
		seen[r.path] = true
	}
	entries, err := os.ReadDir("testdata/reader")
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != len(entries) {
		t.Errorf("walked %d files, folder has %d", len(got), len(entries))
	}
}

// TestWalkIDs: files that share a name in different folders, or a stem in
// one folder, get different ids; the ids are the readable paths under the
// argument, and the same on a second walk.
func TestWalkIDs(t *testing.T) {
	for _, tc := range []struct {
		name  string
		files []string // created under the temporary folder
		args  []string // relative to it; empty means the folder itself
		want  []string // ids in walk order
	}{
		{"same name in two folders", []string{"business/001.txt", "politics/001.txt"}, nil,
			[]string{"business/001", "politics/001"}},
		{"same stem in one folder", []string{"a/report.txt", "b/report.md", "b/report.txt"}, nil,
			[]string{"a/report", "b/report.md", "b/report.txt"}},
		{"scraped pages", []string{"site/a/index.html", "site/b/index.html", "site/index.html"}, []string{"site"},
			[]string{"a/index", "b/index", "index"}},
		{"stem equal to a neighbour's name", []string{"x.txt", "x.txt.md", "y"}, nil,
			[]string{"x", "x.txt.md", "y"}},
		{"folder names keep their dots", []string{"v1.2/a.txt", "v1.3/a.txt"}, nil,
			[]string{"v1.2/a", "v1.3/a"}},
		{"single file argument", []string{"politics/001.txt"}, []string{"politics/001.txt"},
			[]string{"001"}},
		{"two folders with the same names", []string{"bbc/business/001.txt", "bbc/politics/001.txt"},
			[]string{"bbc/business", "bbc/politics"}, []string{"001", "bbc/politics/001"}},
		{"percent and space in names", []string{"x y.txt", "x%20y.txt", "q?#.txt"}, nil,
			[]string{"q?#", "x y", "x%20y"}},
		{"names that clean alike", []string{"a\u200bb.txt", "a\u202eb.txt", "c\nd.txt"}, nil,
			[]string{"a\ufffdb", "a\ufffdb.txt", "c\ufffdd"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			for i, f := range tc.files {
				writeFile(t, dir, f, []byte(fmt.Sprintf("Article %d says Putin spoke.", i)))
			}
			// Relative arguments, as a user types them: ids must not depend
			// on where the folder lives.
			t.Chdir(dir)
			args := tc.args
			if len(args) == 0 {
				args = []string{"."}
			}
			for run := 0; run < 2; run++ {
				var ids []string
				for _, r := range collect(t, args, Options{}) {
					if r.reason != "" {
						t.Fatalf("%s skipped: %s", r.path, r.reason)
					}
					ids = append(ids, r.id)
				}
				if fmt.Sprint(ids) != fmt.Sprint(tc.want) {
					t.Errorf("run %d: ids %q, want %q", run, ids, tc.want)
				}
			}
		})
	}
}

// TestWalkExclude: an excluded folder inside a walked one (the store a build
// writes to) is not read, and is reported once, by whatever path reaches it.
func TestWalkExclude(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, "a.txt", []byte("Putin spoke."))
	writeFile(t, dir, "ng.db/newsgraph.lock", []byte("PID 1"))
	got := collect(t, []string{dir}, Options{Exclude: map[string]string{filepath.Join(dir, ".", "ng.db"): "the store being built"}})
	want := []walkResult{
		{path: filepath.Join(dir, "a.txt"), id: "a"},
		{path: filepath.Join(dir, "ng.db"), reason: "the store being built"},
	}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("Walk saw\n%v\nwant\n%v", got, want)
	}
}
