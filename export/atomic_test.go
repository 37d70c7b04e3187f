package export

import (
	"bytes"
	"errors"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// failAfter writes n bytes of good output and then fails, as a full disk
// does halfway through an export.
func failAfter(n int) func(io.Writer) error {
	return func(w io.Writer) error {
		if _, err := w.Write([]byte(strings.Repeat("<node/>\n", n/8))); err != nil {
			return err
		}
		return syscall.ENOSPC
	}
}

// entries lists the names in dir, to catch temporary files left behind.
func entries(t *testing.T, dir string) []string {
	t.Helper()
	es, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range es {
		names = append(names, e.Name())
	}
	return names
}

func TestWriteFileKeepsOldFileOnFailure(t *testing.T) {
	for _, size := range []int{0, 100, 1 << 20} { // nothing, buffered, spilled to disk
		dir := t.TempDir()
		path := filepath.Join(dir, "graph.graphml")
		const old = "<graphml>the last good export</graphml>\n"
		if err := os.WriteFile(path, []byte(old), 0o640); err != nil {
			t.Fatal(err)
		}
		err := WriteFile(path, failAfter(size))
		if !errors.Is(err, syscall.ENOSPC) {
			t.Fatalf("size %d: err = %v, want ENOSPC", size, err)
		}
		if !strings.Contains(err.Error(), path) {
			t.Errorf("error %q does not name the file", err)
		}
		got, err := os.ReadFile(path)
		if err != nil || string(got) != old {
			t.Errorf("size %d: old file now %d bytes (%v), want it intact", size, len(got), err)
		}
		if names := entries(t, dir); len(names) != 1 {
			t.Errorf("size %d: folder holds %v, want only graph.graphml", size, names)
		}
	}
}

func TestWriteFileReplacesAndKeepsMode(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "map.svg")
	if err := os.WriteFile(path, []byte("old"), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(path, 0o640); err != nil { // past the umask
		t.Fatal(err)
	}
	if err := WriteFile(path, func(w io.Writer) error { _, err := io.WriteString(w, "new"); return err }); err != nil {
		t.Fatal(err)
	}
	got, _ := os.ReadFile(path)
	fi, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if string(got) != "new" || fi.Mode().Perm() != 0o640 {
		t.Errorf("got %q mode %v, want \"new\" mode 0640", got, fi.Mode().Perm())
	}
	// Through a symbolic link: the link stays, its target is replaced.
	link := filepath.Join(dir, "latest.svg")
	if err := os.Symlink("map.svg", link); err != nil {
		t.Fatal(err)
	}
	if err := WriteFile(link, func(w io.Writer) error { _, err := io.WriteString(w, "newer"); return err }); err != nil {
		t.Fatal(err)
	}
	if fi, err := os.Lstat(link); err != nil || fi.Mode()&os.ModeSymlink == 0 {
		t.Errorf("the link was replaced by a file (%v)", err)
	}
	if got, _ := os.ReadFile(path); string(got) != "newer" {
		t.Errorf("target holds %q, want \"newer\"", got)
	}
	if names := entries(t, dir); len(names) != 2 {
		t.Errorf("folder holds %v", names)
	}
}

func TestCSVDirKeepsOldPairOnFailure(t *testing.T) {
	dir := t.TempDir()
	nodes := filepath.Join(dir, "nodes.csv")
	if err := os.WriteFile(nodes, []byte("old nodes\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	// edges.csv cannot be replaced (it is a folder): nodes.csv must not be
	// replaced either, or the pair would disagree.
	if err := os.Mkdir(filepath.Join(dir, "edges.csv"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := CSVDir(dir, fixture(t)); err == nil {
		t.Fatal("no error")
	}
	if got, _ := os.ReadFile(nodes); string(got) != "old nodes\n" {
		t.Errorf("nodes.csv replaced: %q", got)
	}
	if names := entries(t, dir); len(names) != 2 {
		t.Errorf("folder holds %v, want nodes.csv and edges.csv", names)
	}
	if err := os.Remove(filepath.Join(dir, "edges.csv")); err != nil {
		t.Fatal(err)
	}
	if err := CSVDir(dir, fixture(t)); err != nil {
		t.Fatal(err)
	}
	if got, _ := os.ReadFile(nodes); !strings.HasPrefix(string(got), "id,name,type") {
		t.Errorf("nodes.csv not written: %.40q", got)
	}
}

// TestWriteFileOnFullDisk exports GraphML onto a 64 KiB tmpfs already
// holding a good export: the new file does not fit, the old one survives.
func TestWriteFileOnFullDisk(t *testing.T) {
	if os.Geteuid() != 0 {
		t.Skip("needs root to mount a small tmpfs")
	}
	dir := t.TempDir()
	if out, err := exec.Command("mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", dir).CombinedOutput(); err != nil {
		t.Skipf("cannot mount a tmpfs: %v %s", err, out)
	}
	defer exec.Command("umount", dir).Run()
	path := filepath.Join(dir, "graph.graphml")
	var small bytes.Buffer
	if err := GraphML(&small, fixture(t)); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, small.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	big := fixture(t)
	big.Facts[0].Sources[0].Text = strings.Repeat("A long sentence. ", 8000) // ~136 KB
	err := WriteFile(path, func(w io.Writer) error { return GraphML(w, big) })
	if !errors.Is(err, syscall.ENOSPC) {
		t.Fatalf("err = %v, want ENOSPC", err)
	}
	if got, _ := os.ReadFile(path); !bytes.Equal(got, small.Bytes()) {
		t.Errorf("the last good export was replaced (%d bytes, want %d)", len(got), small.Len())
	}
	if names := entries(t, dir); len(names) != 1 {
		t.Errorf("folder holds %v", names)
	}
}
