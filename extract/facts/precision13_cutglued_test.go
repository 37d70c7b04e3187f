package facts

// precision13CutGluedCases are constructions that gave a fact a cut or
// glued argument on BBC articles in the thirteenth session: the noun of a
// complex preposition left as a qualifier without its complement ("in:
// spite"), a hedge read as a circumstance ("at: least"). Every sentence is
// written for the test.
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
}
