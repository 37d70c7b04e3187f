package export

import (
	"encoding/json"
	"fmt"
	"math/rand"
	"os"
	"sort"
	"strings"
	"testing"

	"newsgraph/extract/record"
	"newsgraph/graph"
)

// fixture is a hand-made snapshot of the reference story (testdata/snapshot.json):
// 13 entities of every type, merged and negated facts, statements of every
// stance and one with an unknown speaker.
func fixture(t testing.TB) *graph.Snapshot {
	t.Helper()
	b, err := os.ReadFile("testdata/snapshot.json")
	if err != nil {
		t.Fatal(err)
	}
	var s graph.Snapshot
	if err := json.Unmarshal(b, &s); err != nil {
		t.Fatalf("testdata/snapshot.json: %v", err)
	}
	return &s
}

// wantCounts is what the tabular exports must contain for snap, computed
// independently of NewTable from the read model's definition.
func wantCounts(snap *graph.Snapshot) (nodes, edges int) {
	ids := map[string]bool{}
	for _, e := range snap.Entities {
		ids[e.ID] = true
	}
	ends := map[string]bool{}
	rel := map[string]bool{}
	for _, f := range snap.Facts {
		for _, s := range f.Sources {
			rel[fmt.Sprint(f.Subject, "\x00", f.Predicate, "\x00", f.Object, "\x00", s.Negated,
				"\x00", s.Modality, "\x00", s.AttributedTo)] = true
		}
		ends[f.Subject], ends[f.Object] = true, true
	}
	edges = len(rel)
	for _, s := range snap.Statements {
		about := map[string]bool{}
		for _, a := range s.About {
			about[a] = true
			ends[a] = true
		}
		ends[s.Speaker] = true
		edges += 1 + len(about)
	}
	for id := range ends {
		ids[id] = true
	}
	return len(ids) + len(snap.Statements), edges
}

// resultsFromSnapshot turns a snapshot back into extraction results, one per
// document, with a synthetic article text made of the source sentences so
// that spans are consistent, for loading into a real store.
func resultsFromSnapshot(snap *graph.Snapshot) []*record.Result {
	type key struct {
		doc string
		s   int
	}
	texts := map[key]string{}
	addText := func(src graph.Source) { texts[key{src.Doc, src.Sentence}] = src.Text }
	for _, f := range snap.Facts {
		for _, s := range f.Sources {
			addText(s)
		}
	}
	for _, st := range snap.Statements {
		for _, s := range st.Sources {
			addText(s)
		}
	}
	keys := make([]key, 0, len(texts))
	for k := range texts {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if keys[i].doc != keys[j].doc {
			return keys[i].doc < keys[j].doc
		}
		return keys[i].s < keys[j].s
	})
	res := map[string]*record.Result{}
	spans := map[key][2]int{}
	var b = map[string]*strings.Builder{}
	for _, k := range keys {
		if res[k.doc] == nil {
			res[k.doc] = &record.Result{}
			b[k.doc] = &strings.Builder{}
		}
		start := b[k.doc].Len()
		b[k.doc].WriteString(texts[k])
		spans[k] = [2]int{start, b[k.doc].Len()}
		b[k.doc].WriteString("\n\n")
		res[k.doc].Sentences = max(res[k.doc].Sentences, k.s+1)
	}
	ents := map[string]graph.Entity{}
	for _, e := range snap.Entities {
		ents[e.ID] = e
	}
	ref := func(id string) record.Ref {
		e := ents[id]
		return record.Ref{ID: id, Name: e.Name, Type: e.Type}
	}
	prov := func(s graph.Source) record.Provenance {
		return record.Provenance{Doc: s.Doc, Sentence: s.Sentence, Span: spans[key{s.Doc, s.Sentence}], Text: s.Text, Confidence: s.Confidence}
	}
	for _, e := range snap.Entities {
		for _, d := range e.Docs {
			if r := res[d]; r != nil {
				r.Entities = append(r.Entities, record.Entity{Kind: record.KindEntity, ID: e.ID, Name: e.Name, Type: e.Type, Aliases: e.Aliases, Docs: []string{d}, Mentions: 1})
			}
		}
	}
	for _, f := range snap.Facts {
		for _, s := range f.Sources {
			res[s.Doc].Relations = append(res[s.Doc].Relations, record.Relation{Kind: record.KindRelation, Provenance: prov(s),
				Subject: ref(f.Subject), Predicate: f.Predicate, PredicateText: s.PredicateText, Object: ref(f.Object),
				Qualifiers: s.Qualifiers, Negated: s.Negated, Modality: s.Modality})
		}
	}
	for _, st := range snap.Statements {
		var about []record.Ref
		for _, a := range st.About {
			about = append(about, ref(a))
		}
		for _, s := range st.Sources {
			res[s.Doc].Statements = append(res[s.Doc].Statements, record.Statement{Kind: record.KindStatement, Provenance: prov(s),
				Speaker: ref(st.Speaker), Cue: st.Cue, Content: st.Content, Direct: st.Direct, About: about, Stance: st.Stance})
		}
	}
	var out []*record.Result
	for _, k := range sortedResultKeys(res) {
		r := res[k]
		r.Doc = record.Document{ID: k, Text: b[k].String()}
		out = append(out, r)
	}
	return out
}

func sortedResultKeys(m map[string]*record.Result) []string {
	var ks []string
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

// synthetic makes a random but reproducible snapshot with n entities and m
// relations (a few hubs, like news) plus n/10 statements, for size tests.
func synthetic(n, m int) *graph.Snapshot {
	rng := rand.New(rand.NewSource(int64(n*7919 + m)))
	types := []string{record.TypePerson, record.TypeOrg, record.TypeGPE, record.TypeConcept}
	preds := []string{"meet", "invite", "criticise", "support", "join", "visit", "call", "accuse"}
	s := &graph.Snapshot{}
	for i := range n {
		s.Entities = append(s.Entities, graph.Entity{ID: fmt.Sprintf("e%04d", i), Name: fmt.Sprintf("Entity number %d of the corpus", i),
			Type: types[i%len(types)], Docs: []string{fmt.Sprintf("d%d", i%50)}, Mentions: 1 + rng.Intn(20)})
	}
	pick := func() string {
		// Squaring a uniform variable skews choices towards low ids: hubs.
		f := rng.Float64()
		return fmt.Sprintf("e%04d", int(f*f*float64(n)))
	}
	for range m {
		a, b := pick(), pick()
		if a == b {
			b = fmt.Sprintf("e%04d", rng.Intn(n))
		}
		doc := fmt.Sprintf("d%d", rng.Intn(50))
		s.Facts = append(s.Facts, graph.Fact{Subject: a, Predicate: preds[rng.Intn(len(preds))], Object: b,
			Sources: []graph.Source{{Doc: doc, Sentence: rng.Intn(40), Text: "A sentence that reports it.", Confidence: 0.7}}})
	}
	stances := []string{record.StanceRejects, record.StanceSupports, record.StanceNeutral}
	for i := range n / 10 {
		s.Statements = append(s.Statements, graph.Statement{ID: fmt.Sprintf("s%04d", i), Speaker: pick(), Cue: "said",
			Content: "Something rather long that was said about another entity in an interview", About: []string{pick()},
			Stance: stances[i%3], Sources: []graph.Source{{Doc: "d1", Sentence: i, Text: "He said so."}}})
	}
	return s
}
