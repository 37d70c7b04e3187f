package read

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"

	"golang.org/x/text/encoding"

	"newsgraph/extract/record"
)

// DefaultMaxBytes is the largest article File accepts when
// Options.MaxBytes is zero. Real articles are a few kilobytes; the limit
// only exists so that a mistaken argument (a disk image, a log) cannot exhaust
// memory.
const DefaultMaxBytes int64 = 64 << 20

// Options configure File, Bytes and Walk.
type Options struct {
	// MaxBytes is the largest article accepted, in bytes of the file as
	// stored; 0 means DefaultMaxBytes. Larger files are skipped without
	// being read.
	MaxBytes int64
	// IncludeHidden makes Walk descend into files and folders whose names
	// start with "." (".git", ".DS_Store"). By default they are not read,
	// only reported (ErrExcluded). Paths named explicitly are always read.
	IncludeHidden bool
	// Exclude names files or folders Walk does not read, each mapped to the
	// reason given when the walk meets it (build excludes the store it
	// writes to, which may lie inside the folder being read). Each is
	// reported once, as a *SkipError that wraps ErrExcluded.
	Exclude map[string]string
}

// ErrExcluded marks a path Walk left out on purpose: named in
// Options.Exclude, or hidden. Callers report it without counting it as
// a bad input.
var ErrExcluded = errors.New("excluded")

func (o Options) maxBytes() int64 {
	if o.MaxBytes <= 0 {
		return DefaultMaxBytes
	}
	return o.MaxBytes
}

// SkipError says that an input was not turned into a Document, and why.
// Its message is one line: "PATH: skipped: REASON".
type SkipError struct {
	Path   string
	Reason string
	// Err is the underlying error, if any, so that callers can test for
	// fs.ErrNotExist or fs.ErrPermission with errors.Is.
	Err error
}

func (e *SkipError) Error() string { return printablePath(e.Path) + ": skipped: " + e.Reason }

// printablePath quotes a path that would break the one-line message: file
// names may hold newlines, control characters and invalid UTF-8.
func printablePath(p string) string {
	for _, r := range p {
		if r == utf8.RuneError || !unicode.IsPrint(r) && r != ' ' {
			return strconv.Quote(p)
		}
	}
	return p
}

// Unwrap returns the underlying error.
func (e *SkipError) Unwrap() error { return e.Err }

func skip(path, reason string, err error) *SkipError {
	return &SkipError{Path: path, Reason: reason, Err: err}
}

// File reads one article from disk and returns it as plain UTF-8 text.
// The format is chosen by extension (.txt, .md, .html, ...) and, for any
// other name, by sniffing the content. Every failure is a *SkipError.
func File(path string, opts Options) (record.Document, error) {
	max := opts.maxBytes()
	// Stat before opening: opening a FIFO blocks, and a size check here
	// rejects a huge file without reading any of it.
	fi, err := os.Stat(path)
	if err != nil {
		return record.Document{}, statSkip(path, err)
	}
	if fi.IsDir() {
		return record.Document{}, skip(path, "is a directory", nil)
	}
	if !fi.Mode().IsRegular() {
		return record.Document{}, skip(path, "not a regular file ("+fi.Mode().Type().String()+")", nil)
	}
	if fi.Size() > max {
		return record.Document{}, tooLarge(path, fi.Size(), max)
	}
	f, err := os.Open(path)
	if err != nil {
		return record.Document{}, statSkip(path, err)
	}
	defer f.Close()
	data, err := readLimited(f, fi.Size(), max)
	if err != nil {
		if errors.Is(err, errTooLarge) {
			return record.Document{}, tooLarge(path, -1, max)
		}
		return record.Document{}, skip(path, "read failed: "+oneLine(err), err)
	}
	return Bytes(path, data, opts)
}

var errTooLarge = errors.New("too large")

