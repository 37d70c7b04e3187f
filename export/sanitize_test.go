package export

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/xml"
	"errors"
	"io"
	"strings"
	"testing"
	"unicode/utf8"

	"newsgraph/graph"
)

// hostile holds a character that breaks XML or misleads a reader, by what it
// is, with the name it is put into.
var hostile = []struct {
	what string
	s    string
}{
	{"U+FFFE", "Vladimir\uFFFEPutin"},
	{"U+FFFF", "Vladimir\uFFFFPutin"},
	{"U+1FFFF", "Vladimir\U0001FFFFPutin"},
	{"U+FDD0", "Vladimir\uFDD0Putin"},
	{"C0 control", "Vladimir\x01\x08\x1bPutin"},
	{"NUL", "Vladimir\x00Putin"},
	{"C1 control", "Vladimir\u0085Putin"},
	{"lone surrogate", "Vladimir\xed\xa0\x80Putin"},
	{"invalid UTF-8", "Vladimir\xffPutin"},
	{"RLO", "\u202Enitup rimidalV"},
	{"isolates", "Vladimir \u2067Putin\u2069"},
}

// hostileSnapshot puts s into every kind of text the exports write: an
// entity's name and alias, a source sentence, a statement, a predicate and
// a document id.
func hostileSnapshot(t *testing.T, s string) *graph.Snapshot {
	t.Helper()
	snap := fixture(t)
	snap.Entities[1].Name = s
	snap.Entities[1].Aliases = append(snap.Entities[1].Aliases, s)
	snap.Facts[0].Sources[0].Text = s + " said so."
	snap.Facts[0].Sources[0].Doc = s
	snap.Facts[0].Predicate = s
	snap.Statements[0].Content = s
	return snap
}

// wellFormed parses data with encoding/xml and fails on the first error.
func wellFormed(t *testing.T, format string, data []byte) {
	t.Helper()
	d := xml.NewDecoder(bytes.NewReader(data))
	for {
		_, err := d.Token()
		if errors.Is(err, io.EOF) {
			return
		}
		if err != nil {
			t.Fatalf("%s is not well-formed XML: %v", format, err)
		}
	}
}

func TestXMLOutputsWithHostileText(t *testing.T) {
	ctx := context.Background()
	writers := map[string]func(io.Writer, *graph.Snapshot) error{
		"graphml": GraphML,
		"gexf":    GEXF,
		"svg": func(w io.Writer, s *graph.Snapshot) error {
			return SVG(ctx, w, s, MapOptions{Title: hostile[0].s})
		},
	}
	for _, h := range hostile {
		for format, write := range writers {
			t.Run(h.what+"/"+format, func(t *testing.T) {
				var b bytes.Buffer
				if err := write(&b, hostileSnapshot(t, h.s)); err != nil {
					t.Fatal(err)
				}
				wellFormed(t, format, b.Bytes())
				if !utf8.Valid(b.Bytes()) {
					t.Errorf("%s is not valid UTF-8", format)
				}
				// encoding/xml accepts non-characters and C1 controls;
				// check that none is left.
				for _, r := range b.String() {
					if r != utf8.RuneError && badXMLRune(r) {
						t.Fatalf("%s holds %U", format, r)
					}
				}
				if format == "svg" && strings.ContainsFunc(b.String(), bidiControl) {
					t.Errorf("svg holds a bidi control")
				}
			})
		}
	}
}

func TestLabelsDropBidiControls(t *testing.T) {
	snap := hostileSnapshot(t, "\u202Enitup rimidalV")
	var dot bytes.Buffer
	if err := DOT(context.Background(), &dot, snap, MapOptions{}); err != nil {
		t.Fatal(err)
	}
	if strings.ContainsFunc(dot.String(), bidiControl) {
		t.Error("dot source holds a bidi control")
	}
	if !strings.Contains(dot.String(), "nitup rimidalV") {
		t.Error("the name itself was lost from the map")
	}
	// GraphML: the label is cleaned, the name is kept as written.
	var gml bytes.Buffer
	if err := GraphML(&gml, snap); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(gml.String(), `<data key="n_label">nitup rimidalV</data>`) {
		t.Error("graphml label keeps the override")
	}
	if !strings.Contains(gml.String(), "<data key=\"n_name\">\u202Enitup rimidalV</data>") {
		t.Error("graphml name is not kept as written")
	}
}

