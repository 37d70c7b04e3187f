package serve

import (
	"context"
	"fmt"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	"newsgraph/extract/read"
	"newsgraph/graph"
)

// DocInfo describes a stored document for citing it: the title, outlet,
// date and URL the store recorded, and the article's text read from the
// file at Path when that file still holds the text that was loaded (without
// a recorded title, its first line of three words or more).
type DocInfo struct {
	ID        string `json:"id"`
	Path      string `json:"path,omitempty"`
	Title     string `json:"title,omitempty"`
	Date      string `json:"date,omitempty"`
	Outlet    string `json:"outlet,omitempty"`
	URL       string `json:"url,omitempty"`
	Sentences int    `json:"sentences"`
	// Available says whether the article's text can be shown; Reason says
	// why not.
	Available bool   `json:"available"`
	Reason    string `json:"reason,omitempty"`
}

// docIndex knows the stored documents and caches their titles.
type docIndex struct {
	st     *graph.Store
	mu     sync.Mutex
	docs   map[string]graph.Document // nil until read
	titles map[string]DocInfo
}

func newDocIndex(st *graph.Store) *docIndex {
	return &docIndex{st: st, titles: map[string]DocInfo{}}
}

// info describes document id, reading its file once for the title.
func (d *docIndex) info(ctx context.Context, id string) (DocInfo, error) {
	d.mu.Lock()
	defer d.mu.Unlock()
	if di, ok := d.titles[id]; ok {
		return di, nil
	}
	di, _, err := d.read(ctx, id)
	if err != nil {
		return di, err
	}
	d.titles[id] = di
	return di, nil
}

// count is the number of stored documents.
func (d *docIndex) count(ctx context.Context) (int, error) {
	d.mu.Lock()
	defer d.mu.Unlock()
	if err := d.list(ctx); err != nil {
		return 0, err
	}
	return len(d.docs), nil
}

// list reads the stored documents once. d.mu must be held.
func (d *docIndex) list(ctx context.Context) error {
	if d.docs != nil {
		return nil
	}
	docs, err := d.st.Documents(ctx)
	if err != nil {
		return fmt.Errorf("listing documents: %w", err)
	}
	d.docs = make(map[string]graph.Document, len(docs))
	for _, doc := range docs {
		d.docs[doc.ID] = doc
	}
	return nil
}

// read returns document id's description and text ("" when unavailable).
// d.mu must be held.
func (d *docIndex) read(ctx context.Context, id string) (DocInfo, string, error) {
	if err := d.list(ctx); err != nil {
		return DocInfo{}, "", err
	}
	doc, ok := d.docs[id]
	if !ok {
		return DocInfo{}, "", &apiError{status: http.StatusNotFound, msg: fmt.Sprintf("no document %q in the store", id)}
	}
	di, text := readText(doc)
	di.Date, di.Outlet, di.URL = doc.Date, doc.Outlet, doc.URL
	// The title the store read (og:title, <title>, front matter) unless it
	// too is site navigation taken for a first line ("Hot Posts").
	if t := title(doc.Title); t != "" || di.Title == "" {
		di.Title = t
	}
	return di, text, nil
}

// readText reads a document's text from its file, when it is still the
// text that was loaded.
func readText(doc graph.Document) (DocInfo, string) {
	di := DocInfo{ID: doc.ID, Path: doc.Path, Sentences: doc.Sentences}
	if doc.Path == "" {
		di.Reason = "the store does not say where the article was read from"
		return di, ""
	}
	text, err := read.File(doc.Path, read.Options{})
	switch {
	case err != nil:
		di.Reason = "the article's file cannot be read: " + err.Error()
		return di, ""
	case text.Hash() != doc.Hash:
		di.Reason = "the article's file has changed since it was loaded: rebuild the store to see it"
		return di, ""
	}
	di.Available = true
	di.Title = title(text.Text)
	return di, text.Text
}

// title is the first line of at least titleWords words, shortened: pages
// saved from the web often start with navigation ("Hot Posts", "- Region:").
func title(text string) string {
	for _, line := range strings.Split(text, "\n") {
		if line = strings.TrimSpace(line); len(strings.Fields(line)) >= titleWords {
			if r := []rune(line); len(r) > 200 {
				line = string(r[:199]) + "…"
			}
			return line
		}
	}
	return ""
}

// titleWords is the fewest words a line needs to be taken for a title.
const titleWords = 3

// DocAnswer is the answer of /api/doc/{id}: the article's text, cut at the
// highlighted span (byte offsets given as span=START-END) into Before,
// Highlight and After so that clients need not count bytes.
type DocAnswer struct {
	DocInfo
	Before    string `json:"before,omitempty"`
	Highlight string `json:"highlight,omitempty"`
	After     string `json:"after,omitempty"`
}

func (s *Server) document(ctx context.Context, r *http.Request) (any, error) {
	if err := knownParams(r, "span"); err != nil {
		return nil, err
	}
	id := r.PathValue("id")
	if id == "" || !utf8.ValidString(id) || len(id) > 1000 {
		return nil, badRequest("no valid document id in the path")
	}
	sp, err := param(r, "span")
	if err != nil {
		return nil, err
	}
	start, end := -1, -1
	if sp != "" {
		a, b, ok := strings.Cut(sp, "-")
		var e1, e2 error
		start, e1 = strconv.Atoi(a)
		end, e2 = strconv.Atoi(b)
		if !ok || e1 != nil || e2 != nil || start < 0 || end < start {
			return nil, badRequest("parameter \"span\" must be START-END byte offsets, got %q", sp)
		}
	}
	s.docs.mu.Lock()
	di, text, err := s.docs.read(ctx, id)
	s.docs.mu.Unlock()
	if err != nil {
		return nil, err
	}
	ans := DocAnswer{DocInfo: di}
	if !di.Available {
		return ans, nil
	}
	if start < 0 {
		ans.Before = text
		return ans, nil
	}
	if end > len(text) || !utf8.RuneStart(byteAt(text, start)) || !utf8.RuneStart(byteAt(text, end)) {
		return nil, badRequest("parameter \"span\" %d-%d is not a span of this %d-byte article", start, end, len(text))
	}
	ans.Before, ans.Highlight, ans.After = text[:start], text[start:end], text[end:]
	return ans, nil
}

// byteAt is text[i], or a rune start at the end of text.
func byteAt(text string, i int) byte {
	if i >= len(text) {
		return 0
	}
	return text[i]
}
