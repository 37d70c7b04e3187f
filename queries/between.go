package queries

import (
	"context"
	"fmt"
	"sort"
	"strings"

	"github.com/cayleygraph/quad"

	"newsgraph/graph"
)

// Fact is one subject–predicate–object relation with every sentence that
// reports it. A source's Negated, Modality and Qualifiers say how that
// sentence put it ("did not invite", "may invite", "to Moscow").
type Fact struct {
	Subject   EntityRef      `json:"subject"`
	Predicate string         `json:"predicate"` // lemma: "invite"
	Object    EntityRef      `json:"object"`
	Docs      []string       `json:"docs"`
	Sources   []graph.Source `json:"sources"`
}

// Relations is the answer to Between.
type Relations struct {
	From  graph.Entity `json:"from"`
	To    graph.Entity `json:"to"`
	Facts []Fact       `json:"facts"`
}

// Between returns every relation between the entities called x and y, in
// both directions, each with its sources: document, sentence, text, and what
// that sentence adds (qualifiers such as to: Moscow, negation, modality).
func Between(ctx context.Context, s *graph.Store, x, y string) (*Relations, error) {
	r := newReader(ctx, s)
	xid, err := r.resolve(x)
	if err != nil {
		return nil, err
	}
	yid, err := r.resolve(y)
	if err != nil {
		return nil, err
	}
	out := &Relations{Facts: []Fact{}}
	if out.From, err = r.entityDetail(xid); err != nil {
		return nil, err
	}
	if out.To, err = r.entityDetail(yid); err != nil {
		return nil, err
	}
	dirs := [][2]string{{xid, yid}}
	if xid != yid {
		dirs = append(dirs, [2]string{yid, xid})
	}
	for _, d := range dirs {
		facts, err := r.factsBetween(d[0], d[1])
		if err != nil {
			return nil, err
		}
		out.Facts = append(out.Facts, facts...)
	}
	sort.SliceStable(out.Facts, func(i, j int) bool {
		a, b := out.Facts[i], out.Facts[j]
		if len(a.Docs) != len(b.Docs) {
			return len(a.Docs) > len(b.Docs)
		}
		return a.Predicate < b.Predicate
	})
	return out, nil
}

// factsBetween reads the relation quads from subject sid to object oid.
func (r *reader) factsBetween(sid, oid string) ([]Fact, error) {
	obj := graph.EntityIRI(oid)
	labels := map[quad.IRI][]quad.IRI{} // predicate → source sentences
	var preds []quad.IRI
	subj := graph.EntityIRI(sid)
	objKey, err := r.key(obj)
	if err != nil || objKey == nil {
		return nil, err
	}
	subjKey, err := r.key(subj)
	if err != nil || subjKey == nil {
		return nil, err
	}
	// Walk the smaller side when the backend knows the sizes (memory does;
	// bolt does not, and walks the subject's index). Only quads that link
	// the two entities are read in full.
	walk, from, by, want := quad.Subject, quad.Value(subj), quad.Object, objKey
	if r.smaller(quad.Object, obj, quad.Subject, subj) {
		walk, from, by, want = quad.Object, obj, quad.Subject, subjKey
	}
	err = r.eachWhere(walk, from, by, func(k any) bool { return k == want }, func(q quad.Quad) error {
		p, ok := q.Predicate.(quad.IRI)
		if !ok || q.Subject != quad.Value(subj) || q.Object != quad.Value(obj) || !strings.HasPrefix(string(p), graph.PrefixRelation) {
			return nil
		}
		if _, ok := labels[p]; !ok {
			preds = append(preds, p)
		}
		if l, ok := q.Label.(quad.IRI); ok {
			labels[p] = append(labels[p], l)
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("relations %s → %s: %w", sid, oid, err)
	}
	var facts []Fact
	for _, p := range preds {
		f, err := r.fact(sid, p, oid, labels[p])
		if err != nil {
			return nil, err
		}
		facts = append(facts, f)
	}
	return facts, nil
}

// fact assembles one relation and its sources.
func (r *reader) fact(sid string, p quad.IRI, oid string, srcs []quad.IRI) (Fact, error) {
	var f Fact
	var err error
	if f.Subject, err = r.entity(sid); err != nil {
		return f, err
	}
	if f.Object, err = r.entity(oid); err != nil {
		return f, err
	}
	f.Predicate, _ = graph.ParseID(p, graph.PrefixRelation)
	f.Sources = []graph.Source{}
	for _, src := range srcs {
		so, err := r.factSources(graph.EntityIRI(sid), p, graph.EntityIRI(oid), src)
		if err != nil {
			return f, err
		}
		f.Sources = append(f.Sources, so...)
	}
	sortSources(f.Sources)
	f.Docs = docsOf(f.Sources)
	return f, nil
}

// factSources is sentence src as a source of s–p–o, with the attributes its
// mention node records for that fact: one Source per mention, since one
// sentence can both assert and negate a fact ("X did, Y says X did not").
func (r *reader) factSources(s, p, o quad.IRI, src quad.IRI) ([]graph.Source, error) {
	base, err := r.source(src)
	if err != nil {
		return nil, err
	}
	// The mentions of one sentence are few, so finding this fact's mention
	// by walking from the sentence is cheap whatever the store's size.
	var mentions []quad.Value
	err = r.each(quad.Object, src, func(q quad.Quad) error {
		if q.Predicate == graph.PredSource {
			if _, ok := graph.ParseID(q.Subject, graph.PrefixMention); ok {
				mentions = append(mentions, q.Subject)
			}
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("mentions of %s: %w", src, err)
	}
	var out []graph.Source
	for _, m := range mentions {
		props, err := r.props(m)
		if err != nil {
			return nil, fmt.Errorf("mention %s: %w", m, err)
		}
		if !hasObject(props, graph.PredSubject, s) || !hasObject(props, graph.PredPredicate, p) || !hasObject(props, graph.PredObject, o) {
			continue
		}
		so := base
		for pred, qs := range props {
			v := qs[0].Object
			switch {
			case pred == graph.PredPredicateText:
				so.PredicateText = graph.Text(v)
			case pred == graph.PredNegated:
				so.Negated = graph.Bool(v)
			case pred == graph.PredModality:
				so.Modality = graph.Text(v)
			case pred == graph.PredConfidence:
				so.Confidence = graph.Float(v)
			case pred == graph.PredAttributedTo:
				so.AttributedTo, _ = graph.ParseID(v, graph.PrefixEntity)
			case strings.HasPrefix(string(pred), graph.PrefixQualifier):
				if so.Qualifiers == nil {
					so.Qualifiers = map[string]string{}
				}
				so.Qualifiers[strings.TrimPrefix(string(pred), graph.PrefixQualifier)] = graph.Text(v)
			}
		}
		out = append(out, so)
	}
	if len(out) == 0 {
		// A fact quad whose mention is missing still has its sentence.
		out = append(out, base)
	}
	return out, nil
}

func hasObject(props map[quad.IRI][]quad.Quad, p quad.IRI, v quad.Value) bool {
	for _, q := range props[p] {
		if q.Object == v {
			return true
		}
	}
	return false
}
