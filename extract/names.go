package extract

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// cleanName is a name as readers see it: composed (NFC, so "é" typed as e +
// accent is the letter é) and without the invisible format characters —
// zero-width spaces and joiners, bidirectional overrides, soft hyphens — that
// change the bytes but not the glyphs, or flip how the rest displays. Entity
// names and the keys they are matched by are made from it; the sentence text,
// and the mention spans that point into it, keep what was written.
func cleanName(s string) string {
	if isPlainASCII(s) {
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

func isPlainASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// nameScripts group the scripts that may share one name: Japanese names mix
// kanji and kana; every other name is written in one script.
var nameScripts = []struct {
	group  string
	tables []*unicode.RangeTable
}{
	{"Latin", []*unicode.RangeTable{unicode.Latin}},
	{"Cyrillic", []*unicode.RangeTable{unicode.Cyrillic}},
	{"Greek", []*unicode.RangeTable{unicode.Greek}},
	{"Armenian", []*unicode.RangeTable{unicode.Armenian}},
	{"Georgian", []*unicode.RangeTable{unicode.Georgian}},
	{"Hebrew", []*unicode.RangeTable{unicode.Hebrew}},
	{"Arabic", []*unicode.RangeTable{unicode.Arabic}},
	{"Devanagari", []*unicode.RangeTable{unicode.Devanagari}},
	{"Thai", []*unicode.RangeTable{unicode.Thai}},
	{"Hangul", []*unicode.RangeTable{unicode.Hangul}},
	{"Japanese", []*unicode.RangeTable{unicode.Han, unicode.Hiragana, unicode.Katakana}},
}

// mixedScript reports whether the letters of name come from more than one
// script: "Vlаdimir" with a Cyrillic "а" looks like the Latin name but is
// not the same string, a spoof or a typing accident readers cannot see.
func mixedScript(name string) bool {
	if isPlainASCII(name) {
		return false
	}
	seen := ""
	for _, r := range name {
		if !unicode.IsLetter(r) {
			continue
		}
		for _, sc := range nameScripts {
			if unicode.In(r, sc.tables...) {
				if seen != "" && seen != sc.group {
					return true
				}
				seen = sc.group
				break
			}
		}
	}
	return false
}
