package facts

import (
	"context"
	"strings"
	"testing"
)

// precision11Cases are constructions that gave wrong facts on BBC articles in
// the eleventh session (the judged set of internal/precision and the whole
// collection read in sample); every sentence is written for the test. They
// run through TestConstructions with the other tables.
var precision11Cases = []constructionCase{
	{
		name:   "his comments described are not him described",
		text:   "Politics news\n\nMark Dale said his comments were offensive.",
		rels:   []wantRel{{subj: "comments", pred: "be", obj: "offensive", modality: ModalityReported, attributedTo: "Mark Dale"}},
		absent: []wantRel{{subj: "Mark Dale", pred: "be", obj: "offensive"}},
	},
	{
		name:   "his comments taken out of context are not him taken",
		text:   "Politics news\n\nMark Dale spoke in Leeds on Friday. His comments were taken out of context.",
		absent: []wantRel{{subj: "Mark Dale", pred: "be-taken-out"}},
	},
	{
		name: "a clause before the comma and its speaker after it",
		text: "Politics news\n\nThe plan is dead, ministers said.",
		sts:  []wantSt{{speaker: "ministers", cue: "said", content: "The plan is dead"}},
	},
	{
		name:   "meanwhile between commas is no subject",
		text:   "Business news\n\nThe current account deficit, meanwhile, hit a record dollars 166bn in the second quarter.",
		rels:   []wantRel{{subj: "current account deficit", pred: "hit", obj: "record dollars 166bn"}},
		absent: []wantRel{{subj: "meanwhile"}},
	},
	{
		name: "a name set off by commas before its verb is its subject, not someone addressed",
		text: "Business news\n\nRosneft, however, has agreed to merge with Gazprom.",
		sts:  []wantSt{{speaker: "Rosneft", cue: "agreed", content: "to merge with Gazprom"}},
	},
	{
		name:   "a plural noun before a list of names is no verb when the list's verb comes after it",
		text:   "Business news\n\nShares in British casino operators London Clubs International, Rank Group and Stanley Leisure fell sharply on Monday.",
		absent: []wantRel{{pred: "operator"}},
	},
	{
		name: "a participle on a noun of saying tells what happened to it, not what it holds",
		text: "Business news\n\nThe settlement follows a legal complaint filed against the bank by Judge Maria Lopez.",
		rels: []wantRel{{subj: "Maria Lopez", pred: "file", obj: "legal complaint", qual: [2]string{"against", "the bank"}, modality: ModalityAsserted}},
	},
	{
		name: "the first to do something did it",
		text: "Politics news\n\nDavid Blunkett is one of very few blind MPs, and was the first to reach the Cabinet.",
		rels: []wantRel{{subj: "David Blunkett", pred: "reach", obj: "Cabinet", modality: ModalityAsserted}},
	},
	{
		name:        "what a claim holds is still not asserted",
		text:        "Business news\n\nThe firm rejected claims that it had hidden the losses.",
		notAsserted: []wantRel{{subj: "firm", pred: "hide", obj: "losses"}},
	},
	{
		name: "what someone is accused of belongs to the accusation",
		text: "Politics news\n\nVincent Cable, for the Liberal Democrats, accused Mr Brown of ducking tough choices.",
		sts:  []wantSt{{speaker: "Vincent Cable", cue: "accused", content: "Mr Brown of ducking tough choices"}},
	},
	{
		name: "a phrase of cause or concession after the object belongs to the clause",
		text: "Business news\n\nThe supervisory board approved the takeover despite signs of opposition from investors.",
		rels: []wantRel{{subj: "supervisory board", pred: "approve", obj: "takeover", qual: [2]string{"despite", "signs of opposition from investors"}}},
	},
	{
		name:   "what someone has done to a thing of theirs is not the thing had",
		text:   "Football news\n\nThe Scots had a try disallowed in the opening match. Mr Glazer has already had one takeover attempt turned down by the club.",
		absent: []wantRel{{pred: "have", obj: "try"}, {pred: "have", obj: "one takeover attempt"}},
	},
	{
		name:   "made it a contender: the pronoun is made something, the noun is not made",
		text:   "Film news\n\nIts late release in France made it a contender for the prize.",
		absent: []wantRel{{pred: "make", obj: "contender"}},
	},
	{
		name: "a thing someone has is still had",
		text: "Politics news\n\nThe party has a wide platform of policies.",
		rels: []wantRel{{subj: "party", pred: "have", obj: "wide platform of policies"}},
	},
	{
		name:   "the purpose of a passive deed is the unnamed doer's",
		text:   "Business news\n\nIncome and corporate taxes will be cut next year in order to attract foreign investment. The road was closed to allow repairs.",
		absent: []wantRel{{pred: "attract"}, {subj: "road", pred: "allow"}},
	},
	{
		name: "but what a passive subject is scheduled or used to do, it does",
		text: "Politics news\n\nZelensky is scheduled to meet Marco Rubio in Munich. The money will be used to help flood victims.",
		rels: []wantRel{{subj: "Zelensky", pred: "meet", obj: "Marco Rubio"}, {subj: "money", pred: "help", obj: "flood victims"}},
	},
	{
		name:   "a noun between a place and a name is no preposition",
		text:   "Music news\n\nNew York band Scissor Sisters have won a gig of the year award.",
		rels:   []wantRel{{subj: "Scissor Sisters", pred: "win", obj: "gig of the year award"}},
		absent: []wantRel{{subj: "New York"}},
	},
	{
		name: "the film is the one work the story has named, whatever noun named it first",
		text: "Film news\n\nThe drama Hotel Rwanda has been nominated for three Oscars. The film was made in South Africa.",
		rels: []wantRel{{subj: "Hotel Rwanda", pred: "be-made-in", obj: "South Africa"}},
	},
	{
		name:   "but not when the story has named two",
		text:   "Film news\n\nThe drama Hotel Rwanda and the comedy Sideways have been nominated for Oscars. The film was made in South Africa.",
		absent: []wantRel{{subj: "Hotel Rwanda", pred: "be-made-in"}, {subj: "Sideways", pred: "be-made-in"}},
	},
	{
		name:   "an amount before a noun modifies the noun",
		text:   "Business news\n\nThe firm signed a dollars 2bn deal with Boeing. Kenzie won the pounds 50,000 prize.",
		rels:   []wantRel{{subj: "firm", pred: "sign", obj: "dollars 2bn deal"}, {subj: "Kenzie", pred: "win", obj: "pounds 50,000 prize"}},
		absent: []wantRel{{subj: "firm", pred: "sign", obj: "dollars 2bn"}, {subj: "Kenzie", pred: "win", obj: "prize"}},
	},
	{
		name: "the subject of a reported clause is no object of saying",
		text: "Business news\n\nRenault said the outlook for the industry in Europe this year was stable.",
		sts:  []wantSt{{speaker: "Renault", cue: "said", content: "the outlook for the industry in Europe this year was stable"}},
	},
	{
		name:   "Ms Robinson is a woman whatever else Robinson is a given name of",
		text:   "Politics news\n\nMichael Howard spoke in London. TV presenter Anne Robinson said as home secretary he gave the impression he was harsh. Ms Robinson said he was kind. Ms Robinson said he gave the wrong impression.",
		rels:   []wantRel{{subj: "Michael Howard", pred: "give", obj: "wrong impression", modality: ModalityReported, attributedTo: "Anne Robinson"}},
		absent: []wantRel{{subj: "Anne Robinson", pred: "give"}},
	},
	{
		name: "is to do: a plan, not yet a deed",
		text: "Business news\n\nNissan chairman Carlos Ghosn is to succeed Louis Schweitzer at the head of Renault.",
		rels: []wantRel{{subj: "Carlos Ghosn", pred: "succeed", obj: "Louis Schweitzer", modality: ModalityPossible}},
	},
	{
		name: "a title inside someone's words is the writer's, not theirs",
		text: "Business news\n\nAnalysts pointed out that President George W Bush had done little to stop the slide.",
		rels: []wantRel{{subj: "George W Bush", pred: "hold-role", obj: "President", modality: ModalityAsserted}},
	},
	{
		name:   "what someone seems to do is the deed, not the seeming",
		text:   "Sport news\n\nBulgaria seem to organise a lot of friendly games.",
		rels:   []wantRel{{subj: "Bulgaria", pred: "organise", obj: "friendly games", modality: ModalityPossible}},
		absent: []wantRel{{subj: "Bulgaria", pred: "seem"}},
	},
	{
		name:   "a particle the parser calls an adverb still makes the verb",
		text:   "Legal news\n\nJudge Susan Illston pushed back a preliminary hearing until 6 June.",
		rels:   []wantRel{{subj: "Susan Illston", pred: "push-back", obj: "preliminary hearing"}},
		absent: []wantRel{{subj: "Susan Illston", pred: "push"}},
	},
	{
		name:   "who is allowed is nothing without what they are allowed to do",
		text:   "Politics news\n\nThe Lib Dems would allow people to swap their winter fuel payments for discounts.",
		rels:   []wantRel{{subj: "people", pred: "swap", obj: "winter fuel payments", modality: ModalityPossible}},
		absent: []wantRel{{pred: "allow"}},
	},
	{
		name:        "partners' names joined by & are one firm, opening a sentence and with an 's owning nothing",
		text:        "Business news\n\nStandard & Poor's has classed Russian bonds as investment grade. Marks & Spencer cut prices in London.",
		rels:        []wantRel{{subj: "Standard & Poor's", pred: "class", obj: "Russian bonds"}, {subj: "Marks & Spencer", pred: "cut", obj: "prices"}},
		notEntities: []string{"Poor", "Spencer", "Standard"},
	},
	{
		name:   "a described film is the one the story named; its plot is nobody's words",
		text:   "Film news\n\nQuirky comedy Sideways was named the best film of the year. The US movie also picked up four other awards. Sideways tells the story of two men who take a road trip through California.",
		rels:   []wantRel{{subj: "Sideways", pred: "pick-up", obj: "four other awards"}},
		absent: []wantRel{{subj: "two men", pred: "take"}},
	},
	{
		name:   "a supporting actress supports no one",
		text:   "Film news\n\nVirginia Madsen was also named best supporting actress for her performance in the film.",
		rels:   []wantRel{{subj: "Virginia Madsen", pred: "be-named", obj: "best supporting actress"}},
		absent: []wantRel{{pred: "support"}},
	},
	{
		name:   "an aim does nothing; what it aims at is its owner's, and not yet done",
		text:   "Business news\n\nThe firm's aim is to cut costs. \"Our ultimate goal is to help consumers find the films they want,\" said Dan Glickman.",
		rels:   []wantRel{{subj: "firm", pred: "cut", obj: "costs", modality: ModalityPossible}, {subj: "consumers", pred: "find", obj: "films", modality: ModalityPossible}},
		absent: []wantRel{{subj: "aim"}, {subj: "goal"}},
	},
	{
		name:   "a title right before the next name in a list is that name's",
		text:   "Sport news\n\nBalco founder Victor Conte along with James Valente, coach Remy Korchemny and trainer Greg Anderson are charged with distributing steroids.",
		absent: []wantRel{{subj: "James Valente", pred: "hold-role"}},
	},
	{
		name:        "a hyphenated word of capitals is a name's word whatever its tag",
		text:        "Sport news\n\nBalco has been accused by the United States Anti-Doping Agency of being the source of the steroid.",
		rels:        []wantRel{{subj: "United States Anti-Doping Agency", pred: "accuse", obj: "Balco"}},
		notEntities: []string{"United States"},
	},
	{
		name:   "made it two is a score, not a thing made",
		text:   "Sport news\n\nJames Grady made it two from close range ten minutes later.",
		absent: []wantRel{{subj: "James Grady"}},
	},
	{
		name: "not simply X but Y denies nothing",
		text: "Business news\n\nThe firm is not simply cutting costs but building new plants.",
		rels: []wantRel{{subj: "firm", pred: "cut", obj: "costs", modality: ModalityAsserted}},
	},
	{
		name:   "the way, the first time: nouns that name nothing alone",
		text:   "Business news\n\nMr Khodorkovsky objected to the way the case was presented. Intel has found a way to put a laser on a chip.",
		absent: []wantRel{{pred: "object-to", obj: "way"}},
		rels:   []wantRel{{subj: "Intel", pred: "find", obj: "way"}},
	},
	{
		name: "a plural noun before who is no verb",
		text: "Tech news\n\nBut some computer users who had tested the latest software reported that the program had deleted their files.",
		rels: []wantRel{{subj: "computer users", pred: "test", obj: "latest software"}},
	},
	{
		name:   "thanks to is a cause, not part of the object",
		text:   "Business news\n\nSouth Korea will sustain its revival thanks to renewed private consumption. The economy grew thanks to a recovery in rubber production.",
		rels:   []wantRel{{subj: "South Korea", pred: "sustain", obj: "revival", qual: [2]string{"thanks to", "renewed private consumption"}}},
		absent: []wantRel{{pred: "grow", obj: "recovery"}, {obj: "thanks"}},
	},
}

