package graph

import (
	"context"
	"fmt"
	"sort"
	"strings"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"
)

// Problem is one broken invariant found by Check.
type Problem struct {
	Kind    string `json:"kind"`    // short machine-readable name: "fact-without-source", ...
	Node    string `json:"node"`    // the node or quad concerned, N-Quads style
	Message string `json:"message"` // what is wrong, for people
}

func (p Problem) String() string { return p.Kind + ": " + p.Node + ": " + p.Message }

// Check verifies the store's invariants: a schema version; every fact is
// labelled by a stored source sentence and has a mention node; every entity
// that anything points at has a name; every statement has a speaker, content
// and a source; every source belongs to a stored document; every node the
// backend lists is used by some quad (Cayley leaks nodes when duplicates were
// ignored). It returns the problems found, sorted; none means healthy.
func (s *Store) Check(ctx context.Context) ([]Problem, error) {
	defer s.readLock()()
	acc := newAccumulator()
	used := map[string]bool{}
	var probs []Problem
	add := func(kind string, node fmt.Stringer, format string, args ...any) {
		probs = append(probs, Problem{Kind: kind, Node: node.String(), Message: fmt.Sprintf(format, args...)})
	}
	entityRefs := map[string]quad.Quad{} // entity id → one quad pointing at it
	err := s.eachQuadAll(ctx, func(q quad.Quad) error {
		for _, v := range []quad.Value{q.Subject, q.Predicate, q.Object, q.Label} {
			if v != nil {
				used[v.String()] = true
			}
		}
		if q.Label == nil {
			add("unlabelled-quad", q, "every quad must be labelled by a document, a source sentence or <meta>")
		} else if l, ok := q.Label.(quad.IRI); !ok || !(strings.HasPrefix(string(l), PrefixDoc) || strings.HasPrefix(string(l), PrefixSource) || l == MetaLabel) {
			add("unknown-label", q, "label %v is not a document, source sentence or <meta>", q.Label)
		}
		if id, ok := ParseID(q.Object, PrefixEntity); ok {
			entityRefs[id] = q
		}
		if _, ok := ParseID(q.Predicate, PrefixRelation); ok {
			if id, ok := ParseID(q.Subject, PrefixEntity); ok {
				entityRefs[id] = q
			}
		}
		return acc.add(q)
	})
	if err != nil {
		return nil, fmt.Errorf("check %s: %w", s.Name(), err)
	}

	if len(acc.meta) == 0 {
		add("no-schema-version", MetaNode, "the store has no schema version quad")
	}
	for id, d := range acc.docs {
		if d.Hash == "" {
			add("document-without-hash", DocIRI(id), "document has no content hash")
		}
	}
	for src, x := range acc.srcs {
		switch {
		case x.doc == "":
			add("source-without-document", src, "source sentence has no ng:doc")
		case acc.docs[x.doc] == nil:
			add("orphan-source", src, "source sentence belongs to document %s, which is not stored", x.doc)
		}
	}
	srcOK := func(l quad.Value) bool {
		x := acc.srcs[l]
		return x != nil && x.doc != ""
	}
	mentioned := map[factKey]map[quad.Value]bool{}
	for id, m := range acc.mentions {
		s, _ := ParseID(m.subject, PrefixEntity)
		p, _ := ParseID(m.predicate, PrefixRelation)
		o, _ := ParseID(m.object, PrefixEntity)
		k := factKey{s, p, o}
		if s == "" || p == "" || o == "" || m.source == nil {
			add("incomplete-mention", MentionIRI(id), "mention lacks a subject, predicate, object or source")
			continue
		}
		if !acc.facts[k][m.source] {
			add("mention-without-fact", MentionIRI(id), "no fact %s %s %s labelled %v", s, p, o, m.source)
		}
		if mentioned[k] == nil {
			mentioned[k] = map[quad.Value]bool{}
		}
		mentioned[k][m.source] = true
	}
	for k, labels := range acc.facts {
		fact := quad.Make(EntityIRI(k.s), RelationIRI(k.p), EntityIRI(k.o), nil)
		for l := range labels {
			if _, ok := ParseID(l, PrefixSource); !ok {
				add("fact-without-source", fact, "fact is labelled %v, not a source sentence", l)
				continue
			}
			if !srcOK(l) {
				add("fact-source-missing", fact, "source sentence %v is not stored", l)
			}
			if !mentioned[k][l] {
				add("fact-without-mention", fact, "no mention node for source %v", l)
			}
		}
	}
	for id, e := range acc.ents {
		if len(e.names) == 0 {
			add("entity-without-name", EntityIRI(id), "entity has no schema:name")
		}
	}
	for id, q := range entityRefs {
		if acc.ents[id] == nil {
			add("entity-without-name", EntityIRI(id), "entity is referenced by %v but has no schema:name", q)
		}
	}
	for id, st := range acc.stmts {
		n := StatementIRI(id)
		if st.speaker == "" {
			add("statement-without-speaker", n, "statement has no ng:speaker")
		}
		sources := 0
		for l, per := range st.per {
			if per.isSource {
				sources++
				if !srcOK(l) {
					add("statement-source-missing", n, "source sentence %v is not stored", l)
				}
			}
			if per.content == "" {
				add("statement-without-content", n, "statement has no ng:content from source %v", l)
			}
		}
		if sources == 0 {
			add("statement-without-source", n, "statement has no ng:source")
		}
	}

	// Nodes the backend still lists although no quad uses them: the
	// refcount leak of ignored duplicates (DEPENDENCIES.md).
	it := s.qs.NodesAllIterator().Iterate()
	defer it.Close()
	var batch []cgraph.Ref
	checkNodes := func() error {
		if len(batch) == 0 {
			return nil
		}
		vals, err := cgraph.ValuesOf(ctx, s.qs, batch)
		if err != nil {
			return fmt.Errorf("check %s: naming nodes: %w", s.Name(), err)
		}
		for _, v := range vals {
			if v != nil && !used[v.String()] {
				add("leaked-node", v, "node is listed by the backend but used by no quad")
			}
		}
		batch = batch[:0]
		return nil
	}
	for it.Next(ctx) {
		batch = append(batch, it.Result())
		if len(batch) == resolveBatch {
			if err := checkNodes(); err != nil {
				return nil, err
			}
		}
	}
	if err := it.Err(); err != nil {
		return nil, fmt.Errorf("check %s: listing nodes: %w", s.Name(), err)
	}
	if err := checkNodes(); err != nil {
		return nil, err
	}
	sort.Slice(probs, func(i, j int) bool {
		if probs[i].Kind != probs[j].Kind {
			return probs[i].Kind < probs[j].Kind
		}
		if probs[i].Node != probs[j].Node {
			return probs[i].Node < probs[j].Node
		}
		return probs[i].Message < probs[j].Message
	})
	return probs, ctx.Err()
}
