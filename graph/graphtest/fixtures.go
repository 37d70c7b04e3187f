package graphtest

import (
	"strings"

	"newsgraph/extract/record"
)

// article builds an record.Result whose text is the sentences joined by
// spaces, so that provenance spans are real offsets into the text.
type article struct {
	res   *record.Result
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
	a.res = &record.Result{
		Doc:       record.Document{ID: id, Path: "testdata/" + id + ".txt", Text: b.String()},
		Sentences: len(sentences),
	}
	return a
}

func (a *article) prov(sentence int, conf float64) record.Provenance {
	return record.Provenance{Doc: a.res.Doc.ID, Sentence: sentence, Span: a.spans[sentence],
		Text: a.sents[sentence], Confidence: conf}
}

func (a *article) entity(id, name, typ string, mentions int, aliases ...string) *article {
	a.res.Entities = append(a.res.Entities, record.Entity{Kind: record.KindEntity, ID: id, Name: name,
		Type: typ, Aliases: aliases, Docs: []string{a.res.Doc.ID}, Mentions: mentions})
	return a
}

func (a *article) relation(r record.Relation) *article {
	r.Kind = record.KindRelation
	a.res.Relations = append(a.res.Relations, r)
	return a
}

func (a *article) statement(st record.Statement) *article {
	st.Kind = record.KindStatement
	a.res.Statements = append(a.res.Statements, st)
	return a
}

var (
	putin    = record.Ref{ID: "vladimir-putin", Name: "Vladimir Putin", Type: record.TypePerson}
	trump    = record.Ref{ID: "donald-trump", Name: "Donald Trump", Type: record.TypePerson}
	hegseth  = record.Ref{ID: "pete-hegseth", Name: "Pete Hegseth", Type: record.TypePerson}
	peskov   = record.Ref{ID: "dmitry-peskov", Name: "Dmitry Peskov", Type: record.TypePerson}
	ukraine  = record.Ref{ID: "ukraine", Name: "Ukraine", Type: record.TypeGPE}
	nato     = record.Ref{ID: "nato", Name: "NATO", Type: record.TypeOrg}
	borders  = record.Ref{ID: "pre-2014-borders", Name: "pre-2014 borders", Type: record.TypeConcept}
	hegQuote = "Ukraine will not return to its pre-2014 borders."
)

// DocA reports the invitation (to Moscow), the phone call and Hegseth's quote.
func DocA() *record.Result {
	a := newArticle("a",
		"Vladimir Putin invited Donald Trump to Moscow.",
		"Putin and Trump spoke by phone on Wednesday.",
		`Hegseth said: "Ukraine will not return to its pre-2014 borders."`)
	a.entity(putin.ID, putin.Name, putin.Type, 2, "Putin").
		entity(trump.ID, trump.Name, trump.Type, 2, "Trump").
		entity("moscow", "Moscow", record.TypeGPE, 1).
		entity(hegseth.ID, "Pete Hegseth", record.TypePerson, 1, "Hegseth").
		entity(ukraine.ID, ukraine.Name, ukraine.Type, 1)
	a.relation(record.Relation{Provenance: a.prov(0, 0.9), Subject: putin, Predicate: "invite",
		PredicateText: "invited", Object: trump, Qualifiers: map[string]string{"to": "Moscow"},
		Modality: record.ModalityAsserted})
	a.relation(record.Relation{Provenance: a.prov(1, 0.8), Subject: putin, Predicate: "call",
		PredicateText: "spoke by phone", Object: trump, Qualifiers: map[string]string{"on": "Wednesday"},
		Modality: record.ModalityAsserted})
	a.statement(record.Statement{Provenance: a.prov(2, 0.95), Speaker: hegseth, Cue: "said",
		Content: hegQuote, Direct: true, About: []record.Ref{ukraine, borders}, Stance: record.StanceRejects})
	return a.res
}

// DocB shares the phone call and Hegseth's quote (typed differently) with
// DocA, and adds an unattributed statement and NATO.
func DocB() *record.Result {
	a := newArticle("b",
		"Trump said he had a call with Putin.",
		`The Pentagon chief said "ukraine will NOT return to its pre-2014 borders".`,
		`"NATO membership is off the table," an official said.`)
	a.entity(trump.ID, "Trump", trump.Type, 1).
		entity(putin.ID, "Putin", putin.Type, 1).
		entity(nato.ID, nato.Name, nato.Type, 1)
	a.relation(record.Relation{Provenance: a.prov(0, 0.7), Subject: putin, Predicate: "call",
		PredicateText: "had a call", Object: trump, Modality: record.ModalityReported,
		AttributedTo: &trump})
	a.statement(record.Statement{Provenance: a.prov(1, 0.6), Speaker: hegseth, Cue: "said",
		Content: "ukraine will NOT return to its pre-2014 borders", Direct: true,
		About: []record.Ref{ukraine}, Stance: record.StanceRejects})
	a.statement(record.Statement{Provenance: a.prov(2, 0.5), Cue: "said",
		Content: "NATO membership is off the table,", Direct: true,
		About: []record.Ref{nato}, Stance: record.StanceRejects})
	return a.res
}

// DocC negates the invitation, as reported by Peskov: a contradiction with DocA.
func DocC() *record.Result {
	a := newArticle("c",
		"Peskov said Putin did not invite Trump.")
	a.entity(peskov.ID, peskov.Name, peskov.Type, 1, "Peskov").
		entity(putin.ID, "Putin", putin.Type, 1).
		entity(trump.ID, "Trump", trump.Type, 1)
	a.relation(record.Relation{Provenance: a.prov(0, 0.6), Subject: putin, Predicate: "invite",
		PredicateText: "did not invite", Object: trump, Negated: true,
		Modality: record.ModalityReported, AttributedTo: &peskov})
	return a.res
}

// DocARevised is a new revision of DocA: the invitation is gone, the phone
// call stays, and a new fact (Trump meets Zelensky) appears.
func DocARevised() *record.Result {
	a := newArticle("a",
		"Putin and Trump spoke by phone on Wednesday.",
		"Trump will meet Volodymyr Zelensky in Washington.")
	zel := record.Ref{ID: "volodymyr-zelensky", Name: "Volodymyr Zelensky", Type: record.TypePerson}
	a.entity(putin.ID, "Putin", putin.Type, 1).
		entity(trump.ID, "Trump", trump.Type, 2).
		entity(zel.ID, zel.Name, zel.Type, 1, "Zelensky")
	a.relation(record.Relation{Provenance: a.prov(0, 0.8), Subject: putin, Predicate: "call",
		PredicateText: "spoke by phone", Object: trump, Qualifiers: map[string]string{"on": "Wednesday"},
		Modality: record.ModalityAsserted})
	a.relation(record.Relation{Provenance: a.prov(1, 0.7), Subject: trump, Predicate: "meet",
		PredicateText: "will meet", Object: zel, Qualifiers: map[string]string{"in": "Washington"},
		Modality: record.ModalityPossible})
	return a.res
}
