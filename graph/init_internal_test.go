package graph

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"testing"
)

// TestFailedInitLeavesNothing: a new store whose initialisation fails (here
// through a hook, standing for a full disk) removes what it created — the
// directory when it made it, its files when the directory was there.
func TestFailedInitLeavesNothing(t *testing.T) {
	ctx := context.Background()
	boom := errors.New("no space left on device (injected)")
	root := t.TempDir()
	existing := filepath.Join(root, "existing")
	if err := os.Mkdir(existing, 0o755); err != nil {
		t.Fatal(err)
	}
	for _, dir := range []string{filepath.Join(root, "new", "ng.db"), existing} {
		_, err := Open(ctx, Config{Address: dir, beforeSchema: func() error { return boom }})
		if !errors.Is(err, boom) {
			t.Fatalf("Open(%s) = %v, want the injected failure", dir, err)
		}
		entries, err := os.ReadDir(dir)
		switch {
		case dir == existing && err != nil:
			t.Errorf("the existing directory %s went away: %v", dir, err)
		case dir != existing && !errors.Is(err, os.ErrNotExist):
			t.Errorf("the store directory %s is still there: %v", dir, err)
		case len(entries) > 0:
			t.Errorf("left behind in %s: %v", dir, entries)
		}
		// The next open, without the failure, creates a working store.
		s, err := Open(ctx, Config{Address: dir})
		if err != nil {
			t.Fatalf("Open(%s) after a failed first open: %v", dir, err)
		}
		s.Close()
	}
}
