package extract

import (
	"strings"
	"unicode"
)

// slug turns a name into a lower-case, hyphen-separated id: "Vladimir Putin" → "vladimir-putin".
func slug(name string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(name) {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			b.WriteRune(r)
		case r == '.' || r == '\'' || r == '’':
			// "U.S." → "us", "O'Brien" → "obrien"
		default:
			dash = true
		}
	}
	return b.String()
}
