package facts

import (
	"reflect"
	"strings"
	"testing"
)

func TestTokenizeQuotesAndClitics(t *testing.T) {
	cases := []struct {
		in   string
		want []string
	}{
		{"‘We need rain,’ she said.", []string{"‘", "We", "need", "rain", ",", "’", "she", "said", "."}},
		{"'We need rain,' she said.", []string{"'", "We", "need", "rain", ",", "'", "she", "said", "."}},
		{"They liked 'em in the '90s.", []string{"They", "liked", "'em", "in", "the", "'90s", "."}},
		{"The farmers’ union met.", []string{"The", "farmers", "’", "union", "met", "."}},
		{"We've won and they’ll know I'd said so.", []string{"We", "'ve", "won", "and", "they", "’ll", "know", "I", "'d", "said", "so", "."}},
		{"Singer Mia Lund,31, sold 1,000 copies,and left.", []string{"Singer", "Mia", "Lund", ",", "31", ",", "sold", "1,000", "copies", ",", "and", "left", "."}},
	}
	for _, c := range cases {
		spans, err := tokenize(c.in)
		if err != nil {
			t.Fatalf("tokenize(%q): %v", c.in, err)
		}
		var got []string
		for _, sp := range spans {
			got = append(got, c.in[sp[0]:sp[1]])
		}
		if !reflect.DeepEqual(got, c.want) {
			t.Errorf("tokenize(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestTokenizeKeepsEveryWord checks that words prose's tokenizer drops come
// back: an apostrophe surname, a possessive at the end of a sentence.
func TestTokenizeKeepsEveryWord(t *testing.T) {
	cases := []struct {
		text string
		want []string
	}{
		{"Cardinal Sean O'Malley spoke.", []string{"Cardinal", "Sean", "O'Malley", "spoke", "."}},
		{"They met at McDonald's.", []string{"They", "met", "at", "McDonald", "'s", "."}},
		{"I'm sure we'll go.", []string{"I", "'m", "sure", "we", "'ll", "go", "."}},
	}
	for _, c := range cases {
		spans, err := tokenize(c.text)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, sp := range spans {
			got = append(got, c.text[sp[0]:sp[1]])
		}
		if strings.Join(got, " ") != strings.Join(c.want, " ") {
			t.Errorf("%q: tokens %q, want %q", c.text, got, c.want)
		}
	}
}
