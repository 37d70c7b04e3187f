package facts

import (
	"reflect"
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
