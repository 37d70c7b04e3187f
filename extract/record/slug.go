package record

import (
	"strings"
	"unicode"

	"newsgraph/internal/names"
)

// Slug turns a name into the id scheme of entities: lower case, hyphen-separated,
// "Vladimir Putin" → "vladimir-putin". Look-ups use it to go from a name to an id.
//
// The name is cleaned first (names.Clean): invisible characters and the way an
// accent was typed do not change the id.
func Slug(name string) string {
	var b strings.Builder
	dash := false
	rs := []rune(strings.ToLower(names.Clean(name)))
	for i, r := range rs {
		switch {
		case r == '.' && i > 0 && i+1 < len(rs) && unicode.IsDigit(rs[i-1]) && unicode.IsDigit(rs[i+1]):
			// a decimal point stays: "dollars 7.6m" is not "dollars 76m", nor
			// "4.2%" the score "4-2"
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			b.WriteRune(r)
		case unicode.Is(unicode.Mn, r) && b.Len() > 0 && !dash:
			b.WriteRune(r) // an accent NFC has no composed letter for stays on its letter
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			b.WriteRune(r)
		case r == '%':
			// a share is not a count: "17%" is not "17"
			if b.Len() > 0 {
				b.WriteByte('-')
			}
			b.WriteString("percent")
			dash = false
		case r == '.' || r == '\'' || r == '’':
			// "U.S." → "us", "O'Brien" → "obrien"
		default:
			dash = true
		}
	}
	return b.String()
}

// IdentityKey normalises a name for matching spelling variants: lower case,
// no punctuation, doubled letters single ("Zelenskyy" ~ "Zelensky"). The
// extractor matches mentions by it and linking joins documents by it.
func IdentityKey(name string) string {
	s := Slug(name)
	var b strings.Builder
	var prev rune
	for _, r := range s {
		if r == prev && unicode.IsLetter(r) {
			continue
		}
		b.WriteRune(r)
		prev = r
	}
	return b.String()
}
