package facts

import (
	"context"
	"fmt"
	"strings"
	"testing"
)

// precision12H5Cases are constructions that gave wrong predicates (a noun
// read as a verb) on BBC articles in the twelfth session; every sentence is
// written for the test.
var precision12H5Cases = []constructionCase{
	// a word the tagger took for a verb inside a noun phrase
	{
		name:   "a verb-like word after an adjective and before a bare noun modifies the noun",
		text:   "Business news\n\nA task force held meetings to discuss a plan with the World Bank and Japanese aid agencies on Wednesday.",
		absent: []wantRel{{pred: "aid"}},
	},
	{
		name:   "a participle coordinated with an adjective before a noun describes the noun",
		text:   "Business news\n\nThe report criticised the high tariffs imposed by both developed and developing nations.",
		absent: []wantRel{{pred: "develop"}},
	},
	{
		name: "after an infinitive marker the same word is a verb",
		text: "Business news\n\nOxfam used the money to aid farmers in Kenya.",
		rels: []wantRel{{subj: "Oxfam", pred: "aid", obj: "farmers", modality: ModalityPossible}},
	},
	{
		name: "a plural after a singular inside a phrase on a plural noun is no verb",
		text: "Business news\n\nShares in British casino operators London Clubs International, Rank Group and Stanley Leisure, who had " +
			"hoped for a bigger market, fell sharply on Monday.",
		absent: []wantRel{{pred: "operator"}},
	},
}

func TestPrecision12H5(t *testing.T) {
	x := mustExtractor(t)
	for i, c := range precision12H5Cases {
		t.Run(c.name, func(t *testing.T) {
			res, err := x.Extract(context.Background(), Document{ID: fmt.Sprintf("case%02d", i), Text: c.text})
			if err != nil {
				t.Fatalf("Extract: %v", err)
			}
			if problems := checkConstruction(c, res); len(problems) > 0 {
				t.Errorf("%s\n%s\ngot:\n%s", c.text, strings.Join(problems, "\n"), describeResult(res))
			}
		})
	}
}
