package facts

import (
	"context"
	"fmt"
	"strings"
	"testing"
)

// attributionCases are the forms of attribution news writes, in sentences
// written for the test: quotation-mark conventions, quotations in parts, and
// reported speech with the cue before, inside or after what was said.
var attributionCases = []constructionCase{
	{
		name: "a quotation reopened in the same paragraph is one statement",
		text: "The council met on Monday.\n\nLena Fischer said: \"The budget is too small for the schools. \"We will ask the state for more money.\"",
		sts: []wantSt{{speaker: "Lena Fischer", cue: "said", direct: true,
			content: "The budget is too small for the schools. We will ask the state for more money"}},
	},
	{
		name: "two-apostrophe quotation marks",
		text: "The council met on Monday.\n\n''We will ask the state for more money,'' Lena Fischer said.",
		sts:  []wantSt{{speaker: "Lena Fischer", cue: "said", direct: true, content: "We will ask the state for more money"}},
	},
	{
		name: "two-apostrophe quotation cut by its cue",
		text: "The council met on Monday.\n\n''The budget is too small,'' Lena Fischer said. ''We will ask the state for more.''",
		sts: []wantSt{{speaker: "Lena Fischer", cue: "said", direct: true,
			content: "The budget is too small. We will ask the state for more"}},
	},
	{
		name: "an unnamed speaker's quotation cut by its cue is one statement",
		text: "The town mourned on Monday.\n\n“His legend will live on,” he said. “His stories will live on here.”",
		sts: []wantSt{{speaker: SpeakerUnknown, cue: "said", direct: true,
			content: "His legend will live on. His stories will live on here"}},
	},
	{
		name: "according to X at the end of a clause hung on a phrase",
		text: "The mayor leads the race with 40 percent of the vote, according to a poll by the Ledger.",
		sts:  []wantSt{{speaker: "poll", cue: "according to", content: "The mayor leads the race with 40 percent of the vote"}},
	},
	{
		name: "a prepositional object is what a cue is about",
		text: "Clara Voss called for new elections in the spring.",
		sts:  []wantSt{{speaker: "Clara Voss", cue: "called", content: "new elections in the spring"}},
		gap:  "the parser (since the GUM-trained ensemble) hangs the phrase after the prepositional object on the verb, so the content stops at \"new elections\"",
	},
	{
		name: "a gerund after about is what a cue is about",
		text: "Otto Brandt talked about raising the harbour fees.",
		sts:  []wantSt{{speaker: "Otto Brandt", cue: "talked", content: "raising the harbour fees"}},
	},
	{
		name: "a reported clause keeps the condition after it",
		text: "The council met on Monday.\n\nClara Voss admitted that the vote would be hard to win if the turnout stayed low.",
		sts:  []wantSt{{speaker: "Clara Voss", cue: "admitted", content: "the vote would be hard to win if the turnout stayed low"}},
	},
	{
		name: "a closing cue with a role and a name in apposition after it",
		text: "The plant is old.\n\nThe big steel plant is hanging on, but it is under intense pressure from imports, said the company chief executive, John Ferriola.",
		sts: []wantSt{{speaker: "John Ferriola", cue: "said",
			content: "The big steel plant is hanging on, but it is under intense pressure from imports"}},
	},
	{
		name: "a closing cue followed by a participle of its own",
		text: "The plant is old.\n\nThe imam did not mingle but left as soon as prayers were finished, Nefzi said, adding that he was shocked.",
		sts: []wantSt{{speaker: "Nefzi", cue: "said", content: "The imam did not mingle but left as soon as prayers were finished"},
			{speaker: "Nefzi", cue: "adding", content: "he was shocked"}},
	},
	{
		name: "a view of people reported by someone is theirs too, a thing's is not",
		text: "The harbour lost money.\n\nOtto Brandt said local officials believe the harbour fees are too high.\n\nOtto Brandt said the new plan suggested the fees would fall.",
		sts: []wantSt{{speaker: "Otto Brandt", cue: "said", content: "local officials believe the harbour fees are too high"},
			{speaker: "local officials", cue: "believe", content: "the harbour fees are too high"},
			{speaker: "Otto Brandt", cue: "said", content: "the new plan suggested the fees would fall"}},
	},
	{
		name: "according to X after a participle on a noun qualifies the whole clause",
		text: "The vote was close.\n\nHer victory came from women, young voters and Democrats looking for an experienced candidate, according to the Ledger.",
		sts: []wantSt{{speaker: "Ledger", cue: "according to",
			content: "Her victory came from women, young voters and Democrats looking for an experienced candidate"}},
	},
	{
		name: "a learned cue inside what someone said reports its own speaker's view",
		text: "The vote was close.\n\nOtto Brandt said that officials made little secret of their anger at the fees.",
		sts: []wantSt{{speaker: "Otto Brandt", cue: "said", content: "officials made little secret of their anger at the fees"},
			{speaker: "officials", cue: "secret", content: "their anger"}},
	},
	{
		name: "a participle on people states their view",
		text: "The council met on Monday.\n\nVoters backing Clara Voss are younger than the average.",
		sts:  []wantSt{{speaker: "Voters", cue: "backing", content: "Clara Voss"}},
	},
	{
		name: "a cue inside the clause it reports, hung on the subject",
		text: "The council met on Monday.\n\nThe harbour fees, the mayor argued, were far too high for the fishermen.",
		sts: []wantSt{{speaker: "mayor", cue: "argued",
			content: "The harbour fees were far too high for the fishermen"}},
	},
	{
		name: "a relative clause endorses",
		text: "Jonas Weber, who endorsed Clara Voss last week, spoke in Bonn.",
		sts:  []wantSt{{speaker: "Jonas Weber", cue: "endorsed", content: "Clara Voss"}},
	},
	{
		name: "a view held with an adjective",
		text: "Jonas Weber is critical of the new harbour plan.",
		sts:  []wantSt{{speaker: "Jonas Weber", cue: "critical", content: "the new harbour plan"}},
	},
	{
		name: "a view held in a noun",
		text: "Jonas Weber's support for the harbour plan surprised his party.",
		sts:  []wantSt{{speaker: "Jonas Weber", cue: "support", content: "the harbour plan"}},
	},
	{
		name: "quotations of two speakers in one paragraph stay apart",
		text: "The council met on Monday.\n\n“The budget is too small,” Lena Fischer said. “It is enough,” Otto Brandt replied.",
		sts: []wantSt{
			{speaker: "Lena Fischer", cue: "said", direct: true, content: "The budget is too small"},
			{speaker: "Otto Brandt", cue: "replied", direct: true, content: "It is enough"},
		},
	},
	{
		name: "a reporting clause closing the sentence after a long clause",
		text: "Harbour plan criticised\n\nThe plan to widen the harbour will cost far more than the council says, Lena Fischer has said.",
		sts: []wantSt{{speaker: "Lena Fischer", cue: "said",
			content: "The plan to widen the harbour will cost far more than the council says"}},
	},
	{
		name: "a closing cue before its speaker",
		text: "Harbour plan criticised\n\nThe harbour will be widened before the summer season starts, said Otto Brandt.",
		sts: []wantSt{{speaker: "Otto Brandt", cue: "said",
			content: "The harbour will be widened before the summer season starts"}},
	},
	{
		name: "a name before its apposition speaks in a closing clause",
		text: "Harbour plan criticised\n\n“The harbour is too small,” Lena Fischer, the council's finance chief, said in an interview.",
		sts:  []wantSt{{speaker: "Lena Fischer", cue: "said", direct: true, content: "The harbour is too small"}},
	},
	{
		name: "a time glued to the speaker is not part of it",
		text: "Harbour plan criticised\n\nOtto Brandt last week said the harbour would be widened in March.",
		sts:  []wantSt{{speaker: "Otto Brandt", cue: "said", content: "the harbour would be widened in March"}},
	},
	{
		name: "an adverb glued to the speaker is not part of it",
		text: "Harbour plan criticised\n\nGreen spokesman Otto Brandt meanwhile said the harbour plan was flawed.",
		sts:  []wantSt{{speaker: "Otto Brandt", cue: "said", content: "the harbour plan was flawed"}},
	},
	{
		name: "a speaker phrase after the comma and the closing mark",
		text: "Port plan delayed\n\n\"We are not able to comment on pending litigation,\" Harbour Holdings spokesman Otto Brandt said.",
		sts:  []wantSt{{speaker: "Otto Brandt", cue: "said", content: "We are not able to comment on pending litigation", direct: true}},
	},
	{
		name: "a party's role before a name: the person speaks",
		text: "ID news\n\nLib Dem home affairs spokesman Mark Oakes has branded the ID scheme a waste of money.",
		sts:  []wantSt{{speaker: "Mark Oakes", cue: "branded", content: "the ID scheme a waste of money"}},
	},
	{
		name: "a colon after a clause whose subject is someone hands the word over",
		text: "Tennis news\n\nBrandt was more restrained in his assessment: \"I have to improve my serve if I am going to win in Melbourne.\"",
		sts:  []wantSt{{speaker: "Brandt", cue: ":", content: "I have to improve my serve if I am going to win in Melbourne", direct: true}},
	},
	{
		name: "a quotation after a sentence about someone, in the same paragraph, is theirs",
		text: "Tennis news\n\nBut despite her defeat, Anna Berg was pleased with her overall performance. \"I had a chance in the third set and that is really positive.\"",
		sts:  []wantSt{{speaker: "Anna Berg", cue: "", content: "I had a chance in the third set and that is really positive", direct: true}},
	},
	{
		name: "a name inside the quotation never speaks it",
		text: "The festival opened.\n\n\"Cannes or Venice, it's the audience that decides whether a film is a hit or a flop,\" says Brandt.",
		sts:  []wantSt{{speaker: "Brandt", cue: "says", content: "Cannes or Venice, it's the audience that decides whether a film is a hit or a flop", direct: true}},
	},
}