// readLimited reads r to the end but never more than max+1 bytes, so that
// memory stays bounded even when the file grows while it is read or its
// size was misreported (files under /proc report 0).
func readLimited(r io.Reader, sizeHint, max int64) ([]byte, error) {
	n := sizeHint + 1 // +1 so that the final Read sees EOF without growing
	if n <= 0 || n > max+1 {
		n = max + 1
	}
	if n > 1<<20 && sizeHint <= 0 {
		n = 1 << 20
	}
	// Not bytes.Buffer.ReadFrom: it doubles the buffer when less than 512
	// bytes are free, which would cost twice the file for every big file.
	buf := make([]byte, 0, n)
	r = io.LimitReader(r, max+1)
	for {
		if len(buf) == cap(buf) {
			buf = append(buf, 0)[:len(buf)] // the file grew: let append pick
		}
		m, err := r.Read(buf[len(buf):cap(buf)])
		buf = buf[:len(buf)+m]
		if int64(len(buf)) > max {
			return nil, errTooLarge
		}
		if err == io.EOF {
			return buf, nil
		}
		if err != nil {
			return nil, err
		}
	}
}

func tooLarge(path string, size, max int64) *SkipError {
	if size < 0 {
		return skip(path, fmt.Sprintf("larger than the %s limit (MaxBytes)", humanBytes(max)), errTooLarge)
	}
	return skip(path, fmt.Sprintf("%s is larger than the %s limit (MaxBytes)", humanBytes(size), humanBytes(max)), errTooLarge)
}

func humanBytes(n int64) string {
	switch {
	case n >= 1<<20 && n%(1<<20) == 0:
		return fmt.Sprintf("%d MiB", n>>20)
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MiB", float64(n)/(1<<20))
	case n >= 1<<10 && n%(1<<10) == 0:
		return fmt.Sprintf("%d KiB", n>>10)
	default:
		return fmt.Sprintf("%d bytes", n)
	}
}

// statSkip turns an os error into a short reason; the os message repeats
// the path, which SkipError already names.
func statSkip(path string, err error) *SkipError {
	switch {
	case errors.Is(err, fs.ErrNotExist):
		if target, lerr := os.Readlink(path); lerr == nil {
			return skip(path, "broken symbolic link to "+printablePath(target), err)
		}
		return skip(path, "does not exist", err)
	case errors.Is(err, fs.ErrPermission):
		return skip(path, "permission denied", err)
	}
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return skip(path, pe.Op+": "+oneLine(pe.Err), err)
	}
	return skip(path, oneLine(err), err)
}

func oneLine(err error) string {
	return strings.Join(strings.Fields(err.Error()), " ")
}

// Article formats Bytes recognises.
const (
	formatText     = "text"
	formatMarkdown = "markdown"
	formatHTML     = "html"
)

func formatByExt(path string) string {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".txt", ".text":
		return formatText
	case ".md", ".markdown", ".mdown", ".mkd":
		return formatMarkdown
	case ".html", ".htm", ".xhtml", ".shtml":
		return formatHTML
	}
	return "" // sniff
}

// DocumentID is the id of a document read from path on its own: the file
// name without its extension (cleanID). Walk gives files found in a folder
// the path under that folder instead ("politics/001"), so that equal names in
// different folders stay different documents.
func DocumentID(path string) string {
	return cleanID(stem(filepath.Base(path)))
}

// stem is a file name without its extension; a name that is all extension
// (".hidden") is kept whole.
func stem(name string) string {
	if ext := filepath.Ext(name); ext != "" && ext != name {
		return strings.TrimSuffix(name, ext)
	}
	return name
}

// cleanID keeps a file name readable as an id: it is kept as written ("x y",
// "x%20y", "Путин") except that bytes that are not UTF-8 and characters that
// do not print (controls, format and bidi characters, non-characters) become
// U+FFFD, so that an id is one line and shows as what it is. Escaping for
// IRIs is left to the exports (one place, export.escapeIRI), and two names
// that clean alike are kept apart by Walk.
func cleanID(s string) string {
	if utf8.ValidString(s) && !strings.ContainsFunc(s, idUnprintable) {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if (r == utf8.RuneError && n == 1) || idUnprintable(r) {
			b.WriteRune(utf8.RuneError)
		} else {
			b.WriteString(s[i : i+n])
		}
		i += n
	}
	return b.String()
}

