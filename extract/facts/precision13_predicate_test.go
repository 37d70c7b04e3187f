package facts

// precision13PredicateCases are constructions whose predicate misstated the
// sentence on BBC articles in the thirteenth session; every sentence is
// written for the test.
var precision13PredicateCases = []constructionCase{
	// a verb and its infinitive: the predicate is named by both
	{
		name:   "a verb with an infinitive is named by both verbs, the object the infinitive's",
		text:   "Business news\n\nNorthwind Airlines is looking to cut costs in Asia.",
		rels:   []wantRel{{subj: "Northwind Airlines", pred: "look-to-cut", obj: "costs"}},
		absent: []wantRel{{pred: "look"}},
	},
	{
		name:   "'help' with a bare infinitive keeps both verbs",
		text:   "Music news\n\nJane Porter helped write a ballad for the band.",
		rels:   []wantRel{{subj: "Jane Porter", pred: "help-write", obj: "ballad"}},
		absent: []wantRel{{pred: "help"}},
	},
	{
		name: "the first verb's particle stays with it",
		text: "Business news\n\nAcme Motors stepped in to take over the payments.",
		rels: []wantRel{{subj: "Acme Motors", pred: "step-in-to-take-over", obj: "payments"}},
	},
	{
		name: "a sporting comeback and its result",
		text: "Tennis news\n\nTom Baxter rallied to beat Carl Olsen in the final.",
		rels: []wantRel{{subj: "Tom Baxter", pred: "rally-to-beat", obj: "Carl Olsen"}},
	},
	{
		name:   "the 'used to' of a past habit names the habit's verb",
		text:   "Music news\n\nThe singer Jane Porter used to perform at the Blue Lantern club.",
		rels:   []wantRel{{subj: "Jane Porter", pred: "perform-at", obj: "Blue Lantern club"}},
		absent: []wantRel{{pred: "use-at"}, {pred: "use-to-perform-at"}},
	},
	{
		name:   "'unwilling' is a denial: the infinitive is the deed, not done",
		text:   "Business news\n\nThe regulator said it would consider a new approach for foreign firms unwilling to meet its rules.",
		rels:   []wantRel{{subj: "foreign firms", pred: "meet", obj: "rules", negated: true}},
		absent: []wantRel{{pred: "unwill"}},
	},
	{
		name:   "a verb of where things end up keeps its 'to' a preposition",
		text:   "Business news\n\nThe dollar fell to record lows against the euro on Friday.",
		absent: []wantRel{{pred: "fall-to-record"}},
	},
	// the passive of a verb with its own preposition
	{
		name:   "a preposition left before the agent belongs to the verb; the agent does it",
		text:   "Music news\n\nThe prize was voted for by readers of Melody Weekly.",
		rels:   []wantRel{{subj: "readers of Melody Weekly", pred: "vote-for", obj: "prize"}},
		absent: []wantRel{{pred: "be-voted-for"}},
	},
	{
		name: "the same with a preposition the parser hung on the verb",
		text: "Business news\n\nThe new stadium was paid for by the taxpayers of Leeds.",
		rels: []wantRel{{subj: "taxpayers of Leeds", pred: "pay-for", obj: "new stadium"}},
	},
	// a participle with an object of its own is the past tense of its noun's verb
	{
		name:   "a past tense the parser took for a reduced passive relative keeps its object, active",
		text:   "Business news\n\nShares fell after the storm destroyed many coastal hotels.",
		rels:   []wantRel{{subj: "storm", pred: "destroy", obj: "many coastal hotels"}},
		absent: []wantRel{{pred: "be-destroyed"}},
	},
	{
		name:   "a verb that keeps an object in the passive stays passive",
		text:   "Music news\n\nThe singer wrote on a sofa priced pounds 900.",
		absent: []wantRel{{pred: "price"}},
	},
	// "to be" and a preposition after a verb of seeming
	{
		name:   "the preposition after 'to be' joins the predicate",
		text:   "Football news\n\nPromotion appears to be beyond Kilmarnock this season.",
		rels:   []wantRel{{subj: "Promotion", pred: "appear-to-be-beyond", obj: "Kilmarnock"}},
		absent: []wantRel{{pred: "appear"}},
	},
	{
		name: "without a preposition the complement stays the object",
		text: "Crime news\n\nThe cause of the fire appeared to be an electrical fault.",
		rels: []wantRel{{subj: "cause of the fire", pred: "appear", obj: "electrical fault"}},
	},
	// a clause of time read as an object
	{
		name:   "a 'when' clause is no object of the verb before it",
		text:   "Tech news\n\nThe fault began when a plan to move the files from London to Leeds went wrong.",
		absent: []wantRel{{subj: "fault", pred: "begin"}},
	},
	// a place in an order after the verb
	{
		name:   "the place a verb of finishing gives is part of its predicate",
		text:   "Athletics news\n\nTom Baxter came third in the 400m in Madrid.",
		rels:   []wantRel{{subj: "Tom Baxter", pred: "come-third-in", obj: "400m"}},
		absent: []wantRel{{pred: "come-in"}},
	},
	// a coordinated clause with its own copula
	{
		name:   "'and is on track' is a second clause, not a qualifier of the first verb",
		text:   "Business news\n\nDuring the first six months of the year, Acme Motors made savings of pounds 245m, and is on track to top its target for the full year.",
		rels:   []wantRel{{subj: "Acme Motors", pred: "make", obj: "savings of pounds 245m", qual: [2]string{"during", "the first six months of the year"}}},
		absent: []wantRel{{pred: "make", qual: [2]string{"on", "track to top its target for the full year"}}},
	},
}
