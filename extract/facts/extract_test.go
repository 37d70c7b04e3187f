package facts

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"sync"
	"testing"
)

// testExtractor is loaded once: its word lists and learned cues take time to build.
var testExtractor = sync.OnceValues(func() (*Extractor, error) { return New(Options{}) })

func mustExtractor(t testing.TB) *Extractor {
	t.Helper()
	x, err := testExtractor()
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	return x
}

// wantRel describes a relation that must be found. Empty fields are not checked,
// except negated, which must always match.
type wantRel struct {
	subj, pred, obj string
	qual            [2]string // preposition, value
	negated         bool
	modality        string
	attributedTo    string
}

func (w wantRel) String() string {
	s := fmt.Sprintf("%s —%s→ %s", w.subj, w.pred, w.obj)
	if w.qual[0] != "" {
		s += fmt.Sprintf(" (%s: %s)", w.qual[0], w.qual[1])
	}
	if w.negated {
		s += " negated"
	}
	if w.modality != "" {
		s += " " + w.modality
	}
	if w.attributedTo != "" {
		s += " according to " + w.attributedTo
	}
	return s
}

func (w wantRel) matches(r Relation) bool {
	if r.Subject.Name != w.subj || r.Predicate != w.pred || r.Object.Name != w.obj || r.Negated != w.negated {
		return false
	}
	if w.qual[0] != "" && r.Qualifiers[w.qual[0]] != w.qual[1] {
		return false
	}
	if w.modality != "" && r.Modality != w.modality {
		return false
	}
	if w.attributedTo != "" && (r.AttributedTo == nil || r.AttributedTo.Name != w.attributedTo) {
		return false
	}
	return true
}

// wantSt describes a statement that must be found: speaker name, cue as
// written, content as written, direct or reported, and a confidence ceiling.
type wantSt struct {
	speaker, cue, content string
	direct                bool
	maxConf               float64 // 0: not checked
}

func (w wantSt) String() string {
	kind := "reported"
	if w.direct {
		kind = "quote"
	}
	return fmt.Sprintf("%s %s (%s): %q", w.speaker, w.cue, kind, w.content)
}

func (w wantSt) matches(s Statement) bool {
	if s.Speaker.Name != w.speaker || s.Content != w.content || s.Direct != w.direct {
		return false
	}
	if w.cue != "" && s.Cue != w.cue {
		return false
	}
	return w.maxConf == 0 || s.Confidence <= w.maxConf
}

// constructionCase is one sentence (or a few) written for the test, and what a
// careful reader takes from it.
type constructionCase struct {
	name     string
	text     string
	rels     []wantRel
	sts      []wantSt
	entities []string // names that must be entities
	// notEntities must not be entity names (titles belong to roles, not names).
	notEntities []string
	// notAsserted are relations the text does not state as fact: none may be
	// recorded asserted and not negated (pred "" matches any predicate).
	notAsserted []wantRel
	// absent are relations the text does not state at all, under any
	// modality or attribution (a wrong subject is wrong even when reported);
	// subj "" matches any subject.
	absent []wantRel
	// gap marks a construction the extractor misses today: the case is skipped
	// with this reason while it fails, so the table documents what is left to do.
	gap string
}

