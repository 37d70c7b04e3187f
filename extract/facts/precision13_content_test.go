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
	{
		name: "a reporting clause closing the sentence is another source's, not the inner speaker's words",
		text: "Business news\n\nLocal officials said as many as 500 farmers will be affected and that damage to the region will be \"serious\", Agence France Presse reported.",
		sts: []wantSt{
			{speaker: "Local officials", cue: "said", content: "as many as 500 farmers will be affected and that damage to the region will be \"serious\""},
			{speaker: "Agence France Presse", cue: "reported", content: "Local officials said as many as 500 farmers will be affected and that damage to the region will be \"serious\""},
		},
	},
	{
		name: "a clause of time after the comma is the speaker's words, not a closing cue",
		text: "Airline news\n\nMr Jonas Berg said he had received more than 40 proposals, mostly from airlines, since the pair announced their resignations two months ago.",
		sts:  []wantSt{{speaker: "Jonas Berg", cue: "said", content: "he had received more than 40 proposals, mostly from airlines, since the pair announced their resignations two months ago"}},
	},
	{
		name: "what something is described as, hung inside a clause on the object, is part of the judgement",
		text: "Sport news\n\nThe federation described their excuses for missing the tests as unacceptable.",
		sts:  []wantSt{{speaker: "federation", cue: "described", content: "their excuses for missing the tests as unacceptable"}},
	},
	{
		name: "whom a cue tells, with a reported clause hung on a noun inside, is not in the words",
		text: "Farming news\n\nThe minister Anna Berg told a meeting of farmers that the subsidy would stay.",
		sts:  []wantSt{{speaker: "Anna Berg", cue: "told", content: "the subsidy would stay"}},
	},
}
