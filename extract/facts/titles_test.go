package facts

import (
	"context"
	"strings"
	"testing"
)

// TestWorkTitles checks that titles introduced by a noun for their kind are
// collected whole, small words and all, and nothing else is.
func TestWorkTitles(t *testing.T) {
	x := mustExtractor(t)
	text := "Comedy sequel Meet the Fockers, in which he stars with Ben Stiller, shot to the top of the UK chart. " +
		"He picks up the role from 2000 hit comedy, Meet the Parents. Queen's anthem The Show Must Go On was first. " +
		"The chart put the song Stairway to Heaven in second. The film Closer was fourth. The minister met the Prime Minister. " +
		"Speaking on the Today programme Mr Blair said so. Flooding hit Western Australia. The film The Sea Inside from Spain won."
	d := &docState{x: x, doc: Document{ID: "t", Text: text}, table: newEntityTable(x.lx), res: &Result{}, seen: map[string]bool{}}
	if err := d.segment(context.Background()); err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, w := range x.workTitles(d.sents) {
		got = append(got, strings.Join(w, " "))
	}
	want := []string{"The Show Must Go On", "Meet the Fockers", "Meet the Parents", "Stairway to Heaven", "The Sea Inside", "Closer"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("titles %q, want %q", got, want)
	}
}
