package read

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"image"
	"image/png"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"

	"newsgraph/extract/record"
)

const corpusDir = "../../../shared/corpus"

// writeFile creates name under dir with data and returns its path.
func writeFile(t testing.TB, dir, name string, data []byte) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func pngBytes(t testing.TB) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := png.Encode(&buf, image.NewRGBA(image.Rect(0, 0, 4, 4))); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func gzipBytes(t testing.TB, s string) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	if _, err := zw.Write([]byte(s)); err != nil {
		t.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func utf16Bytes(s string, bigEndian, bom bool) []byte {
	var out []byte
	units := utf16.Encode([]rune(s))
	if bom {
		units = append([]uint16{0xFEFF}, units...)
	}
	for _, u := range units {
		if bigEndian {
			out = append(out, byte(u>>8), byte(u))
		} else {
			out = append(out, byte(u), byte(u>>8))
		}
	}
	return out
}

const good = "Putin invited Trump to Moscow.\n\nPeskov said talks would begin soon."

// TestReadFileBadInputs is the bad-input table of issue 7 (the rows the
// reader is responsible for; see the table in the repository README, section "Bad input"). Each row either
// yields a document whose text has the listed properties or a *SkipError
// whose reason contains skipReason.
func TestReadFileBadInputs(t *testing.T) {
	tests := []struct {
		name       string
		file       string
		data       func(t testing.TB) []byte
		skipReason string             // non-empty: the input must be skipped with this in the reason
		want       string             // exact text expected, when set
		check      func(string) error // further checks on the text
	}{
		{
			name:       "empty file",
			file:       "empty.txt",
			data:       func(testing.TB) []byte { return nil },
			skipReason: "empty file",
		},
		{
			name:       "only whitespace",
			file:       "blank.txt",
			data:       func(testing.TB) []byte { return []byte(" \n\t\r\n  \n\u00a0") },
			skipReason: "only whitespace",
		},
		{
			name:       "PNG named .txt",
			file:       "image.txt",
			data:       pngBytes,
			skipReason: "binary file (image/png)",
		},
		{
			name:       "gzip",
			file:       "article.txt.gz",
			data:       func(t testing.TB) []byte { return gzipBytes(t, good) },
			skipReason: "binary file (application/x-gzip)",
		},
		{
			name:       "NUL bytes after a text start",
			file:       "mixed.txt",
			data:       func(testing.TB) []byte { return append([]byte(strings.Repeat("text ", 200)), 0, 1, 2, 3) },
			skipReason: "binary file",
		},
		{
			name: "invalid UTF-8 in the middle",
			file: "broken.txt",
			data: func(testing.TB) []byte {
				return []byte("Zelenskyy said \xe2\x80 peace \xff\xfe\xfd is near. Trump agreed.")
			},
			want: "Zelenskyy said \uFFFD peace \uFFFD is near. Trump agreed.",
		},
		{
			name:       "mostly not UTF-8",
			file:       "latin.txt",
			data:       func(testing.TB) []byte { return bytes.Repeat([]byte{'a', 0xE9, 0xE8, 0xFF}, 100) },
			skipReason: "not UTF-8 text",
		},
		{
			name: "UTF-16LE with BOM",
			file: "utf16le.txt",
			data: func(testing.TB) []byte { return utf16Bytes("Zelenskyy met Trump — “peace”.\r\n", false, true) },
			want: "Zelenskyy met Trump — “peace”.\n",
		},
		{
			name: "UTF-16LE surrogate pairs, a lone surrogate and an odd byte",
			file: "utf16pairs.txt",
			data: func(testing.TB) []byte {
				b := utf16Bytes("Peace 🙂 now", false, true)
				b = append(b, 0x00, 0xD8, 'A', 0x00) // U+D800 then A
				return append(b, 'x')                // half a code unit
			},
			want: "Peace 🙂 now\uFFFDA\uFFFD",
		},
		{
			name: "UTF-16BE with BOM",
			file: "utf16be.txt",
			data: func(testing.TB) []byte { return utf16Bytes("Peskov spoke in Moscow.", true, true) },
			want: "Peskov spoke in Moscow.",
		},
		{
			name: "UTF-16LE without BOM",
			file: "utf16nobom.txt",
			data: func(testing.TB) []byte { return utf16Bytes("Peskov spoke in Moscow.", false, false) },
			want: "Peskov spoke in Moscow.",
		},
		{
			name: "UTF-8 BOM",
			file: "bom.txt",
			data: func(testing.TB) []byte { return []byte("\xef\xbb\xbfPutin spoke.") },
			want: "Putin spoke.",
		},
		{
			name: "Windows line ends",
			file: "crlf.txt",
			data: func(testing.TB) []byte { return []byte("Headline\r\n\r\nFirst line.\r\nSecond\rline.\r\n") },
			want: "Headline\n\nFirst line.\nSecond\nline.\n",
		},
		{
			name: "control characters",
			file: "ctrl.txt",
			data: func(testing.TB) []byte { return []byte("Page one.\fPage\x7f two.\u0085Three\u2028four.") },
			want: "Page one.\nPage two.\nThree\nfour.",
		},
		{
			name: "one 200 KB line without a full stop",
			file: "longline.txt",
			data: func(testing.TB) []byte { return []byte(strings.Repeat("word ", 40_000)) },
			check: func(s string) error {
				if len(s) != 200_000 || strings.ContainsAny(s, ".\n") {
					return fmt.Errorf("got %d bytes", len(s))
				}
				return nil
			},
		},
		{
			name: "quote never closed and nested quotes kept",
			file: "quotes.txt",
			data: func(testing.TB) []byte {
				return []byte("Peskov said: “Putin told him ‘we will see’ and then \"he said 'no'.\n\nNext paragraph.")
			},
			want: "Peskov said: “Putin told him ‘we will see’ and then \"he said 'no'.\n\nNext paragraph.",
		},
		{
			name: "HTML with nothing but scripts",
			file: "empty.html",
			data: func(testing.TB) []byte {
				return []byte("<html><head><script>var a = 1;</script></head><body><nav>Home</nav></body></html>")
			},
			skipReason: "no text left after removing HTML markup",
		},
		{
			name:       "no letters or digits",
			file:       "rule.md",
			data:       func(testing.TB) []byte { return []byte("* * *\n\n—— ✦ ——\n\xff") },
			skipReason: "no words (no letters or digits)",
		},
		{
			name: "UTF-16 HTML without an extension",
			file: "page",
			data: func(testing.TB) []byte {
				return utf16Bytes("<!DOCTYPE html><html><body><p>Putin spoke.</p><script>x()</script></body></html>", false, true)
			},
			want: "Putin spoke.",
		},
		{
			name: "HTML page saved as .txt",
			file: "page.txt",
			data: func(testing.TB) []byte {
				return []byte("\n<!doctype html>\n<html><head><style>p{}</style></head><body><nav>Menu</nav><p>Putin &amp; Trump spoke.</p></body></html>")
			},
			want: "Putin & Trump spoke.",
		},
		{
			name: "text that quotes a tag stays text",
			file: "tag.txt",
			data: func(testing.TB) []byte { return []byte("The <p> tag starts a paragraph.") },
			want: "The <p> tag starts a paragraph.",
		},
		{
			name: "text starting like a bitmap signature",
			file: "bmw.txt",
			data: func(testing.TB) []byte { return []byte("BMW said sales fell.") },
			want: "BMW said sales fell.",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := writeFile(t, t.TempDir(), tt.file, tt.data(t))
			doc, err := File(path, Options{})
			if tt.skipReason != "" {
				var se *SkipError
				if !errors.As(err, &se) {
					t.Fatalf("File = %q, %v; want a *SkipError", doc.Text, err)
				}
				if se.Path != path || !strings.Contains(se.Reason, tt.skipReason) {
					t.Errorf("skip = %+v; want path %s and reason containing %q", se, path, tt.skipReason)
				}
				if want := path + ": skipped: "; !strings.HasPrefix(err.Error(), want) || strings.Contains(err.Error(), "\n") {
					t.Errorf("message %q: want one line starting %q", err, want)
				}
				return
			}
			if err != nil {
				t.Fatalf("File: %v", err)
			}
			if !utf8.ValidString(doc.Text) {
				t.Errorf("text is not valid UTF-8")
			}
			if strings.Contains(doc.Text, "\r") {
				t.Errorf("text has a carriage return")
			}
			if doc.Path != path || doc.ID != DocumentID(path) {
				t.Errorf("doc path/id = %q/%q", doc.Path, doc.ID)
			}
			if tt.want != "" && doc.Text != tt.want {
				t.Errorf("text = %q\nwant   %q", doc.Text, tt.want)
			}
			if tt.check != nil {
				if err := tt.check(doc.Text); err != nil {
					t.Error(err)
				}
			}
		})
	}
}

