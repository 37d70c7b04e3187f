package facts

// precision13ModalityCases are constructions that gave a relation or a
// statement a source that did not say it, or a modality the sentence does not
// give, on BBC articles in the thirteenth session; every sentence is written
// for the test.
var precision13ModalityCases = []constructionCase{
	// a passive cue's subject is spoken of or to, never who speaks
	{
		name:   "the subject of a passive naming verb does not speak the quoted description",
		text:   "Arts news\n\nThe new museum was praised as \"a building which changed the city\".",
		absent: []wantRel{{pred: "change", obj: "city"}},
	},
	{
		name: "the agent of a passive naming verb speaks the quoted description",
		text: "Farm news\n\nThe plan was described by union leader Anna Berg as \"a disaster for farmers\".",
		sts:  []wantSt{{speaker: "Anna Berg", content: "a disaster for farmers", direct: true}},
	},
	{
		name: "an agent after the quoted description speaks it",
		text: "Farm news\n\nThe plan was described as \"a disaster for farmers\" by union leader Anna Berg.",
		sts:  []wantSt{{speaker: "Anna Berg", content: "a disaster for farmers", direct: true}},
		gap:  "the agent after the quotation is not read as its speaker",
	},
	{
		name: "a second subject the parser gave an active cue leaves its speaker in place",
		text: "Film news\n\nThe last movie of the series may not be suitable for young children, film-maker Peter Holm has said.",
		rels: []wantRel{{subj: "last movie of the series", pred: "be-suitable-for", obj: "young children", negated: true,
			modality: ModalityPossible, attributedTo: "Peter Holm"}},
	},
}

// precision13PurposeCases: what an infinitive of purpose or plan would
// establish is not yet so.
var precision13PurposeCases = []constructionCase{
	{
		name: "the clause an infinitive of purpose is to ensure is not asserted",
		text: "Bank news\n\nNew rules were brought in to ensure that online fraud does not spread to savings accounts.",
		rels: []wantRel{{subj: "online fraud", pred: "spread", obj: "savings accounts", negated: true, modality: ModalityPossible}},
	},
	{
		name:        "what a planned infinitive would confirm is not asserted",
		text:        "Trade news\n\nThe commission wants to confirm that the plan contains no state aid.",
		notAsserted: []wantRel{{subj: "plan", pred: "contain"}},
	},
	{
		name: "a phrase describing a noun inside the purpose clause stays asserted",
		text: "Bank news\n\nNew rules were brought in to ensure that the gangs targeting pensioners do not reach savers.",
		rels: []wantRel{{subj: "gangs", pred: "target", obj: "pensioners"}},
	},
	{
		name: "what an infinitive of discovery finds is so",
		text: "Election news\n\nThe senator woke up to discover that his rival had won the state.",
		rels: []wantRel{{subj: "rival", pred: "win", obj: "state"}},
	},
}

// precision13AttributionCases: an infinitive after a cue's thing object says
// what the thing is for, not what anyone says.
var precision13AttributionCases = []constructionCase{
	{
		name: "an infinitive of purpose after a cue's thing object is the asker's, not the addressee's",
		text: "Trade news\n\nThe union has urged the Trade Council to swiftly conclude negotiations to open markets, easing access for small farmers.",
		rels: []wantRel{
			{subj: "negotiations", pred: "open", obj: "markets", modality: ModalityPossible, attributedTo: "union"},
			{subj: "negotiations", pred: "ease", obj: "access", modality: ModalityPossible, attributedTo: "union"},
		},
	},
	{
		name: "an infinitive about a wanted thing stays the wanter's wish",
		text: "Music news\n\nPeter Holm wanted Glastonbury to be a showcase for young bands, but the festival became too commercial.",
		rels: []wantRel{{subj: "Glastonbury", pred: "be", obj: "showcase", modality: ModalityPossible, attributedTo: "Peter Holm"}},
	},
}

// precision13HedgedCueCases: a reporting verb under "may", "might" or
// "could" reports no one's words.
var precision13HedgedCueCases = []constructionCase{
	{
		name: "what a subject may find is possible and nobody's report",
		text: "Farm news\n\nCritics might argue that the new tax will hurt the poor.",
		rels: []wantRel{{subj: "new tax", pred: "hurt", obj: "poor", modality: ModalityPossible}},
	},
	{
		name: "a hedged verb inside a closing report leaves the closing speaker",
		text: "Fishing news\n\nAnglers could find themselves fined under plans to protect rivers, a committee of MPs has warned.",
		rels: []wantRel{{subj: "Anglers", pred: "fine-under", obj: "plans", modality: ModalityPossible, attributedTo: "committee of MPs"}},
	},
}

// precision13TimeClauseCases: a clause of "until" or "before" in the
// present tells what is still to come.
var precision13TimeClauseCases = []constructionCase{
	{
		name: "a present-tense until clause is still to come",
		text: "Money news\n\n\"It is only a matter of time until the euro reaches a record high,\" said trader Anna Berg.",
		rels: []wantRel{{subj: "euro", pred: "reach", obj: "record high", modality: ModalityPossible, attributedTo: "Anna Berg"}},
	},
	{
		name:        "a present-tense before clause is still to come",
		text:        "Trade news\n\nThe talks continue until both sides agree a deal.",
		notAsserted: []wantRel{{subj: "sides", pred: "agree"}},
	},
	{
		name: "a past-tense before clause happened",
		text: "Trade news\n\nThe talks lasted a week before both sides agreed a deal.",
		rels: []wantRel{{subj: "sides", pred: "agree", obj: "deal"}},
	},
}

// precision13QuestionCases: an indirect question states no answer.
var precision13QuestionCases = []constructionCase{
	{
		name:        "a clause whose subject is fixed by an interrogative which is a question",
		text:        "School news\n\nA review to decide which schools will receive the new funding will end in June.",
		notAsserted: []wantRel{{subj: "schools", pred: "receive"}},
		rels:        []wantRel{{subj: "schools", pred: "receive", obj: "new funding", modality: ModalityPossible}},
	},
	{
		name: "a relative which is no question",
		text: "School news\n\nThe council closed the school, which had received new funding in June.",
		rels: []wantRel{{subj: "school", pred: "receive", obj: "new funding"}},
	},
}

// precision13ReportedWishCases: a wish someone else reports is the
// reporter's to report, and still only wished.
var precision13ReportedWishCases = []constructionCase{
	{
		name: "a wish reported by a named speaker is attributed to the speaker",
		text: "Party news\n\nAnna Berg said the Greens want to restore trust by fighting poverty.",
		rels: []wantRel{{subj: "Greens", pred: "fight", obj: "poverty", modality: ModalityPossible, attributedTo: "Anna Berg"}},
	},
	{
		name: "a quoted hope is possible, not reported as so",
		text: "Library news\n\n\"We hope that the new archive will be of use to scholars,\" said librarian Peter Holm.",
		rels: []wantRel{{subj: "new archive", pred: "be-of", obj: "use", modality: ModalityPossible, attributedTo: "Peter Holm"}},
	},
}
