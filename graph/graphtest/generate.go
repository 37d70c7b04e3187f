package graphtest

import (
	"fmt"
	"math/rand/v2"
	"strings"

	"newsgraph/extract"
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
	stance = []string{extract.StanceRejects, extract.StanceSupports, extract.StanceNeutral}
	modals = []string{extract.ModalityAsserted, extract.ModalityPossible, extract.ModalityReported}
)

// poolEntity returns entity i of the pool: names vary by index so ids do.
func poolEntity(i int) extract.Ref {
	switch i % 4 {
	case 0, 1:
		n := fmt.Sprintf("%s %s", firstNames[i%len(firstNames)], lastNames[(i/len(firstNames))%len(lastNames)])
		if i >= len(firstNames)*len(lastNames) {
			n += fmt.Sprintf(" %d", i)
		}
		return ref(n, extract.TypePerson)
	case 2:
		return ref(fmt.Sprintf("%s %d", orgs[i%len(orgs)], i), extract.TypeOrg)
	default:
		return ref(fmt.Sprintf("%s %d", places[i%len(places)], i), extract.TypeGPE)
	}
}

func ref(name, typ string) extract.Ref {
	id := strings.ToLower(strings.NewReplacer(" ", "-", ".", "").Replace(name))
	return extract.Ref{ID: id, Name: name, Type: typ}
}

// Generate returns a synthetic corpus of extract results that looks like the
// news corpus (people, organisations, places, relations with qualifiers,
// quotes shared between articles) with ids varied enough to fill a large
// store. The same options give the same corpus.
func Generate(o GenerateOptions) []*extract.Result {
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
	out := make([]*extract.Result, 0, o.Docs)
	for d := 0; d < o.Docs; d++ {
		out = append(out, generateDoc(rng, o, d))
	}
	return out
}

func generateDoc(rng *rand.Rand, o GenerateOptions, d int) *extract.Result {
	ents := make([]extract.Ref, o.EntitiesPerDoc)
	for i := range ents {
		// A skewed pick, so that some entities appear in many articles.
		k := int(float64(o.Entities) * rng.Float64() * rng.Float64())
		ents[i] = poolEntity(k)
	}
	nSent := o.RelationsPerDoc + o.StatementsPerDoc
	var sents []string
	pick := func() extract.Ref { return ents[rng.IntN(len(ents))] }
	var rels []extract.Relation
	var stmts []extract.Statement
	for i := 0; i < o.RelationsPerDoc; i++ {
		s, ob := pick(), pick()
		v := verbs[rng.IntN(len(verbs))]
		q := quals[rng.IntN(len(quals))]
		place := places[rng.IntN(len(places))]
		sents = append(sents, fmt.Sprintf("%s %s %s %s %s.", s.Name, v.text, ob.Name, q, place))
		r := extract.Relation{Kind: extract.KindRelation, Subject: s, Predicate: v.lemma, PredicateText: v.text,
			Object: ob, Qualifiers: map[string]string{q: place}, Negated: rng.IntN(10) == 0,
			Modality: modals[rng.IntN(len(modals))]}
		if r.Modality == extract.ModalityReported {
			by := pick()
			r.AttributedTo = &by
		}
		r.Provenance = extract.Provenance{Sentence: i, Confidence: 0.5 + rng.Float64()/2}
		rels = append(rels, r)
	}
	for i := 0; i < o.StatementsPerDoc; i++ {
		sp, ab := pick(), pick()
		// Quotes repeat across articles: the same speaker and words make one statement.
		content := fmt.Sprintf("%s will not accept the terms on %s, number %d", ab.Name, places[rng.IntN(len(places))], rng.IntN(50))
		cue := cues[rng.IntN(len(cues))]
		sents = append(sents, fmt.Sprintf(`%s %s: "%s."`, sp.Name, cue, content))
		stmts = append(stmts, extract.Statement{Kind: extract.KindStatement, Speaker: sp, Cue: cue,
			Content: content, Direct: true, About: []extract.Ref{ab}, Stance: stance[rng.IntN(len(stance))],
			Provenance: extract.Provenance{Sentence: o.RelationsPerDoc + i, Confidence: 0.5 + rng.Float64()/2}})
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
