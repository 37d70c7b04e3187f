//go:build unix

package main

import (
	"bytes"
	"os"
	"os/exec"
	"os/user"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
)

// TestGraphvizCache runs the built newsgraph binary to check where go-graphviz
// keeps its compiled code (see package export/gvcache): initialised early
// enough to matter, a private folder per user, never the shared TMPDIR, and a
// hostile folder refused.
func TestGraphvizCache(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary")
	}
	root := t.TempDir()
	// Other users must reach the binary and their working folders.
	for _, d := range []string{filepath.Dir(root), root} {
		if err := os.Chmod(d, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	bin := filepath.Join(root, "newsgraph")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	shared := filepath.Join(root, "tmp") // stands for /tmp
	if err := os.Mkdir(shared, 0o777); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(shared, 0o777|os.ModeSticky); err != nil {
		t.Fatal(err)
	}
	// run runs newsgraph with a home of its own, as uid when it is not -1.
	run := func(t *testing.T, home string, uid int, args ...string) (stderr string) {
		t.Helper()
		cmd := exec.Command(bin, args...)
		cmd.Dir = home
		cmd.Env = []string{"HOME=" + home, "TMPDIR=" + shared, "PATH=/usr/bin:/bin", "GODEBUG=inittrace=1"}
		if uid >= 0 {
			cmd.SysProcAttr = &syscall.SysProcAttr{Credential: &syscall.Credential{Uid: uint32(uid), Gid: uint32(uid)}}
		}
		var out, errb bytes.Buffer
		cmd.Stdout, cmd.Stderr = &out, &errb
		if err := cmd.Run(); err != nil {
			t.Fatalf("newsgraph %s as uid %d: %v\n%s", strings.Join(args, " "), uid, err, tail(errb.String()))
		}
		return errb.String()
	}
	newHome := func(t *testing.T, name string, uid int) string {
		t.Helper()
		h := filepath.Join(root, name)
		if err := os.Mkdir(h, 0o700); err != nil {
			t.Fatal(err)
		}
		if uid >= 0 {
			if err := os.Chown(h, uid, uid); err != nil {
				t.Fatal(err)
			}
		}
		return h
	}
	cacheOf := func(home string) string { return filepath.Join(home, ".cache", "newsgraph", "graphviz") }
	noSharedCache := func(t *testing.T) {
		t.Helper()
		if _, err := os.Lstat(filepath.Join(shared, "go-graphviz")); err == nil {
			t.Error("go-graphviz wrote its cache into the shared TMPDIR")
		}
	}

	t.Run("init order", func(t *testing.T) {
		stderr := run(t, newHome(t, "order", -1), -1, "--help")
		at := func(pkg string) int {
			for i, l := range strings.Split(stderr, "\n") {
				if strings.HasPrefix(l, "init "+pkg+" @") {
					return i
				}
			}
			t.Fatalf("no init of %s in GODEBUG=inittrace output", pkg)
			return -1
		}
		if g, w := at("newsgraph/export/gvcache"), at("github.com/goccy/go-graphviz/internal/wasm"); g > w {
			t.Errorf("gvcache initialised after go-graphviz (line %d > %d): the cache folder is not overridden", g, w)
		}
		noSharedCache(t)
	})

	t.Run("two users", func(t *testing.T) {
		if os.Geteuid() != 0 {
			t.Skip("needs root to run newsgraph as a second user")
		}
		other := 65534
		if u, err := user.Lookup("nobody"); err == nil {
			if id, err := strconv.Atoi(u.Uid); err == nil {
				other = id
			}
		}
		// What an older newsgraph left behind: root's /tmp/go-graphviz, which
		// made every command of another user panic.
		if err := os.Mkdir(filepath.Join(shared, "go-graphviz"), 0o755); err != nil {
			t.Fatal(err)
		}
		defer os.RemoveAll(filepath.Join(shared, "go-graphviz"))
		homes := map[int]string{0: newHome(t, "root-home", -1), other: newHome(t, "other-home", other)}
		for _, uid := range []int{0, other, 0, other} { // second round reads the caches
			run(t, homes[uid], uid, "demo", "-o", "map.svg")
			svg, err := os.ReadFile(filepath.Join(homes[uid], "map.svg"))
			if err != nil || !bytes.Contains(svg, []byte("<svg")) {
				t.Fatalf("uid %d: no map (%v)", uid, err)
			}
		}
		for uid, home := range homes {
			var st syscall.Stat_t
			dir := cacheOf(home)
			if err := syscall.Stat(dir, &st); err != nil {
				t.Fatalf("uid %d: no cache folder: %v", uid, err)
			}
			if int(st.Uid) != uid || st.Mode&0o777 != 0o700 {
				t.Errorf("uid %d: %s owned by %d mode %o, want %d and 0700", uid, dir, st.Uid, st.Mode&0o777, uid)
			}
			if n := countFiles(t, dir); n == 0 {
				t.Errorf("uid %d: nothing cached in %s", uid, dir)
			}
		}
		if es, _ := os.ReadDir(filepath.Join(shared, "go-graphviz")); len(es) != 0 {
			t.Errorf("the shared go-graphviz folder was written to: %d entries", len(es))
		}
	})

	t.Run("hostile cache folder", func(t *testing.T) {
		for _, tc := range []struct {
			name  string
			mode  os.FileMode
			owner int // -1: ours
		}{
			{"mode 0777", 0o777, -1},
			{"another owner", 0o700, 65534},
		} {
			t.Run(tc.name, func(t *testing.T) {
				if tc.owner >= 0 && os.Geteuid() != 0 {
					t.Skip("needs root to give a folder to another user")
				}
				home := newHome(t, "hostile-"+strings.ReplaceAll(tc.name, " ", "-"), -1)
				dir := cacheOf(home)
				if err := os.MkdirAll(dir, 0o700); err != nil {
					t.Fatal(err)
				}
				if err := os.Chmod(dir, tc.mode); err != nil {
					t.Fatal(err)
				}
				if tc.owner >= 0 {
					if err := os.Chown(dir, tc.owner, tc.owner); err != nil {
						t.Fatal(err)
					}
				}
				stderr := run(t, home, -1, "demo", "-o", "map.svg")
				if !strings.Contains(stderr, "not caching compiled Graphviz") {
					t.Errorf("no warning about %s", dir)
				}
				if n := countFiles(t, dir); n != 0 {
					t.Errorf("%d files written into the hostile %s", n, dir)
				}
				noSharedCache(t)
			})
		}
	})
}

func countFiles(t *testing.T, dir string) int {
	t.Helper()
	n := 0
	err := filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err == nil && p != dir {
			n++
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return n
}

func tail(s string) string {
	if len(s) > 2000 {
		return "…" + s[len(s)-2000:]
	}
	return s
}
