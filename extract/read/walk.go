package read

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"newsgraph/extract/record"
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
// by name. Hidden entries (".git", ".DS_Store") inside folders are not read
// unless opts.IncludeHidden is set; each is reported in its place as a skip
// that wraps ErrExcluded (a hidden folder is not entered). Symbolic links
// are followed; a link back
// to a folder being walked is reported as a loop, and a file or folder
// reached a second time (through a link or a repeated argument) is reported
// as already read rather than read twice. Only one folder listing is held
// per level of nesting, so memory does not grow with the number of files
// already read. Walk returns ctx.Err() when ctx is cancelled.
//
// Document ids are readable paths, unique within one Walk and the same on
// every run over the same paths: a file given by name is its name without
// extension ("report"); a file found in a folder is its path under that
// folder without extension ("politics/001"), keeping the extension where a
// neighbour has the same stem ("a/report.txt", "a/report.md"). An id that an
// earlier path already gave ("001" from two folders given one after the
// other) becomes the path as given ("bbc/politics/001"). Names are kept as
// written, only unprintable characters replaced (cleanID).
func Walk(ctx context.Context, paths []string, opts Options, fn func(path string, doc record.Document, err error) error) error {
	w := walker{
		ctx:  ctx,
		opts: opts,
		fn:   fn,
		seen: map[fileKey]string{},
		ids:  map[string]string{},
	}
	for p, why := range opts.Exclude {
		if fi, err := os.Stat(p); err == nil {
			if key, ok := keyOf(fi); ok {
				if w.exclude == nil {
					w.exclude = map[fileKey]string{}
				}
				w.exclude[key] = why
			}
		}
	}
	for _, p := range paths {
		if err := w.visit(p, "", nil); err != nil {
			return err
		}
	}
	return nil
}

// fileKey identifies a file independently of the path that reached it.
type fileKey struct{ dev, ino uint64 }

type walker struct {
	ctx  context.Context
	opts Options
	fn   func(string, record.Document, error) error
	// seen maps every file and folder already visited to the path it was
	// first reached by. It grows with the number of files, a few dozen
	// bytes each; documents themselves are never kept.
	seen map[fileKey]string
	// ids maps every document id given out to the path it was given to.
	ids map[string]string
	// exclude maps the files and folders of Options.Exclude to why.
	exclude map[fileKey]string
}

// ancestor is one folder on the path from a walk root to the current one.
type ancestor struct {
	key  fileKey
	path string
}

// visit reads path; id is the id a file there gets, "" for a walk root.
func (w *walker) visit(path, id string, stack []ancestor) error {
	if err := w.ctx.Err(); err != nil {
		return err
	}
	fi, err := os.Stat(path)
	if err != nil {
		return w.fn(path, record.Document{}, statSkip(path, err))
	}
	key, haveKey := keyOf(fi)
	if why, ok := w.exclude[key]; ok && haveKey {
		return w.fn(path, record.Document{}, skip(path, why, ErrExcluded))
	}
	if fi.IsDir() {
		if haveKey {
			for _, a := range stack {
				if a.key == key {
					return w.fn(path, record.Document{}, skip(path, "symbolic link loop: leads back to "+printablePath(a.path), errSymlinkLoop))
				}
			}
			if first, ok := w.seen[key]; ok {
				return w.fn(path, record.Document{}, skip(path, "folder already read as "+printablePath(first), errAlreadyRead))
			}
			w.seen[key] = path
		}
		if len(stack) >= maxDepth {
			// Without file identities (some platforms) this is what ends a loop.
			return w.fn(path, record.Document{}, skip(path, "folders nested deeper than 256 levels", errSymlinkLoop))
		}
		return w.walkDir(path, id, append(stack, ancestor{key: key, path: path}))
	}
	if haveKey {
		if first, ok := w.seen[key]; ok {
			return w.fn(path, record.Document{}, skip(path, "same file as "+printablePath(first)+", already read", errAlreadyRead))
		}
		w.seen[key] = path
	}
	doc, err := File(path, w.opts)
	if err == nil {
		doc.ID = w.uniqueID(path, id)
	}
	return w.fn(path, doc, err)
}

// uniqueID records and returns the id of the document at path: id (its
// path under its walk root), DocumentID for a root, or, when another file
// already has that id, the path as given; a numbered suffix settles what is
// left (two spellings of one folder that are not the same folder).
func (w *walker) uniqueID(path, id string) string {
	if id == "" {
		id = DocumentID(path)
	}
	if _, taken := w.ids[id]; taken {
		clean := filepath.ToSlash(filepath.Clean(path))
		id = cleanID(strings.TrimSuffix(clean, filepath.Ext(clean)))
		if _, taken := w.ids[id]; taken {
			id = cleanID(clean)
		}
		for n, base := 2, id; ; n++ {
			if _, taken := w.ids[id]; !taken {
				break
			}
			id = base + "~" + strconv.Itoa(n)
		}
	}
	w.ids[id] = path
	return id
}

const maxDepth = 256

var (
	errSymlinkLoop = errors.New("symbolic link loop")
	errAlreadyRead = errors.New("already read")
)

// walkDir visits the entries of dir; prefix is dir's own id ("" for a walk
// root), to which each entry's name is joined.
func (w *walker) walkDir(dir, prefix string, stack []ancestor) error {
	entries, err := os.ReadDir(dir)
	if err != nil && len(entries) == 0 {
		return w.fn(dir, record.Document{}, statSkip(dir, err))
	}
	// os.ReadDir returns entries sorted by name, including the ones it
	// read before an error; report the error after them.
	hidden := func(name string) bool { return !w.opts.IncludeHidden && strings.HasPrefix(name, ".") }
	var names []string
	var dirs []bool
	for _, e := range entries {
		if !hidden(e.Name()) {
			names = append(names, e.Name())
			dirs = append(dirs, e.IsDir())
		}
	}
	ids := entryIDs(names, dirs)
	for _, e := range entries {
		p := filepath.Join(dir, e.Name())
		if hidden(e.Name()) {
			// Named, not read: nothing is left out unsaid.
			if err := w.fn(p, record.Document{}, skip(p, `hidden (name starts with "."), not read`, ErrExcluded)); err != nil {
				return err
			}
			continue
		}
		id := ids[0]
		ids = ids[1:]
		if prefix != "" {
			id = prefix + "/" + id
		}
		if err := w.visit(p, id, stack); err != nil {
			return err
		}
	}
	if err != nil {
		return w.fn(dir, record.Document{}, skip(dir, "folder listing incomplete: "+oneLine(err), err))
	}
	return nil
}

// entryIDs names the entries of one folder for their ids: each file name
// without its extension where no other entry's stem or name is that stem, the
// whole name otherwise, so that "report.txt" and "report.md" stay apart;
// folders keep their whole name ("v1.2"). Names in a folder are unique, so
// the result is too unless cleanID makes two alike (uniqueID settles that).
func entryIDs(names []string, dirs []bool) []string {
	stemOf := func(i int) string {
		if dirs[i] {
			return names[i]
		}
		return stem(names[i])
	}
	count := make(map[string]int, 2*len(names))
	for i, n := range names {
		count[stemOf(i)]++
		if stemOf(i) != n {
			count[n]++
		}
	}
	out := make([]string, len(names))
	for i, n := range names {
		if s := stemOf(i); count[s] == 1 {
			out[i] = cleanID(s)
		} else {
			out[i] = cleanID(n)
		}
	}
	return out
}
