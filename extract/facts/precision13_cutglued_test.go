package facts

// precision13CutGluedCases are constructions that gave a fact a cut or
// glued argument on BBC articles in the thirteenth session: the noun of a
// complex preposition left as a qualifier without its complement ("in:
// spite"), a hedge read as a circumstance ("at: least"), two nouns
// modifying one head split into two objects ("lawn", "garden products").
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
}
