package facts

import (
	"context"
	"testing"
)

// precisionCases are constructions that produced wrong facts on BBC articles
// read for precision (issue 12); every sentence is written for the test. They
// run through TestConstructions with the other tables.
var precisionCases = []constructionCase{
	{
		name: "a body named before a title and a person is where the speaker works",
		text: "\"We are not convinced that this is the right way,\" said Treasury Under Secretary John Taylor.",
		sts:  []wantSt{{speaker: "John Taylor", cue: "said", content: "We are not convinced that this is the right way", direct: true}},
	},
	{
		name:   "a name right before an adverbial participle is who does it",
		text:   "Exeter had chances of their own, Sean Devine twice volleying wide and Andrew Taylor forcing Tim Howard to save.",
		rels:   []wantRel{{subj: "Andrew Taylor", pred: "force", obj: "Tim Howard"}},
		absent: []wantRel{{subj: "Exeter", pred: "force"}},
	},
	{
		name:   "a “with” phrase opening an absolute construction is no object",
		text:   "Exeter began brightly with Devine and Steve Flack seeing plenty of the ball.",
		rels:   []wantRel{{subj: "Steve Flack", pred: "see", obj: "plenty of the ball"}},
		absent: []wantRel{{subj: "Exeter", pred: "begin"}},
	},
	{
		name:   "an honorific after a title is no part of the role",
		text:   "Their demands have been backed by Police Commissioner Sir John Stevens.",
		rels:   []wantRel{{subj: "John Stevens", pred: "hold-role", obj: "Commissioner"}},
		absent: []wantRel{{subj: "John Stevens", pred: "hold-role", obj: "Commissioner Sir"}},
	},
	{
		name: "“…, according to X” closing the sentence is the source of all of it",
		text: "Shares in Nordbank will rise this year - but costs could climb too, according to a report.",
		sts:  []wantSt{{speaker: "report", cue: "according to", content: "Shares in Nordbank will rise this year - but costs could climb too"}},
	},
	{
		name:   "a relative clause on a predicate noun is about the copula's subject",
		text:   "Anna Berg is a banker who runs Nordbank.",
		rels:   []wantRel{{subj: "Anna Berg", pred: "run", obj: "Nordbank"}},
		absent: []wantRel{{subj: "banker", pred: "run"}},
	},
	{
		name:   "a base form that is also a past form is read by its tag",
		text:   "Betting exchanges allow punters to back a horse but also lay a horse.",
		absent: []wantRel{{subj: "Betting exchanges", pred: "lie"}, {subj: "punters", pred: "lie"}},
	},
	{
		name: "neither … nor denies",
		text: "The minister said the scheme was neither fair nor legal.",
		rels: []wantRel{{subj: "scheme", pred: "be", obj: "fair", negated: true}},
	},
	{
		name:   "a call for something is a demand, not a talk",
		text:   "Lord Condon made the call for longer prison sentences.",
		absent: []wantRel{{subj: "Condon", pred: "talk"}},
	},
	{
		name: "a numeral after its noun stays in the argument",
		// (until the eleventh session the predicate was "go-to": the particle the parser calls an adverb now stays)
		text: "Fans want all 18 hits to go back to number one.",
		rels: []wantRel{{subj: "18 hits", pred: "go-back-to", obj: "number one"}},
	},
	{
		name:   "a refusal to do something says it is not done",
		text:   "Portugal criticised Lena Moritz's refusal to sign the treaty.",
		rels:   []wantRel{{subj: "Lena Moritz", pred: "sign", obj: "treaty", negated: true}},
		absent: []wantRel{{subj: "Portugal", pred: "sign"}},
	},
	{
		name:        "a decision to do something is not the deed",
		text:        "The fishermen welcomed Oslo's decision to close the harbour.",
		rels:        []wantRel{{subj: "Oslo", pred: "close", obj: "harbour", modality: ModalityPossible}},
		notAsserted: []wantRel{{subj: "Oslo", pred: "close"}},
	},
	{
		name: "a quotation after a passive cue is not its subject's",
		text: "A senior minister says she was told: “You only got the job because you are a woman.”",
		sts:  []wantSt{{speaker: "senior minister", cue: "says", content: "You only got the job because you are a woman", direct: true}},
	},
	{
		name: "“…, saying” after a reported clause is the reporter's, wherever the parser hung it",
		text: "Peter Holm added that Oslo had long opposed Nordbank joining the group, saying: “They have been against it for years.”",
		sts:  []wantSt{{speaker: "Peter Holm", cue: "saying", content: "They have been against it for years", direct: true}},
	},
	{
		name:   "a participle used as a preposition relates nothing",
		text:   "Software news\n\nFollowing the takeover of the spyware firm Giant, Macrosoft said it would soon release a toolkit.",
		absent: []wantRel{{subj: "Macrosoft", pred: "follow"}},
	},
	{
		name: "a relative clause with an object is no parenthetical source",
		text: "Athletes news\n\nThe two runners will then face a hearing in front of the Greek Federation, which ultimately determines their fate.",
		rels: []wantRel{{subj: "Greek Federation", pred: "determine", obj: "fate", modality: ModalityAsserted}},
	},
	{
		name:   "a role taken up by he is no she afterwards",
		text:   "Chart news\n\nThe singer banked $56.5m from concerts with his tour and album.\n\nHe kept Madonna in second place, as she earned $54.9m while embarking on her global tour.",
		absent: []wantRel{{subj: "singer", pred: "earn"}, {subj: "singer", pred: "embark-on"}},
	},
	{
		name:   "it is a … judges a situation, not the thing last named",
		text:   "Rugby news\n\nHenson kicked the goal from 50 metres. \"I have been getting them from that distance all year so it wasn't a problem,\" said Henson.\n\nThe firm cut its prices. It was a major surprise.",
		absent: []wantRel{{subj: "distance", pred: "be"}, {subj: "firm", pred: "be"}},
	},
	{
		name:   "it in a cleft stands for nothing before it",
		text:   "Rugby news\n\nThe crowd rose in a frenzy of noise. But it was Wales who finished the game on the attack.",
		rels:   []wantRel{{subj: "Wales", pred: "finish", obj: "game"}},
		absent: []wantRel{{subj: "crowd", pred: "be"}},
	},
	{
		name:   "it never stands for someone a later reading types a person",
		text:   "Airline news\n\nEarlier, Mr Brandt had said that president Carlos Alberto Ramos da Costa has decided to step in and a decree of some kind could be signed this week.\n\n\"In practice, it will be an intervention, although this is not the technical name used\", he said.",
		absent: []wantRel{{subj: "Carlos Alberto Ramos da Costa", pred: "be"}},
	},
	{
		name:   "an adjective left as a verb's object names no thing",
		text:   "Prices news\n\nShop prices could rise a little more next year.\n\nThe new rules will require more from each bank.",
		absent: []wantRel{{subj: "Shop prices", obj: "more"}, {subj: "new rules", obj: "more"}},
	},
	{
		name:   "an argument that runs past a comma into a clause of its own is none",
		text:   "Games study\n\nAs long as you can walk away from the computer to do other things too, they can be great fun.",
		absent: []wantRel{{subj: "other things", pred: "be"}},
	},
	{
		name:   "a clause after a preposition is no object, however the parser hung its verb",
		text:   "Port plan delayed\n\nThe new delay came after Danish officials had raised doubts about the plan for the third time in a year.",
		absent: []wantRel{{subj: "new delay"}},
	},
	{
		name:   "a subject pronoun inside a predicate is a clause read as a verb",
		text:   "Port plan delayed\n\nThe minister was asked how angry he was.",
		absent: []wantRel{{subj: "minister", obj: "angry"}},
	},
	{
		name: "a capitalised organisation name is not the company last mentioned",
		text: "Vopak Group declined to comment. The Federal Shipping Agency said the port would close.",
		sts:  []wantSt{{speaker: "Federal Shipping Agency", cue: "said", content: "the port would close"}},
	},
	{
		name:   "a description naming its own organisation is not the company last mentioned",
		text:   "Vopak Group declined to comment. Speaking at the Harbour Club, Anna Berg said it would close.",
		absent: []wantRel{{subj: "Anna Berg", obj: "Vopak Group"}},
	},
	{
		name:   "a name beside a name is no description of it",
		text:   "According to Mr Holm, Vopak \"was not planning to bid anyway\".",
		absent: []wantRel{{subj: "Holm", pred: "be"}},
	},
	{
		name:   "a bracket after a name gives where it belongs, not what it is",
		text:   "She won best newcomer, over Peter Holm from Nightfall (Channel 9) and Anna Berg from Dusk (BBC Two).",
		absent: []wantRel{{subj: "Peter Holm", pred: "be"}, {subj: "Anna Berg", pred: "be"}},
	},
	{
		name:   "an adjective cut from its noun does nothing",
		text:   "The vote, likely to be the last before the summer, will be held on Friday at noon.",
		absent: []wantRel{{subj: "likely to be the last"}},
	},
	{
		name:   "an infinitive after a noun like decision is the noun's, done by its possessor",
		text:   "Shipping firms have reacted angrily to Norway's decision to ban foreign tankers from its ports.",
		rels:   []wantRel{{subj: "Norway", pred: "ban", obj: "foreign tankers"}},
		absent: []wantRel{{subj: "Shipping firms", pred: "ban"}},
	},
	{
		name:   "who is a person, not the place or title the clause was hung on",
		text:   "The prize was accepted by Anna Berg, creator of The Nightfall, who also received an award from Peter Holm.",
		rels:   []wantRel{{subj: "Anna Berg", pred: "receive", obj: "award"}},
		absent: []wantRel{{subj: "Nightfall", pred: "receive"}, {subj: "The Nightfall", pred: "receive"}},
	},
	{
		name:   "it before an adjective and its infinitive stands for the infinitive",
		text:   "Speaking at the Harbour Club, Anna Berg said it was critical for a party to have economic credibility.",
		absent: []wantRel{{subj: "Harbour Club"}},
	},
	{
		name:   "a predicate that runs into another clause is no predicate",
		text:   "The annual summit is when the president outlines the government's spending plans.",
		absent: []wantRel{{subj: "annual summit"}},
	},
	{
		name:   "a comma inside a predicate joins two clauses",
		text:   "The reality is, the unions lack the money to strike.",
		absent: []wantRel{{subj: "reality"}},
	},
	{
		name:   "whether opens a clause, which is no object",
		text:   "The inquiry looked at whether banks rigged rates and fixed fees.",
		absent: []wantRel{{subj: "inquiry", pred: "look", obj: "banks rigged rates"}},
	},
	{
		name:        "before doing something is not having done it",
		text:        "The firms would need more details before raising their prices.",
		notAsserted: []wantRel{{subj: "firms", pred: "raise"}},
	},
	{
		name:   "a person is not the firm named after his title",
		text:   "\"We regret the decision,\" said Peter Holm, deputy chairman of Nordgold - a mining firm that has the motto \"Gold for all\".",
		rels:   []wantRel{{subj: "Peter Holm", pred: "hold-role", obj: "deputy chairman", qual: [2]string{"of", "Nordgold"}}},
		absent: []wantRel{{subj: "Peter Holm", pred: "be"}},
	},
	{
		name:   "a word after because opens a clause, it is no object",
		text:   "Delays are occurring because rising demand is not going hand-in-hand with more staff, the survey found.",
		absent: []wantRel{{subj: "Delays", pred: "occur"}},
	},
	{
		name:   "it never takes up an adjective",
		text:   "Analysts were cautious.\n\n\"It's not good. But it is very understandable,\" said Anna Berg, an economist at Nordbank.",
		absent: []wantRel{{subj: "cautious"}, {subj: "Anna Berg", pred: "reject"}},
	},
	{
		name:     "former or special alone holds no title",
		text:     "Former Nightfall presenter Anna Berg was given the Special Award for poetry.",
		entities: []string{"Anna Berg", "Special Award"},
		absent:   []wantRel{{subj: "Nightfall", pred: "hold-role"}, {subj: "Award", pred: "hold-role"}},
	},
	{
		name:        "a title before and is someone else's",
		text:        "Both the Cardinal and Archbishop of Canterbury Dr Rowan Berg appealed for the inspectors to be given more time.",
		notEntities: []string{"and Archbishop of Canterbury Dr Rowan Berg", "Cardinal and Archbishop of Canterbury Dr Rowan Berg"},
	},
	{
		name:   "it before 'the first time' is the occasion",
		text:   "In fact, it is the first time the air force will attend the show since 1998.",
		absent: []wantRel{{subj: "fact"}},
	},
	{
		name:     "a club's Real is no title",
		text:     "The defeat, coupled with Real Madrid's win over Espanyol on Saturday, cuts the lead to four points.",
		entities: []string{"Real Madrid"},
		absent:   []wantRel{{subj: "Madrid", pred: "hold-role"}},
	},
	{
		name:   "a capitalised title in a list is a name, not a description",
		text:   "Also in the running are comedy Nightfall Express, The Door in the Floor and Garden State.",
		absent: []wantRel{{subj: "Nightfall Express", pred: "be"}},
	},
	{
		name: "what a speaker says of itself is per the speaker",
		text: "The Nordbank Group said it had bought Westbank on Monday.",
		rels: []wantRel{{subj: "Nordbank Group", pred: "buy", obj: "Westbank", modality: ModalityReported, attributedTo: "Nordbank Group"}},
	},
	{
		// The I of a quotation made the speaker a relation's subject wrongly 7
		// times in 10 on BBC articles ("I blew up in the end" → McIlroy —blew→
		// end): the quotation is kept as a statement, not read as relations.
		name:   "what a speaker says of itself is the statement, not a relation",
		text:   "\"I have a duty to keep the mill going,\" said Anna Berg.",
		sts:    []wantSt{{speaker: "Anna Berg", cue: "said", direct: true, content: "I have a duty to keep the mill going"}},
		absent: []wantRel{{subj: "Anna Berg", pred: "have", obj: "duty"}},
	},
}

