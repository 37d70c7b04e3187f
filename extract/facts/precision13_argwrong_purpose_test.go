package facts

// precision13ArgWrongPurposeCases are infinitives of purpose that the parse
// hung on a verb's object as an open complement, so that the object (a
// thing) became who acts: "clocked 11.02 seconds to finish ahead" — the
// runner finishes. Verbs that make or want their object do something keep
// the object ("urged the managers to reopen talks"). Every sentence is
// written for the test.
var precision13ArgWrongPurposeCases = []constructionCase{
	{
		name:   "a time clocked does not finish the race: the runner does",
		text:   "Sport news\n\nThe 23-year-old Maria Lenz clocked 11.02 seconds to finish ahead of her rival.",
		rels:   []wantRel{{subj: "Maria Lenz", pred: "clock", obj: "11.02 seconds"}},
		absent: []wantRel{{subj: "11.02 seconds", pred: ""}},
	},
	{
		name:   "aces fired do not secure the win: the player does",
		text:   "Sport news\n\nTana Ruiz fired 15 aces to secure a 6-2 6-4 win over Lara Voss.",
		rels:   []wantRel{{subj: "Tana Ruiz", pred: "secure", obj: "6-2 6-4 win"}},
		absent: []wantRel{{subj: "15 aces", pred: "secure"}},
	},
	{
		name:   "legal action taken does not halt the takeover: whoever took it would",
		text:   "Business news\n\nA shareholder in Dalton has taken legal action to halt the takeover.",
		rels:   []wantRel{{subj: "shareholder", pred: "halt", obj: "takeover"}},
		absent: []wantRel{{subj: "legal action", pred: "halt"}},
	},
	{
		name:   "an ambition stated is not who would lead",
		text:   "Politics news\n\nOrtmann resigned in May after stating his ambition to be the party's leader.",
		absent: []wantRel{{subj: "ambition", pred: ""}},
	},
	{
		name:   "songs picked to be sung undergo the singing",
		text:   "Entertainment news\n\nViewers will pick 20 old songs to be sung by the original singers.",
		rels:   []wantRel{{subj: "original singers", pred: "sing", obj: "20 old songs"}},
		absent: []wantRel{{subj: "Viewers", pred: "sing"}},
	},
}

// precision13SeenHappenCases: "X saw Y do Z" in news reports an event X
// underwent, not a thing X saw. Every sentence is written for the test.
var precision13SeenHappenCases = []constructionCase{
	{
		name:   "a firm that saw its shares rise saw no shares",
		text:   "Business news\n\nBrandel saw its shares rise 9% on Monday after it raised its forecast.",
		absent: []wantRel{{subj: "Brandel", pred: "see"}},
	},
	{
		name:   "an author who has seen her novel win saw no novel",
		text:   "Books news\n\nNovelist Clara Wend has seen her novel Salt Road win the Harwell Prize.",
		absent: []wantRel{{subj: "Clara Wend", pred: "see"}},
	},
	{
		name: "a thing seen, with no verb after it, stays seen",
		text: "Sport news\n\nThe striker Tomas Brill saw huge changes during his time at the club.",
		rels: []wantRel{{subj: "Tomas Brill", pred: "see", obj: "huge changes"}},
	},
	{
		name: "a passive of see keeps its agent's view",
		text: "Business news\n\nThe charges are seen by investors as politically motivated.",
		rels: []wantRel{{subj: "investors", pred: "see", obj: "charges"}},
	},
}

// precision13CommaSetSubjectCases: "A was named X and B, who …, was named
// Y" — the second clause has its own subject, set off by commas, which the
// parse coordinated with the first clause's complement. Every sentence is
// written for the test.
var precision13CommaSetSubjectCases = []constructionCase{
	{
		name:   "a name after and, set off by a relative clause, is the second clause's subject",
		text:   "Film news\n\nRiver Song was named best film and Harlow, who played the mother, was named best actress.",
		rels:   []wantRel{{subj: "Harlow", pred: "be-named", obj: "best actress"}},
		absent: []wantRel{{subj: "River Song", pred: "be-named", obj: "best actress"}},
	},
	{
		name:   "a name after and, set off by a participle, is the second clause's subject",
		text:   "TV news\n\nHarbour Lights was named top new drama and Brixton Nights, starring former soap actor Dan Keller, was best new comedy.",
		absent: []wantRel{{subj: "Harbour Lights", pred: "be", obj: "best new comedy"}},
	},
	{
		name:   "a source set off by commas is no subject",
		text:   "Business news\n\nHe had promised to cut costs and, according to Reuters, once told analysts that he would sell the unit.",
		absent: []wantRel{{subj: "Reuters", pred: "tell"}},
	},
}

// precision13SpanBoundCases: "the quarter ending September 30" dates a time
// span; nothing in the sentence ends anything. Every sentence is written for
// the test.
var precision13SpanBoundCases = []constructionCase{
	{
		name:   "a quarter ending on a date is no deed of the subject",
		text:   "Business news\n\nSales slowed to 1.2% in the quarter ending June 30, down from 4% a year earlier.",
		absent: []wantRel{{subj: "", pred: "end"}},
	},
	{
		name:   "a year beginning on a date is no deed of the plan",
		text:   "Business news\n\nThe budget for the year beginning 1 April relies on strong exports.",
		absent: []wantRel{{subj: "", pred: "begin"}},
	},
	{
		name: "a firm that ends an alliance ends it",
		text: "Business news\n\nCarvo has ended its five-year alliance with Delmark.",
		rels: []wantRel{{subj: "Carvo", pred: "end", obj: "five-year alliance"}},
	},
}