// nonStatementCases use verbs that report speech elsewhere in ways that
// report nothing: an object that is a thing got or done, a name, a
// double-object denial, a thing made with a relative clause after its verb.
// With a speaker named, only that speaker's statement through the cue counts.
var nonStatementCases = []struct {
	name, text, cue, speaker string
}{
	// An intention or an effort is not words said: "hoping to expand",
	// "attempting to curb", "wanted to make" were wrong every time on BBC
	// articles. A demand or a promise is ("urged them to", "vowed to").
	{"words asked for", "Mill news\n\nThe union urged the minister to say that the mill would stay open.", "say", ""},
	{"who was called on", "Mill news\n\nOtto Brandt called on the council to close the mill.", "called", ""},
	{"a denunciation called for", "Mill news\n\nMia Lund called on Mr Brandt to denounce the plan that the mill would close.", "denounce", ""},
	{"a subject taken for that", "Tax news\n\nWith polls suggesting voters would rather have more schools, Mr Holm has suggested that is exactly what he will do.", "suggested", ""},
	{"one word for what polls suggest", "Tax news\n\nWith polls suggesting voters would rather have more schools, Mr Holm has suggested that is exactly what he will do.", "suggesting", ""},
	{"a thing found", "Phone news\n\nThe amount of data is a sign that people are finding more things to do with their phones.", "finding", ""},
	{"a wish with an infinitive", "Clara Voss wants to close the mill next year.", "wants", ""},
	{"an aim with an infinitive, whatever the noun of the same form", "The harbour lost money.\n\nThe mayor plans to raise the harbour fees next year.", "plans", ""},
	{"a thing added to a catalogue", "The studio added Harbour Quest to its catalogue of games.", "added", ""},
	{"a second object parsed as an appositive", "The record denied Otto Brandt his fourth number one.", "denied", ""},
	{"a deal offered", "He has been offered a new deal by the club.", "offered", ""},
	{"a filing", "The firm filed for bankruptcy in Houston.", "filed", ""},
	{"a report published", "The report, published on Tuesday, was short.", "published", ""},
	{"defending oneself", "Householders may use force when defending themselves.", "defending", ""},
	{"a phrase held up in quotation marks", "The law protects those who use “something to hand” as a weapon.", "", ""},
	{"a phrase held up after a cue with a thing for subject", "Fears had been expressed that a flood of “fee refugees” would try to avoid the new charges.", "expressed", ""},
	{"a verb inside a title", "Fans queued for hours to buy Call of Duty on Friday.", "Call", ""},
	{"finding oneself doing something", "You find yourself covering the same ground again and again.", "find", ""},
	{"showing off", "The players showed off their prowess in the final.", "showed", ""},
	{"a thing seen, not a view of it", "The carmaker saw strong profits in the fourth quarter.", "saw", ""},
	{"a denial with two objects", "The single denied Otto Brandt his fourth number one.", "denied", ""},
	{"a thing made with a relative clause after the verb", "Experts warn that spyware is being written that can steal passwords.", "written", ""},
	{"a claim answered is someone else's", "The ministry has played down claims that it could close the port.", "claims", ""},
	{"seeming is no saying", "Markets news\n\nInvestors seemed to feel that the storm would have little impact on listed firms.", "seemed", ""},
	{"an open question left unanswered", "Port news\n\nThe two firms did not say if they were developing the technology for other languages.", "say", ""},
	{"an intention", "The mill lost money.\n\nClara Voss is hoping to expand the mill next year.", "hoping", ""},
	{"an effort", "The river is dirty.\n\nThe agency is attempting to curb the pollution.", "attempting", ""},
	{"a pronoun for what was denied", "The plan was leaked.\n\nWhen asked about the plan, the minister denied it.", "denied", ""},
	{"a title won", "The race was fast.\n\nClara Voss claimed the title in Bergen.", "claimed", ""},
	{"he is no name spelt like a body's", "The cardinal used a message to denounce the war.\n\nSpeaking on BBC Radio 4, he criticised the spending.", "criticised", "BBC Radio 4"},
}

