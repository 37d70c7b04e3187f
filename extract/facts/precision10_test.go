package facts

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"

	"newsgraph/extract/record"
)

// precision10Cases are constructions that gave wrong facts on the 50 BBC
// articles judged in the tenth session (internal/precision); every sentence
// is written for the test. They run through TestConstructions with the other
// tables.
var precision10Cases = []constructionCase{
	{
		name: "what will happen is a plan, not yet a fact",
		text: "The new trucks will be built in Poland by the Dutch firm Vendex.",
		rels: []wantRel{{subj: "Vendex", pred: "build", obj: "new trucks", qual: [2]string{"in", "Poland"}, modality: ModalityPossible}},
	},
	{
		name: "what someone said will happen stays theirs",
		text: "Mr Harlow said the museum will open a second gallery.",
		rels: []wantRel{{subj: "museum", pred: "open", obj: "second gallery", modality: ModalityReported, attributedTo: "Harlow"}},
	},
	{
		name: "a nationality as the whole phrase is the person just named",
		text: "Tennis news\n\nDavid Ferrer reached the final on Sunday. The Spaniard beat the top seed in straight sets.",
		rels: []wantRel{{subj: "David Ferrer", pred: "beat", obj: "top seed"}},
	},
	{
		name:   "a people is no one person",
		text:   "Tennis news\n\nTim Henman lost in Paris on Sunday. The British were disappointed by the result.",
		absent: []wantRel{{subj: "Tim Henman", pred: "be-disappointed-by"}},
	},
	{
		name:   "a name right after a description's head is who it is",
		text:   "Motoring news\n\nPeugeot reported higher sales on Monday. The struggling Japanese car maker Mitsubishi Motors has signed a deal with Renault.",
		rels:   []wantRel{{subj: "Mitsubishi Motors", pred: "sign", obj: "deal"}},
		absent: []wantRel{{subj: "Peugeot", pred: "sign"}},
	},
	{
		name:        "a given name that is also a town's, then an initial and a surname, is one name",
		text:        "Politics news\n\nUS President George W Bush has criticised the plan.",
		rels:        []wantRel{{subj: "George W Bush", pred: "criticise", obj: "plan"}},
		notEntities: []string{"W Bush", "George"},
	},
	{
		name: "the bill is the bill the article named",
		text: "Politics news\n\nMPs backed the Gambling Bill on Monday. Critics say the bill will create more addicts.",
		rels: []wantRel{{subj: "Gambling Bill", pred: "create", obj: "more addicts", modality: ModalityReported, attributedTo: "Critics"}},
	},
	{
		name:   "the film is no film when two were named with that word",
		text:   "Film news\n\nThe film Vera Drake won in Venice. The film Sideways won in Toronto. The film was shot in eight weeks.",
		absent: []wantRel{{subj: "Sideways", pred: "be-shot-in"}, {subj: "Vera Drake", pred: "be-shot-in"}},
	},
	{
		name:   "take part in: what they take part in is the object",
		text:   "Education news\n\nAbout 600 schools took part in the mock elections last year.",
		rels:   []wantRel{{subj: "600 schools", pred: "take-part-in", obj: "mock elections"}},
		absent: []wantRel{{subj: "600 schools", pred: "take", obj: "part"}},
	},
	{
		name:   "take place with nothing after it relates nothing",
		text:   "Politics news\n\nThe talks took place last week.",
		absent: []wantRel{{subj: "talks", pred: "take", obj: "place"}},
	},
	{
		name:   "in the past is when, not where",
		text:   "Business news\n\nSimilar proposals were made in the past.",
		absent: []wantRel{{subj: "Similar proposals", pred: "be-made-in", obj: "past"}},
	},
	{
		name:   "a title of address is no role",
		text:   "Business news\n\nThe firm recruited Darleen Druyun in 2002. The Pentagon has investigated 400 contracts, dating back to 1993, since the allegations against Ms Druyun came to light.",
		absent: []wantRel{{subj: "Darleen Druyun", pred: "hold-role", obj: "Ms"}},
	},
	{
		name:        "a noun for a person opening the sentence describes the name after it",
		text:        "Football news\n\nStriker Thierry Henry scored twice against Fulham. Arsenal's Thierry Henry has now scored 20 goals.",
		rels:        []wantRel{{subj: "Thierry Henry", pred: "score-against", obj: "Fulham"}},
		notEntities: []string{"Striker Thierry Henry"},
	},
	{
		name:     "a party's name opening the sentence is no description",
		text:     "Politics news\n\nLiberal Democrat Alan Beith said the plan was flawed.",
		entities: []string{"Alan Beith"},
		rels:     []wantRel{{subj: "Alan Beith", pred: "hold-role", obj: "Liberal Democrat"}},
	},
	{
		name:   "a his in the sentence before keeps its person in view",
		text:   "Spy news\n\nViktor Makarov is on hunger strike. Mr Makarov joined the KGB in 1975. One of his fellow pupils was Vladimir Putin. At headquarters in Moscow, he was posted to the 16th directorate.",
		rels:   []wantRel{{subj: "Viktor Makarov", pred: "be-posted-to", obj: "16th directorate"}},
		absent: []wantRel{{subj: "Vladimir Putin", pred: "be-posted-to"}},
	},
	{
		name:   "a participle on a noun in apposition to a name describes the name",
		text:   "Business news\n\nThe government appointed Enrico Bondi, a turnaround specialist working for Parmalat, in 2003.",
		rels:   []wantRel{{subj: "Enrico Bondi", pred: "work-for", obj: "Parmalat"}},
		absent: []wantRel{{subj: "turnaround specialist", pred: "work-for"}},
	},
	{
		name: "the description a story opens with is the name the next sentence gives",
		text: "A US bank has closed its branch in Madrid. Riggs Bank said the money would go to a special fund.",
		rels: []wantRel{{subj: "Riggs Bank", pred: "close", obj: "branch"}},
		sts:  []wantSt{{speaker: "Riggs Bank", cue: "said", content: "the money would go to a special fund"}},
	},
	{
		name:   "a work the story opens with is not the author named next",
		text:   "A book about mutants has won the First Book Award. Armand Leroi wrote it while teaching in London.",
		absent: []wantRel{{subj: "Armand Leroi", pred: "win"}},
	},
	{
		name:   "one of two coordinated names alone is that name, not the pair",
		text:   "Film news\n\nOther Oscar contenders, including The Aviator and Sideways, continued to perform strongly. The Aviator has taken dollars 75m so far, while Sideways has taken dollars 46.8m in a more limited release.",
		rels:   []wantRel{{subj: "Sideways", pred: "take", obj: "dollars 46.8m"}},
		absent: []wantRel{{subj: "Aviator and Sideways", pred: "take"}},
	},
	{
		name: "a title of address opening a sentence is never a verb",
		text: "Politics news\n\nTessa Jowell announced the plan on Monday. Ms Jowell's deputy, Richard Caborn, said the government had adopted a cautious approach.",
		sts:  []wantSt{{speaker: "Richard Caborn", cue: "said", content: "the government had adopted a cautious approach"}},
	},
	{
		name:   "a word of a name the tagger took for a verb is the name's",
		text:   "Politics news\n\nThe report was described by Downing Street as idle speculation.",
		absent: []wantRel{{subj: "report", pred: "down"}},
	},
	{
		name:   "a person in apposition is not the name inside the description",
		text:   "Film news\n\nThe film did well, said Rory Bruer, head of distribution for Sony Pictures, on Sunday.",
		absent: []wantRel{{subj: "Rory Bruer", pred: "be", obj: "Sony Pictures"}},
	},
	{
		name: "the pop star is the person the article is about",
		text: "Music news\n\nBritney Spears has been sued over her tour. Britney Spears denied the claim on Monday. Spears said the case was absurd. The pop star has also cancelled two concerts.",
		rels: []wantRel{{subj: "Britney Spears", pred: "cancel", obj: "two concerts"}},
	},
	{
		name: "a nationality before the epithet is anyone's",
		text: "Football news\n\nCraig Bellamy scored twice on Saturday. Bellamy was booked. Bellamy joined Celtic in January. Celtic won 3-0 on Sunday. The Welsh striker has scored five goals since.",
		rels: []wantRel{{subj: "Craig Bellamy", pred: "score", obj: "five goals"}},
	},
	{
		name: "the programme is the show the article introduced by a noun of its kind",
		text: "Film news\n\nCritics praised the new film Hide and Seek on Friday. The movie was shot in New York.",
		rels: []wantRel{{subj: "Hide and Seek", pred: "be-shot-in", obj: "New York"}},
	},
	{
		name:   "a description that names someone is a mention of them for the pronouns after it",
		text:   "Football news\n\nEverton manager David Moyes will discipline striker James Beattie. The Scot initially defended Beattie, saying Gallas overreacted. But he has had a rethink after looking at the video.",
		rels:   []wantRel{{subj: "David Moyes", pred: "have", obj: "rethink"}, {subj: "David Moyes", pred: "defend", obj: "James Beattie"}},
		absent: []wantRel{{subj: "Gallas", pred: "have"}},
	},
	{
		name:        "a count of something is its own thing, not the count of another",
		text:        "Business news\n\nUkraine will review dozens of state asset sales. Any review would focus on dozens of companies. Almost 40% of messages were spam.",
		rels:        []wantRel{{subj: "review", pred: "focus-on", obj: "dozens of companies", modality: ModalityPossible}},
		notEntities: []string{"40%"},
	},
	{
		name:     "sans inside a name",
		text:     "Charity news\n\nDonations went to Oxfam, Medecins sans Frontieres and the Red Cross on Monday.",
		entities: []string{"Medecins sans Frontieres"},
		absent:   []wantRel{{subj: "Oxfam", pred: "san"}, {subj: "Medecins", pred: "san"}},
	},
	{
		name: "a verb coordinated with a future one is future too",
		text: "Motoring news\n\nThe new vans will be built in Poland and sold mainly in Germany.",
		rels: []wantRel{{subj: "new vans", pred: "sell-in", obj: "Germany", modality: ModalityPossible}},
	},
	{
		name: "forced to resign: he resigned",
		text: "Politics news\n\nThe minister was forced to resign over the scandal in April.",
		rels: []wantRel{{subj: "minister", pred: "resign-over", obj: "scandal", modality: ModalityAsserted}},
	},
	{
		name: "had to wait: they waited",
		text: "Football news\n\nThe players had to wait in the streets for two hours.",
		rels: []wantRel{{subj: "players", pred: "wait-in", obj: "streets", modality: ModalityAsserted}},
	},
	{
		name: "what someone says could happen stays possible, and theirs",
		text: "Economy news\n\nAlan Greenspan warned of severe consequences. Meanwhile any move to narrow the deficit gap by raising taxes could pose a significant risk to the economy, he added.",
		rels: []wantRel{{subj: "taxes", pred: "pose", obj: "significant risk", modality: ModalityPossible, attributedTo: "Alan Greenspan"}}, // (the subject should be the move: a parse error)
	},
	{
		name: "a DJ's title before the name is a role",
		text: "Music news\n\nVirgin Radio DJ Pete Mitchell said the year had been remarkable.",
		sts:  []wantSt{{speaker: "Pete Mitchell", cue: "said", content: "the year had been remarkable"}},
	},
}