func idUnprintable(r rune) bool {
	return r != ' ' && !unicode.IsPrint(r) || r >= 0xFDD0 && r <= 0xFDEF || r&0xFFFE == 0xFFFE
}

// Bytes turns the raw bytes of an article into a Document, as File
// does for a file; path names it (its extension picks the format) and is not
// opened. Use it for embedded or downloaded articles. Every failure is a
// *SkipError.
func Bytes(path string, data []byte, opts Options) (record.Document, error) {
	if max := opts.maxBytes(); int64(len(data)) > max {
		return record.Document{}, tooLarge(path, int64(len(data)), max)
	}
	text, meta, err := decodeArticle(path, data)
	if err != nil {
		return record.Document{}, err
	}
	return record.Document{ID: DocumentID(path), Path: path, Text: text, Meta: meta}, nil
}

// decodeArticle is the whole byte → text pipeline: charset, binary check,
// markup removal, line-end and control-character clean-up.
func decodeArticle(path string, data []byte) (string, record.Meta, error) {
	if len(data) == 0 {
		return "", record.Meta{}, skip(path, "empty file", nil)
	}
	format := formatByExt(path)
	if format == "" {
		format = sniffFormat(data)
	}
	var legacy encoding.Encoding
	if format == formatHTML && !hasBOM(data) {
		// A page may declare a legacy charset (<meta charset=...>).
		legacy = declaredCharset(data)
	}
	raw, reason := toUTF8(data, legacy)
	if reason != "" {
		return "", record.Meta{}, skip(path, reason, nil)
	}
	switch {
	case format == formatText && formatByExt(path) == "":
		// UTF-16 content could not be sniffed before decoding.
		format = sniffFormat([]byte(raw[:min(len(raw), 512)]))
	case format == formatText && looksLikePage(raw):
		// A scraper saved the page itself under .txt.
		format = formatHTML
	}
	var text string
	switch format {
	case formatHTML:
		var err error
		text, err = htmlText(raw)
		if err != nil {
			return "", record.Meta{}, skip(path, "HTML could not be parsed: "+oneLine(err), err)
		}
	case formatMarkdown:
		text = markdownText(cleanText(raw))
	default:
		text = cleanText(raw)
	}
	if strings.TrimSpace(text) == "" {
		if format == formatHTML {
			return "", record.Meta{}, skip(path, "no text left after removing HTML markup", nil)
		}
		return "", record.Meta{}, skip(path, "only whitespace", nil)
	}
	if !strings.ContainsFunc(text, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) {
		// Rules, dingbats, a lone U+FFFD: nothing an extractor can use.
		return "", record.Meta{}, skip(path, "no words (no letters or digits)", nil)
	}
	return text, readMeta(format, raw, text), nil
}

// sniffFormat picks a format for a file whose name says nothing.
func sniffFormat(b []byte) string {
	head := b
	if len(head) > 512 {
		head = head[:512]
	}
	if strings.HasPrefix(http.DetectContentType(head), "text/html") {
		return formatHTML
	}
	return formatText
}

// looksLikePage reports text that is unmistakably a whole HTML document.
// Only the document preamble counts: a .txt article may well quote a tag.
func looksLikePage(s string) bool {
	s = strings.TrimLeftFunc(s[:min(len(s), 256)], unicode.IsSpace)
	head := strings.ToLower(s[:min(len(s), 14)])
	return strings.HasPrefix(head, "<!doctype html") || strings.HasPrefix(head, "<html")
}

var (
	bomUTF8    = []byte{0xEF, 0xBB, 0xBF}
	bomUTF16LE = []byte{0xFF, 0xFE}
	bomUTF16BE = []byte{0xFE, 0xFF}
	bomUTF32LE = []byte{0xFF, 0xFE, 0x00, 0x00}
	bomUTF32BE = []byte{0x00, 0x00, 0xFE, 0xFF}
)

func hasBOM(b []byte) bool {
	return bytes.HasPrefix(b, bomUTF8) || bytes.HasPrefix(b, bomUTF16LE) || bytes.HasPrefix(b, bomUTF16BE) ||
		bytes.HasPrefix(b, bomUTF32BE)
}

