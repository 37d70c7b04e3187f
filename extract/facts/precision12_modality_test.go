package facts

// precision12ModalityCases are constructions that gave wrong predicates (a noun
// read as a verb) or a wrong modality on BBC articles in the twelfth session;
// every sentence is written for the test.
var precision12ModalityCases = []constructionCase{
	// a word the tagger took for a verb inside a noun phrase
	{
		name:   "a verb-like word after an adjective and before a bare noun modifies the noun",
		text:   "Business news\n\nA task force held meetings to discuss a plan with the World Bank and Japanese aid agencies on Wednesday.",
		absent: []wantRel{{pred: "aid"}},
	},
	{
		name:   "a participle coordinated with an adjective before a noun describes the noun",
		text:   "Business news\n\nThe report criticised the high tariffs imposed by both developed and developing nations.",
		absent: []wantRel{{pred: "develop"}},
	},
	{
		name: "after an infinitive marker the same word is a verb",
		text: "Business news\n\nOxfam used the money to aid farmers in Kenya.",
		rels: []wantRel{{subj: "Oxfam", pred: "aid", obj: "farmers", modality: ModalityPossible}},
	},
	{
		name: "a plural after a singular inside a phrase on a plural noun is no verb",
		text: "Business news\n\nShares in British casino operators London Clubs International, Rank Group and Stanley Leisure, who had " +
			"hoped for a bigger market, fell sharply on Monday.",
		absent: []wantRel{{pred: "operator"}},
	},
	{
		name:   "an -s word right before a finite verb with no subject of its own is that verb's plural subject",
		text:   "Beer news\n\nInbev brands include Bass and Stella Artois.",
		rels:   []wantRel{{subj: "Inbev brands", pred: "include", obj: "Bass"}},
		absent: []wantRel{{pred: "brand"}},
	},
	{
		name:   "an -s word before a past tense with no subject of its own is the plural subject",
		text:   "Business news\n\nFive public sector unions met Deputy Prime Minister John Prescott in Gateshead.",
		rels:   []wantRel{{subj: "Five public sector unions", pred: "meet", obj: "John Prescott"}},
		absent: []wantRel{{pred: "union"}},
	},
	{
		name:   "a verb before a base form with no object stays the verb",
		text:   "Rugby news\n\nCaptain Fabien Pelous sees hope on the horizon.",
		absent: []wantRel{{pred: "hope-on"}},
	},
	{
		name:   "an -s verb before an -ed word describing a noun stays the verb",
		text:   "Tech news\n\nThe machine employs reduced instruction set computing.",
		absent: []wantRel{{subj: "machine employs"}},
	},
	{
		name:   "a linking verb before a participle stays the verb",
		text:   "Health news\n\nSo far, any emerging policy appears restricted to a limited number of nursing staff.",
		absent: []wantRel{{subj: "emerging policy appears"}},
	},
	{
		name:   "the plural of a title before a name is no verb",
		text:   "Rail news\n\nBalfour Beatty managers Anthony Walker and Nicholas Jeffries, and Railtrack managers Alistair Cook and Sean Fugill all face individual charges.",
		absent: []wantRel{{pred: "manager"}},
	},
	{
		name: "a title that is also a verb keeps the verb before a name",
		text: "Business news\n\nJohn Smith heads Nordbank, the Norwegian lender.",
		rels: []wantRel{{subj: "John Smith", pred: "head", obj: "Nordbank"}},
	},
	// "to" before a gerund
	{
		name: "a deed pleaded guilty to is no purpose",
		text: "Business news\n\nRiggs Bank pleaded guilty to failing to report suspicious payments.",
		rels: []wantRel{{subj: "Riggs Bank", pred: "report", obj: "suspicious payments", negated: true, modality: ModalityReported}},
	},
	{
		name: "a deed admitted to was done",
		text: "Business news\n\nMonsanto admitted to paying bribes to officials in Indonesia.",
		rels: []wantRel{{subj: "Monsanto", pred: "pay", obj: "bribes", modality: ModalityAsserted}},
	},
	{
		name:        "a deed committed to is not yet done",
		text:        "Politics news\n\nThe Liberal Democrats are committed to raising taxes for the rich.",
		notAsserted: []wantRel{{subj: "Liberal Democrats", pred: "raise"}},
	},
	{
		name: "what is done in preference to something else leaves it undone",
		text: "Football news\n\nWalter Smith joined his squad in preference to playing a friendly.",
		rels: []wantRel{{subj: "Walter Smith", pred: "play", obj: "friendly", negated: true, modality: ModalityAsserted}},
	},
	// a chain of open complements
	{
		name:        "what people are made to do under a trying is tried, not done",
		text:        "Tech news\n\nThe e-mails tried to make people visit fake websites.",
		notAsserted: []wantRel{{subj: "people", pred: "visit"}},
	},
	{
		name:        "what someone would like to see done is not done",
		text:        "Politics news\n\nThe ministers would like to see couples draw up a plan.",
		notAsserted: []wantRel{{subj: "couple", pred: "draw-up"}},
	},
	{
		name: "what someone is made to do by a deed done is done",
		text: "Football news\n\nThe coach helped the players improve their fitness.",
		rels: []wantRel{{subj: "players", pred: "improve", obj: "fitness", modality: ModalityAsserted}},
	},
	// a recommendation
	{
		name: "what a report recommends is asked for, not reported as done",
		text: "Business news\n\nThe FAO recommends that poor countries reduce their tariffs.",
		rels: []wantRel{{subj: "poor countries", pred: "reduce", obj: "tariffs", modality: ModalityPossible, attributedTo: "FAO"}},
	},
	{
		name: "a relative clause inside what is urged still describes its noun",
		text: "Politics news\n\nThe MPs urged the government to redraft clauses relating to cruelty offences.",
		rels: []wantRel{{subj: "clauses", pred: "relate", obj: "offences", modality: ModalityReported}},
	},
	// "before" and a gerund
	{
		name: "what came after in a life told in the past happened",
		text: "Politics news\n\nDavid Blunkett led the city council for seven years before entering the Commons.",
		rels: []wantRel{{subj: "David Blunkett", pred: "enter", obj: "Commons", modality: ModalityAsserted}},
	},
	{
		name:        "what someone will wait before doing is not done",
		text:        "Business news\n\nThe central bank will wait before raising interest rates.",
		notAsserted: []wantRel{{subj: "central bank", pred: "raise"}},
	},
	// "after" and a gerund
	{
		name: "what was done before someone became favourite happened",
		text: "Books news\n\nAndrea Levy is now favourite to win the overall prize, after beating Alan Hollinghurst in the novel category.",
		rels: []wantRel{{subj: "Andrea Levy", pred: "beat", obj: "Alan Hollinghurst", modality: ModalityAsserted}},
	},
	{
		name:        "what may be done before something else that may be done is not done",
		text:        "Business news\n\nNordbank may sell the plant after cutting jobs in Oslo.",
		notAsserted: []wantRel{{subj: "Nordbank", pred: "cut"}},
	},
	// a time clause under a future
	{
		name:        "a time clause in the present under a future is still to come",
		text:        "Business news\n\nNordbank will sell the plant after it completes its merger with Westbank.",
		notAsserted: []wantRel{{subj: "Nordbank", pred: "complete"}},
	},
	{
		name: "a time clause in the past under a past happened",
		text: "Business news\n\nNordbank sold the plant after it completed its merger with Westbank.",
		rels: []wantRel{{subj: "Nordbank", pred: "complete", obj: "merger", modality: ModalityAsserted}},
	},
	// adjectives that look forward
	{
		name:        "a deed someone is getting ready for is not done",
		text:        "Film news\n\nThe film depicts the travails of a group of youth getting ready to perform a school play by the dramatist Marivaux.",
		notAsserted: []wantRel{{pred: "perform"}},
	},
	{
		name:        "a deed someone is keen on is not done",
		text:        "Tech news\n\nThe phenomenon has astonished the pioneers of political games, a handful of games enthusiasts keen to push frontiers.",
		notAsserted: []wantRel{{pred: "push"}},
	},
	// relative clauses on nouns of saying
	{
		name: "a relative clause on a noun of saying says what was done with the words, not what they hold",
		text: "Politics news\n\nIn January, Mr Kilroy-Silk quit his BBC One show for remarks he made about Arabs.",
		rels: []wantRel{{subj: "Kilroy-Silk", pred: "make-about", obj: "Arabs", modality: ModalityAsserted}},
	},
	{
		name:        "a clause after a noun of saying read with \"that\" as an object is still what the noun holds",
		text:        "Business news\n\nThe dollar rallied briefly on Monday amid signs that oil prices are easing.",
		notAsserted: []wantRel{{subj: "Oil prices", pred: "ease"}},
	},
	// adjectives that tell how a deed was done, and the infinitive's own "not"
	{
		name: "what someone was careful not to do was not done",
		text: "Business news\n\nThe central bank was careful not to obstruct economic growth.",
		rels: []wantRel{{subj: "central bank", pred: "obstruct", obj: "economic growth", negated: true, modality: ModalityAsserted}},
	},
	{
		name: "a \"not\" before the infinitive of a raising adjective negates the deed",
		text: "Business news\n\nNordbank is likely not to pay a dividend to shareholders.",
		rels: []wantRel{{subj: "Nordbank", pred: "pay", obj: "dividend", negated: true, modality: ModalityPossible}},
	},
	// the speaking itself
	{
		name: "a participle opening a sentence of saying tells where the speaker spoke",
		text: "Business news\n\nSpeaking to the House Budget Committee, Alan Greenspan urged Congress to cut the deficit.",
		rels: []wantRel{{subj: "Alan Greenspan", pred: "speak-to", obj: "House Budget Committee", modality: ModalityAsserted}},
	},
}
