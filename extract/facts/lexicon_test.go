package facts

import (
	"context"
	"testing"
)

// TestUKNationsArePlaces checks that England, Scotland and Wales are places
// of their own, not names of the United Kingdom: "England beat France" is a
// match between national teams, and Scotland has its own parliament.
func TestUKNationsArePlaces(t *testing.T) {
	x := mustExtractor(t)
	res, err := x.Extract(context.Background(), Document{ID: "uk", Text: "England beat France in Paris. Scotland and Wales voted for the plan, while Britain abstained."})
	if err != nil {
		t.Fatal(err)
	}
	byName := map[string]string{}
	for _, e := range res.Entities {
		byName[e.Name] = e.Type
	}
	for _, n := range []string{"England", "Scotland", "Wales", "United Kingdom"} {
		if byName[n] == "" {
			t.Errorf("no entity %q; got %v", n, byName)
		}
	}
	for _, r := range res.Relations {
		if r.Subject.Name == "United Kingdom" && r.Predicate == "beat" {
			t.Errorf("England's win given to the United Kingdom: %s —%s→ %s", r.Subject.Name, r.Predicate, r.Object.Name)
		}
	}
}