var constructionCases = []constructionCase{
	{
		name: "an event between two parties",
		text: "The phone call between Anna Berg and Peter Holm lasted an hour.",
		rels: []wantRel{{subj: "Anna Berg", pred: "talk", obj: "Peter Holm"}},
	},
	{
		name: "an event noun shared by coordinated subjects",
		text: "Anna Berg and Peter Holm had a long phone conversation on Monday.",
		rels: []wantRel{{subj: "Anna Berg", pred: "talk", obj: "Peter Holm"}},
	},
	{
		name: "reporting verb with a bare time word before its clause",
		text: "Anna Berg announced Tuesday that Nordbank will open a branch in Oslo.",
		rels: []wantRel{{subj: "Nordbank", pred: "open", obj: "branch", qual: [2]string{"in", "Oslo"}, modality: ModalityReported, attributedTo: "Anna Berg"}},
		sts:  []wantSt{{speaker: "Anna Berg", cue: "announced", content: "Nordbank will open a branch in Oslo"}},
	},
	{
		name: "a quotation inside reported speech keeps the reporter, not a later verb",
		text: "Peter Holm stressed that the merger was “not a surrender” of the bank and suggested Anna Berg was ready to talk.",
		// A partial quotation is part of the reported clause around it: one
		// statement, as PolNeAR annotates it (it used to be a second, direct one).
		sts: []wantSt{
			{speaker: "Peter Holm", cue: "stressed", content: "the merger was “not a surrender” of the bank"},
			{speaker: "Peter Holm", cue: "suggested", content: "Anna Berg was ready to talk"},
		},
	},
	{
		name: "a rejected suggestion is not the rejecter's claim",
		text: "Peter Holm dismissed suggestions that Nordbank could be sold to Westbank.",
		rels: []wantRel{{subj: "Peter Holm", pred: "reject", obj: "suggestions"}},
		sts:  []wantSt{{speaker: "Peter Holm", cue: "dismissed", content: "suggestions that Nordbank could be sold to Westbank"}},
	},
	{
		name: "svo with prepositional qualifier",
		text: "Maria Lopez opened a bakery in Lisbon in 2019.",
		rels: []wantRel{{subj: "Maria Lopez", pred: "open", obj: "bakery", qual: [2]string{"in", "Lisbon"}, modality: ModalityAsserted}},
	},
	{
		name: "passive with by-agent",
		text: "The old bridge over the river was designed by Gustave Eiffel.",
		rels: []wantRel{{subj: "Gustave Eiffel", pred: "design", obj: "old bridge"}},
	},
	{
		name: "subject relative clause",
		text: "Anna Berg, who leads Nordbank, met Peter Holm in Oslo.",
		rels: []wantRel{
			{subj: "Anna Berg", pred: "lead", obj: "Nordbank"},
			{subj: "Anna Berg", pred: "meet", obj: "Peter Holm", qual: [2]string{"in", "Oslo"}},
		},
	},
	{
		name: "object relative clause",
		text: "The museum, which Carlos Mendes founded in 1990, attracts many visitors.",
		rels: []wantRel{{subj: "Carlos Mendes", pred: "found", obj: "museum", qual: [2]string{"in", "1990"}}},
	},
	{
		name: "main clause after an object relative",
		text: "The museum, which Carlos Mendes founded in 1990, attracts many visitors.",
		rels: []wantRel{{subj: "museum", pred: "attract", obj: "many visitors"}},
	},
	{
		name: "coordinated subjects",
		text: "Anna Berg and Peter Holm signed the agreement on Monday.",
		rels: []wantRel{
			{subj: "Anna Berg", pred: "sign", obj: "agreement", qual: [2]string{"on", "Monday"}},
			{subj: "Peter Holm", pred: "sign", obj: "agreement", qual: [2]string{"on", "Monday"}},
		},
	},
	{
		name: "coordinated objects",
		text: "The committee questioned Anna Berg and Peter Holm about the merger.",
		rels: []wantRel{
			{subj: "committee", pred: "question", obj: "Anna Berg"},
			{subj: "committee", pred: "question", obj: "Peter Holm"},
		},
	},
	{
		name:        "light-verb nominal",
		text:        "Governor Tom Reyes extended an invitation for Laura Chen to visit Boston.",
		rels:        []wantRel{{subj: "Tom Reyes", pred: "invite", obj: "Laura Chen", qual: [2]string{"to", "Boston"}}},
		notAsserted: []wantRel{{subj: "Laura Chen", pred: "visit"}},
	},
	{
		name: "negation",
		text: "Laura Chen did not sign the treaty with Portugal.",
		rels: []wantRel{{subj: "Laura Chen", pred: "sign", obj: "treaty", negated: true}},
	},
	{
		name: "negation with never",
		text: "Tom Reyes never visited Cairo during his career.",
		rels: []wantRel{{subj: "Tom Reyes", pred: "visit", obj: "Cairo", negated: true}},
	},
	{
		name: "lemma of a regular past tense",
		text: "Tom Reyes visited Cairo and Lima during his career.",
		rels: []wantRel{{subj: "Tom Reyes", pred: "visit", obj: "Cairo"}, {subj: "Tom Reyes", pred: "visit", obj: "Lima"}},
	},
	{
		name: "modality possible",
		text: "Laura Chen may visit Tokyo in May.",
		rels: []wantRel{{subj: "Laura Chen", pred: "visit", obj: "Tokyo", modality: ModalityPossible}},
	},
	{
		name: "modality possible with a time phrase after the object",
		text: "Laura Chen could visit Tokyo next year.",
		rels: []wantRel{{subj: "Laura Chen", pred: "visit", obj: "Tokyo", modality: ModalityPossible}},
	},
	{
		name: "modality reported, attributed to the source",
		text: "Officials confirmed that Laura Chen will meet Tom Reyes in Madrid.",
		rels: []wantRel{{subj: "Laura Chen", pred: "meet", obj: "Tom Reyes", modality: ModalityReported, attributedTo: "Officials"}},
	},
	{
		name: "pronoun resolved to the person named before",
		text: "Jonas Weber arrived in Berlin on Tuesday. He praised the new stadium.",
		rels: []wantRel{{subj: "Jonas Weber", pred: "praise", obj: "new stadium"}},
	},
	{
		name: "pronoun she as quote speaker",
		text: "Energy Minister Karin Vogt spoke in Bonn on Monday. “We will not accept this,” she said.",
		sts:  []wantSt{{speaker: "Karin Vogt", cue: "said", content: "We will not accept this", direct: true}},
	},
	{
		name: "curly quote, speaker after, inverted cue",
		text: "“The prices are too high,” said Paul Grant.",
		sts:  []wantSt{{speaker: "Paul Grant", cue: "said", content: "The prices are too high", direct: true}},
	},
	{
		name: "straight quote, speaker after",
		text: `"The harvest was poor," Paul Grant explained.`,
		sts:  []wantSt{{speaker: "Paul Grant", cue: "explained", content: "The harvest was poor", direct: true}},
	},
	{
		name: "single curly quote, speaker after",
		text: "‘We need more rain,’ Anna Berg warned.",
		sts:  []wantSt{{speaker: "Anna Berg", cue: "warned", content: "We need more rain", direct: true}},
	},
	{
		name: "curly quote, speaker before with colon",
		text: "Paul Grant insisted: “The contract is final.”",
		sts:  []wantSt{{speaker: "Paul Grant", cue: "insisted", content: "The contract is final", direct: true}},
	},
	{
		name: "straight quote, speaker before with comma",
		text: `Anna Berg added, "The rain came too late for the wheat."`,
		sts:  []wantSt{{speaker: "Anna Berg", cue: "added", content: "The rain came too late for the wheat", direct: true}},
	},
	{
		name: "cue verbs beyond said",
		text: "“Prices will fall,” Paul Grant argued. “Wages must rise,” Anna Berg stressed. “The deal is done,” Tom Reyes confirmed.",
		sts: []wantSt{
			{speaker: "Paul Grant", cue: "argued", content: "Prices will fall", direct: true},
			{speaker: "Anna Berg", cue: "stressed", content: "Wages must rise", direct: true},
			{speaker: "Tom Reyes", cue: "confirmed", content: "The deal is done", direct: true},
		},
	},
	{
		name: "quote continued in the next sentence keeps its speaker",
		text: "Paul Grant insisted: “The contract is final.” “Nobody can change it.”",
		// one quotation in two parts: one statement, its span over both, its words without the marks between
		sts: []wantSt{{speaker: "Paul Grant", content: "The contract is final. Nobody can change it", direct: true}},
	},
	{
		name: "he after a described speaker is that speaker, not a title inside the description",
		text: "Port plan approved\n\nIn a radio broadcast announcing the plan, President Okafor's chief aide said it was needed because of rising costs. \"The harbour fees apply only to foreign ships,\" he said.",
		sts:  []wantSt{{speaker: "chief aide", content: "The harbour fees apply only to foreign ships", direct: true}},
	},
	{
		name: "she after a name with its title in apposition is the name",
		text: "Port plan approved\n\n\"The harbour will help thousands of families,\" said Dana Kowal, programme director for coastal research at the Nordsee Foundation. The port has eight berths. \"It will inspire us to do more\", she added.",
		sts: []wantSt{
			{speaker: "Dana Kowal", content: "The harbour will help thousands of families", direct: true},
			{speaker: "Dana Kowal", content: "It will inspire us to do more", direct: true},
		},
	},
	{
		name: "a description opening a sentence is the person the last one was about",
		text: "Mill sold\n\nMia Lund scored twice on Monday. The striker said it was the right time.",
		sts:  []wantSt{{speaker: "Mia Lund", content: "it was the right time"}},
	},
	{
		name: "but not when the sentence before used the noun for someone else",
		text: "Deal off\n\nOtto Brandt met the minister on Monday. The minister said the deal was off.",
		sts:  []wantSt{{speaker: "minister", content: "the deal was off"}},
	},
	{
		name:   "a party word before a name is the person's side; he after a described speaker is that speaker",
		text:   "Harbour plan\n\nInterior Minister Karl Weber has spoken. Tory Jon Fox said his party offered a clear choice.\n\nThe interior minister said he wanted every ship to carry a licence.",
		sts:    []wantSt{{speaker: "Jon Fox", content: "his party offered a clear choice"}},
		absent: []wantRel{{subj: "Jon Fox", pred: "want"}},
	},
	{
		name: "a scare quote opening the next sentence is nobody's words",
		text: "Phone news\n\n\"Phones are getting heavier,\" said Mia Lund of the Nordsee Institute. \"Virtual weight\" measurements are based on research by the institute.",
		sts:  []wantSt{{speaker: "Mia Lund", content: "Phones are getting heavier", direct: true}},
	},
	{
		name:   "according to X opening a sentence: X speaks for all after the comma and does nothing in it",
		text:   "Drive news\n\nThe market grew.\n\nAccording to technology analysts Nordcast, a fifth of all hard drives produced will be used in consumer electronics by 2007.",
		sts:    []wantSt{{speaker: "technology analysts Nordcast", content: "a fifth of all hard drives produced will be used in consumer electronics by 2007"}},
		absent: []wantRel{{subj: "technology analysts Nordcast"}, {subj: "Nordcast"}},
	},
	{
		name: "a list the parser reads as an apposition with conjuncts",
		text: "Award news\n\nOther nominees include the Harbour Times website, the Royal Theatre, NTV and the Nordsee Museum.",
		rels: []wantRel{
			{subj: "Other nominees", pred: "include", obj: "Royal Theatre"},
			{subj: "Other nominees", pred: "include", obj: "NTV"},
			{subj: "Other nominees", pred: "include", obj: "Nordsee Museum"},
		},
	},
	{
		name:   "a participle between commas after the subject is no main verb",
		text:   "Club news\n\nThe former police chief, dubbed Robocop for his tough style, clashed on Thursday with Otto Brandt.",
		rels:   []wantRel{{subj: "former police chief", pred: "be-dubbed", obj: "Robocop"}},
		absent: []wantRel{{subj: "former police chief", pred: "dub"}},
	},
	{
		name: "a sentence of the writer's between two quotations parts them",
		text: "“The mill will close,” Clara Voss said. She also defended the union's strike. “Nobody will stop it.”",
		sts: []wantSt{
			{speaker: "Clara Voss", content: "The mill will close", direct: true},
			{speaker: "Clara Voss", content: "Nobody will stop it", direct: true},
		},
	},
	{
		name: "indirect speech with an addressee",
		text: "Karin Vogt told reporters that the budget would be cut.",
		sts:  []wantSt{{speaker: "Karin Vogt", cue: "told", content: "the budget would be cut", direct: false}},
	},
	{
		name: "unknown speaker gets low confidence",
		text: "“This cannot continue,” the banner read, as crowds gathered outside the hall.",
		sts:  []wantSt{{speaker: SpeakerUnknown, content: "This cannot continue", direct: true, maxConf: 0.5}},
	},
	{
		name:        "titles stripped from names",
		text:        "In a speech on Friday, U.S. Defense Secretary Pete Hegseth told NATO allies that Europe must spend more.",
		entities:    []string{"Pete Hegseth"},
		notEntities: []string{"U.S. Defense Secretary Pete Hegseth", "Defense Secretary Pete Hegseth", "Secretary Pete Hegseth"},
		sts:         []wantSt{{speaker: "Pete Hegseth", cue: "told", content: "Europe must spend more"}},
	},
	{
		name: "copular fact",
		text: "Brazil is a large country in South America.",
		rels: []wantRel{{subj: "Brazil", pred: "be", obj: "large country"}},
	},
	{
		name: "apposition gives the role",
		text: "Paul Grant, the chairman of Westbank, criticised the merger.",
		rels: []wantRel{{subj: "Paul Grant", pred: "criticise", obj: "merger"}},
	},
}

