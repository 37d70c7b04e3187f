package names

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Clean is a name as readers see it: composed (NFC, so "é" typed as e +
// accent is the letter é) and without the invisible format characters —
// zero-width spaces and joiners, bidirectional overrides, soft hyphens — that
// change the bytes but not the glyphs, or flip how the rest displays. Entity
// names, their ids and the keys they are matched by are made from it; the
// sentence text, and the mention spans that point into it, keep what was
// written. It lives here so that the extractor and the record ids (Slug in
// package record) clean names one way.
func Clean(s string) string {
	if PlainASCII(s) {
		return s
	}
	s = norm.NFC.String(s)
	return strings.Map(func(r rune) rune {
		if unicode.Is(unicode.Cf, r) {
			return -1
		}
		return r
	}, s)
}

// PlainASCII reports whether s is all ASCII, the common case that needs no
// Unicode work.
func PlainASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}
