package serve

import (
	"strings"
	"testing"
)

func TestTitle(t *testing.T) {
	tests := []struct{ text, want string }{
		{"Labour plans maternity pay rise\n\nMaternity pay for new mothers is to rise.", "Labour plans maternity pay rise"},
		{"Hot Posts\n\n6/recent/ticker-posts\n\nTrump, Putin to begin Ukraine peace talks\n\nPresident Donald Trump announced…", "Trump, Putin to begin Ukraine peace talks"},
		{"- Region:\n- World\n- Category:\n- Politics\nUkraine War Talks Begin as Trump and Putin Agree\nIn a significant…", "Ukraine War Talks Begin as Trump and Putin Agree"},
		{"   \n\n  Spaces around a title line  \n", "Spaces around a title line"},
		{"one\ntwo words\n", ""},
		{"", ""},
		{strings.Repeat("word ", 100), strings.TrimSpace(strings.Repeat("word ", 40))[:199] + "…"},
	}
	for _, tc := range tests {
		if got := title(tc.text); got != tc.want {
			t.Errorf("title(%.40q) = %q, want %q", tc.text, got, tc.want)
		}
	}
}