func TestReadFileMissingAndSpecial(t *testing.T) {
	dir := t.TempDir()
	cases := []struct {
		name   string
		path   string
		reason string
		is     error
	}{
		{"missing", filepath.Join(dir, "nope.txt"), "does not exist", fs.ErrNotExist},
		{"directory", dir, "is a directory", nil},
	}
	link := filepath.Join(dir, "dangling.txt")
	if err := os.Symlink(filepath.Join(dir, "gone.txt"), link); err == nil {
		cases = append(cases, struct {
			name   string
			path   string
			reason string
			is     error
		}{"broken symlink", link, "broken symbolic link to", fs.ErrNotExist})
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := File(c.path, Options{})
			var se *SkipError
			if !errors.As(err, &se) || !strings.Contains(se.Reason, c.reason) {
				t.Fatalf("err = %v; want a skip with %q", err, c.reason)
			}
			if c.is != nil && !errors.Is(err, c.is) {
				t.Errorf("errors.Is(%v, %v) = false", err, c.is)
			}
		})
	}
}

func TestReadFileUnreadable(t *testing.T) {
	dir := shareableTempDir(t)
	p := writeFile(t, dir, "secret.txt", []byte(good))
	if err := os.Chmod(p, 0); err != nil {
		t.Fatal(err)
	}
	asUnprivileged(t, "TestReadFileUnreadable", p, func(p string) {
		_, err := File(p, Options{})
		var se *SkipError
		if !errors.As(err, &se) || se.Reason != "permission denied" || !errors.Is(err, fs.ErrPermission) {
			t.Fatalf("err = %v; want a permission-denied skip", err)
		}
	})
}

