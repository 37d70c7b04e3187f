package graph_test

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"newsgraph/extract/record"
	"newsgraph/graph"
	"newsgraph/graph/graphtest"
)

// snapshot is every file under dir with its bytes, mode and mtime
// (directories: their mtime only when dirTimes is set).
func snapshot(t *testing.T, dir string, dirTimes ...bool) map[string]string {
	t.Helper()
	out := map[string]string{}
	err := filepath.Walk(dir, func(path string, fi os.FileInfo, err error) error {
		if err != nil {
			return err
		}
		rec := fi.Mode().String()
		if !fi.IsDir() || len(dirTimes) == 0 || dirTimes[0] {
			rec += " " + fi.ModTime().String()
		}
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
	if err != nil && !errors.Is(err, os.ErrNotExist) {
		t.Fatal(err)
	}
	return out
}

func sameSnapshot(t *testing.T, what string, before, after map[string]string) {
	t.Helper()
	for p := range after {
		if _, ok := before[p]; !ok {
			t.Errorf("%s created %s", what, p)
		}
	}
	for p, b := range before {
		if a, ok := after[p]; !ok {
			t.Errorf("%s removed %s", what, p)
		} else if a != b {
			t.Errorf("%s changed %s", what, p)
		}
	}
}

// TestReadOnlyWritesNothing: opening a bolt store read-only and reading it
// (stats, check, snapshot) leaves every byte, mtime and file name as it was,
// and writes through it fail.
func TestReadOnlyWritesNothing(t *testing.T) {
	ctx := context.Background()
	dir := filepath.Join(t.TempDir(), "ng.db")
	s, err := graph.Open(ctx, graph.Config{Address: dir})
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	before := snapshot(t, dir)
	for i := 0; i < 2; i++ {
		r, err := graph.Open(ctx, graph.Config{Address: dir, ReadOnly: true})
		if err != nil {
			t.Fatalf("read-only open: %v", err)
		}
		if _, err := r.Stats(ctx); err != nil {
			t.Errorf("Stats: %v", err)
		}
		if _, err := r.Check(ctx); err != nil {
			t.Errorf("Check: %v", err)
		}
		if _, err := r.Snapshot(ctx); err != nil {
			t.Errorf("Snapshot: %v", err)
		}
		if _, err := r.LoadBatch(ctx, []*record.Result{{Doc: record.Document{ID: "d", Text: "Some text."}}}); err == nil {
			t.Errorf("LoadBatch on a read-only store succeeded")
		}
		r.Close()
	}
	sameSnapshot(t, "read-only open", before, snapshot(t, dir))
}

// TestReadOnlyRefuses: a read-only open of a missing store, an empty
// directory or another program's bolt file fails without creating anything.
func TestReadOnlyRefuses(t *testing.T) {
	ctx := context.Background()
	root := t.TempDir()
	missing := filepath.Join(root, "missing")
	empty := filepath.Join(root, "empty")
	if err := os.Mkdir(empty, 0o755); err != nil {
		t.Fatal(err)
	}
	for _, dir := range []string{missing, empty} {
		before := snapshot(t, root)
		if s, err := graph.Open(ctx, graph.Config{Address: dir, ReadOnly: true}); err == nil {
			s.Close()
			t.Errorf("read-only open of %s succeeded", dir)
		}
		sameSnapshot(t, "read-only open of "+dir, before, snapshot(t, root))
	}
}

// TestForeignBoltRefused: an indexes.bolt written by another program is
// refused, by readers and writers alike, with an error naming the file, and
// its directory is left byte for byte as it was.
func TestForeignBoltRefused(t *testing.T) {
	ctx := context.Background()
	dir := filepath.Join(t.TempDir(), "other")
	if err := os.Mkdir(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, "indexes.bolt")
	db, err := bolt.Open(path, 0o644, nil)
	if err != nil {
		t.Fatal(err)
	}
	err = db.Update(func(tx *bolt.Tx) error {
		b, err := tx.CreateBucket([]byte("users"))
		if err != nil {
			return err
		}
		return b.Put([]byte("alice"), []byte("admin"))
	})
	db.Close()
	if err != nil {
		t.Fatal(err)
	}
	for _, ro := range []bool{true, false} {
		// A writer takes its lock (a file it removes again) before it can
		// look inside the bolt file: the directory's mtime moves.
		before := snapshot(t, dir, ro)
		s, err := graph.Open(ctx, graph.Config{Address: dir, ReadOnly: ro})
		if err == nil {
			s.Close()
			t.Fatalf("Open(ReadOnly=%v) of another program's bolt file succeeded", ro)
		}
		if !errors.Is(err, graph.ErrNotStore) || !strings.Contains(err.Error(), path) {
			t.Errorf("Open(ReadOnly=%v) = %v, want ErrNotStore naming %s", ro, err, path)
		}
		sameSnapshot(t, "refused open", before, snapshot(t, dir, ro))
	}
	after, _ := os.ReadFile(path)
	if !bytes.Contains(after, []byte("alice")) {
		t.Errorf("the foreign file lost its data")
	}
}

// TestTwoFirstBuilds: two writers creating the same new store at once. One
// may be turned away (ErrInUse) but neither removes what the other made,
// and the store that results holds every load that succeeded, intact.
func TestTwoFirstBuilds(t *testing.T) {
	ctx := context.Background()
	for round := 0; round < 5; round++ {
		dir := filepath.Join(t.TempDir(), "ng.db")
		docs := []*record.Result{graphtest.DocA(), graphtest.DocB()}
		errs := make(chan error, len(docs))
		for _, doc := range docs {
			go func() {
				s, err := graph.Open(ctx, graph.Config{Address: dir, LockTimeout: 50 * time.Millisecond})
				if err != nil {
					errs <- err
					return
				}
				_, err = s.LoadBatch(ctx, []*record.Result{doc})
				if cerr := s.Close(); err == nil {
					err = cerr
				}
				errs <- err
			}()
		}
		loaded := 0
		for range docs {
			switch err := <-errs; {
			case err == nil:
				loaded++
			case !errors.Is(err, graph.ErrInUse):
				t.Errorf("round %d: %v", round, err)
			}
		}
		s, err := graph.Open(ctx, graph.Config{Address: dir, ReadOnly: true})
		if err != nil {
			t.Fatalf("round %d: the store after two first builds: %v", round, err)
		}
		docsIn, err := s.Documents(ctx)
		if err != nil || len(docsIn) != loaded {
			t.Errorf("round %d: %d documents (%v), want the %d loads that succeeded", round, len(docsIn), err, loaded)
		}
		if probs, err := s.Check(ctx); err != nil || len(probs) > 0 {
			t.Errorf("round %d: check: %v %v", round, probs, err)
		}
		s.Close()
	}
}
