package facts

import (
	"testing"
)

// precision12KindCases are things, products and works a story names and then
// calls by their kind alone ("The device", "This film", "The brand"); every
// sentence is written for the test.
var precision12KindCases = []constructionCase{
	{
		name:   "a product called by its kind alone, linked to nothing, is not a subject",
		text:   "Tech news\n\nThe firm Zentel has unveiled a folding handset, the Zentel Arc. The device has a screen that can be turned sideways.",
		absent: []wantRel{{subj: "device", pred: "have"}},
	},
	{
		name:   "a brand called by its kind alone after its name is not a subject",
		text:   "Tech news\n\nThe old Vortex computer name has been sold to a games firm. The brand struggled in the 1990s.",
		absent: []wantRel{{subj: "brand", pred: "struggle-in"}},
	},
	{
		name:   "a film called this film is not a subject on its own",
		text:   "Entertainment news\n\nDirector Jo Marsh will not advertise Night Harbour for the awards. \"This film should be judged on its story,\" her producer said.",
		absent: []wantRel{{subj: "film", pred: "be-judged-on"}},
	},
	{
		name:   "named parties counted as the two firms, left unlinked, are not a subject",
		text:   "Business news\n\nRovena Motors and Kelt Industries held talks in Paris. The two firms signed a deal on Monday.",
		absent: []wantRel{{subj: "two firms", pred: "sign"}},
	},
	{
		name: "plural things of a kind are kept: they are not one named thing",
		text: "Tech news\n\nThe programs masquerade as useful software, experts say.",
		rels: []wantRel{{subj: "programs", pred: "masquerade-as", obj: "useful software"}},
	},
	{
		name: "a kind noun as object is kept",
		text: "Sport news\n\nThe coach Ben Hale praised the game.",
		rels: []wantRel{{subj: "Ben Hale", pred: "praise", obj: "game"}},
	},
}

// TestUnlinkedPairSubject checks the count-of-parties shape on arguments built by hand.
func TestUnlinkedPairSubject(t *testing.T) {
	cases := []struct {
		text, name string
		want       bool
	}{
		{"The two firms", "two firms", true},
		{"The two political leaders", "two political leaders", true},
		{"The two years", "two years", false},    // a measure
		{"The two men", "two men", false},        // people often unnamed
		{"The two firms", "Sony and IBM", false}, // linked
		{"Two firms", "two firms", false},        // indefinite: new to the story
	}
	for _, c := range cases {
		a := arg{ent: &docEntity{name: c.name, typ: TypeConcept}, text: c.text}
		if got := unlinkedPairSubject(a); got != c.want {
			t.Errorf("unlinkedPairSubject(%q as %q) = %v, want %v", c.text, c.name, got, c.want)
		}
	}
}

// TestUnlinkedKindSubject checks the shape test on arguments built by hand.
func TestUnlinkedKindSubject(t *testing.T) {
	cases := []struct {
		text, name, typ string
		want            bool
	}{
		{"The device", "device", TypeConcept, true},
		{"His film", "films", TypeWork, true},
		{"The programme", "Baywatch", TypeConcept, false}, // linked to the show
		{"The programs", "programs", TypeConcept, false},  // plural: several things
		{"The film", "film", TypePerson, false},
		{"The new film", "new film", TypeConcept, false}, // more than the kind: kept
	}
	for _, c := range cases {
		a := arg{ent: &docEntity{name: c.name, typ: c.typ}, text: c.text}
		if got := unlinkedKindSubject(a); got != c.want {
			t.Errorf("unlinkedKindSubject(%q as %q) = %v, want %v", c.text, c.name, got, c.want)
		}
	}
}