// TestStatementOnce checks that a sentence read twice for the same saying
// (through the noun "view" and through the verb that takes it) records it once.
func TestStatementOnce(t *testing.T) {
	x := mustExtractor(t)
	res, err := x.Extract(context.Background(), Document{ID: "once", Text: "Port news\n\nThe mayor backed Anna Berg's view that the harbour could close this year."})
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	for _, s := range res.Statements {
		k := s.Speaker.ID + "|" + s.Cue + "|" + s.Content
		if seen[k] {
			t.Errorf("statement recorded twice: %s says %q through %q", s.Speaker.Name, s.Content, s.Cue)
		}
		seen[k] = true
	}
	if !seen["anna-berg|view|the harbour could close this year"] {
		t.Errorf("no statement of Anna Berg's view; got:\n%s", describeResult(res))
	}
}

// TestToldIsNoSource checks that those told something ("…, the squad were
// told") are neither its speaker nor the source of the facts in it.
func TestToldIsNoSource(t *testing.T) {
	x := mustExtractor(t)
	text := "The club lost again.\n\nHer decision to leave the club last week had given them a second chance, the squad were told."
	res, err := x.Extract(context.Background(), Document{ID: "told", Text: text})
	if err != nil {
		t.Fatalf("Extract: %v", err)
	}
	for _, s := range res.Statements {
		if s.Speaker.Name == "squad" {
			t.Errorf("the squad says %q", s.Content)
		}
	}
	for _, r := range res.Relations {
		if r.AttributedTo != nil && r.AttributedTo.Name == "squad" {
			t.Errorf("%s —%s→ %s according to the squad", r.Subject.Name, r.Predicate, r.Object.Name)
		}
	}
	if len(res.Relations) == 0 {
		t.Errorf("no relation read from %q", text)
	}
}