func TestConstructions(t *testing.T) {
	x := mustExtractor(t)
	cases := slices.Concat(constructionCases, treeCases, precisionCases, gateCases, precision8Cases, precision9Cases, precision10Cases, precision11Cases,
		precision12AmountCases, precision12ArgumentCases, precision12DescriptionCases, precision12KindCases, precision12ModalityCases,
		precision12PhraseCases, precision12PredicateCases, precision12PronounCases,
		precision13ModalityCases, precision13PurposeCases, precision13AttributionCases, precision13HedgedCueCases,
		precision13TimeClauseCases, precision13QuestionCases, precision13ReportedWishCases, precision13PredicateCases,
		precision13ArgWrongCases, precision13UnlinkedCases, precision13CutGluedCases, precision13ContentCases,
		precision13ArgWrongPurposeCases, precision13SeenHappenCases, precision13CommaSetSubjectCases, precision13SpanBoundCases,
		precision13PredicateH8Cases)
	for i, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			res, err := x.Extract(context.Background(), Document{ID: fmt.Sprintf("case%02d", i), Text: c.text})
			if err != nil {
				t.Fatalf("Extract: %v", err)
			}
			problems := checkConstruction(c, res)
			if len(problems) == 0 {
				if c.gap != "" {
					t.Logf("known gap now handled (%s): drop the gap mark", c.gap)
				}
				return
			}
			got := describeResult(res)
			if c.gap != "" {
				t.Skipf("known gap: %s\n%s\ngot:\n%s", c.gap, strings.Join(problems, "\n"), got)
			}
			t.Errorf("%s\n%s\ngot:\n%s", c.text, strings.Join(problems, "\n"), got)
		})
	}
}

