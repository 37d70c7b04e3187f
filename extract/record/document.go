package record

import (
	"crypto/sha256"
	"encoding/hex"
)

// Document is one article ready for extraction: its text has already been
// decoded and stripped of markup by the reader (package read).
type Document struct {
	ID   string // path under the walked folder, no extension: "politics/001" (see extract.Walk)
	Path string // where it was read from; empty for in-memory documents
	Text string // UTF-8 plain text; spans index into it
	Meta Meta   // title, date, outlet, URL, author, where the article has them
}

// Hash is the hex SHA-256 of the document text. The store keys document
// revisions by it.
func (d Document) Hash() string {
	h := sha256.Sum256([]byte(d.Text))
	return hex.EncodeToString(h[:])
}

// Meta is what an article says about itself: where the page or front matter
// has them, its title, publication date, outlet, URL and author. Title falls
// back to the article's first line. Values are as written (dates are not
// parsed), trimmed, on one line.
type Meta struct {
	Title  string `json:"title,omitempty"`
	Date   string `json:"date,omitempty"`
	Outlet string `json:"outlet,omitempty"`
	URL    string `json:"url,omitempty"`
	Author string `json:"author,omitempty"`
}