// TestStatementsHeldBack: words nobody found is held to have said stay out of
// the graph — an unlinked description's ("the company said"), those a passive
// cue's subject heard ("the government was told that …"), a denied player
// ("denied the England striker") — while a spokesman introduced as such, a
// named speaker and a denied claim keep theirs.
func TestStatementsHeldBack(t *testing.T) {
	x := mustExtractor(t)
	cases := []struct {
		name, text string
		kept, gone []string // speakers that must and must not speak
		only       []string // when set, every statement as "speaker: content", in order
	}{
		{
			name: "a description linked to no name speaks for nobody",
			text: "Business news\n\nNordbank and Vestbank reported higher profits on Monday. " +
				"Chief executive Anna Berg said the results were strong. " +
				"The company said it expected margins to fall. " +
				"A spokesman said the bank would open new branches. " +
				"\"It was a good year,\" said the chief economist.",
			kept: []string{"Anna Berg", "spokesman"},
			gone: []string{"company", "chief economist"},
		},
		{
			name: "the subject of a passive cue was spoken to",
			text: "Politics news\n\nMr Blair spoke on Monday. " +
				"The government was told that the law broke human rights rules. The minister told MPs the law was fair.",
			only: []string{"minister: the law was fair"},
		},
		{
			name: "a denied player is no denied claim",
			text: "Sport news\n\nNigel Martyn denied the England striker again. " +
				"Mike Smith denied the claims. Anna Berg denied that she had lied.",
			only: []string{"Mike Smith: the claims", "Anna Berg: she had lied"},
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			res, err := x.Extract(context.Background(), Document{ID: "held", Text: c.text})
			if err != nil {
				t.Fatal(err)
			}
			speakers := map[string]bool{}
			var got []string
			for _, st := range res.Statements {
				speakers[st.Speaker.Name] = true
				got = append(got, st.Speaker.Name+": "+st.Content)
			}
			for _, w := range c.kept {
				if !speakers[w] {
					t.Errorf("no statement by %q; got %q", w, got)
				}
			}
			for _, w := range c.gone {
				if speakers[w] {
					t.Errorf("a statement by %q was kept; got %q", w, got)
				}
			}
			if c.only != nil && strings.Join(got, "; ") != strings.Join(c.only, "; ") {
				t.Errorf("statements %q, want %q", got, c.only)
			}
		})
	}
}
