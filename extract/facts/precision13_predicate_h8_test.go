package facts

// precision13PredicateH8Cases are further constructions whose predicate or
// qualifier misstated the sentence on BBC articles in the thirteenth
// session; every sentence is written for the test.
var precision13PredicateH8Cases = []constructionCase{
	// a verb of regard keeps its "as" phrase wherever the parser hung it
	{
		name: "an 'as' phrase hung inside the object is what the object is judged to be",
		text: "Sport news\n\nThe Football Association described his excuses for missing the drug tests as \"unacceptable\".",
		rels: []wantRel{{subj: "Football Association", pred: "describe", obj: "excuses", qual: [2]string{"as", "unacceptable"}}},
	},
	{
		name: "a passive of regard with an agent keeps the 'as' clause",
		text: "Business news\n\nThe new tariffs are seen by exporters as politically motivated.",
		rels: []wantRel{{subj: "exporters", pred: "see", obj: "new tariffs", qual: [2]string{"as", "politically motivated"}}},
	},
	{
		name:   "an 'as' opening a clause with its own subject is no judgement",
		text:   "Business news\n\nThe minister saw the figures as they were published.",
		rels:   []wantRel{{subj: "minister", pred: "see", obj: "figures"}},
		absent: []wantRel{{pred: "see", qual: [2]string{"as", "published"}}},
	},
	// a verb whose object is a gerund is named by both verbs
	{
		name:   "a verb with a gerund object is named by both verbs, the object the gerund's",
		text:   "Business news\n\nNorthwind Airlines has stopped selling tickets in Asia.",
		rels:   []wantRel{{subj: "Northwind Airlines", pred: "stop-sell", obj: "tickets"}},
		absent: []wantRel{{pred: "stop"}},
	},
	{
		name:   "a phrasal verb keeps its particle before the gerund",
		text:   "Politics news\n\nThe Treasury has ruled out raising the tax on petrol.",
		rels:   []wantRel{{subj: "Treasury", pred: "rule-out-raise", obj: "tax"}},
		absent: []wantRel{{pred: "rule"}},
	},
	{
		name:   "an adjective in -ing after a verb is no gerund",
		text:   "Business news\n\nThe new rules divided developing nations.",
		absent: []wantRel{{pred: "divide-develop"}},
	},
	// a particle stays with its verb: made an adverb before a preposition, or in the passive
	{
		name:   "a particle the parser made an adverb, before the verb's preposition, is the verb's",
		text:   "Sport news\n\nThe Kenyan runner got off to a flying start in Madrid.",
		rels:   []wantRel{{subj: "Kenyan runner", pred: "get-off-to", obj: "flying start"}},
		absent: []wantRel{{pred: "get-to"}},
	},
	{
		name:   "a passive keeps its particle",
		text:   "Business news\n\nThe new board is made up of nine directors.",
		rels:   []wantRel{{subj: "new board", pred: "be-made-up-of", obj: "nine directors"}},
		absent: []wantRel{{pred: "be-made-of"}},
	},
	{
		name:   "the 'up' of 'up to' bounds an amount and is no particle",
		text:   "Business news\n\nThe seven firms have been given up to 40 days to reply.",
		absent: []wantRel{{pred: "be-given-up"}},
	},
	// an idiom of saying a thing openly
	{
		name:   "'made no secret of' says the thing is plain; no secret was left unmade",
		text:   "Sport news\n\nThe coach Tom Baxter has made no secret of his ambition to manage England.",
		rels:   []wantRel{{subj: "Tom Baxter", pred: "make-no-secret-of", obj: "ambition"}},
		absent: []wantRel{{pred: "make", negated: true}},
	},
	// a noun that makes a preposition only with what follows it
	{
		name:   "'in line with' is one qualifier, not 'in: line' and 'with: …'",
		text:   "Business news\n\nNorthwind Airlines did not raise its fares in line with other carriers.",
		rels:   []wantRel{{subj: "Northwind Airlines", pred: "raise", obj: "fares", negated: true, qual: [2]string{"in line with", "other carriers"}}},
		absent: []wantRel{{qual: [2]string{"in", "line"}}},
	},
	{
		name:   "a sentence-opening 'In addition' is the writer's link, no qualifier",
		text:   "Business news\n\nIn addition, Acme Motors is recalling 5,000 vans.",
		absent: []wantRel{{qual: [2]string{"in", "addition"}}},
	},
}
