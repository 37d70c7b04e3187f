//go:build unix

package gvcache

import (
	"errors"
	"os"
	"syscall"
)

// noCache is the TMPDIR under which go-graphviz can neither find nor create
// its folder: /dev/null is not a directory, so it falls back to compiling
// in memory.
const noCache = "/dev/null"

// saved is TMPDIR as the process received it. It is written once, by init,
// before any other code of newsgraph runs, and read by Restore.
var saved struct {
	value string
	set   bool
	done  bool
}

func init() {
	saved.value, saved.set = os.LookupEnv("TMPDIR")
	saved.done = true
	dir, err := Dir()
	if err != nil {
		dir = noCache
		if !errors.Is(err, errUnavailable) {
			// A folder that exists but is not safe is worth a word: someone
			// else may control it, and every command now starts slower.
			os.Stderr.WriteString("newsgraph: not caching compiled Graphviz: " + err.Error() + "\n")
		}
	}
	os.Setenv("TMPDIR", dir)
}

// Restore sets TMPDIR back to what the process was started with, so that
// temporary files and child processes are not affected by the override.
func Restore() {
	if !saved.done {
		return
	}
	if saved.set {
		os.Setenv("TMPDIR", saved.value)
	} else {
		os.Unsetenv("TMPDIR")
	}
}

// errUnavailable marks a cache folder that cannot be made (no home, a
// read-only disk): newsgraph then runs without an on-disk cache, silently.
var errUnavailable = errors.New("no per-user cache folder")

// Dir returns the per-user cache folder, os.UserCacheDir()/newsgraph/graphviz,
// creating it with mode 0700 when missing, after checking that nobody else
// can change it or the folders above it (see Check).
func Dir() (string, error) {
	base, err := os.UserCacheDir()
	if err != nil || len(base) == 0 || base[0] != '/' {
		return "", errUnavailable
	}
	// Only the cache folder and the two below it are made, never the home
	// they belong in: a HOME that does not exist means no cache.
	dir := base + "/newsgraph/graphviz"
	for _, p := range []string{base, base + "/newsgraph", dir} {
		if err := os.Mkdir(p, 0o700); err != nil && !errors.Is(err, os.ErrExist) {
			return "", errUnavailable
		}
	}
	if err := Check(dir, os.Geteuid()); err != nil {
		return "", err
	}
	return dir, nil
}

// Check reports whether dir (absolute) is safe as uid's private cache: dir
// itself is a real directory (not a symbolic link) owned by uid and not
// writable by group or others; each folder above it is owned by root or uid
// and not writable by group or others unless it has the sticky bit (as /tmp
// has), which stops others from renaming dir away and putting their own in
// its place.
func Check(dir string, uid int) error {
	if len(dir) == 0 || dir[0] != '/' {
		return errors.New(dir + ": not an absolute path")
	}
	st, err := lstat(dir)
	if err != nil {
		return err
	}
	if st.Mode&syscall.S_IFMT != syscall.S_IFDIR {
		return errors.New(dir + ": not a directory")
	}
	if int(st.Uid) != uid {
		return errors.New(dir + ": owned by another user")
	}
	if st.Mode&0o022 != 0 {
		return errors.New(dir + ": writable by group or others")
	}
	for p := parent(dir); ; p = parent(p) {
		var st syscall.Stat_t
		// Stat, not Lstat: a symbolic link cannot be changed without write
		// access to its own folder, which the next round checks; what it
		// points to is checked here.
		if err := syscall.Stat(p, &st); err != nil {
			return errors.New(p + ": " + err.Error())
		}
		if st.Uid != 0 && int(st.Uid) != uid {
			return errors.New(p + ": owned by another user")
		}
		if st.Mode&0o022 != 0 && st.Mode&syscall.S_ISVTX == 0 {
			return errors.New(p + ": writable by group or others")
		}
		if p == "/" {
			return nil
		}
	}
}

func lstat(p string) (*syscall.Stat_t, error) {
	var st syscall.Stat_t
	if err := syscall.Lstat(p, &st); err != nil {
		return nil, errors.New(p + ": " + err.Error())
	}
	return &st, nil
}

// parent returns the folder holding the absolute path p ("/" for "/x").
func parent(p string) string {
	for len(p) > 1 && p[len(p)-1] == '/' {
		p = p[:len(p)-1]
	}
	i := len(p) - 1
	for i > 0 && p[i] != '/' {
		i--
	}
	if i == 0 {
		return "/"
	}
	return p[:i]
}
