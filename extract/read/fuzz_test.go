package read

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

var fuzzNames = []string{"a.txt", "a.md", "a.html", "a"}

// FuzzReadBytes feeds arbitrary bytes, under each kind of file name, to the
// byte → text pipeline that File uses. It must never panic, and its
// answer must keep the reader's promises: a one-line *SkipError naming the
// file, or valid UTF-8 text with no carriage returns or control characters
// that is not blank; and plain text it produced reads back unchanged.
func FuzzReadBytes(f *testing.F) {
	seeds := [][]byte{
		[]byte(good),
		[]byte("Headline\r\n\r\nBody.\r"),
		[]byte("\xef\xbb\xbfBOM."),
		utf16Bytes("UTF-16 “text”.", false, true),
		utf16Bytes("UTF-16 text.", true, false),
		[]byte("bad \xe2\x80 utf8 \xff"),
		pngBytes(f),
		gzipBytes(f, good),
		[]byte("<p>a<script>b</script><nav>c</nav>&amp;&#0;&#xD800;</p>"),
		[]byte(strings.Repeat("<div>", 600) + "deep"),
		[]byte("---\ntitle: x\n---\n# H\n![i](u) [l](u) **b** _e_ `c`\n> q\n- i\n"),
		[]byte("<meta charset=\"shift_jis\">\x82\xa0"),
		[]byte("\xff\xfe\x00\x00A\x00\x00\x00"),
		[]byte(" \n\t"),
	}
	for _, dir := range []string{"testdata/reader", corpusDir} {
		files, _ := filepath.Glob(filepath.Join(dir, "*"))
		for _, p := range files {
			if data, err := os.ReadFile(p); err == nil && len(data) < 8<<10 {
				seeds = append(seeds, data)
			}
		}
	}
	for _, s := range seeds {
		for i := range fuzzNames {
			f.Add(uint8(i), s)
		}
	}
	f.Fuzz(func(t *testing.T, kind uint8, data []byte) {
		name := fuzzNames[int(kind)%len(fuzzNames)]
		if name == "a.html" && utf8.Valid(data) {
			// The token-by-token reader only runs on pages too deep or too
			// big for the tree parser; give it every page here.
			if out, err := htmlTextTokens(string(data)); err == nil && !utf8.ValidString(out) {
				t.Fatalf("htmlTextTokens gave invalid UTF-8: %q", out)
			}
		}
		doc, err := Bytes(name, data, Options{})
		if err != nil {
			var se *SkipError
			if !errors.As(err, &se) || se.Path != name || se.Reason == "" {
				t.Fatalf("error %v (%T) is not a *SkipError for %s", err, err, name)
			}
			if strings.ContainsAny(err.Error(), "\r\n") {
				t.Fatalf("skip message is not one line: %q", err)
			}
			return
		}
		checkText(t, doc.Text)
		if doc.ID != "a" {
			t.Fatalf("ID = %q", doc.ID)
		}
		if name != "a.txt" {
			return
		}
		// Clean plain text is a fixed point: reading it again changes
		// nothing (unless it now sniffs as binary, e.g. "%PDF-").
		again, err := Bytes(name, []byte(doc.Text), Options{})
		if err == nil && again.Text != doc.Text {
			t.Fatalf("re-read changed the text:\n%q\n%q", doc.Text, again.Text)
		}
	})
}

func checkText(t *testing.T, s string) {
	t.Helper()
	if !utf8.ValidString(s) {
		t.Fatalf("text is not valid UTF-8: %q", s)
	}
	if !strings.ContainsFunc(s, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) {
		t.Fatalf("text without a letter or digit accepted: %q", s)
	}
	for _, r := range s {
		if (r < 0x20 && r != '\n' && r != '\t') || r == 0x7F || (0x80 <= r && r <= 0x9F) {
			t.Fatalf("control character %U in text %q", r, s)
		}
	}
}
