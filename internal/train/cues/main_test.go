package main

import (
	"reflect"
	"testing"
)

func TestCueHead(t *testing.T) {
	cases := []struct {
		span, want string
	}{
		{"has repeatedly said", "said"},
		{"in a statement", "statement"},
		{"according to", "according"},
		{"’s been ratcheting up his critique of", "ratcheting"},
		{"is", ""},
	}
	for _, c := range cases {
		if got := cueHead(words(c.span)); got != c.want {
			t.Errorf("cueHead(%q) = %q, want %q", c.span, got, c.want)
		}
	}
}

func TestWords(t *testing.T) {
	got := words("O’Malley’s campaign doesn't — well-known, 2016.")
	want := []string{"o", "malley", "s", "campaign", "doesn", "t", "well-known", "2016"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("words = %q, want %q", got, want)
	}
}
