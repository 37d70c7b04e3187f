package facts

// precision12DescriptionCases are descriptions the twelfth session found left
// unlinked where the article names what they refer to ("the programme" for
// the show the story is about, "the Welsh striker" for the striker named in
// the sentence before, "the chancellor" for the man the story called so);
// every sentence is written for the test.
var precision12DescriptionCases = []constructionCase{
	{
		name:   "a one-word name set off by commas after 'the' and its noun names the thing",
		text:   "Business news\n\nThe refinery, Norvalco, was sold last year for dollars 90m.",
		rels:   []wantRel{{subj: "Norvalco", pred: "be-sold-for", obj: "dollars 90m"}},
		absent: []wantRel{{subj: "refinery"}},
	},
	{
		name: "the lede's show introduced by its noun is the later bare 'the programme'",
		text: "TV news\n\nQuiz show Brainbox has topped a poll of viewers.\n\nThe programme, which starred Tom Reed, ran for ten years.",
		rels: []wantRel{{subj: "Brainbox", pred: "star", obj: "Tom Reed"}},
	},
	{
		name:   "a name met after the lede's opening phrase is no stand-in for 'the programme'",
		text:   "TV news\n\nViewers of the quiz show Brainbox voted in a poll.\n\nAnother quiz show Mindmap came second.\n\nThe programme, which starred Tom Reed, ran for ten years.",
		absent: []wantRel{{subj: "Brainbox", pred: "star"}, {subj: "Mindmap", pred: "star"}},
	},
	{
		name: "an epithet whose noun was the person's own title before is still the person",
		text: "Football news\n\nNewcastle striker Dean Marsh is discussing a loan move to Hull.\n\nThe Welsh striker has rejected a move to Leeds.",
		rels: []wantRel{{subj: "Dean Marsh", pred: "reject", obj: "move"}},
	},
	{
		name:   "an epithet whose noun named someone else before is not the last subject",
		text:   "Football news\n\nDean Marsh met a striker from Hull on Monday.\n\nThe Welsh striker has rejected a move to Leeds.",
		absent: []wantRel{{subj: "Dean Marsh", pred: "reject"}},
	},
	{
		name: "a noun the sentence before already took for the subject of the story is still them",
		text: "Music news\n\nSinger Kelly Marsh is suing two insurance firms over her cancelled tour.\n\nThe pop star cancelled the tour last June after a knee injury. Marsh is seeking pounds 5m, a Marsh spokesman said. Seven firms have been given 30 days to respond.\n\nThe 22-year-old star initially missed a number of shows.",
		rels: []wantRel{{subj: "Kelly Marsh", pred: "miss", obj: "shows"}},
	},
	{
		name: "a title after a sentence about 'he' is the man 'he' was, and stays his",
		text: "Politics news\n\nGordon Lane is to freeze fuel duty.\n\nIn his report, he slightly increased borrowing. The chancellor also hailed the longest period of growth in the UK.\n\nHe also promised more nursery places. In a move ministers welcomed, the chancellor said he was providing an extra pounds 1bn for councils.",
		rels: []wantRel{
			{subj: "Gordon Lane", pred: "hail", obj: "longest period of growth in the UK"},
			{subj: "Gordon Lane", pred: "provide", obj: "extra pounds 1bn", modality: ModalityReported},
		},
	},
	{
		name:   "after 'he said' and a quotation the title is not taken for him",
		text:   "Politics news\n\nTony Marsh dismissed the talk of splits.\n\n\"What the public will remember is low inflation,\" he said. The chancellor is currently on a tour of Africa.",
		absent: []wantRel{{subj: "Tony Marsh", pred: "be-on"}},
	},
	{
		name:   "a description with a possessor is someone's, not the last subject",
		text:   "Tech news\n\nRichard Ayers predicted big changes.\n\nThe BBC's planned media player will make net TV mainstream, he said.",
		absent: []wantRel{{subj: "Richard Ayers", pred: "make"}},
	},
	{
		name:   "a shadow chancellor is not the chancellor",
		text:   "Politics news\n\nThe cuts proposed by shadow chancellor Oliver Lett were attacked by Labour. Turning to the economy, the chancellor pledged to continue growth.",
		absent: []wantRel{{subj: "Oliver Lett", pred: "pledge"}},
		sts:    []wantSt{{speaker: "chancellor", cue: "pledged", content: "to continue growth"}},
	},
	{
		name: "a noun called by a name is that name",
		text: "Charity news\n\nAn umbrella organisation called the Disasters Relief Committee has been taking many donations. Jef Raskin later founded a company called Information Appliance.",
		rels: []wantRel{{subj: "Disasters Relief Committee", pred: "take", obj: "many donations"}, {subj: "Jef Raskin", pred: "found", obj: "Information Appliance"}},
	},
	{
		name:   "a noun's name that runs on past what was recognised is not cut to it",
		text:   "Music news\n\nThe song was recorded by stars known as USA For Africa.",
		absent: []wantRel{{subj: "United States", pred: "record"}},
	},
	{
		name:   "'called' as the sentence's own verb names nothing the subject is",
		text:   "Book news\n\nThe judges called The Long Road an impressive piece of scholarship.",
		absent: []wantRel{{subj: "Long Road", pred: "call"}},
	},
	{
		name: "a relative clause on a description set after a name is the name's",
		text: "Business news\n\nThe deal was struck by Parmalat, the food group which sold its dairy arm in 2003. It was praised by Oleg Gordievsky, the senior KGB officer who became a British agent.",
		rels: []wantRel{{subj: "Parmalat", pred: "sell", obj: "dairy arm"}, {subj: "Oleg Gordievsky", pred: "become", obj: "British agent"}},
	},
	{
		name:   "'…, a move that' sums up the sentence, it is not the name before it",
		text:   "Business news\n\nRussia took back control of its oil industry from Yukos, a move that prompted outrage among investors.",
		absent: []wantRel{{subj: "Yukos", pred: "prompt"}},
	},
	{
		name: "a title of two words after the story's subject is the subject",
		text: "Politics news\n\nTony Marsh has promised that sport is back as a priority for schools.\n\nThe prime minister launched a pounds 500m initiative for school sports clubs. Mr Marsh said he was proud. Mr Marsh spoke in Leeds.",
		rels: []wantRel{{subj: "Tony Marsh", pred: "launch", obj: "pounds 500m initiative"}},
	},
	{
		name:   "a title of two words after someone the story is not about may be another's",
		text:   "Politics news\n\nDavid Lane said the police were too slow. Mr Lane said more officers were needed. Mr Lane spoke in Leeds.\n\nMr Tom Reed, 32, said he was interrogated at the camp. The home secretary said he would not be launching an investigation.",
		absent: []wantRel{{subj: "Tom Reed", pred: "launch"}},
	},
	{
		name:   "a title word that is no one's is not the last subject",
		text:   "Rugby news\n\nA charge from flanker Jason Whyte was carried on by Ali Hogg. The Irish defence foiled the home side on that occasion.",
		absent: []wantRel{{subj: "Jason Whyte", pred: "foil"}},
	},
	{
		name: "'the world indoor champion' opening the sentence after one about an athlete is the athlete",
		text: "Athletics news\n\nTeenager Lamar Fitt ran the third fastest indoor 400m of all time in Arkansas.\n\nThe world junior champion clocked 44.93 seconds to finish well clear of the field.",
		rels: []wantRel{{subj: "Lamar Fitt", pred: "clock", obj: "44.93 seconds"}},
	},
	{
		name: "'the two countries' after a sentence naming exactly two is both",
		text: "Business news\n\nRelations between Egypt and Israel have improved.\n\nThe two countries signed a trade protocol on Tuesday.",
		rels: []wantRel{{subj: "Egypt", pred: "sign", obj: "trade protocol"}, {subj: "Israel", pred: "sign", obj: "trade protocol"}},
	},
	{
		name:   "'the two firms' after a sentence naming more than two is none of them",
		text:   "Business news\n\nThe regulator's comments will increase pressure on Congress to supervise Fannie Mae and Freddie Mac.\n\nThe two firms underwrite the mortgage market.",
		absent: []wantRel{{subj: "Congress", pred: "underwrite"}},
	},
}