func TestXMLText(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"plain café", "plain café"},
		{"tab\tLF\nCR\r", "tab\tLF\nCR\r"},
		{"a\uFFFEb\uFFFFc", "a\uFFFDb\uFFFDc"},
		{"a\U0010FFFEb", "a\uFFFDb"},
		{"a\uFDEFb\uFDF0", "a\uFFFDb\uFDF0"},
		{"a\x00\x1fb\x7f", "a\uFFFD\uFFFDb\uFFFD"},
		{"\xed\xbf\xbf", "\uFFFD\uFFFD\uFFFD"},
		{"emoji 🙂", "emoji 🙂"},
	} {
		if got := xmlText(tc.in); got != tc.want {
			t.Errorf("xmlText(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestSafeCell(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")"},
		{"+1+cmd|' /C calc'!A0", "'+1+cmd|' /C calc'!A0"},
		{"-2+3", "'-2+3"},
		{"@SUM(A1)", "'@SUM(A1)"},
		{"\t=1", "'\t=1"},
		{"\r=1", "'\r=1"},
		{"'t Hooft", "''t Hooft"},
		{"-3", "-3"},
		{"-0.5", "-0.5"},
		{"-.5", "'-.5"},
		{"-5.", "'-5."},
		{"Vladimir Putin", "Vladimir Putin"},
		{"a=b", "a=b"},
		{"", ""},
	} {
		if got := SafeCell(tc.in); got != tc.want {
			t.Errorf("SafeCell(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// formulaTriggers are the first characters that make a spreadsheet read a
// cell as a formula.
var formulaTriggers = []string{"=", "+", "-", "@", "\t", "\r"}

// TestCSVNeutralisesFormulas puts a formula into every text field of the
// snapshot, once per trigger character, and checks that no cell of
// nodes.csv or edges.csv starts with a trigger.
func TestCSVNeutralisesFormulas(t *testing.T) {
	for _, c := range formulaTriggers {
		t.Run(strings.ReplaceAll(strings.ReplaceAll(c, "\t", "TAB"), "\r", "CR"), func(t *testing.T) {
			f := c + "HYPERLINK(\"http://evil\",\"x\")"
			snap := fixture(t)
			snap.Entities[0].Name = f
			snap.Entities[0].Aliases = []string{f}
			snap.Entities[0].Docs = []string{f}
			snap.Facts[0].Sources[0].Text = f
			snap.Facts[0].Sources[0].Doc = f
			snap.Facts[0].Predicate = f
			snap.Statements[0].Content = f
			snap.Statements[0].Cue = f
			var nodes, edges, stmts bytes.Buffer
			if err := CSV(&nodes, &edges, snap); err != nil {
				t.Fatal(err)
			}
			if err := Statements(&stmts, snap); err != nil {
				t.Fatal(err)
			}
			for name, data := range map[string]*bytes.Buffer{"nodes.csv": &nodes, "edges.csv": &edges, "statements.csv": &stmts} {
				rows, err := csv.NewReader(data).ReadAll()
				if err != nil {
					t.Fatalf("%s: %v", name, err)
				}
				found := 0
				for _, row := range rows {
					for _, cell := range row {
						if cell != "" && strings.ContainsAny(cell[:1], "=+-@\t\r") {
							t.Errorf("%s: cell %q starts a formula", name, cell)
						}
						if strings.HasPrefix(cell, "'"+f) {
							found++
						}
					}
				}
				if found == 0 {
					t.Errorf("%s: no neutralised cell %q", name, "'"+f)
				}
			}
		})
	}
}