// checkConstruction lists what c expects and res lacks.
func checkConstruction(c constructionCase, res *Result) []string {
	var problems []string
	for _, w := range c.rels {
		found := false
		for _, r := range res.Relations {
			found = found || w.matches(r)
		}
		if !found {
			problems = append(problems, "missing relation "+w.String())
		}
	}
	for _, w := range c.sts {
		found := false
		for _, s := range res.Statements {
			found = found || w.matches(s)
		}
		if !found {
			problems = append(problems, "missing statement "+w.String())
		}
	}
	for _, w := range c.notAsserted {
		for _, r := range res.Relations {
			if r.Subject.Name == w.subj && (w.pred == "" || r.Predicate == w.pred) && (w.obj == "" || r.Object.Name == w.obj) &&
				r.Modality == ModalityAsserted && !r.Negated {
				problems = append(problems, fmt.Sprintf("asserted, but the text does not state it: %s —%s→ %s", r.Subject.Name, r.Predicate, r.Object.Name))
			}
		}
	}
	for _, w := range c.absent {
		for _, r := range res.Relations {
			if (w.subj == "" || r.Subject.Name == w.subj) && (w.pred == "" || r.Predicate == w.pred) && (w.obj == "" || r.Object.Name == w.obj) &&
				(w.qual[0] == "" || r.Qualifiers[w.qual[0]] == w.qual[1]) {
				problems = append(problems, fmt.Sprintf("recorded, but the text does not say it: %s —%s→ %s", r.Subject.Name, r.Predicate, r.Object.Name))
			}
		}
	}
	names := map[string]bool{}
	for _, e := range res.Entities {
		names[e.Name] = true
	}
	for _, n := range c.entities {
		if !names[n] {
			problems = append(problems, "missing entity "+n)
		}
	}
	for _, n := range c.notEntities {
		if names[n] {
			problems = append(problems, "entity named with its title: "+n)
		}
	}
	return problems
}