// TestPossessorIsNoQualifier checks that "Norway's Statoil" gives no "'s"
// qualifier to the verb's other objects.
func TestPossessorIsNoQualifier(t *testing.T) {
	x := mustExtractor(t)
	res, err := x.Extract(context.Background(), Document{ID: "poss", Text: "Other bidders include Norway's Statoil and the Dutch firm Vopak."})
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range res.Relations {
		for q, v := range r.Qualifiers {
			if q == "'s" {
				t.Errorf("%s —%s→ %s carries the possessor as a qualifier %q", r.Subject.Name, r.Predicate, r.Object.Name, v)
			}
		}
	}
	if len(res.Relations) == 0 {
		t.Errorf("no relation read; got:\n%s", describeResult(res))
	}
}

// TestOneFactOnce checks that a sentence states a fact once, however many
// names of one thing the parser finds it through.
func TestOneFactOnce(t *testing.T) {
	x := mustExtractor(t)
	text := "As the minister opened the session, accountancy firm Holm & Berg urged him to cut taxes and focus on growth."
	res, err := x.Extract(context.Background(), Document{ID: "once", Text: text})
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	for _, r := range res.Relations {
		k := relationKey(r)
		if seen[k] {
			t.Errorf("recorded twice: %s —%s→ %s", r.Subject.Name, r.Predicate, r.Object.Name)
		}
		seen[k] = true
	}
	var firm string
	for _, e := range res.Entities {
		if e.Name == "Holm & Berg" {
			firm = e.Type
		}
	}
	if firm != TypeOrg {
		t.Errorf("Holm & Berg typed %q, want ORG (partners' names make a firm); got:\n%s", firm, describeResult(res))
	}
}

