package facts

import (
	"context"
	"testing"
)

// TestStanceFromEvidence checks that a statement takes a side only when its
// cue or its content judges: a negation alone, a question or a guess is neutral.
func TestStanceFromEvidence(t *testing.T) {
	x := mustExtractor(t)
	cases := []struct {
		name, text, want string
	}{
		{"a negation judges nothing", "Anna Berg said the firm did not plan to bid for the licence.", StanceNeutral},
		{"a denial of a plan judges nothing", "Peter Holm said no decision had been taken on the merger.", StanceNeutral},
		{"a judging word judges", "Anna Berg said the merger plan was unrealistic.", StanceRejects},
		{"a negated judging word turns round", "Anna Berg said the merger plan was not good.", StanceRejects},
		{"praise supports", "Peter Holm said the merger plan was a sensible step.", StanceSupports},
		{"a rejecting cue rejects", "Anna Berg condemned the merger plan.", StanceRejects},
		{"a welcoming cue supports", "Peter Holm welcomed the merger plan.", StanceSupports},
		{"a question takes no side", "Anna Berg asked whether the merger plan was wrong.", StanceNeutral},
		{"peace is a topic, not a side", "Peter Holm said nobody wants peace more than the farmers.", StanceNeutral},
	}
	for i, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			res, err := x.Extract(context.Background(), Document{ID: "stance" + string(rune('a'+i)), Text: c.text})
			if err != nil {
				t.Fatal(err)
			}
			if len(res.Statements) == 0 {
				t.Fatalf("no statement; got:\n%s", describeResult(res))
			}
			if got := res.Statements[0].Stance; got != c.want {
				t.Errorf("%s: stance %s, want %s", c.text, got, c.want)
			}
		})
	}
}