func describeResult(res *Result) string {
	var b strings.Builder
	for _, r := range res.Relations {
		fmt.Fprintf(&b, "  relation %s —%s→ %s %v negated=%v %s", r.Subject.Name, r.Predicate, r.Object.Name, r.Qualifiers, r.Negated, r.Modality)
		if r.AttributedTo != nil {
			fmt.Fprintf(&b, " according to %s", r.AttributedTo.Name)
		}
		fmt.Fprintf(&b, " %.2f\n", r.Confidence)
	}
	for _, s := range res.Statements {
		fmt.Fprintf(&b, "  statement %s %s direct=%v %q %.2f\n", s.Speaker.Name, s.Cue, s.Direct, s.Content, s.Confidence)
	}
	for _, e := range res.Entities {
		fmt.Fprintf(&b, "  entity %s (%s)\n", e.Name, e.Type)
	}
	return b.String()
}

// TestUnknownSpeakerNeverGuessed checks that a quote with no speaker in reach
// is not given to a person named nearby.
func TestUnknownSpeakerNeverGuessed(t *testing.T) {
	x := mustExtractor(t)
	text := "Anna Berg opened the new library in Malmo on Saturday.\n\n“Books are for everyone,” read a sign above the door."
	res, err := x.Extract(context.Background(), Document{ID: "unknown", Text: text})
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range res.Statements {
		if s.Content == "Books are for everyone" && s.Speaker.Name == "Anna Berg" {
			t.Errorf("quote given to Anna Berg by guesswork (confidence %.2f)", s.Confidence)
		}
	}
}

// TestExtractHonoursContext checks that a cancelled context stops extraction.
func TestExtractHonoursContext(t *testing.T) {
	x := mustExtractor(t)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	text := strings.Repeat("Anna Berg met Peter Holm in Oslo on Monday. ", 50)
	if _, err := x.Extract(ctx, Document{ID: "cancelled", Text: text}); err == nil {
		t.Error("Extract with a cancelled context returned no error")
	}
}
