package facts

// precision13ContentCases are reported clauses the thirteenth session found
// glued to the addressee of "told" or "asked" ("told: a Commons committee
// human rights concerns remained"); every sentence is written for the test.
var precision13ContentCases = []constructionCase{
	{
		name: "an addressee opening with a determiner is left out of what was told",
		text: "Politics news\n\nMr Jonas Berg told a Commons select committee human rights concerns over Burma remained.",
		sts:  []wantSt{{speaker: "Jonas Berg", cue: "told", content: "human rights concerns over Burma remained"}},
	},
	{
		name: "a common noun ending the addressee before an honorific and a name",
		text: "Politics news\n\nOn Monday, Mr Jonas Berg told BBC Radio 5's Morning programme Mr Peter Lang had changed his mind.",
		sts:  []wantSt{{speaker: "Jonas Berg", cue: "told", content: "Mr Peter Lang had changed his mind"}},
	},
	{
		name: "a clause the parser hung on the addressee is what was told",
		text: "Politics news\n\nMr Jonas Berg told journalists he was \"deeply hurt\" by the remarks.",
		sts:  []wantSt{{speaker: "Jonas Berg", cue: "told", content: "he was \"deeply hurt\" by the remarks"}},
	},
	{
		name:   "what is told is not an addressee: the story's plot is no fact of the world",
		text:   "Film news\n\nThe film, which tells the story of a farmer who finds gold, opens next week.",
		absent: []wantRel{{subj: "farmer", pred: "find"}},
	},
}