// TestOfPhraseNamesAcrossArticles: "the issue of identity cards" in one
// article and "the issue of immigration" in another are two things, not one
// "issue" once the articles are linked.
func TestOfPhraseNamesAcrossArticles(t *testing.T) {
	x := mustExtractor(t)
	var results []*Result
	for i, text := range []string{
		"Politics news\n\nThe issue of identity cards had provoked controversy.",
		"Politics news\n\nThe issue of immigration divided the party.",
	} {
		res, err := x.Extract(context.Background(), Document{ID: fmt.Sprint("d", i), Text: text})
		if err != nil {
			t.Fatal(err)
		}
		results = append(results, res)
	}
	record.Link(results)
	for i, want := range []string{"issue of identity cards", "issue of immigration"} {
		if len(results[i].Relations) == 0 || results[i].Relations[0].Subject.Name != want {
			t.Errorf("article %d: relations %+v, want the subject %q", i, results[i].Relations, want)
		}
	}
}

// TestNoWordsStatements: what is still to be decided, what someone decided
// not to do, and what is seen or known report no one's words, however the
// clause reads (cues "" means no statement at all may come out).
func TestNoWordsStatements(t *testing.T) {
	x := mustExtractor(t)
	for _, tc := range []struct{ text, cues string }{
		{"Athletics news\n\nAn independent tribunal will decide if their bans should stand.", ""},
		{"Business news\n\nThe carmaker decided in April not to pump in any more money.", ""},
		{"Business news\n\nGlaxoSmithKline saw its profits fall 9% last year, the drugs firm Pfizer said.", "see know"},
		{"Tennis news\n\nVenus Williams will see how she recovers before deciding whether to play in Miami.", "see know"},
		{"Football news\n\nArsenal know they must win both games to stay in the title race.", "see know"},
	} {
		res, err := x.Extract(context.Background(), Document{ID: "d", Text: tc.text})
		if err != nil {
			t.Fatal(err)
		}
		for _, s := range res.Statements {
			if tc.cues == "" || slices.Contains(strings.Fields(tc.cues), x.lx.verbLemma(s.Cue)) {
				t.Errorf("%q: statement %s %s %q", tc.text, s.Speaker.Name, s.Cue, s.Content)
			}
		}
	}
}
