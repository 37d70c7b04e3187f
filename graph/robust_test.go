package graph_test

import (
	"bufio"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"newsgraph/extract/record"
	"newsgraph/graph"
	"newsgraph/graph/graphtest"
)

// helperEnv makes the test binary act as a second process (see TestMain).
const helperEnv = "NEWSGRAPH_GRAPH_HELPER"

func TestMain(m *testing.M) {
	if mode := os.Getenv(helperEnv); mode != "" {
		os.Exit(helper(mode, os.Getenv("NEWSGRAPH_GRAPH_HELPER_DB")))
	}
	os.Exit(m.Run())
}

// helper runs in a child process. "hold" opens the store and waits for
// stdin to close; "load" loads the base documents, then a large batch, saying
// on stdout when each step starts.
func helper(mode, dir string) int {
	ctx := context.Background()
	s, err := graph.Open(ctx, graph.Config{Address: dir})
	if err != nil {
		fmt.Println("error:", err)
		return 1
	}
	defer s.Close()
	switch mode {
	case "hold":
		fmt.Println("ready")
		io.Copy(io.Discard, os.Stdin)
	case "load":
		if _, err := s.LoadBatch(ctx, []*record.Result{graphtest.DocA(), graphtest.DocB()}); err != nil {
			fmt.Println("error:", err)
			return 1
		}
		fmt.Println("base")
		big := graphtest.Generate(graphtest.GenerateOptions{Docs: 300, Seed: 7})
		fmt.Println("start")
		if _, err := s.LoadBatch(ctx, big); err != nil {
			fmt.Println("error:", err)
			return 1
		}
		fmt.Println("done")
	}
	return 0
}

func startHelper(t *testing.T, mode, dir string) (*exec.Cmd, *bufio.Scanner, io.WriteCloser) {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), helperEnv+"="+mode, "NEWSGRAPH_GRAPH_HELPER_DB="+dir)
	cmd.Stderr = os.Stderr
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	in, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		in.Close()
		cmd.Process.Kill()
		cmd.Wait()
	})
	return cmd, bufio.NewScanner(out), in
}

func expectLine(t *testing.T, sc *bufio.Scanner, want string) {
	t.Helper()
	if !sc.Scan() {
		t.Fatalf("helper ended before saying %q: %v", want, sc.Err())
	}
	if got := sc.Text(); got != want {
		t.Fatalf("helper said %q, want %q", got, want)
	}
}

func TestSecondProcessGetsInUse(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "ng.db")
	cmd, sc, in := startHelper(t, "hold", dir)
	expectLine(t, sc, "ready")
	start := time.Now()
	_, err := graph.Open(context.Background(), graph.Config{Address: dir})
	took := time.Since(start)
	if !errors.Is(err, graph.ErrInUse) {
		t.Fatalf("second open: %v, want ErrInUse", err)
	}
	if want := fmt.Sprintf("in use by PID %d", cmd.Process.Pid); !strings.Contains(err.Error(), want) {
		t.Errorf("error %q does not say %q", err, want)
	}
	if took > 3*time.Second {
		t.Errorf("second open took %v before failing", took)
	}
	// Once the holder is gone, the store opens.
	in.Close()
	cmd.Wait()
	s, err := graph.Open(context.Background(), graph.Config{Address: dir})
	if err != nil {
		t.Fatalf("open after the holder exited: %v", err)
	}
	s.Close()
}

