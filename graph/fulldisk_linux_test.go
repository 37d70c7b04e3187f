package graph_test

import (
	"context"
	"os"
	"path/filepath"
	"syscall"
	"testing"

	"newsgraph/graph"
)

// TestFullDiskFirstOpen creates a store on a tmpfs too small for it (a full
// disk, for real): the open fails and leaves the filesystem empty. Mounting
// needs root (or CAP_SYS_ADMIN); elsewhere the test skips and the injected
// failure of TestFailedInitLeavesNothing stands in.
func TestFullDiskFirstOpen(t *testing.T) {
	// Sizes at which bbolt's first pages, Cayley's buckets and the schema
	// version each run out of space in turn.
	failed := 0
	for _, size := range []string{"8k", "16k", "24k"} {
		mnt := t.TempDir()
		if err := syscall.Mount("tmpfs", mnt, "tmpfs", 0, "size="+size); err != nil {
			t.Skipf("cannot mount a small tmpfs here (%v)", err)
		}
		dir := filepath.Join(mnt, "ng.db")
		s, err := graph.Open(context.Background(), graph.Config{Address: dir})
		if err == nil {
			s.Close()
		}
		entries, rerr := os.ReadDir(mnt)
		if uerr := syscall.Unmount(mnt, 0); uerr != nil {
			t.Fatalf("unmounting %s: %v", mnt, uerr)
		}
		t.Logf("tmpfs of %s: %v", size, err)
		if err == nil {
			continue // room enough at this size: nothing to check
		}
		failed++
		if rerr != nil || len(entries) > 0 {
			t.Errorf("tmpfs of %s: Open failed (%v) and left %v (%v)", size, err, entries, rerr)
		}
	}
	if failed == 0 {
		t.Error("no size was too small: the test checked nothing")
	}
}