// TestParticipleAfterCommaLeavesTheObject checks that "a special award for
// poetry, presented by Peter Holm" names the award without who presented it.
func TestParticipleAfterCommaLeavesTheObject(t *testing.T) {
	x := mustExtractor(t)
	res, err := x.Extract(context.Background(), Document{ID: "acl", Text: "Anna Berg received a special award for poetry, presented by Peter Holm."})
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, r := range res.Relations {
		if r.Predicate == "receive" {
			found = true
			if r.Object.Mention != "a special award for poetry" {
				t.Errorf("received %q, want %q", r.Object.Mention, "a special award for poetry")
			}
		}
	}
	if !found {
		t.Errorf("no receive relation; got:\n%s", describeResult(res))
	}
}

// TestNoThingSpeaks checks that a noun standing for nobody never speaks: a
// statement through a verb of speech keeps its words with the speaker
// unknown, one through any other cue is no statement.
func TestNoThingSpeaks(t *testing.T) {
	x := mustExtractor(t)
	cases := []struct {
		name, text  string
		wantUnknown bool // a statement with speaker unknown; else no statement
	}{
		{"a move is no speaker", "The move comes amid claims that the vote could be rigged.", false},
		{"an event is no speaker", "The annual event saw ministers promise higher pensions for the poor.", false},
		{"a thing that says is somebody unnamed", "The headline says the mill will close before the winter.", true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			res, err := x.Extract(context.Background(), Document{ID: "thing", Text: c.text})
			if err != nil {
				t.Fatal(err)
			}
			unknown := 0
			for _, s := range res.Statements {
				if s.Speaker.Type == TypeConcept {
					t.Errorf("%s: a concept speaks: %q through %q", c.text, s.Speaker.Name, s.Cue)
				}
				if s.Speaker.ID == SpeakerUnknown {
					unknown++
				}
			}
			if c.wantUnknown && unknown == 0 {
				t.Errorf("%s: no statement with an unknown speaker; got:\n%s", c.text, describeResult(res))
			}
		})
	}
}

