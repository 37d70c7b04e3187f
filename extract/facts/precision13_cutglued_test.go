package facts

// precision13CutGluedCases are constructions that gave a fact a cut or
// glued argument on BBC articles in the thirteenth session: the noun of a
// complex preposition left as a qualifier without its complement ("in:
// spite"), a hedge read as a circumstance ("at: least"), two nouns
// modifying one head split into two objects ("lawn", "garden products"),
// a receiver glued to what it receives ("people advice"), what someone is
// told of glued to them ("citizens of serious threats").
// Every sentence is written for the test.
var precision13CutGluedCases = []constructionCase{
	{
		name: "in addition opening a sentence is no circumstance of the deed",
		text: "Business news\n\nIn addition, the retailer is closing twelve stores in Wales.",
		rels: []wantRel{{subj: "retailer", pred: "close", obj: "twelve stores", qual: [2]string{"in", "Wales"}}},
	},
	{
		name:   "at least hedges the claim",
		text:   "Sport news\n\nThe draw has at least given the young side a reason for hope.",
		rels:   []wantRel{{subj: "draw", pred: "give", obj: "reason"}},
		absent: []wantRel{{subj: "draw", pred: "give", obj: "reason", qual: [2]string{"at", "least"}}},
	},
	{
		name: "a bare in place still says where the thing is put",
		text: "Business news\n\nThe ministry has put new rules in place for smaller lenders.",
		rels: []wantRel{{subj: "ministry", pred: "put", obj: "new rules", qual: [2]string{"in", "place"}}},
	},
	{
		name:   "two nouns coordinated before a plural head both modify it",
		text:   "Business news\n\nThe plant builds lawn and garden tools for export.",
		rels:   []wantRel{{subj: "plant", pred: "build", obj: "lawn and garden tools"}},
		absent: []wantRel{{subj: "plant", pred: "build", obj: "lawn"}, {subj: "plant", pred: "build", obj: "garden tools"}},
	},
	{
		name:   "an owner before the coordinated modifiers belongs to the head",
		text:   "Business news\n\nThe ministry met industry and retail representatives on Monday.",
		rels:   []wantRel{{subj: "ministry", pred: "meet", obj: "industry and retail representatives", qual: [2]string{"on", "Monday"}}},
		absent: []wantRel{{subj: "ministry", pred: "meet", obj: "industry"}},
	},
	{
		name:   "a described noun before the conjunction is a thing of its own",
		text:   "Politics news\n\nThe party will tackle international poverty and climate threats.",
		absent: []wantRel{{subj: "party", pred: "tackle", obj: "international poverty and climate threats"}},
	},
	{
		name:   "a plural of people before the thing given receives it",
		text:   "Tech news\n\nThe charity sends leaflets giving people advice about safe ways to heat their homes.",
		rels:   []wantRel{{subj: "leaflets", pred: "give", obj: "advice"}},
		absent: []wantRel{{subj: "leaflets", pred: "give", obj: "people advice"}},
	},
	{
		name:   "the thing offered hung on its receiver is the object",
		text:   "Tech news\n\nCable firms could offer viewers loyalty points in return for watching adverts.",
		rels:   []wantRel{{subj: "Cable firms", pred: "offer", obj: "loyalty points", qual: [2]string{"to", "viewers"}}},
		absent: []wantRel{{subj: "Cable firms", pred: "offer", obj: "viewers loyalty points"}},
	},
	{
		name: "what something costs its users",
		text: "Tech news\n\nThe new tariff costs users pounds 5 for a month of calls.",
		rels: []wantRel{{subj: "new tariff", pred: "cost", obj: "pounds 5", qual: [2]string{"to", "users"}}},
	},
	{
		name:   "what someone is told of is no part of who is told",
		text:   "Tech news\n\nThe new alerting service will tell citizens of serious security threats.",
		rels:   []wantRel{{subj: "new alerting service", pred: "tell", obj: "citizens", qual: [2]string{"of", "serious security threats"}}},
		absent: []wantRel{{subj: "new alerting service", pred: "tell", obj: "citizens of serious security threats"}},
	},
	{
		name: "what someone is notified of",
		text: "Business news\n\nThe firm notified customers of the fault.",
		rels: []wantRel{{subj: "firm", pred: "notify", obj: "customers", qual: [2]string{"of", "the fault"}}},
	},
}
