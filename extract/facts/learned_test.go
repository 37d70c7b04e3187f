package facts

import (
	"context"
	"testing"
)

// TestCueModelLoads checks that the embedded cue model decodes into weights
// and a threshold.
func TestCueModelLoads(t *testing.T) {
	m, err := decodeModel("cue model", cueModelGz)
	if err != nil {
		t.Fatal(err)
	}
	if len(m.Weights) < 1000 {
		t.Errorf("cue model has %d weights; want the trained model (internal/train/attrib)", len(m.Weights))
	}
	if m.score([]string{"b", "l=say", "p=VERB", "c=ccomp"}) <= m.score([]string{"b", "l=table", "p=NOUN"}) {
		t.Errorf("a verb with a clause scores no higher as a cue than a plain noun")
	}
}

// TestLearnedCues checks the statements only the learned cue model finds:
// present by default, absent with NoLearnedCues, never without a named speaker.
func TestLearnedCues(t *testing.T) {
	cases := []struct {
		name, text, speaker, cue string
	}{
		{"a musing", "The mayor mused that the port could close.", "mayor", "mused"},
		{"a posited claim", "Anna Berg posited that the port will close.", "Anna Berg", "posited"},
	}
	with := mustExtractor(t)
	without, err := New(Options{NoLearnedCues: true})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			res, err := with.Extract(context.Background(), Document{ID: "learned", Text: c.text})
			if err != nil {
				t.Fatal(err)
			}
			found := false
			for _, s := range res.Statements {
				found = found || s.Speaker.Name == c.speaker && s.Cue == c.cue
			}
			if !found {
				t.Errorf("%s: no statement of %s through %q; got:\n%s", c.text, c.speaker, c.cue, describeResult(res))
			}
			res, err = without.Extract(context.Background(), Document{ID: "learned", Text: c.text})
			if err != nil {
				t.Fatal(err)
			}
			for _, s := range res.Statements {
				if s.Cue == c.cue {
					t.Errorf("with NoLearnedCues the rules alone found %q: the case no longer tests the model", s.Cue)
				}
			}
		})
	}
	res, err := with.Extract(context.Background(), Document{ID: "learned", Text: "The curfew was lifted on Thursday after two days of protests."})
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range res.Statements {
		if s.Speaker.ID == SpeakerUnknown && s.Confidence < 0.6 {
			t.Errorf("a learned statement without a named speaker: %+v", s)
		}
	}
}

// TestCueObjects checks which noun objects a cue outside the reporting
// lexicon states: what a verb of judgement judges, not what a verb does,
// completes or (after an inversion) names as the speaker.
func TestCueObjects(t *testing.T) {
	x := mustExtractor(t)
	cases := []struct {
		name, text string
		cue        string // the statement's cue; "" = no statement at all
		content    string
	}{
		{"time spent", "The actress spent three weeks learning Spanish.", "", ""},
		{"a debut made", "The singer Maria Lopez is making her debut in the musical.", "", ""},
		{"an adjective completes the verb", "The farmer Tom Reed cut short his holiday to meet the buyers.", "", ""},
		{"a judgement", "Hans Berger derided the proposal as toothless.", "derided", "the proposal as toothless"},
		{"an estimate", "Port news\n\nHans Berger estimated the cost of the repairs at two million euros.", "estimated", "the cost of the repairs at two million euros"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			res, err := x.Extract(context.Background(), Document{ID: "objects", Text: c.text})
			if err != nil {
				t.Fatal(err)
			}
			if c.cue == "" {
				if len(res.Statements) > 0 {
					t.Errorf("%s: a deed read as a statement:\n%s", c.text, describeResult(res))
				}
				return
			}
			found := false
			for _, s := range res.Statements {
				found = found || s.Cue == c.cue && s.Content == c.content
			}
			if !found {
				t.Errorf("%s: no statement %q → %q:\n%s", c.text, c.cue, c.content, describeResult(res))
			}
		})
	}
	res, err := x.Extract(context.Background(), Document{ID: "objects", Text: "Prince Edward should make clear how he feels, says party leader Anne Smith."})
	if err != nil {
		t.Fatal(err)
	}
	smith := false
	for _, s := range res.Statements {
		if s.Content == "party leader Anne Smith" || s.Content == "clear" {
			t.Errorf("the speaker after an inversion, or an adjective, read as what was said: %+v", s)
		}
		smith = smith || s.Speaker.Name == "Anne Smith" && s.Content == "Prince Edward should make clear how he feels"
	}
	if !smith {
		t.Errorf("the speaker after the cue is not Anne Smith:\n%s", describeResult(res))
	}
	for _, r := range res.Relations {
		if r.Predicate == "say" {
			t.Errorf("the speaker after an inversion read as the object of say: %+v", r)
		}
	}
}