func TestKilledLoadLeavesStoreAsBefore(t *testing.T) {
	if testing.Short() {
		t.Skip("spawns processes")
	}
	// The same documents in memory give the expected quads.
	want := openMemory(t)
	if _, err := want.LoadBatch(context.Background(), []*record.Result{graphtest.DocA(), graphtest.DocB()}); err != nil {
		t.Fatal(err)
	}
	wantQuads := graphtest.Quads(t, want)
	for _, delay := range []time.Duration{0, 100 * time.Millisecond, 400 * time.Millisecond} {
		t.Run(delay.String(), func(t *testing.T) {
			dir := filepath.Join(t.TempDir(), "ng.db")
			cmd, sc, _ := startHelper(t, "load", dir)
			expectLine(t, sc, "base")
			expectLine(t, sc, "start")
			time.Sleep(delay)
			if err := cmd.Process.Signal(syscall.SIGKILL); err != nil {
				t.Fatal(err)
			}
			cmd.Wait()
			if sc.Scan() && sc.Text() == "done" {
				t.Skip("the load finished before the kill; nothing to test")
			}
			s, err := graph.Open(context.Background(), graph.Config{Address: dir})
			if err != nil {
				t.Fatalf("reopening after the kill: %v", err)
			}
			defer s.Close()
			got := graphtest.Quads(t, s)
			if strings.Join(got, "\n") != strings.Join(wantQuads, "\n") {
				t.Errorf("after a killed load the store has %d quads, want the %d from before it", len(got), len(wantQuads))
			}
			probs, err := s.Check(context.Background())
			if err != nil || len(probs) > 0 {
				t.Errorf("Check after the kill: %v %v", err, probs)
			}
		})
	}
}

func TestOpenRefusesWhatIsNotAStore(t *testing.T) {
	tmp := t.TempDir()
	file := filepath.Join(tmp, "notes.txt")
	os.WriteFile(file, []byte("my notes"), 0o644)
	other := filepath.Join(tmp, "photos")
	os.Mkdir(other, 0o755)
	os.WriteFile(filepath.Join(other, "cat.jpg"), []byte("\xff\xd8\xff"), 0o644)
	corrupt := filepath.Join(tmp, "corrupt.db")
	os.Mkdir(corrupt, 0o755)
	os.WriteFile(filepath.Join(corrupt, "indexes.bolt"), []byte(strings.Repeat("garbage!", 4096)), 0o644)

	// A real store whose file lost its tail.
	truncated := filepath.Join(tmp, "truncated.db")
	s, err := graph.Open(context.Background(), graph.Config{Address: truncated})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.LoadBatch(context.Background(), graphtest.Generate(graphtest.GenerateOptions{Docs: 20, Seed: 5})); err != nil {
		t.Fatal(err)
	}
	s.Close()
	if err := os.Truncate(filepath.Join(truncated, "indexes.bolt"), 40000); err != nil {
		t.Fatal(err)
	}

	tests := []struct {
		name string
		path string
		want error
	}{
		{"truncated store", truncated, graph.ErrCorrupt},
		{"regular file", file, graph.ErrNotStore},
		{"directory of other files", other, graph.ErrNotStore},
		{"corrupt bolt file", corrupt, graph.ErrCorrupt},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			before := snapshotDir(t, tc.path)
			_, err := graph.Open(context.Background(), graph.Config{Address: tc.path})
			if !errors.Is(err, tc.want) {
				t.Fatalf("Open(%s): %v, want %v", tc.path, err, tc.want)
			}
			if !strings.Contains(err.Error(), tc.path) {
				t.Errorf("error %q does not name %s", err, tc.path)
			}
			if after := snapshotDir(t, tc.path); after != before {
				t.Errorf("Open changed %s:\nbefore %s\nafter  %s", tc.path, before, after)
			}
		})
	}
}

// snapshotDir describes a path's files and contents, to detect changes.
func snapshotDir(t *testing.T, path string) string {
	var b strings.Builder
	filepath.Walk(path, func(p string, fi os.FileInfo, err error) error {
		if err != nil {
			return err
		}
		fmt.Fprintf(&b, "%s %v %d;", p, fi.Mode(), fi.Size())
		if fi.Mode().IsRegular() {
			data, _ := os.ReadFile(p)
			fmt.Fprintf(&b, "%x;", data[:min(len(data), 64)])
		}
		return nil
	})
	return b.String()
}

