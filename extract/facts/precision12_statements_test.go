package facts

import (
	"context"
	"strings"
	"testing"
)

// TestPrecision12Statements: attributed statements of constructions that
// gave a wrong speaker, wrong words or no speech at all on BBC articles in
// the twelfth session. Every sentence is written for the test.
// want lists statements that must be there as "speaker | cue | content";
// gone lists "speaker | cue | content" patterns no statement may match
// (an empty field matches anything, content by substring).
func TestPrecision12Statements(t *testing.T) {
	x := mustExtractor(t)
	cases := []struct {
		name, text string
		want, gone []string
	}{
		{
			name: "who is urged is all of a name",
			text: "Health news\n\nThe union urged the World Health Organisation to act quickly on the outbreak.",
			want: []string{"union | urged | the World Health Organisation to act quickly on the outbreak"},
		},
		{
			name: "the paper told is not in the words",
			text: "Politics news\n\nHome Secretary Anna Berg told the Times she hoped agreement with several countries could be reached.",
			want: []string{"Anna Berg | told | she hoped agreement with several countries could be reached"},
		},
		{
			name: "whom a cue tells, before its that, is not in the words",
			text: "Farming news\n\nThe minister Anna Berg told a meeting of farmers that the subsidy would stay.",
			want: []string{"Anna Berg | told | the subsidy would stay"},
		},
		{
			name: "an indirect question is not words",
			text: "Sport news\n\nCoach Mark Dale explained what went wrong in the second half. Anna Berg said what mattered most was the result.",
			want: []string{"Anna Berg | said | what mattered most was the result"},
			gone: []string{"Mark Dale | explained | "},
		},
		{
			name: "a time is not words",
			text: "Business news\n\nMr Smith and Mr Jones, who each face a long jail term if convicted, will be questioned by a judge over the next few days.",
			gone: []string{" | questioned | "},
		},
		{
			name: "a film depicts, a comment does not speak",
			text: "Politics news\n\nPaul Grant spoke on Monday. The film shows Mr Grant laughing at a comedian's impression of him, " +
				"apart from the serious falsehood of a comment suggesting he wants fewer nurses in the UK.",
			gone: []string{"film | | ", "comment | | "},
		},
		{
			name: "a relative clause after a list of three names speaks for all of them",
			text: "Business news\n\nShares in British bank operators Alpha Bank, Beta Holdings and Gamma Group, who had been hoping the bill would pave the way for a merger, fell by 5%. " +
				"The case was brought by Westbank and prosecutor Anna Berg, who alleged that the firm had hidden losses.",
			want: []string{"Anna Berg | alleged | the firm had hidden losses"},
			gone: []string{" | hoping | "},
		},
		{
			name: "the noun a past participle modifies undergoes it",
			text: "Business news\n\nThe new rules came in to force on 15 January and the first month has seen many firms cautioned for not honouring them.",
			gone: []string{"many firms | | "},
		},
		{
			name: "a reduced passive's agent speaks, not the clause's subject",
			text: "Politics news\n\nAnna Berg unveiled the budget on Monday, in a move branded a \"reckless gamble\" by the opposition.",
			gone: []string{"Anna Berg | branded | "},
		},
		{
			name: "a reason or a time alone is not what was said",
			text: "Charity news\n\nThe charity urged people to go online where possible to help because donations could be processed more quickly than cash. " +
				"Joy Smith is a racing driver. When Joy Smith started competing in motorsport in 1980 she was continuing the family tradition.",
			gone: []string{" | | because donations", " | | When Joy Smith"},
		},
		{
			name: "a relative clause with no relative word leaves a gap in the words",
			text: "Technology news\n\nThe deal gave buyers three songs per week instead of the single song they thought they were getting.",
			gone: []string{" | thought | they were getting"},
		},
		{
			name: "a document's named author speaks through it",
			text: "Business news\n\nTurkey would contribute 6bn euros to the budget by 2014, according to a recent study by the Istanbul Planning Office. " +
				"A survey by Westbank found that most savers were worried.",
			want: []string{"Istanbul Planning Office | according to | Turkey would contribute 6bn euros to the budget by 2014",
				"Westbank | found | most savers were worried"},
		},
		{
			name: "an object noun's infinitive belongs to it",
			text: "Politics news\n\nMr Brown rejected the Lib Dem's call to open up the government's books to the National Audit Office, saying ministers should decide.",
			want: []string{"Mr Brown | rejected | the Lib Dem's call to open up the government's books to the National Audit Office"},
		},
		{
			name: "words that only say who spoke a quotation, and a quotation's cue read again for its object",
			text: "Politics news\n\nRobert Smith was attacked in Leeds. He said the man shouted: \"You have offended my religion, I am doing this in the name of my faith.\" " +
				"\"I'd like to say that the game will take place,\" Anna Berg declared of the charity match.",
			want: []string{"Anna Berg | declared | I'd like to say that the game will take place"},
			gone: []string{" | said | the man shouted", " | declared | the charity match"},
		},
		{
			name: "a quotation under an infinitive or participle of seeing or knowing is no words seen",
			text: "Politics news\n\nMr Grant himself described not being able to see as simply \"an inconvenience\". " +
				"He was one of a group of people who created Podfeed, a small computer program, known as an \"aggregator\".",
			gone: []string{" | see | ", " | known | "},
		},
		{
			name: "a second said coordinated inside the first's words is the first speaker's",
			text: "Politics news\n\nPaul Grant delivered his budget on Wednesday. The shadow chancellor said Mr Grant's \"golden rule\" had " +
				"\"turned to dust in his hands\" and said he was borrowing to spend, not invest.",
			gone: []string{"golden rule | | "},
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			res, err := x.Extract(context.Background(), Document{ID: "statements", Text: c.text})
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, st := range res.Statements {
				got = append(got, st.Speaker.Name+" | "+st.Cue+" | "+st.Content)
			}
			for _, w := range c.want {
				found := false
				for _, g := range got {
					found = found || g == w
				}
				if !found {
					t.Errorf("missing statement %q; got %q", w, got)
				}
			}
			for _, w := range c.gone {
				f := strings.SplitN(w, "|", 3)
				for i := range f {
					f[i] = strings.TrimSpace(f[i])
				}
				for _, st := range res.Statements {
					if (f[0] == "" || st.Speaker.Name == f[0]) && (f[1] == "" || st.Cue == f[1]) && strings.Contains(st.Content, f[2]) {
						t.Errorf("statement %q kept; got %q", w, got)
					}
				}
			}
		})
	}
}