// toUTF8 decodes data to a valid UTF-8 string, or says in reason why the
// data is not text. Invalid UTF-8 sequences are replaced with U+FFFD (one per
// run of bad bytes) rather than rejected: one corrupt byte must not cost the
// whole article. legacy, when not nil, is the encoding that invalid UTF-8
// is decoded in instead (a page's declared charset).
func toUTF8(data []byte, legacy encoding.Encoding) (s string, reason string) {
	switch {
	case bytes.HasPrefix(data, bomUTF32LE) && len(data)%4 == 0:
		return decodeUTF32(data[4:], false), ""
	case bytes.HasPrefix(data, bomUTF32BE):
		return decodeUTF32(data[4:], true), ""
	case bytes.HasPrefix(data, bomUTF8):
		data = data[len(bomUTF8):]
	case bytes.HasPrefix(data, bomUTF16LE):
		return decodeUTF16(data[2:], false), ""
	case bytes.HasPrefix(data, bomUTF16BE):
		return decodeUTF16(data[2:], true), ""
	default:
		if bigEndian, ok := looksUTF16(data); ok {
			return decodeUTF16(data, bigEndian), ""
		}
	}
	if reason := binaryReason(data); reason != "" {
		return "", reason
	}
	if utf8.Valid(data) {
		return string(data), ""
	}
	if legacy != nil {
		// Pages saved as UTF-8 by a scraper often keep their old
		// declaration, so the declaration only counts when the bytes are
		// not UTF-8.
		if out, err := legacy.NewDecoder().Bytes(data); err == nil {
			return strings.ToValidUTF8(string(out), "\uFFFD"), ""
		}
	}
	if bad := invalidUTF8Bytes(data); len(data) >= 16 && bad*10 > len(data)*3 {
		return "", fmt.Sprintf("not UTF-8 text (%d%% of bytes are invalid UTF-8; convert it to UTF-8 first)", bad*100/len(data))
	}
	return strings.ToValidUTF8(string(data), "\uFFFD"), ""
}

// binaryReason reports why data is binary, or "" for text. UTF-8 text never
// contains NUL; the content sniffer catches images, archives and PDFs whose
// first bytes happen to be printable.
func binaryReason(data []byte) string {
	head := data
	if len(head) > 512 {
		head = head[:512]
	}
	ct := http.DetectContentType(head)
	if i := strings.IndexByte(ct, ';'); i >= 0 {
		ct = ct[:i]
	}
	controls := hasBinaryControl(head)
	if !strings.HasPrefix(ct, "text/") {
		// "BM" (bitmap) and "ID3" (MP3) are the only signatures that an
		// English sentence can start with ("BMW said..."); real files of
		// those kinds have control bytes in their header.
		if (ct != "image/bmp" && ct != "audio/mpeg") || controls {
			if ct == "application/octet-stream" {
				return "binary file (not text)"
			}
			return "binary file (" + ct + ")"
		}
	}
	if controls || bytes.IndexByte(data, 0) >= 0 {
		return "binary file (contains NUL or control bytes)"
	}
	return ""
}

// hasBinaryControl reports control bytes that do not occur in text, the same
// set http.DetectContentType treats as binary.
func hasBinaryControl(b []byte) bool {
	for _, c := range b {
		if c <= 0x08 || c == 0x0B || (0x0E <= c && c <= 0x1A) || (0x1C <= c && c <= 0x1F) {
			return true
		}
	}
	return false
}

func invalidUTF8Bytes(b []byte) int {
	bad := 0
	for len(b) > 0 {
		r, n := utf8.DecodeRune(b)
		if r == utf8.RuneError && n == 1 {
			bad++
		}
		b = b[n:]
	}
	return bad
}

