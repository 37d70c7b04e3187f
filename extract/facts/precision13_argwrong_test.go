package facts

// precision13ArgWrongCases are constructions that took a subject from the
// wrong phrase on BBC articles in the thirteenth session: a noun inside a
// prepositional phrase that the parse made the subject of the verb after
// it, the preposition read as the clause's subordinator. Every sentence is
// written for the test.
var precision13ArgWrongCases = []constructionCase{
	{
		name:   "the object of with is not the subject of the verb after it",
		text:   "Business news\n\nBut dealers said any gains are likely to be brief as problems with the German economy were still serious.",
		absent: []wantRel{{subj: "German economy", pred: "be"}},
	},
	{
		name:   "the object of to comply with does not result in anything",
		text:   "Politics news\n\nFailure to comply with these orders could result in landlords being fined.",
		absent: []wantRel{{subj: "orders", pred: "result-in"}},
	},
	{
		name:   "what the prospects are for does not remain good: the prospects do",
		text:   "Business news\n\nMeanwhile, the Kenyan government said the prospects for the country's growing economy remained \"very good\" despite a poor harvest.",
		rels:   []wantRel{{subj: "prospects", pred: "remain", obj: "good"}},
		absent: []wantRel{{subj: "growing economy", pred: "remain"}},
	},
	{
		name:   "an officer at a firm receives the sentence, not the firm",
		text:   "Business news\n\nA former finance chief at Halden has received a six-month jail sentence and a fine of dollars 50,000 for fraud.",
		rels:   []wantRel{{subj: "former finance chief", pred: "receive", obj: "six-month jail sentence"}},
		absent: []wantRel{{subj: "Halden", pred: "receive"}},
	},
	{
		name: "a preposition before what opens a question, which may be finite",
		text: "Business news\n\nThe watchdog remains wary about what it sees as a lack of openness in the ministry.",
		rels: []wantRel{{subj: "watchdog", pred: "remain", obj: "wary"}},
	},
	{
		name: "a preposition inside a name opens no clause",
		text: "Business news\n\nThe rally came after the Office for Budget Statistics said it had been counting exports wrongly over the past two years.",
		sts:  []wantSt{{speaker: "Office for Budget Statistics", cue: "said", content: "it had been counting exports wrongly over the past two years"}},
	},
	{
		name:   "a list that runs on from inside an object's relative clause is not more objects",
		text:   "Entertainment news\n\nThe Velvet Lounge show was praised as \"a lavishly staged production which featured the songs and dances of Madonna, backed by ornate sets, intricate lighting as well as striking video work, fireworks and other effects\".",
		rels:   []wantRel{{subj: "Velvet Lounge show", pred: "be-praised-as", obj: "lavishly staged production"}},
		absent: []wantRel{{pred: "be-praised-as", obj: "fireworks"}, {pred: "be-praised-as", obj: "other effects"}},
	},
	{
		name: "things listed after a free relative are what it names",
		text: "Politics news\n\nDr Amin said the main issues voters should weigh were what he described as the cost of housing, the state of schools and rising crime.",
		sts:  []wantSt{{speaker: "Amin", cue: "said", content: "the main issues voters should weigh were what he described as the cost of housing, the state of schools and rising crime"}},
	},
	{
		name:   "an object made determined to do something is who would do it",
		text:   "Sport news\n\nTom Ross says his world title has made him determined to win Olympic 400m gold in 2008.",
		absent: []wantRel{{subj: "world title", pred: "win"}},
	},
	{
		name:   "a perfect participle after a noun is done by the clause's subject",
		text:   "Entertainment news\n\nMaria, who left in the third eviction having gained just 7% of the public vote, later said she was relieved.",
		rels:   []wantRel{{subj: "Maria", pred: "leave-in", obj: "third eviction"}},
		absent: []wantRel{{subj: "third eviction"}},
	},
	{
		name:   "a that clause after so or such says what followed, not what the noun before it did",
		text:   "Tech news\n\nSo many people were visiting some charity sites that some webpages were struggling to cope with the traffic.",
		absent: []wantRel{{subj: "charity sites", pred: "cope-with"}, {subj: "webpages", pred: "struggle", obj: "charity sites"}},
	},
	{
		name:   "a fronted participle is no second subject",
		text:   "Politics news\n\nAppointed party chairman after the 2005 general election, Mr Fox had seen the scrutiny of his office intensify.",
		rels:   []wantRel{{subj: "Fox", pred: "be-appointed", obj: "party chairman"}},
		absent: []wantRel{{subj: "Appointed party chairman"}},
	},
	{
		name:   "a plural of people before a second object receives it, and is no object",
		text:   "Tech news\n\nThe firm said it was installing wi-fi on some trains, such as the Leeds to York service, to give passengers a fast net connection too.",
		rels:   []wantRel{{subj: "firm", pred: "give", obj: "fast net connection", modality: ModalityPossible}},
		absent: []wantRel{{pred: "give", obj: "passengers"}},
	},
	{
		name:   "a bare plural right before an object opened by a receives it",
		text:   "Politics news\n\nThe scheme will offer pensioners a free bus pass.",
		rels:   []wantRel{{subj: "scheme", pred: "offer", obj: "free bus pass", modality: ModalityPossible}},
		absent: []wantRel{{pred: "offer", obj: "pensioners"}},
	},
	{
		name: "a rate is no second object",
		text: "Tech news\n\nSecurity firm Webshield said that it stopped more than 40,000 copies an hour of the worm.",
		rels: []wantRel{{subj: "Webshield", pred: "stop", obj: "more than 40,000 copies"}},
	},
	{
		name:   "the noun before is that frames the clause after it and does none of it",
		text:   "Business news\n\nThe trouble is that the high cost of parking is matched by expensive fuel, making drivers reluctant to travel.",
		absent: []wantRel{{subj: "trouble"}, {obj: "trouble"}},
	},
	{
		name:   "the clause after is that keeps its own subject",
		text:   "Sport news\n\nThe only problem is that the match itself can often be a farce.",
		rels:   []wantRel{{subj: "match", pred: "be", obj: "farce", modality: ModalityPossible}},
		absent: []wantRel{{subj: "only problem"}},
	},
}
