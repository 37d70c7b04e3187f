package facts

// precision12PronounCases are pronouns the twelfth session found resolved to the
// wrong entity: a name after a comma inside a fronted clause taken for the
// subject the clause anticipates, a noun the tagger took for an adjective
// ("The single was released in the US … It") passed over for a place, a name
// in a prepositional phrase ranked as a subject, and "the firm" taken for
// what "it" means instead of the company it stands for; every sentence is
// written for the test.
var precision12PronounCases = []constructionCase{
	{
		name:   "a name in apposition after a comma inside the fronted clause is not what the pronoun anticipates",
		text:   "Motor news\n\nJane Dorsey raced for years.\n\nWhen she drove in the Paris to Dakar Rally she shared the car with her brother, Colin, who builds engines.",
		rels:   []wantRel{{subj: "Jane Dorsey", pred: "share", obj: "car"}},
		absent: []wantRel{{subj: "Colin", pred: "share"}, {subj: "Colin", pred: "drive-in"}},
	},
	{
		name: "the subject right after the fronted clause is still what its pronoun anticipates",
		text: "Politics news\n\nPeter Grant spoke first.\n\nAsked whether he would resign, Mr Tom Hales said he would stay.",
		sts:  []wantSt{{speaker: "Tom Hales", cue: "said", content: "he would stay"}},
	},
	{
		name:   "a noun tagged as an adjective but opened by 'the' and the subject is what 'it' takes up, not the place after it",
		text:   "Music news\n\nThe single was first released in the US in 1985. It went on to win two awards.",
		absent: []wantRel{{subj: "United States", pred: "go"}},
	},
	{
		name:   "an adjective predicate is still no thing for 'it'",
		text:   "Business news\n\nAnalysts were cautious about the results of Fenwick Bank. It reported a loss.",
		absent: []wantRel{{subj: "cautious", pred: "report"}},
	},
	{
		name:   "a name in a phrase of the subject (\"the deal with X\") is not the subject 'it' takes up",
		text:   "Business news\n\nFalling orders have left Dunmore Motors with spare capacity, and the supply deal with Halvex gives it a chance to use some of it.",
		rels:   []wantRel{{subj: "supply deal", pred: "give", obj: "Dunmore Motors"}},
		absent: []wantRel{{subj: "supply deal", pred: "give", obj: "Halvex"}},
	},
	{
		name: "'the firm' stands for the company named, and so does the 'it' after it, though the name is in a phrase",
		text: "Business news\n\nShares in Dalworth Foods fell sharply after the firm revealed it would have to restate its accounts.",
		rels: []wantRel{{subj: "Dalworth Foods", pred: "restate", obj: "accounts"}},
		sts:  []wantSt{{speaker: "Dalworth Foods", cue: "revealed", content: "it would have to restate its accounts"}},
	},
	{
		name: "'it' after 'the firm said' is the company the story named, not the description",
		text: "Business news\n\nThe latest results of Dalworth Foods disappointed investors. The firm said it would cut 200 jobs.",
		rels: []wantRel{{subj: "Dalworth Foods", pred: "cut", obj: "200 jobs"}},
	},
}
