package export

import (
	"strings"
	"unicode/utf8"
)

// xmlText returns s with every character that XML 1.0 forbids or
// discourages replaced by U+FFFD: C0 controls other than tab, LF and CR;
// DEL and the C1 controls; surrogates and other bytes that are not UTF-8;
// the non-characters U+FDD0–U+FDEF and U+xxFFFE/U+xxFFFF. One name holding
// U+FFFE would otherwise make a whole SVG, GraphML or GEXF file unreadable
// to XML parsers. Every string written into an XML output goes through here
// (esc for GraphML and GEXF, q and heading for the DOT that becomes SVG).
func xmlText(s string) string {
	if !strings.ContainsFunc(s, badXMLRune) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		// range decodes each byte of invalid UTF-8 (such as an encoded lone
		// surrogate) as utf8.RuneError, which is U+FFFD itself.
		if badXMLRune(r) {
			r = utf8.RuneError
		}
		b.WriteRune(r)
	}
	return b.String()
}

// badXMLRune reports the characters xmlText replaces. utf8.RuneError is
// included so that invalid UTF-8 is rewritten as a real U+FFFD.
func badXMLRune(r rune) bool {
	switch {
	case r == '\t' || r == '\n' || r == '\r':
		return false
	case r < 0x20, r >= 0x7f && r <= 0x9f:
		return true
	case r >= 0xd800 && r <= 0xdfff, r == utf8.RuneError:
		return true
	case r >= 0xfdd0 && r <= 0xfdef, r&0xfffe == 0xfffe:
		return true
	}
	return false
}

// labelText is text shown as a label on a map or in a graph tool: XML-safe
// (xmlText) and without bidirectional formatting characters, which let a
// name such as "\u202Enitup" display as "putin" and reorder the text around
// it. Data attributes keep the text as written.
func labelText(s string) string {
	s = xmlText(s)
	if !strings.ContainsFunc(s, bidiControl) {
		return s
	}
	return strings.Map(func(r rune) rune {
		if bidiControl(r) {
			return -1
		}
		return r
	}, s)
}

// bidiControl reports the Unicode bidirectional formatting characters:
// the embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) and
// the implicit marks (LRM, RLM, ALM).
func bidiControl(r rune) bool {
	return r >= 0x202a && r <= 0x202e || r >= 0x2066 && r <= 0x2069 ||
		r == 0x200e || r == 0x200f || r == 0x061c
}

// SafeCell returns s as a CSV cell that spreadsheets (Excel, LibreOffice,
// Google Sheets) and i2 Analyst's Notebook read as text, never as a formula.
// A cell starting with '=', '+', '-', '@', tab or CR is prefixed with an
// apostrophe, as OWASP advises against CSV injection ("=HYPERLINK(…)",
// "=cmd|' /C calc'!A0"); so is one already starting with an apostrophe,
// which keeps the rule reversible: a reader drops one leading apostrophe to
// get the value back. Plain numbers ("-3", "-0.5") are left alone. Every CSV
// newsgraph writes (export's nodes.csv and edges.csv, query --csv) passes
// each cell through here.
func SafeCell(s string) string {
	if s == "" {
		return s
	}
	switch s[0] {
	case '=', '+', '@', '\t', '\r', '\'':
		return "'" + s
	case '-':
		if plainNumber(s[1:]) {
			return s
		}
		return "'" + s
	}
	return s
}

// SafeRecord applies SafeCell to every cell of a CSV record, in place.
func SafeRecord(rec []string) []string {
	for i, c := range rec {
		rec[i] = SafeCell(c)
	}
	return rec
}

// plainNumber reports whether s is digits with at most one decimal point
// between digits: what a negative number looks like after its '-'.
func plainNumber(s string) bool {
	digits, dot := 0, false
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= '0' && c <= '9':
			digits++
		case c == '.' && !dot && digits > 0 && i < len(s)-1:
			dot = true
		default:
			return false
		}
	}
	return digits > 0
}
