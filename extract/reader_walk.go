package extract

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
)

// Walk reads every article under paths (files or folders, walked
// recursively, in sorted order, symlink loops detected), calling fn for each
// file in order: a good document with err == nil, or a skipped input with
// err != nil whose message names the file and says why in one line (a
// *SkipError with Path and Reason). If fn returns an error, Walk stops and
// returns it. A path that does not exist is a skip, too (the caller decides
// the exit status).
//
// Paths are visited in the order given; inside a folder, entries are sorted
// by name. Hidden entries (".git", ".DS_Store") inside folders are ignored
// unless opts.IncludeHidden is set. Symbolic links are followed; a link back
// to a folder being walked is reported as a loop, and a file or folder
// reached a second time (through a link or a repeated argument) is reported
// as already read rather than read twice. Only one folder listing is held
// per level of nesting, so memory does not grow with the number of files
// already read. Walk returns ctx.Err() when ctx is cancelled.
func Walk(ctx context.Context, paths []string, opts ReadOptions, fn func(path string, doc Document, err error) error) error {
	w := walker{
		ctx:  ctx,
		opts: opts,
		fn:   fn,
		seen: map[fileKey]string{},
	}
	for _, p := range paths {
		if err := w.visit(p, nil); err != nil {
			return err
		}
	}
	return nil
}

// fileKey identifies a file independently of the path that reached it.
type fileKey struct{ dev, ino uint64 }

type walker struct {
	ctx  context.Context
	opts ReadOptions
	fn   func(string, Document, error) error
	// seen maps every file and folder already visited to the path it was
	// first reached by. It grows with the number of files, a few dozen
	// bytes each; documents themselves are never kept.
	seen map[fileKey]string
}

// ancestor is one folder on the path from a walk root to the current one.
type ancestor struct {
	key  fileKey
	path string
}

func (w *walker) visit(path string, stack []ancestor) error {
	if err := w.ctx.Err(); err != nil {
		return err
	}
	fi, err := os.Stat(path)
	if err != nil {
		return w.fn(path, Document{}, statSkip(path, err))
	}
	key, haveKey := keyOf(fi)
	if fi.IsDir() {
		if haveKey {
			for _, a := range stack {
				if a.key == key {
					return w.fn(path, Document{}, skip(path, "symbolic link loop: leads back to "+printablePath(a.path), errSymlinkLoop))
				}
			}
			if first, ok := w.seen[key]; ok {
				return w.fn(path, Document{}, skip(path, "folder already read as "+printablePath(first), errAlreadyRead))
			}
			w.seen[key] = path
		}
		if len(stack) >= maxDepth {
			// Without file identities (some platforms) this is what ends a loop.
			return w.fn(path, Document{}, skip(path, "folders nested deeper than 256 levels", errSymlinkLoop))
		}
		return w.walkDir(path, append(stack, ancestor{key: key, path: path}))
	}
	if haveKey {
		if first, ok := w.seen[key]; ok {
			return w.fn(path, Document{}, skip(path, "same file as "+printablePath(first)+", already read", errAlreadyRead))
		}
		w.seen[key] = path
	}
	doc, err := ReadFile(path, w.opts)
	return w.fn(path, doc, err)
}

const maxDepth = 256

var (
	errSymlinkLoop = errors.New("symbolic link loop")
	errAlreadyRead = errors.New("already read")
)

func (w *walker) walkDir(dir string, stack []ancestor) error {
	entries, err := os.ReadDir(dir)
	if err != nil && len(entries) == 0 {
		return w.fn(dir, Document{}, statSkip(dir, err))
	}
	// os.ReadDir returns entries sorted by name, including the ones it
	// read before an error; report the error after them.
	for _, e := range entries {
		if !w.opts.IncludeHidden && strings.HasPrefix(e.Name(), ".") {
			continue
		}
		if err := w.visit(filepath.Join(dir, e.Name()), stack); err != nil {
			return err
		}
	}
	if err != nil {
		return w.fn(dir, Document{}, skip(dir, "folder listing incomplete: "+oneLine(err), err))
	}
	return nil
}