// TestTimeWordIsNobody checks that a time word cut from a title ("This
// Morning") is never whom "she" refers to.
func TestTimeWordIsNobody(t *testing.T) {
	x := mustExtractor(t)
	text := "The party launched its campaign on Monday. Its leaders toured the north and the west. During an interview on ITV1's This Morning she said she often criticised her husband."
	res, err := x.Extract(context.Background(), Document{ID: "morning", Text: text})
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range res.Statements {
		if s.Speaker.Name == "Morning" || s.Speaker.Name == "This Morning" {
			t.Errorf("she resolved to %q; got:\n%s", s.Speaker.Name, describeResult(res))
		}
	}
}

// TestLearnedCueNeedsANamedSpeaker checks that a cue only the learned model
// finds makes no statement when nobody the article names speaks through it:
// on unseen BBC articles most such statements were wrong ("We want choice" in
// an interview digest).
func TestLearnedCueNeedsANamedSpeaker(t *testing.T) {
	x := mustExtractor(t)
	res, err := x.Extract(context.Background(), Document{ID: "we", Text: "The vote was close.\n\nWe pooh-poohed the idea that the fees would fall."})
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range res.Statements {
		if s.Cue == "pooh-poohed" {
			t.Errorf("a learned cue with an unresolved 'we' made a statement: %+v", s)
		}
	}
}

// TestReportingHeadline checks that a headline reporting what someone says is
// read for its statement, while other headlines stay out of the facts.
func TestReportingHeadline(t *testing.T) {
	x := mustExtractor(t)
	body := "\n\nThe mill employs 300 people in the valley and has lost money for two years."
	res, err := x.Extract(context.Background(), Document{ID: "h1", Text: "Senator Anna Berg Vows To Keep The Mill Open" + body})
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, s := range res.Statements {
		found = found || s.Speaker.Name == "Anna Berg" && s.Cue == "Vows"
	}
	if !found {
		t.Errorf("no statement of Anna Berg through Vows; got:\n%s", describeResult(res))
	}
	res, err = x.Extract(context.Background(), Document{ID: "h2", Text: "Valley Mill Keeps Its Doors Open For Another Year" + body})
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range res.Relations {
		if r.Sentence == 0 && r.Span[0] == 0 {
			t.Errorf("a plain headline gave a fact: %s —%s→ %s", r.Subject.Name, r.Predicate, r.Object.Name)
		}
	}
}
