package graphtest

import (
	"fmt"
	"math/rand/v2"
	"strings"

	"newsgraph/extract/record"
)

// GenerateOptions shape a synthetic corpus.
type GenerateOptions struct {
	Docs     int    // number of articles
	Seed     uint64 // same seed, same corpus
	Entities int    // size of the entity pool shared by all articles; default 20×Docs/10+100
	// Per article; defaults give about 650 quads per article.
	EntitiesPerDoc, RelationsPerDoc, StatementsPerDoc int
}

var (
	firstNames = []string{"Vladimir", "Donald", "Pete", "Dmitry", "Volodymyr", "Emmanuel", "Olaf", "Keir",
		"Ursula", "Antonio", "Xi", "Recep", "Giorgia", "Mark", "Sergei", "Marco", "Kaja", "Andrii", "Rustem", "Yulia"}
	lastNames = []string{"Putin", "Trump", "Hegseth", "Peskov", "Zelensky", "Macron", "Scholz", "Starmer",
		"von der Leyen", "Guterres", "Jinping", "Erdogan", "Meloni", "Rutte", "Lavrov", "Rubio", "Kallas",
		"Yermak", "Umerov", "Svyrydenko"}
	orgs = []string{"NATO", "European Union", "United Nations", "Kremlin", "Pentagon", "White House",
		"State Department", "G7", "IMF", "World Bank"}
	places = []string{"Ukraine", "Russia", "Moscow", "Kyiv", "Washington", "Brussels", "Riyadh", "Istanbul",
		"Geneva", "Crimea", "Donbas", "Paris", "Berlin", "London", "Ankara"}
	verbs = []struct{ lemma, text string }{{"invite", "invited"}, {"call", "called"}, {"meet", "met"},
		{"criticize", "criticized"}, {"support", "supported"}, {"reject", "rejected"}, {"warn", "warned"},
		{"visit", "visited"}, {"negotiate", "negotiated with"}, {"sanction", "sanctioned"}, {"praise", "praised"},
		{"accuse", "accused"}, {"host", "hosted"}, {"thank", "thanked"}, {"threaten", "threatened"}}
	cues   = []string{"said", "told", "stated", "warned", "added", "insisted"}
	quals  = []string{"to", "in", "on", "with", "about"}
	stance = []string{record.StanceRejects, record.StanceSupports, record.StanceNeutral}
	modals = []string{record.ModalityAsserted, record.ModalityPossible, record.ModalityReported}
)

// poolEntity returns entity i of the pool: names vary by index so ids do.
func poolEntity(i int) record.Ref {
	switch i % 4 {
	case 0, 1:
		n := fmt.Sprintf("%s %s", firstNames[i%len(firstNames)], lastNames[(i/len(firstNames))%len(lastNames)])
		if i >= len(firstNames)*len(lastNames) {
			n += fmt.Sprintf(" %d", i)
		}
		return ref(n, record.TypePerson)
	case 2:
		return ref(fmt.Sprintf("%s %d", orgs[i%len(orgs)], i), record.TypeOrg)
	default:
		return ref(fmt.Sprintf("%s %d", places[i%len(places)], i), record.TypeGPE)
	}
}

func ref(name, typ string) record.Ref {
	id := strings.ToLower(strings.NewReplacer(" ", "-", ".", "").Replace(name))
	return record.Ref{ID: id, Name: name, Type: typ}
}

// Generate returns a synthetic corpus of extract results that looks like the
// news corpus (people, organisations, places, relations with qualifiers,
// quotes shared between articles) with ids varied enough to fill a large
// store. The same options give the same corpus.
func Generate(o GenerateOptions) []*record.Result {
	if o.Entities <= 0 {
		o.Entities = 2*o.Docs + 100
	}
	if o.EntitiesPerDoc <= 0 {
		o.EntitiesPerDoc = 20
	}
	if o.RelationsPerDoc <= 0 {
		o.RelationsPerDoc = 30
	}
	if o.StatementsPerDoc <= 0 {
		o.StatementsPerDoc = 10
	}
	rng := rand.New(rand.NewPCG(o.Seed, 0x6e657773))
	out := make([]*record.Result, 0, o.Docs)
	for d := 0; d < o.Docs; d++ {
		out = append(out, generateDoc(rng, o, d))
	}
	return out
}

func generateDoc(rng *rand.Rand, o GenerateOptions, d int) *record.Result {
	ents := make([]record.Ref, o.EntitiesPerDoc)
	for i := range ents {
		// A skewed pick, so that some entities appear in many articles.
		k := int(float64(o.Entities) * rng.Float64() * rng.Float64())
		ents[i] = poolEntity(k)
	}
	nSent := o.RelationsPerDoc + o.StatementsPerDoc
	var sents []string
	pick := func() record.Ref { return ents[rng.IntN(len(ents))] }
	var rels []record.Relation
	var stmts []record.Statement
	for i := 0; i < o.RelationsPerDoc; i++ {
		s, ob := pick(), pick()
		v := verbs[rng.IntN(len(verbs))]
		q := quals[rng.IntN(len(quals))]
		place := places[rng.IntN(len(places))]
		sents = append(sents, fmt.Sprintf("%s %s %s %s %s.", s.Name, v.text, ob.Name, q, place))
		r := record.Relation{Kind: record.KindRelation, Subject: s, Predicate: v.lemma, PredicateText: v.text,
			Object: ob, Qualifiers: map[string]string{q: place}, Negated: rng.IntN(10) == 0,
			Modality: modals[rng.IntN(len(modals))]}
		if r.Modality == record.ModalityReported {
			by := pick()
			r.AttributedTo = &by
		}
		r.Provenance = record.Provenance{Sentence: i, Confidence: 0.5 + rng.Float64()/2}
		rels = append(rels, r)
	}
	for i := 0; i < o.StatementsPerDoc; i++ {
		sp, ab := pick(), pick()
		// Quotes repeat across articles: the same speaker and words make one statement.
		content := fmt.Sprintf("%s will not accept the terms on %s, number %d", ab.Name, places[rng.IntN(len(places))], rng.IntN(50))
		cue := cues[rng.IntN(len(cues))]
		sents = append(sents, fmt.Sprintf(`%s %s: "%s."`, sp.Name, cue, content))
		stmts = append(stmts, record.Statement{Kind: record.KindStatement, Speaker: sp, Cue: cue,
			Content: content, Direct: true, About: []record.Ref{ab}, Stance: stance[rng.IntN(len(stance))],
			Provenance: record.Provenance{Sentence: o.RelationsPerDoc + i, Confidence: 0.5 + rng.Float64()/2}})
	}
	a := newArticle(fmt.Sprintf("gen_%06d", d), sents...)
	for i := range rels {
		p := a.prov(rels[i].Sentence, rels[i].Confidence)
		rels[i].Provenance = p
	}
	for i := range stmts {
		stmts[i].Provenance = a.prov(stmts[i].Sentence, stmts[i].Confidence)
	}
	seen := map[string]bool{}
	for _, e := range ents {
		if !seen[e.ID] {
			seen[e.ID] = true
			a.entity(e.ID, e.Name, e.Type, 1+rng.IntN(5))
		}
	}
	a.res.Relations, a.res.Statements = rels, stmts
	a.res.Sentences = nSent
	return a.res
}
