package facts

// precision12ArgumentCases are constructions that took an argument from the wrong
// place in the sentence on BBC articles in the twelfth session (conjuncts
// the parse coordinates with an argument but the sentence does not); every
// sentence is written for the test.
var precision12ArgumentCases = []constructionCase{
	{
		name:   "a phrase set off by commas and opened by a preposition is no second subject",
		text:   "Business news\n\nJobless levels, in percentage terms, are falling fast towards single digits.",
		rels:   []wantRel{{subj: "Jobless levels", pred: "fall-towards", obj: "single digits"}},
		absent: []wantRel{{subj: "percentage terms"}},
	},
	{
		name:   "a prepositional phrase the parse coordinates with an object is no second object",
		text:   "Business news\n\nThe plant was sold in June 2003 to a group that included Ivan Petrov, brother-in-law of former-President Markov, and Oleg Sidorov, the country's second richest man, for dollars 600m.",
		rels:   []wantRel{{subj: "group", pred: "include", obj: "Ivan Petrov"}},
		absent: []wantRel{{subj: "group", pred: "include", obj: "dollars 600m"}},
	},
	{
		name:   "a noun the parse hangs far back with no and is no second subject",
		text:   "Business news\n\nThe paper also said Mr Frost was growing \"deeply frustrated\" with the speed of talks since the group's pounds 2bn bid was rejected in early March, in particular the board's decision to halt talks over the Easter period.",
		absent: []wantRel{{subj: "decision", pred: "be-rejected"}},
	},
	{
		name:   "what follows the antecedent's relative clause did not do what the clause says",
		text:   "Entertainment news\n\nThe show was described as \"a lavish production which included the music and songs of Abba, supported by bright costumes, clever staging as well as video effects, lighting and other tricks\".",
		absent: []wantRel{{subj: "lighting", pred: "include"}, {subj: "other tricks", pred: "include"}},
	},
	{
		name: "a list whose and the parse hangs elsewhere stays a list",
		text: "Business news\n\nIts customers include Tesco, Boots, Mothercare and consumer products giant Unilever.",
		rels: []wantRel{{subj: "customers", pred: "include", obj: "Mothercare"}},
	},
	{
		name: "an example or a companion set off by commas shares the verb",
		text: "Politics news\n\nAll three men, along with two others, are accused of fraud.",
		rels: []wantRel{{subj: "two others", pred: "be-accused-of", obj: "fraud"}},
	},
	{
		name:   "a fronted phrase with its own preposition is no second subject",
		text:   "Politics news\n\nMr Blunkett was first elected in 1987. In the Labour Party he has been regarded as a loyal colleague, a conciliator who avoids factions, and a man whose wit makes him popular.",
		rels:   []wantRel{{subj: "Blunkett", pred: "be-regarded-as", obj: "loyal colleague"}},
		absent: []wantRel{{subj: "Labour Party", pred: "be-regarded-as"}},
	},
	{
		name:   "an apposition after a named conjunct describes that conjunct",
		text:   "Politics news\n\nThe attack took place on Monday as Mr Green and Ms Brown, a Treasury minister and Leeds MP, arrived at the school.",
		rels:   []wantRel{{subj: "Brown", pred: "hold-role", obj: "Treasury minister"}},
		absent: []wantRel{{subj: "Green", pred: "hold-role"}},
	},
	{
		name:   "an apposition after a pair of names is the second's",
		text:   "Business news\n\nThe court's ruling was challenged by Lloyds Bank and Novafin, a former unit of Dutch bank ING which is due to merge with Rabobank.",
		absent: []wantRel{{subj: "Lloyds Bank", pred: "be"}},
	},
	{
		name:   "a stretch of time spent based somewhere is not what is based there",
		text:   "Sport news\n\nA 30-man squad will spend the next four days based at the Lowry hotel in Salford.",
		rels:   []wantRel{{subj: "30-man squad", pred: "be-based-at", obj: "Lowry hotel", modality: ModalityPossible}},
		absent: []wantRel{{subj: "next four days"}},
	},
	{
		name:   "the time given to do something does not do it",
		text:   "Business news\n\nThe agency said small firms may get extra time to comply with the new rules.",
		rels:   []wantRel{{subj: "small firms", pred: "comply-with", obj: "new rules", modality: ModalityPossible}},
		absent: []wantRel{{subj: "extra time"}},
	},
	{
		name:   "a participle on the time a verb's subject spends is the subject's deed",
		text:   "Business news\n\nDealers in Tokyo have wasted little time buying the shares of the bank.",
		rels:   []wantRel{{subj: "Dealers", pred: "buy", obj: "shares of the bank"}},
		absent: []wantRel{{subj: "little time"}},
	},
	{
		name: "what someone spent weeks doing, she did",
		text: "Entertainment news\n\nMaria Lopez spent three weeks learning Spanish and taking cooking lessons.",
		rels: []wantRel{{subj: "Maria Lopez", pred: "take", obj: "cooking lessons", modality: ModalityAsserted}},
	},
	{
		name:   "whoever is tricked into doing something does it",
		text:   "Technology news\n\nFake websites that try to trick shoppers into handing over bank details have spread this year.",
		rels:   []wantRel{{subj: "shoppers", pred: "hand-over", obj: "bank details", modality: ModalityPossible}},
		absent: []wantRel{{subj: "Fake websites", pred: "hand-over"}},
	},
	{
		name:   "whoever is recruited into acting acts",
		text:   "Technology news\n\nOther scams try to recruit innocent students into acting as couriers for stolen goods.",
		rels:   []wantRel{{subj: "innocent students", pred: "act-as", obj: "couriers"}},
		absent: []wantRel{{subj: "Other scams", pred: "act-as"}},
	},
	{
		name:   "money put into doing something does not do it",
		text:   "Technology news\n\nThe firm had ploughed a huge amount of money into protecting customers.",
		absent: []wantRel{{subj: "huge amount of money"}},
	},
	{
		name:   "a thing to be managed by someone is what is managed",
		text:   "Business news\n\nBarclays will put money in a special fund to be managed by a Leeds-based charity, the Hope Foundation, which helps homeless people.",
		rels:   []wantRel{{subj: "Hope Foundation", pred: "manage", obj: "special fund", modality: ModalityPossible}},
		absent: []wantRel{{subj: "Hope Foundation", pred: "manage", obj: "Barclays"}},
	},
	{
		name: "a place moved to is not what is coached",
		text: "Sport news\n\nThe firm moved to Paris to be coached by Jean Blanc.",
		rels: []wantRel{{subj: "Jean Blanc", pred: "coach", obj: "firm"}},
	},
	{
		name:   "a place after outside is not the thing it is outside of",
		text:   "Business news\n\nThe company said solid demand outside northern Europe and the strong sales of its Corsa range boosted its profits.",
		rels:   []wantRel{{subj: "solid demand", pred: "boost", obj: "profits"}},
		absent: []wantRel{{subj: "Europe"}},
	},
	{
		name: "an outside body keeps its adjective",
		text: "Business news\n\nThe law requires an outside body to check the accounts.",
		rels: []wantRel{{subj: "law", pred: "require", obj: "outside body"}},
	},
}