func TestOpenRefusesNewerSchema(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "ng.db")
	s, err := graph.Open(context.Background(), graph.Config{Address: dir})
	if err != nil {
		t.Fatal(err)
	}
	// Pretend a future newsgraph wrote this store.
	future := []cgraph.Delta{
		{Quad: quad.Make(graph.MetaNode, graph.PredSchemaVersion, quad.Int(graph.SchemaVersion), graph.MetaLabel), Action: cgraph.Delete},
		{Quad: quad.Make(graph.MetaNode, graph.PredSchemaVersion, quad.Int(graph.SchemaVersion+1), graph.MetaLabel), Action: cgraph.Add},
	}
	for _, d := range future {
		if err := s.QuadStore().ApplyDeltas([]cgraph.Delta{d}, cgraph.IgnoreOpts{}); err != nil {
			t.Fatal(err)
		}
	}
	s.Close()
	_, err = graph.Open(context.Background(), graph.Config{Address: dir})
	if !errors.Is(err, graph.ErrNewerSchema) {
		t.Fatalf("Open of a future store: %v, want ErrNewerSchema", err)
	}
	if !strings.Contains(err.Error(), fmt.Sprintf("schema version %d", graph.SchemaVersion+1)) {
		t.Errorf("error %q does not name the version", err)
	}
}

func TestReopenKeepsData(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "ng.db")
	s, err := graph.Open(context.Background(), graph.Config{Address: dir})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.Load(context.Background(), graphtest.DocA()); err != nil {
		t.Fatal(err)
	}
	want := graphtest.Quads(t, s)
	s.Close()
	s, err = graph.Open(context.Background(), graph.Config{Address: dir})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if got := graphtest.Quads(t, s); strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("reopened store has %d quads, want %d", len(got), len(want))
	}
	st, err := s.Load(context.Background(), graphtest.DocA())
	if err != nil || st.Unchanged != 1 {
		t.Errorf("reloading after reopen: %+v, %v", st, err)
	}
}

// TestPostgresDroppedConnection kills the server side of the connection while
// a batch is being written: the load fails, nothing of it is stored, and the
// store works again afterwards.
func TestPostgresDroppedConnection(t *testing.T) {
	if testing.Short() {
		t.Skip("writes a large batch")
	}
	admin := graphtest.PostgresAdmin(t)
	addr := graphtest.PostgresDatabase(t, admin)
	ctx := context.Background()
	s, err := graph.Open(ctx, graph.Config{Backend: graph.BackendPostgres, Address: addr})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if _, err := s.Load(ctx, graphtest.DocA()); err != nil {
		t.Fatal(err)
	}
	before := graphtest.Quads(t, s)

	db, err := sql.Open("postgres", admin)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	u, _ := url.Parse(addr)
	dbName := strings.TrimPrefix(u.Path, "/")

	big := graphtest.Generate(graphtest.GenerateOptions{Docs: 40, Seed: 11})
	done := make(chan error, 1)
	go func() {
		_, err := s.LoadBatch(ctx, big)
		done <- err
	}()
	// Terminate the store's connections once the write is under way: those
	// in a transaction that has written (a transaction id). A connection
	// dropped during the lookups before it is retried by database/sql, and
	// the load rightly succeeds.
	var killed int
	deadline := time.Now().Add(20 * time.Second)
	for killed == 0 && time.Now().Before(deadline) {
		select {
		case err := <-done:
			t.Skipf("the batch finished (%v) before a connection could be dropped", err)
		case <-time.After(200 * time.Millisecond):
		}
		row := db.QueryRow(`SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity
			WHERE datname = $1 AND backend_xid IS NOT NULL AND pid <> pg_backend_pid()`, dbName)
		if err := row.Scan(&killed); err != nil {
			t.Fatal(err)
		}
	}
	if killed == 0 {
		t.Fatal("found no active connection to drop")
	}
	if err := <-done; err == nil {
		t.Fatal("LoadBatch succeeded although its connection was dropped")
	}
	if got := graphtest.Quads(t, s); strings.Join(got, "\n") != strings.Join(before, "\n") {
		t.Errorf("after the dropped connection the store has %d quads, want the %d from before", len(got), len(before))
	}
	// The pool reconnects: the next load works.
	if _, err := s.Load(ctx, graphtest.DocB()); err != nil {
		t.Errorf("load after the dropped connection: %v", err)
	}
}
