package graphtest

import (
	"strings"

	"newsgraph/extract"
)

// article builds an extract.Result whose text is the sentences joined by
// spaces, so that provenance spans are real offsets into the text.
type article struct {
	res   *extract.Result
	spans [][2]int
	sents []string
}

func newArticle(id string, sentences ...string) *article {
	a := &article{sents: sentences}
	var b strings.Builder
	for i, s := range sentences {
		if i > 0 {
			b.WriteByte(' ')
		}
		a.spans = append(a.spans, [2]int{b.Len(), b.Len() + len(s)})
		b.WriteString(s)
	}
	a.res = &extract.Result{
		Doc:       extract.Document{ID: id, Path: "testdata/" + id + ".txt", Text: b.String()},
		Sentences: len(sentences),
	}
	return a
}

func (a *article) prov(sentence int, conf float64) extract.Provenance {
	return extract.Provenance{Doc: a.res.Doc.ID, Sentence: sentence, Span: a.spans[sentence],
		Text: a.sents[sentence], Confidence: conf}
}

func (a *article) entity(id, name, typ string, mentions int, aliases ...string) *article {
	a.res.Entities = append(a.res.Entities, extract.Entity{Kind: extract.KindEntity, ID: id, Name: name,
		Type: typ, Aliases: aliases, Docs: []string{a.res.Doc.ID}, Mentions: mentions})
	return a
}

func (a *article) relation(r extract.Relation) *article {
	r.Kind = extract.KindRelation
	a.res.Relations = append(a.res.Relations, r)
	return a
}

func (a *article) statement(st extract.Statement) *article {
	st.Kind = extract.KindStatement
	a.res.Statements = append(a.res.Statements, st)
	return a
}

var (
	putin    = extract.Ref{ID: "vladimir-putin", Name: "Vladimir Putin", Type: extract.TypePerson}
	trump    = extract.Ref{ID: "donald-trump", Name: "Donald Trump", Type: extract.TypePerson}
	hegseth  = extract.Ref{ID: "pete-hegseth", Name: "Pete Hegseth", Type: extract.TypePerson}
	peskov   = extract.Ref{ID: "dmitry-peskov", Name: "Dmitry Peskov", Type: extract.TypePerson}
	ukraine  = extract.Ref{ID: "ukraine", Name: "Ukraine", Type: extract.TypeGPE}
	nato     = extract.Ref{ID: "nato", Name: "NATO", Type: extract.TypeOrg}
	borders  = extract.Ref{ID: "pre-2014-borders", Name: "pre-2014 borders", Type: extract.TypeConcept}
	hegQuote = "Ukraine will not return to its pre-2014 borders."
)

// DocA reports the invitation (to Moscow), the phone call and Hegseth's quote.
func DocA() *extract.Result {
	a := newArticle("a",
		"Vladimir Putin invited Donald Trump to Moscow.",
		"Putin and Trump spoke by phone on Wednesday.",
		`Hegseth said: "Ukraine will not return to its pre-2014 borders."`)
	a.entity(putin.ID, putin.Name, putin.Type, 2, "Putin").
		entity(trump.ID, trump.Name, trump.Type, 2, "Trump").
		entity("moscow", "Moscow", extract.TypeGPE, 1).
		entity(hegseth.ID, "Pete Hegseth", extract.TypePerson, 1, "Hegseth").
		entity(ukraine.ID, ukraine.Name, ukraine.Type, 1)
	a.relation(extract.Relation{Provenance: a.prov(0, 0.9), Subject: putin, Predicate: "invite",
		PredicateText: "invited", Object: trump, Qualifiers: map[string]string{"to": "Moscow"},
		Modality: extract.ModalityAsserted})
	a.relation(extract.Relation{Provenance: a.prov(1, 0.8), Subject: putin, Predicate: "call",
		PredicateText: "spoke by phone", Object: trump, Qualifiers: map[string]string{"on": "Wednesday"},
		Modality: extract.ModalityAsserted})
	a.statement(extract.Statement{Provenance: a.prov(2, 0.95), Speaker: hegseth, Cue: "said",
		Content: hegQuote, Direct: true, About: []extract.Ref{ukraine, borders}, Stance: extract.StanceRejects})
	return a.res
}

// DocB shares the phone call and Hegseth's quote (typed differently) with
// DocA, and adds an unattributed statement and NATO.
func DocB() *extract.Result {
	a := newArticle("b",
		"Trump said he had a call with Putin.",
		`The Pentagon chief said "ukraine will NOT return to its pre-2014 borders".`,
		`"NATO membership is off the table," an official said.`)
	a.entity(trump.ID, "Trump", trump.Type, 1).
		entity(putin.ID, "Putin", putin.Type, 1).
		entity(nato.ID, nato.Name, nato.Type, 1)
	a.relation(extract.Relation{Provenance: a.prov(0, 0.7), Subject: putin, Predicate: "call",
		PredicateText: "had a call", Object: trump, Modality: extract.ModalityReported,
		AttributedTo: &trump})
	a.statement(extract.Statement{Provenance: a.prov(1, 0.6), Speaker: hegseth, Cue: "said",
		Content: "ukraine will NOT return to its pre-2014 borders", Direct: true,
		About: []extract.Ref{ukraine}, Stance: extract.StanceRejects})
	a.statement(extract.Statement{Provenance: a.prov(2, 0.5), Cue: "said",
		Content: "NATO membership is off the table,", Direct: true,
		About: []extract.Ref{nato}, Stance: extract.StanceRejects})
	return a.res
}

// DocC negates the invitation, as reported by Peskov: a contradiction with DocA.
func DocC() *extract.Result {
	a := newArticle("c",
		"Peskov said Putin did not invite Trump.")
	a.entity(peskov.ID, peskov.Name, peskov.Type, 1, "Peskov").
		entity(putin.ID, "Putin", putin.Type, 1).
		entity(trump.ID, "Trump", trump.Type, 1)
	a.relation(extract.Relation{Provenance: a.prov(0, 0.6), Subject: putin, Predicate: "invite",
		PredicateText: "did not invite", Object: trump, Negated: true,
		Modality: extract.ModalityReported, AttributedTo: &peskov})
	return a.res
}

// DocARevised is a new revision of DocA: the invitation is gone, the phone
// call stays, and a new fact (Trump meets Zelensky) appears.
func DocARevised() *extract.Result {
	a := newArticle("a",
		"Putin and Trump spoke by phone on Wednesday.",
		"Trump will meet Volodymyr Zelensky in Washington.")
	zel := extract.Ref{ID: "volodymyr-zelensky", Name: "Volodymyr Zelensky", Type: extract.TypePerson}
	a.entity(putin.ID, "Putin", putin.Type, 1).
		entity(trump.ID, "Trump", trump.Type, 2).
		entity(zel.ID, zel.Name, zel.Type, 1, "Zelensky")
	a.relation(extract.Relation{Provenance: a.prov(0, 0.8), Subject: putin, Predicate: "call",
		PredicateText: "spoke by phone", Object: trump, Qualifiers: map[string]string{"on": "Wednesday"},
		Modality: extract.ModalityAsserted})
	a.relation(extract.Relation{Provenance: a.prov(1, 0.7), Subject: trump, Predicate: "meet",
		PredicateText: "will meet", Object: zel, Qualifiers: map[string]string{"in": "Washington"},
		Modality: extract.ModalityPossible})
	return a.res
}
