// Package read is the first stage of extraction: it turns files into
// documents.
//
// In: paths (File, or Walk over files and folders) or bytes with a name
// (Bytes). Out: a record.Document per article — an id that is stable
// across runs, the path, the article as UTF-8 plain text (HTML markup,
// Markdown syntax, byte-order marks, UTF-16/32 and legacy encodings, bad
// bytes dealt with) and its Meta (title, date, outlet, URL, author where the
// page or front matter has them) — or a *SkipError that says in one line why
// a file is not an article (binary, empty, too large, unreadable, excluded).
//
// It knows nothing of language: no sentences, tokens or names. The next
// stage, package facts, reads only Document.Text (and passes the rest
// through to the records), so a new input format is a change here alone.
package read