// TestReadFileSize checks the MaxBytes limit with a 50 MB article: accepted
// under the default limit, rejected by size (without being read) under a
// smaller one.
func TestReadFileSize(t *testing.T) {
	if testing.Short() {
		t.Skip("writes a 50 MB file")
	}
	dir := t.TempDir()
	para := "Trump said he would meet Putin in Saudi Arabia. Zelenskyy said Ukraine must be at the table.\n\n"
	big := bytes.Repeat([]byte(para), 50_000_000/len(para)+1)
	p := writeFile(t, dir, "big.txt", big)

	before := allocated()
	doc, err := File(p, Options{})
	used := allocated() - before
	if err != nil {
		t.Fatalf("50 MB under the 64 MiB default: %v", err)
	}
	if len(doc.Text) != len(big) {
		t.Errorf("text is %d bytes, file %d", len(doc.Text), len(big))
	}
	// One buffer for the file and one for the text; no doubling growth.
	if limit := 9 * uint64(len(big)) / 4; used > limit {
		t.Errorf("reading %d bytes allocated %d bytes, want under %d", len(big), used, limit)
	}
	t.Logf("50 MB article: %d bytes allocated (%.2f× the file)", used, float64(used)/float64(len(big)))

	before = allocated()
	_, err = File(p, Options{MaxBytes: 10 << 20})
	used = allocated() - before
	var se *SkipError
	if !errors.As(err, &se) || !strings.Contains(se.Reason, "larger than the 10 MiB limit") {
		t.Fatalf("err = %v; want a size skip", err)
	}
	// Rejected by its size, so never read.
	if used > 1<<20 {
		t.Errorf("rejecting a too-large file allocated %d bytes", used)
	}
}

// TestReadFileLargeHTML checks that a 50 MB page is read in memory
// proportional to its size (the tree parser would need fourteen times it).
func TestReadFileLargeHTML(t *testing.T) {
	if testing.Short() {
		t.Skip("writes a 50 MB file")
	}
	para := "<p>Trump said he would <b>meet</b> Putin in Saudi Arabia &amp; more.</p><script>x()</script>\n"
	page := "<html><body><nav>Menu</nav><article>" + strings.Repeat(para, 50_000_000/len(para)) + "</article></body></html>"
	p := writeFile(t, t.TempDir(), "big.html", []byte(page))
	before := allocated()
	doc, err := File(p, Options{})
	used := allocated() - before
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(doc.Text, "Menu") || strings.Contains(doc.Text, "x()") || strings.Contains(doc.Text, "<") {
		t.Errorf("markup or furniture left in the text: %q", doc.Text[:200])
	}
	if want := "Trump said he would meet Putin in Saudi Arabia & more.\n\n"; !strings.HasPrefix(doc.Text, want) {
		t.Errorf("text starts %q, want %q", doc.Text[:100], want)
	}
	if limit := 5 * uint64(len(page)); used > limit {
		t.Errorf("reading a %d-byte page allocated %d bytes, want under %d", len(page), used, limit)
	}
	t.Logf("50 MB page: %d bytes allocated (%.1f× the file)", used, float64(used)/float64(len(page)))
}

// allocated is the number of bytes allocated on the heap so far.
func allocated() uint64 {
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m.TotalAlloc
}

