package facts

import (
	"context"
	"strings"
	"testing"
)

func TestCleanName(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Vladimir Putin", "Vladimir Putin"},
		{"Vla\u200bdimir Putin", "Vladimir Putin"},       // zero-width space
		{"Vladimir Pu\u200dtin", "Vladimir Putin"},       // zero-width joiner
		{"\ufeffVladimir Putin", "Vladimir Putin"},       // byte-order mark
		{"Vladimir \u202ePutin\u202c", "Vladimir Putin"}, // right-to-left override
		{"Vladimir \u2067Putin\u2069", "Vladimir Putin"}, // isolate
		{"Pute\u0301", "Puté"},                           // decomposed accent → NFC
		{"Vl\u0430dimir", "Vl\u0430dimir"},               // a Cyrillic letter is a letter: kept (and flagged)
		{"Zelenskyy", "Zelenskyy"},
	} {
		if got := cleanName(tc.in); got != tc.want {
			t.Errorf("cleanName(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestMixedScript(t *testing.T) {
	for _, tc := range []struct {
		name string
		want bool
	}{
		{"Vladimir Putin", false},
		{"Владимир Путин", false},
		{"Vl\u0430dimir Putin", true}, // Cyrillic а in a Latin name
		{"Путин Vladimir", true},
		{"Ολυμπιακός", false},
		{"Nikos Ολυμπιακός", true},
		{"安倍 晋三", false},      // kanji
		{"きゃりーぱみゅぱみゅ", false}, // kana: one Japanese name
		{"François Hollande", false},
		{"O'Brien-Smith 3rd", false},
	} {
		if got := mixedScript(tc.name); got != tc.want {
			t.Errorf("mixedScript(%q) = %v, want %v", tc.name, got, tc.want)
		}
	}
}

// TestInvisibleNameVariants: invisible characters do not make a second
// "Vladimir Putin" (issue 11 saw four), a Cyrillic look-alike stays apart but
// is flagged, and the sentence text keeps what was written.
func TestInvisibleNameVariants(t *testing.T) {
	x := mustExtractor(t)
	text := "Vladimir Putin met officials in Moscow. " +
		"Vla\u200bdimir Putin met Donald Trump in Helsinki. " +
		"Vladimir Pu\u200dtin left on Monday. " +
		"Vladimir \u202ePutin\u202c spoke again. " +
		"Vl\u0430dimir Putin returned on Tuesday.\n"
	res, err := x.Extract(context.Background(), Document{ID: "n", Text: text})
	if err != nil {
		t.Fatal(err)
	}
	byName := map[string]Entity{}
	for _, e := range res.Entities {
		if strings.Contains(e.Name, "Putin") {
			byName[e.Name] = e
		}
	}
	if len(byName) != 2 {
		t.Fatalf("want two Putin entities (one flagged), got %+v", byName)
	}
	plain := byName["Vladimir Putin"]
	if plain.Mentions != 4 || plain.ID != "vladimir-putin" || plain.MixedScript || len(plain.Aliases) != 0 {
		t.Errorf("Latin Putin: %+v, want 4 mentions, id vladimir-putin, no flag, no invisible aliases", plain)
	}
	spoof := byName["Vl\u0430dimir Putin"]
	if !spoof.MixedScript || spoof.Mentions != 1 {
		t.Errorf("Cyrillic-а Putin: %+v, want flagged mixed_script and kept apart", spoof)
	}
	found := false
	for _, r := range res.Relations {
		if r.Subject.ID == "vladimir-putin" && strings.Contains(r.Subject.Mention, "\u200b") {
			found = true
			if r.Subject.Name != "Vladimir Putin" || !strings.Contains(r.Text, "Vla\u200bdimir") {
				t.Errorf("relation %+v: name should be clean, text as written", r)
			}
		}
	}
	if !found {
		t.Errorf("no relation whose mention keeps the zero-width space as written: %+v", res.Relations)
	}
}
