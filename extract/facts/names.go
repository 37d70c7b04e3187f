package facts

import "unicode"

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
