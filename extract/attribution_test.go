package extract

import (
	"context"
	"fmt"
	"strings"
	"testing"
)

// attributionCases are the forms of attribution news writes, in sentences
// written for the test: quotation-mark conventions, quotations in parts, and
// reported speech with the cue before, inside or after what was said.
var attributionCases = []constructionCase{
	{
		name: "a quotation reopened in the same paragraph is one statement",
		text: "The council met on Monday.\n\nLena Fischer said: \"The budget is too small for the schools. \"We will ask the state for more money.\"",
		sts: []wantSt{{speaker: "Lena Fischer", cue: "said", direct: true,
			content: "The budget is too small for the schools. \"We will ask the state for more money"}},
	},
	{
		name: "two-apostrophe quotation marks",
		text: "The council met on Monday.\n\n''We will ask the state for more money,'' Lena Fischer said.",
		sts:  []wantSt{{speaker: "Lena Fischer", cue: "said", direct: true, content: "We will ask the state for more money"}},
	},
	{
		name: "two-apostrophe quotation cut by its cue",
		text: "The council met on Monday.\n\n''The budget is too small,'' Lena Fischer said. ''We will ask the state for more.''",
		sts: []wantSt{{speaker: "Lena Fischer", cue: "said", direct: true,
			content: "The budget is too small,'' Lena Fischer said. ''We will ask the state for more"}},
	},
	{
		name: "an unnamed speaker's quotation cut by its cue is one statement",
		text: "The town mourned on Monday.\n\n“His legend will live on,” he said. “His stories will live on here.”",
		sts: []wantSt{{speaker: SpeakerUnknown, cue: "said", direct: true,
			content: "His legend will live on,” he said. “His stories will live on here"}},
	},
	{
		name: "according to X at the end of a clause hung on a phrase",
		text: "The mayor leads the race with 40 percent of the vote, according to a poll by the Ledger.",
		sts:  []wantSt{{speaker: "poll", cue: "according to", content: "The mayor leads the race with 40 percent of the vote"}},
	},
	{
		name: "an infinitive is what a learned cue reports",
		text: "Clara Voss wants to close the mill next year.",
		sts:  []wantSt{{speaker: "Clara Voss", cue: "wants", content: "to close the mill next year"}},
	},
	{
		name: "a prepositional object is what a cue is about",
		text: "Clara Voss called for new elections in the spring.",
		sts:  []wantSt{{speaker: "Clara Voss", cue: "called", content: "new elections in the spring"}},
	},
	{
		name: "a relative clause endorses",
		text: "Jonas Weber, who endorsed Clara Voss last week, spoke in Bonn.",
		sts:  []wantSt{{speaker: "Jonas Weber", cue: "endorsed", content: "Clara Voss"}},
	},
	{
		name: "a view held with an adjective",
		text: "Jonas Weber is critical of the new harbour plan.",
		sts:  []wantSt{{speaker: "Jonas Weber", cue: "critical", content: "the new harbour plan"}},
	},
	{
		name: "a view held in a noun",
		text: "Jonas Weber's support for the harbour plan surprised his party.",
		sts:  []wantSt{{speaker: "Jonas Weber", cue: "support", content: "the harbour plan"}},
	},
	{
		name: "quotations of two speakers in one paragraph stay apart",
		text: "The council met on Monday.\n\n“The budget is too small,” Lena Fischer said. “It is enough,” Otto Brandt replied.",
		sts: []wantSt{
			{speaker: "Lena Fischer", cue: "said", direct: true, content: "The budget is too small"},
			{speaker: "Otto Brandt", cue: "replied", direct: true, content: "It is enough"},
		},
	},
}

func TestAttributionConstructions(t *testing.T) {
	x := mustExtractor(t)
	for i, c := range attributionCases {
		t.Run(c.name, func(t *testing.T) {
			res, err := x.Extract(context.Background(), Document{ID: fmt.Sprintf("attr%02d", i), Text: c.text})
			if err != nil {
				t.Fatalf("Extract: %v", err)
			}
			if problems := checkConstruction(c, res); len(problems) > 0 {
				t.Errorf("%s\n%s\ngot:\n%s", c.text, strings.Join(problems, "\n"), describeResult(res))
			}
		})
	}
}