func TestNonStatements(t *testing.T) {
	x := mustExtractor(t)
	for i, c := range nonStatementCases {
		t.Run(c.name, func(t *testing.T) {
			res, err := x.Extract(context.Background(), Document{ID: fmt.Sprintf("nonst%02d", i), Text: c.text})
			if err != nil {
				t.Fatalf("Extract: %v", err)
			}
			for _, s := range res.Statements {
				if s.Cue == c.cue && (c.speaker == "" || s.Speaker.Name == c.speaker) {
					t.Errorf("%s\nread as a statement through %q: %s says %q", c.text, c.cue, s.Speaker.Name, s.Content)
				}
			}
		})
	}
}

func TestAttributionConstructions(t *testing.T) {
	x := mustExtractor(t)
	for i, c := range attributionCases {
		t.Run(c.name, func(t *testing.T) {
			res, err := x.Extract(context.Background(), Document{ID: fmt.Sprintf("attr%02d", i), Text: c.text})
			if err != nil {
				t.Fatalf("Extract: %v", err)
			}
			problems := checkConstruction(c, res)
			switch {
			case len(problems) == 0 && c.gap != "":
				t.Logf("known gap now handled (%s): drop the gap mark", c.gap)
			case len(problems) > 0 && c.gap != "":
				t.Skipf("known gap: %s\n%s\ngot:\n%s", c.gap, strings.Join(problems, "\n"), describeResult(res))
			case len(problems) > 0:
				t.Errorf("%s\n%s\ngot:\n%s", c.text, strings.Join(problems, "\n"), describeResult(res))
			}
		})
	}
}

