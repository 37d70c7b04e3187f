package facts

// precision13UnlinkedCases are descriptions the thirteenth session found
// left unlinked where the article names what they stand for ("France's
// second largest carmaker" for the company the sentence before was about);
// every sentence is written for the test.
var precision13UnlinkedCases = []constructionCase{
	{
		name:   "a company described by its country and rank is the one company of the sentence before",
		text:   "Business news\n\nStrong exports helped Volvane raise its profits last year.\n\nSweden's second largest carmaker reported a 20% rise in sales.",
		rels:   []wantRel{{subj: "Volvane", pred: "report", obj: "20% rise"}},
		absent: []wantRel{{subj: "second largest carmaker"}},
	},
	{
		name:   "with two companies in the sentence before, the ranked description is neither",
		text:   "Business news\n\nVolvane and Saabex both raised their profits last year.\n\nSweden's second largest carmaker reported a 20% rise in sales.",
		absent: []wantRel{{subj: "Volvane", pred: "report"}, {subj: "Saabex", pred: "report"}},
	},
	{
		name:   "a country's body without a rank is that country's own, not the company before",
		text:   "Business news\n\nStrong exports helped Volvane raise its profits last year.\n\nSweden's central bank reported a 20% rise in lending.",
		absent: []wantRel{{subj: "Volvane", pred: "report"}},
	},
	{
		name:   "a name set off after the last of two coordinated descriptions names the last one",
		text:   "Film news\n\nThe actor Tom Reed thanked his wife and his \"mentor\", Peter Lang, in a short speech.",
		rels:   []wantRel{{subj: "Tom Reed", pred: "thank", obj: "wife"}, {subj: "Tom Reed", pred: "thank", obj: "Peter Lang"}},
		absent: []wantRel{{subj: "Tom Reed", pred: "thank", obj: "mentor"}, {subj: "Peter Lang", pred: "be", obj: "wife"}},
	},
	{
		name:   "a title of the name's own between the last description and the name",
		text:   "Book news\n\nPrevious speakers at the lecture series have included former Danish leader Anna Bell and author Professor Peter Lang.",
		rels:   []wantRel{{subj: "Previous speakers", pred: "include", obj: "Peter Lang"}},
		absent: []wantRel{{subj: "Previous speakers", pred: "include", obj: "author"}},
	},
	{
		name: "a name after a closing quotation is its speaker, not the last thing coordinated inside it",
		text: "TV news\n\n\"At first there were queues and huge, huge crowds,\" Anna Bell, the show's producer, told reporters.",
		sts:  []wantSt{{speaker: "Anna Bell", cue: "told", content: "At first there were queues and huge, huge crowds", direct: true}},
	},
	{
		name:   "'the country' after the one country the sentence names is that country",
		text:   "Trade news\n\nExports from Norway rose sharply last year as the country continued to show strong growth.",
		rels:   []wantRel{{subj: "Norway", pred: "show", obj: "strong growth"}},
		absent: []wantRel{{subj: "country"}},
	},
	{
		name:   "a nationality naming another country leaves 'the country' unresolved",
		text:   "Trade news\n\nSales in Norway rose sharply.\n\nA Swedish report said the country continued to show strong growth.",
		absent: []wantRel{{subj: "Norway", pred: "show"}},
	},
	{
		name:   "a country that only modifies a noun is not 'the country'",
		text:   "Business news\n\nNorway entrepreneur Ole Berg set up a new airline.\n\nThe country has a population of more than a billion people.",
		absent: []wantRel{{subj: "Norway", pred: "have"}},
	},
	{
		name:   "a runner-up described by the event she ran is the athlete the story is about",
		text:   "Athletics news\n\nMarathon runner Anna Kiprop has been banned by her federation.\n\nKiprop missed a training camp in March. Kiprop said she had a contract with another race.\n\nThe federation had suspended the two-time London Marathon runner-up for missing the camp.",
		rels:   []wantRel{{subj: "federation", pred: "suspend", obj: "Anna Kiprop"}},
		absent: []wantRel{{obj: "two-time London Marathon runner-up"}},
	},
	{
		name:   "a description a copula names is that name, not the person the story is about",
		text:   "Film news\n\nActor Paul Moreau topped a list of the best-paid French stars.\n\nMoreau earned 3m euros. Moreau starred in four films last year.\n\nThe highest-ranking woman on the list was Anna Bell in 10th place, earning 885,000 euros. She starred in Summer Rain.",
		rels:   []wantRel{{subj: "Anna Bell", pred: "star-in", obj: "Summer Rain"}},
		absent: []wantRel{{subj: "Paul Moreau", pred: "be", obj: "Anna Bell"}},
	},
	{
		name:   "the lede's indefinite work is the name nothing typed the next sentence opens with",
		text:   "Film news\n\nA film that follows three sisters in a small port has won the festival's top award.\n\nVentmarin earned a prize for its director, Paul Moreau.",
		rels:   []wantRel{{subj: "Ventmarin", pred: "win", obj: "top award"}},
		absent: []wantRel{{subj: "film", pred: "win"}},
	},
	{
		name:   "a participle on a predicate noun is said of the copula's named subject",
		text:   "Sport news\n\nTom Reed was the busier keeper early on, saving from Peter Lang and Paul Moreau.",
		rels:   []wantRel{{subj: "Tom Reed", pred: "save-from", obj: "Peter Lang"}},
		absent: []wantRel{{subj: "busier keeper early on"}},
	},
	{
		name:   "a participle after a partitive predicate is not its subject's",
		text:   "Business news\n\nNorbank was part of Fleetco, bought by Westbank last year.",
		absent: []wantRel{{subj: "Westbank", pred: "buy", obj: "Norbank"}},
	},
	{
		name:   "'his side' is the team its manager was named as leading",
		text:   "Football news\n\nNorway manager Ole Berg said his side deserved a draw against Italy.",
		rels:   []wantRel{{subj: "Norway", pred: "deserve", obj: "draw"}},
		absent: []wantRel{{subj: "side", pred: "deserve"}},
	},
	{
		name:   "'names his team' is the players chosen, not the country",
		text:   "Rugby news\n\nNorway coach Ole Berg, who names his team on Friday, has called up two new players.",
		absent: []wantRel{{subj: "Ole Berg", pred: "name", obj: "Norway"}},
	},
	{
		name:   "a bare person noun coordinated with a titled name describes that person",
		text:   "Politics news\n\nMr Berg defeated opposition candidate and former Prime Minister Ole Lund at the polls.",
		rels:   []wantRel{{subj: "Berg", pred: "defeat", obj: "Ole Lund"}},
		absent: []wantRel{{pred: "defeat", obj: "opposition candidate"}},
	},
	{
		name:   "a person named between dashes after a noun for a person is that person",
		text:   "Athletics news\n\nOle Berg will race in Oslo, where he will take on another member of Norway's relay team - Per Lund - over 60m.",
		rels:   []wantRel{{subj: "Ole Berg", pred: "take-on", obj: "Per Lund"}},
		absent: []wantRel{{pred: "take-on", obj: "member of Norway's relay team"}},
	},
	{
		name: "with no country near, 'the nation' is the one country the story has named",
		text: "Economy news\n\nNorway's economy grew by 3% last year, the central bank said.\n\nIts governor praised the result. He warned that unless the nation sees higher productivity, pensions will need changes.",
		rels: []wantRel{{subj: "Norway", pred: "see", obj: "higher productivity", modality: ModalityPossible}},
	},
	{
		name:   "'the country that …' is any such country, not the one named",
		text:   "Tech news\n\nAttacks on Norway's banks rose last year.\n\nMost of the machines are based outside the country that hosts the target site.",
		absent: []wantRel{{obj: "Norway", pred: "be-based-outside"}},
	},
	{
		name:   "'the band' is the band the story introduced with that noun",
		text:   "Music news\n\nUS rock band Kestrel have cancelled two concerts after their singer fell ill.\n\nKestrel were due to play in Leeds on Monday. The band have sold about two million records.",
		rels:   []wantRel{{subj: "Kestrel", pred: "sell-about", obj: "two million records"}},
		absent: []wantRel{{subj: "band"}},
	},
	{
		name:   "a band named once in passing is not 'the band'",
		text:   "Music news\n\nThe Grey Lamps lost the prize to US band Kestrel last year.\n\nThe Grey Lamps were nominated again this year. The band have sold about two million records.",
		absent: []wantRel{{subj: "Kestrel", pred: "sell-about"}},
	},
	{
		name:   "'the festival' is the one festival named so far",
		text:   "Film news\n\nA Danish drama will open the Oslo Film Festival next month.\n\nThe festival will also see the premiere of a new Norwegian thriller.",
		rels:   []wantRel{{subj: "Oslo Film Festival", pred: "see", obj: "premiere of a new Norwegian thriller"}},
		absent: []wantRel{{subj: "festival", pred: "see"}},
	},
	{
		name:   "with two festivals named, 'the festival' is neither",
		text:   "Film news\n\nThe film was shown at the Oslo Film Festival and the Bergen Film Festival.\n\nThe festival will also see the premiere of a new Norwegian thriller.",
		absent: []wantRel{{subj: "Oslo Film Festival", pred: "see"}, {subj: "Bergen Film Festival", pred: "see"}},
	},
}