// looksUTF16 recognises UTF-16 without a byte-order mark: Latin-script
// text in UTF-16 is ASCII bytes each paired with a NUL. Binary files have
// NULs too, but not in that regular pattern around printable bytes.
func looksUTF16(data []byte) (bigEndian, ok bool) {
	head := data
	if len(head) > 1024 {
		head = head[:1024]
	}
	pairs := len(head) / 2
	if pairs < 2 {
		return false, false
	}
	var le, be int
	for i := 0; i+1 < len(head); i += 2 {
		a, b := head[i], head[i+1]
		switch {
		case b == 0 && isTextASCII(a):
			le++
		case a == 0 && isTextASCII(b):
			be++
		}
	}
	switch {
	case le*10 >= pairs*8:
		return false, true
	case be*10 >= pairs*8:
		return true, true
	}
	return false, false
}

func isTextASCII(c byte) bool {
	return (c >= 0x20 && c < 0x7F) || c == '\n' || c == '\r' || c == '\t'
}

// decodeUTF16 decodes straight into the result, without the []uint16 and
// []rune copies of utf16.Decode, to keep a 64 MiB file from costing four
// times its size. Unpaired surrogates become U+FFFD.
func decodeUTF16(b []byte, bigEndian bool) string {
	unit := func(i int) rune {
		if bigEndian {
			return rune(b[i])<<8 | rune(b[i+1])
		}
		return rune(b[i+1])<<8 | rune(b[i])
	}
	var sb strings.Builder
	sb.Grow(len(b) / 2 * 3 / 2)
	for i := 0; i+1 < len(b); i += 2 {
		r := unit(i)
		if utf16.IsSurrogate(r) {
			if i+3 < len(b) {
				if pair := utf16.DecodeRune(r, unit(i+2)); pair != utf8.RuneError {
					sb.WriteRune(pair)
					i += 2
					continue
				}
			}
			r = utf8.RuneError
		}
		sb.WriteRune(r)
	}
	if len(b)%2 == 1 {
		sb.WriteRune(utf8.RuneError)
	}
	return sb.String()
}

func decodeUTF32(b []byte, bigEndian bool) string {
	var sb strings.Builder
	sb.Grow(len(b) / 4)
	for i := 0; i+3 < len(b); i += 4 {
		var r uint32
		if bigEndian {
			r = uint32(b[i])<<24 | uint32(b[i+1])<<16 | uint32(b[i+2])<<8 | uint32(b[i+3])
		} else {
			r = uint32(b[i+3])<<24 | uint32(b[i+2])<<16 | uint32(b[i+1])<<8 | uint32(b[i])
		}
		if r > utf8.MaxRune {
			sb.WriteRune(utf8.RuneError)
			continue
		}
		sb.WriteRune(rune(r)) // WriteRune turns surrogates into U+FFFD
	}
	if len(b)%4 != 0 {
		sb.WriteRune(utf8.RuneError)
	}
	return sb.String()
}

// cleanText normalises line ends to \n and drops control characters that
// would only confuse sentence splitting. Everything else, including every
// space, is kept: the text of a .txt article is the file, so that offsets
// into it can be checked against the file by eye.
func cleanText(s string) string {
	if !needsClean(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == '\r':
			b.WriteByte('\n')
			if i+1 < len(s) && s[i+1] == '\n' {
				n = 2
			}
		case r == '\f' || r == '\v' || r == '\u2028' || r == '\u2029' || r == '\u0085':
			b.WriteByte('\n')
		case r == '\t' || r == '\n':
			b.WriteRune(r)
		case r < 0x20 || r == 0x7F || (0x80 <= r && r <= 0x9F):
			// dropped
		case r == '\uFEFF':
			// A byte-order mark in the middle: left over from concatenated files.
		default:
			b.WriteString(s[i : i+n])
		}
		i += n
	}
	return b.String()
}

func needsClean(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if (c < 0x20 && c != '\n' && c != '\t') || c == 0x7F {
			return true
		}
		if c >= 0x80 {
			// Multi-byte: only C1 controls, U+2028/9 and U+FEFF need work.
			r, _ := utf8.DecodeRuneInString(s[i:])
			if (0x80 <= r && r <= 0x9F) || r == '\u2028' || r == '\u2029' || r == '\uFEFF' {
				return true
			}
		}
	}
	return false
}