// speakerTypeCases are speakers written as common nouns: a person's role and a
// body speak as someone unnamed, a document as a work, never as a concept;
// a name speaks as what it names.
var speakerTypeCases = []struct {
	name, text, speaker, typ string
}{
	{"a document", "The harbour lost money again.\n\nThe report said the harbour was losing money.", "report", TypeWork},
	{"a poll's share of people", "The vote is close.\n\nForty per cent of voters said the fees were too high.", "Forty per cent of voters", TypeUnnamed},
	{"a role", "The fees are rising.\n\nA council spokesman said the fees would rise.", "council spokesman", TypeUnnamed},
	{"a body", "The plan was debated.\n\nThe ministry said the plan was sound.", "ministry", TypeUnnamed},
	{"a place that speaks is the office in it, its name whole", "The visit was planned.\n\nDowning Street has confirmed that the visit will go ahead.", "Downing Street", TypeOrg},
	{"the subject between commas next to the cue speaks, not the clause's", "The poll was close.\n\nThat might, he suggests, lead to a hung parliament.", "he", TypePerson},
	{"people by what they do", "The plan was debated.\n\nCampaigners said the plan would fail.", "Campaigners", TypeUnnamed},
	{"a player by position", "Rugby news\n\nEarly talks have taken place and the defender said: \"Hopefully something will be sorted out soon.\"", "defender", TypeUnnamed},
	{"a party's unnamed people", "Tax news\n\nTory sources say senior figures had argued against the scheme.", "Tory sources", TypeUnnamed},
	{"people by their trade", "Markets fell.\n\nOn Tuesday, traders in Tokyo said that the yen would rise.", "traders", TypeUnnamed},
	{"a firm whose name is a word", "Profits rose at the toy maker Marble.\n\nMarble said that sales had doubled.", "Marble", TypeOrg},
	{"a name after a lower-case title is a person's", "The airline is in debt.\n\nEarlier, Mr Brandt had said that president Carlos Alberto Ramos da Costa has promised to step in and a decree of some kind could be signed this week.", "Carlos Alberto Ramos da Costa", TypePerson},
}

func TestSpeakerTypes(t *testing.T) {
	x := mustExtractor(t)
	for i, c := range speakerTypeCases {
		t.Run(c.name, func(t *testing.T) {
			res, err := x.Extract(context.Background(), Document{ID: fmt.Sprintf("sptype%02d", i), Text: c.text})
			if err != nil {
				t.Fatalf("Extract: %v", err)
			}
			found := false
			for _, s := range res.Statements {
				if !strings.EqualFold(s.Speaker.Name, c.speaker) && !strings.EqualFold(s.Speaker.Mention, c.speaker) {
					continue
				}
				found = true
				if s.Speaker.Type != c.typ {
					t.Errorf("%s\nspeaker %q typed %s, want %s", c.text, s.Speaker.Name, s.Speaker.Type, c.typ)
				}
				if c.typ == TypeUnnamed && !strings.HasSuffix(s.Speaker.ID, "-in-"+Slug(fmt.Sprintf("sptype%02d", i))) {
					t.Errorf("%s\nunnamed speaker id %q is not the article's own", c.text, s.Speaker.ID)
				}
			}
			if !found {
				t.Errorf("%s\nno statement by %q; got:\n%s", c.text, c.speaker, describeResult(res))
			}
		})
	}
}

// TestSpeakerPhrases types speaker phrases as the tree hands them over,
// however it cut them.
func TestSpeakerPhrases(t *testing.T) {
	x := mustExtractor(t)
	d := &docState{x: x}
	for _, c := range []struct{ phrase, typ string }{
		{"the Prevention of Harbour Pollution Bill", TypeWork},
		{"a meeting of local party members", TypePerson},
		{"the move", ""},
		{"The Commons committee", TypeOrg},
		{"aid charity", TypeOrg},
		{"12% of voters", TypePerson},
		{"the figures", TypeWork},
	} {
		if got := d.nounSpeakerType(c.phrase); got != c.typ {
			t.Errorf("nounSpeakerType(%q) = %q, want %q", c.phrase, got, c.typ)
		}
	}
	for _, c := range []struct {
		phrase string
		name   string
	}{
		{"Opening the debate on Monday, Mr Brandt", "Mr Brandt"},
		{"Ms Voss", ""},
		{"the leader, Mr Brandt of Bonn", ""},
	} {
		got := ""
		if off := d.trailingTitledName(c.phrase); off > 0 {
			got = c.phrase[off:]
		}
		if got != c.name {
			t.Errorf("trailingTitledName(%q) names %q, want %q", c.phrase, got, c.name)
		}
	}
	for _, c := range []struct {
		phrase string
		proper bool
		typ    string
	}{
		{"the RSPB", true, TypeOrg},
		{"the Ledger", true, TypeOrg},
		{"the French", true, TypeNORP},
		{"the Chancellor", false, ""},
		{"Downing Street", true, TypeOrg},
		{"the Lord Chancellor", true, TypePerson},
		{"the spokesman", false, ""},
	} {
		proper, typ := d.properSpeaker(c.phrase)
		if proper != c.proper || typ != c.typ {
			t.Errorf("properSpeaker(%q) = %v %q, want %v %q", c.phrase, proper, typ, c.proper, c.typ)
		}
	}
}
