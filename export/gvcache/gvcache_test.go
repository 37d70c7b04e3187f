//go:build unix

package gvcache

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestMain(m *testing.M) {
	// No go-graphviz here to restore TMPDIR after: do it before the tests
	// make their temporary folders.
	Restore()
	os.Exit(m.Run())
}

func TestCheck(t *testing.T) {
	uid := os.Geteuid()
	mkdir := func(t *testing.T, p string, mode os.FileMode) string {
		t.Helper()
		if err := os.Mkdir(p, mode); err != nil {
			t.Fatal(err)
		}
		if err := os.Chmod(p, mode); err != nil { // past the umask
			t.Fatal(err)
		}
		return p
	}
	for _, tc := range []struct {
		name string
		root bool // needs root (chown)
		make func(t *testing.T, tmp string) string
		uid  int
		want string // "" accepts; otherwise part of the error
	}{
		{"private", false, func(t *testing.T, tmp string) string { return mkdir(t, tmp+"/c", 0o700) }, uid, ""},
		{"readable by others", false, func(t *testing.T, tmp string) string { return mkdir(t, tmp+"/c", 0o755) }, uid, ""},
		{"world-writable", false, func(t *testing.T, tmp string) string { return mkdir(t, tmp+"/c", 0o777) }, uid, "writable by group or others"},
		{"group-writable", false, func(t *testing.T, tmp string) string { return mkdir(t, tmp+"/c", 0o770) }, uid, "writable by group or others"},
		{"another user's", false, func(t *testing.T, tmp string) string { return mkdir(t, tmp+"/c", 0o700) }, uid + 1, "owned by another user"},
		{"chowned away", true, func(t *testing.T, tmp string) string {
			p := mkdir(t, tmp+"/c", 0o700)
			if err := os.Chown(p, 65534, 65534); err != nil {
				t.Fatal(err)
			}
			return p
		}, uid, "owned by another user"},
		{"symbolic link", false, func(t *testing.T, tmp string) string {
			mkdir(t, tmp+"/real", 0o700)
			if err := os.Symlink(tmp+"/real", tmp+"/c"); err != nil {
				t.Fatal(err)
			}
			return tmp + "/c"
		}, uid, "not a directory"},
		{"world-writable parent", false, func(t *testing.T, tmp string) string {
			mkdir(t, tmp+"/p", 0o777)
			return mkdir(t, tmp+"/p/c", 0o700)
		}, uid, "writable by group or others"},
		{"sticky parent", false, func(t *testing.T, tmp string) string {
			mkdir(t, tmp+"/p", 0o777|os.ModeSticky)
			return mkdir(t, tmp+"/p/c", 0o700)
		}, uid, ""},
		{"parent of another user", true, func(t *testing.T, tmp string) string {
			p := mkdir(t, tmp+"/p", 0o755)
			c := mkdir(t, tmp+"/p/c", 0o700)
			if err := os.Chown(p, 65534, 65534); err != nil {
				t.Fatal(err)
			}
			return c
		}, uid, "owned by another user"},
		{"relative", false, func(t *testing.T, tmp string) string { return "c" }, uid, "not an absolute path"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if tc.root && uid != 0 {
				t.Skip("needs root to give a folder to another user")
			}
			dir := tc.make(t, t.TempDir())
			err := Check(dir, tc.uid)
			switch {
			case tc.want == "" && err != nil:
				t.Errorf("Check(%s) = %v, want it accepted", dir, err)
			case tc.want != "" && (err == nil || !strings.Contains(err.Error(), tc.want)):
				t.Errorf("Check(%s) = %v, want an error saying %q", dir, err, tc.want)
			}
		})
	}
}

func TestDir(t *testing.T) {
	home := t.TempDir()
	t.Setenv("HOME", home)
	t.Setenv("XDG_CACHE_HOME", "")
	dir, err := Dir()
	if err != nil {
		t.Fatal(err)
	}
	if want := filepath.Join(home, ".cache", "newsgraph", "graphviz"); dir != want {
		t.Errorf("Dir() = %s, want %s", dir, want)
	}
	fi, err := os.Stat(dir)
	if err != nil || fi.Mode().Perm() != 0o700 {
		t.Fatalf("cache folder %v (%v), want mode 0700", fi.Mode(), err)
	}
	// A folder someone opened up afterwards is refused, not repaired.
	if err := os.Chmod(dir, 0o777); err != nil {
		t.Fatal(err)
	}
	if _, err := Dir(); err == nil {
		t.Error("Dir() accepted a world-writable folder")
	}
	// No usable home: no cache, and no error worth showing.
	t.Setenv("HOME", filepath.Join(home, "missing"))
	if _, err := Dir(); err != errUnavailable {
		t.Errorf("Dir() without a home = %v, want errUnavailable", err)
	}
	if _, err := os.Stat(filepath.Join(home, "missing")); err == nil {
		t.Error("Dir() made the missing home folder")
	}
}

func TestParent(t *testing.T) {
	for in, want := range map[string]string{"/a/b/c": "/a/b", "/a": "/", "/a/b/": "/a", "/": "/"} {
		if got := parent(in); got != want {
			t.Errorf("parent(%q) = %q, want %q", in, got, want)
		}
	}
}