func TestReadLimitedStopsAtMax(t *testing.T) {
	// A reader that never ends: readLimited must stop after max+1 bytes.
	r := &countingReader{}
	_, err := readLimited(r, 0, 1000)
	if !errors.Is(err, errTooLarge) {
		t.Fatalf("err = %v; want errTooLarge", err)
	}
	if r.n > 1001 {
		t.Errorf("read %d bytes for a 1000-byte limit", r.n)
	}
	data, err := readLimited(strings.NewReader(good), int64(len(good)), 1000)
	if err != nil || string(data) != good {
		t.Errorf("readLimited = %q, %v", data, err)
	}
}

type countingReader struct{ n int }

func (r *countingReader) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = 'a'
	}
	r.n += len(p)
	return len(p), nil
}

func TestReadFileCorpus(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join(corpusDir, "*.txt"))
	if len(files) == 0 {
		t.Skipf("reference corpus not found at %s; skipping", corpusDir)
	}
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		doc, err := File(f, Options{})
		if err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		// The corpus is clean UTF-8 with \n line ends: its text must be the
		// file byte for byte, or spans would not match the file.
		if doc.Text != string(raw) {
			t.Errorf("%s: text differs from the file", f)
		}
		if want := strings.TrimSuffix(filepath.Base(f), ".txt"); doc.ID != want {
			t.Errorf("ID = %q, want %q", doc.ID, want)
		}
	}
}

func TestDocumentID(t *testing.T) {
	for in, want := range map[string]string{
		"a/b/002_4866df658f764bf1.txt": "002_4866df658f764bf1",
		"story.html":                   "story",
		"README":                       "README",
		"x/archive.tar.gz":             "archive.tar",
		".hidden":                      ".hidden",
	} {
		if got := DocumentID(in); got != want {
			t.Errorf("DocumentID(%q) = %q, want %q", in, got, want)
		}
	}
}

func ExampleBytes() {
	page := `<html><head><title>Site</title><style>p{}</style></head><body>
<nav><a href="/">Home</a></nav>
<article><h1>Talks&nbsp;begin</h1><p>Putin invited <b>Trump</b> to Moscow.</p>
<script>track()</script><p>Peskov confirmed it.</p></article>
<footer>© News</footer></body></html>`
	doc, err := Bytes("news/talks.html", []byte(page), Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("%s:\n%s\n", doc.ID, doc.Text)
	// Output:
	// talks:
	// Talks begin
	//
	// Putin invited Trump to Moscow.
	//
	// Peskov confirmed it.
}

func ExampleWalk() {
	dir, _ := os.MkdirTemp("", "walk")
	defer os.RemoveAll(dir)
	os.WriteFile(filepath.Join(dir, "a.txt"), []byte("Putin spoke."), 0o644)
	os.WriteFile(filepath.Join(dir, "b.txt"), nil, 0o644)
	err := Walk(context.Background(), []string{dir, filepath.Join(dir, "missing.md")}, Options{},
		func(path string, doc record.Document, err error) error {
			if err != nil {
				fmt.Println(strings.TrimPrefix(err.Error(), dir+string(filepath.Separator)))
				return nil
			}
			fmt.Printf("%s: %q\n", doc.ID, doc.Text)
			return nil
		})
	fmt.Println("walk error:", err)
	// Output:
	// a: "Putin spoke."
	// b.txt: skipped: empty file
	// missing.md: skipped: does not exist
	// walk error: <nil>
}

// TestCleanID: ids keep names as written, readable in every script, and
// hold nothing that breaks a line or hides what the name says.
func TestCleanID(t *testing.T) {
	for in, want := range map[string]string{
		"politics/001": "politics/001",
		"Путин":        "Путин",
		"x y":          "x y",
		"x%20y":        "x%20y",
		"q?#<a>":       "q?#<a>",
		"tab\there":    "tab\ufffdhere",
		"nl\nx":        "nl\ufffdx",
		"zw\u200bsp":   "zw\ufffdsp",
		"rtl\u202ex":   "rtl\ufffdx",
		"nc\uFFFE":     "nc\ufffd",
		"bad\xffbyte":  "bad\ufffdbyte",
		"É":            "É",
	} {
		got := cleanID(in)
		if got != want {
			t.Errorf("cleanID(%q) = %q, want %q", in, got, want)
		}
		if !utf8.ValidString(got) || strings.ContainsFunc(got, func(r rune) bool { return r != ' ' && !unicode.IsPrint(r) }) {
			t.Errorf("cleanID(%q) = %q holds an unprintable character", in, got)
		}
	}
}
