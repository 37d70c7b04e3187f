package export

import (
	"bufio"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
)

// WriteFile writes a file through write and puts it in place only when all
// of it was written: the data goes to a temporary file in the same folder,
// which is synced and renamed over path on success and removed on failure.
// A full disk or an error halfway therefore leaves the previous file (the
// last good export) as it was. An existing file keeps its permission bits;
// a new one gets 0644 less the umask.
func WriteFile(path string, write func(io.Writer) error) error {
	f, err := createPending(path)
	if err != nil {
		return err
	}
	if err := write(f.w); err != nil {
		f.abort()
		return fmt.Errorf("writing %s: %w", path, err)
	}
	if err := f.finish(); err != nil {
		f.abort()
		return err
	}
	return f.commit()
}

// pending is a temporary file that becomes path on commit.
type pending struct {
	path string // the file to replace (symbolic links resolved)
	tmp  *os.File
	w    *bufio.Writer // writes to tmp
	done bool          // renamed or removed: abort has nothing to do
}

// createPending opens a temporary file beside path. A symbolic link is
// followed, so the link keeps pointing at the new file.
func createPending(path string) (*pending, error) {
	target := path
	if fi, err := os.Lstat(path); err == nil {
		if fi.Mode()&fs.ModeSymlink != 0 {
			if target, err = filepath.EvalSymlinks(path); err != nil {
				return nil, fmt.Errorf("writing %s: %w", path, err)
			}
			if fi, err = os.Stat(target); err != nil {
				return nil, fmt.Errorf("writing %s: %w", path, err)
			}
		}
		if fi.IsDir() {
			return nil, fmt.Errorf("writing %s: is a directory", path)
		}
	}
	mode := fs.FileMode(0o644)
	keep := false
	if fi, err := os.Stat(target); err == nil {
		mode, keep = fi.Mode().Perm(), true
	}
	dir, base := filepath.Split(target)
	if dir == "" {
		dir = "."
	}
	for range 100 {
		var r [8]byte
		_, _ = rand.Read(r[:])
		name := filepath.Join(dir, "."+base+".tmp-"+hex.EncodeToString(r[:]))
		f, err := os.OpenFile(name, os.O_WRONLY|os.O_CREATE|os.O_EXCL, mode)
		if errors.Is(err, fs.ErrExist) {
			continue
		}
		if err != nil {
			return nil, fmt.Errorf("writing %s: %w", path, err)
		}
		if keep {
			// OpenFile applied the umask; the old file's bits are what the
			// user chose for it.
			if err := f.Chmod(mode); err != nil {
				f.Close()
				os.Remove(name)
				return nil, fmt.Errorf("writing %s: %w", path, err)
			}
		}
		return &pending{path: target, tmp: f, w: bufio.NewWriterSize(f, 64<<10)}, nil
	}
	return nil, fmt.Errorf("writing %s: no free temporary name in %s", path, dir)
}

// finish flushes the content and syncs it to disk, so that a rename after a
// crash cannot expose an empty or partial file.
func (p *pending) finish() error {
	if err := p.w.Flush(); err != nil {
		return fmt.Errorf("writing %s: %w", p.path, err)
	}
	if err := p.tmp.Sync(); err != nil {
		return fmt.Errorf("writing %s: %w", p.path, err)
	}
	if err := p.tmp.Close(); err != nil {
		return fmt.Errorf("writing %s: %w", p.path, err)
	}
	return nil
}

// commit renames the written file over path and syncs the folder so the
// rename itself survives a crash.
func (p *pending) commit() error {
	p.done = true
	if err := os.Rename(p.tmp.Name(), p.path); err != nil {
		os.Remove(p.tmp.Name())
		return fmt.Errorf("writing %s: %w", p.path, err)
	}
	if d, err := os.Open(filepath.Dir(p.path)); err == nil {
		_ = d.Sync() // best effort: some filesystems refuse to sync a folder
		d.Close()
	}
	return nil
}

// abort removes the temporary file unless it was committed; the previous
// file is untouched. It may be deferred and called more than once.
func (p *pending) abort() {
	if p.done {
		return
	}
	p.done = true
	p.tmp.Close()
	os.Remove(p.tmp.Name())
}
