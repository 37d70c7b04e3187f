package graph

import (
	"context"
	"fmt"
	"sort"
	"strconv"
	"strings"

	"github.com/cayleygraph/quad"
)

// Snapshot reads the whole graph into the read model: every entity, every
// fact with all its sources, every statement with all its sources, sorted by
// id so that output built from it is stable.
func (s *Store) Snapshot(ctx context.Context) (*Snapshot, error) {
	defer s.readLock()()
	acc := newAccumulator()
	if err := s.eachQuadAll(ctx, acc.add); err != nil {
		return nil, fmt.Errorf("snapshot of %s: %w", s.Name(), err)
	}
	return acc.snapshot(), nil
}

// Entity returns what the store knows about entity id (the slug, without
// "ent/"), or an error wrapping ErrNotFound.
func (s *Store) Entity(ctx context.Context, id string) (Entity, error) {
	defer s.readLock()()
	acc := newAccumulator()
	if err := s.eachQuad(ctx, quad.Subject, EntityIRI(id), acc.add); err != nil {
		return Entity{}, fmt.Errorf("entity %s: %w", id, err)
	}
	ents := acc.entities()
	if len(ents) == 0 {
		return Entity{}, fmt.Errorf("entity %s: %w in %s", id, ErrNotFound, s.Name())
	}
	return ents[0], nil
}

// Documents lists the stored documents, sorted by id.
func (s *Store) Documents(ctx context.Context) ([]Document, error) {
	defer s.readLock()()
	acc := newAccumulator()
	err := s.eachQuad(ctx, quad.Object, ClassArticle, func(q quad.Quad) error {
		if q.Predicate != PredType {
			return nil
		}
		return s.eachQuad(ctx, quad.Subject, q.Subject, acc.add)
	})
	if err != nil {
		return nil, fmt.Errorf("documents of %s: %w", s.Name(), err)
	}
	return acc.documents(), nil
}

// EachQuad calls fn for every quad in the store, in the backend's order,
// except the entity registry's (ng:links, ng:record).
// It names nodes in batches, which on bolt and postgres is many times faster
// than calling QuadStore().Quad for each quad (use it for exports).
func (s *Store) EachQuad(ctx context.Context, fn func(quad.Quad) error) error {
	defer s.readLock()()
	err := s.eachQuadAll(ctx, func(q quad.Quad) error {
		if IsRegistryPredicate(q.Predicate) {
			return nil // the registry's bookkeeping, not graph content
		}
		return fn(q)
	})
	if err != nil {
		return fmt.Errorf("reading %s: %w", s.Name(), err)
	}
	return nil
}

// EachStoredQuad is EachQuad with the entity registry's quads too: every
// quad the backend holds (for tests and tools that compare stores whole).
func (s *Store) EachStoredQuad(ctx context.Context, fn func(quad.Quad) error) error {
	defer s.readLock()()
	if err := s.eachQuadAll(ctx, fn); err != nil {
		return fmt.Errorf("reading %s: %w", s.Name(), err)
	}
	return nil
}

// Stats counts what the store holds.
type Stats struct {
	Entities         int            `json:"entities"`
	EntitiesByType   map[string]int `json:"entities_by_type"`
	Relations        int            `json:"relations"`         // distinct subject–predicate–object facts
	RelationSources  int            `json:"relation_sources"`  // (fact, source sentence) pairs
	Statements       int            `json:"statements"`        // distinct statements
	StatementSources int            `json:"statement_sources"` // (statement, source sentence) pairs
	Documents        int            `json:"documents"`
	Sentences        int            `json:"sentences"` // source sentences stored
	Quads            int64          `json:"quads"`
}

// Stats counts entities by type, relations, statements, documents and
// quads. It reads the counts every change keeps (counts.go); a store written
// before them is counted by reading every quad.
func (s *Store) Stats(ctx context.Context) (Stats, error) {
	defer s.readLock()()
	st, _, ok, err := s.storedCounts(ctx)
	if err == nil && !ok {
		st, err = s.recount(ctx)
	}
	if err != nil {
		return Stats{}, fmt.Errorf("stats of %s: %w", s.Name(), err)
	}
	if ok {
		if st.Quads, err = s.count(ctx); err != nil {
			return Stats{}, err
		}
	}
	return st, nil
}

// Recount is Stats by reading every quad, whatever counts the store keeps
// (for tests and Check).
func (s *Store) Recount(ctx context.Context) (Stats, error) {
	defer s.readLock()()
	st, err := s.recount(ctx)
	if err != nil {
		return Stats{}, fmt.Errorf("stats of %s: %w", s.Name(), err)
	}
	return st, nil
}

// Count returns the number of quads in the store, as the backend reports it.
func (s *Store) Count(ctx context.Context) (int64, error) {
	defer s.readLock()()
	return s.count(ctx)
}

func (s *Store) count(ctx context.Context) (int64, error) {
	// Asked for exact figures, the kv backend (bolt) counts every node by
	// walking the whole file, which maps it all into memory, though its quad
	// count is exact either way; PostgreSQL's inexact count is an estimate.
	st, err := s.qs.Stats(ctx, false)
	if err == nil && !st.Quads.Exact {
		st, err = s.qs.Stats(ctx, true)
	}
	if err != nil {
		return 0, fmt.Errorf("counting quads of %s: %w", s.Name(), err)
	}
	return st.Quads.Value, nil
}

// accumulator gathers quads, in any order, into per-node records from which
// the read model is built.
type accumulator struct {
	ents     map[string]*entAcc
	srcs     map[quad.Value]*srcAcc
	mentions map[string]*mentionAcc
	facts    map[factKey]map[quad.Value]bool // fact → labels
	stmts    map[string]*stmtAcc
	docs     map[string]*Document
	meta     []quad.Quad
	other    []quad.Quad // quads no rule above recognised
	// light keeps no text (sentences, quotes, wordings): for counting.
	light bool
}

type entAcc struct {
	names    map[string]int
	types    map[string]int
	classes  map[quad.Value]int
	aliases  map[string]bool
	docs     map[string]bool
	mentions int
}

type srcAcc struct {
	doc      string
	sentence int
	hasSent  bool
	text     string
	span     [2]int
}

type mentionAcc struct {
	subject, predicate, object quad.Value
	source                     quad.Value
	predicateText              string
	negated                    bool
	modality                   string
	confidence                 float64
	qualifiers                 map[string]string
	attributedTo               string
}

type factKey struct{ s, p, o string }

type stmtAcc struct {
	speaker string
	per     map[quad.Value]*stmtSource // by source label
}

type stmtSource struct {
	cue, content, stance string
	direct               bool
	confidence           float64
	about                []string
	isSource             bool // has the ng:source quad
}

func newAccumulator() *accumulator {
	return &accumulator{
		ents:     map[string]*entAcc{},
		srcs:     map[quad.Value]*srcAcc{},
		mentions: map[string]*mentionAcc{},
		facts:    map[factKey]map[quad.Value]bool{},
		stmts:    map[string]*stmtAcc{},
		docs:     map[string]*Document{},
	}
}

func (a *accumulator) add(q quad.Quad) error {
	subj, ok := q.Subject.(quad.IRI)
	if !ok {
		a.other = append(a.other, q)
		return nil
	}
	if q.Predicate == PredLabel {
		return nil // kept from the quads read here (labels.go), not read back
	}
	s := string(subj)
	switch {
	case strings.HasPrefix(s, PrefixEntity):
		id := s[len(PrefixEntity):]
		if p, ok := ParseID(q.Predicate, PrefixRelation); ok {
			o, _ := ParseID(q.Object, PrefixEntity)
			k := factKey{id, p, o}
			if a.facts[k] == nil {
				a.facts[k] = map[quad.Value]bool{}
			}
			a.facts[k][q.Label] = true
			return nil
		}
		a.entity(id, q)
	case strings.HasPrefix(s, PrefixSource):
		a.source(q)
	case strings.HasPrefix(s, PrefixMention):
		a.mention(s[len(PrefixMention):], q)
	case strings.HasPrefix(s, PrefixStatement):
		a.statement(s[len(PrefixStatement):], q)
	case strings.HasPrefix(s, PrefixDoc):
		a.document(s[len(PrefixDoc):], q)
	case subj == MetaNode:
		a.meta = append(a.meta, q)
	default:
		a.other = append(a.other, q)
	}
	return nil
}

func (a *accumulator) entity(id string, q quad.Quad) {
	e := a.ents[id]
	if e == nil {
		e = &entAcc{names: map[string]int{}, types: map[string]int{}, classes: map[quad.Value]int{},
			aliases: map[string]bool{}, docs: map[string]bool{}}
		a.ents[id] = e
	}
	switch q.Predicate {
	case PredName:
		e.names[Text(q.Object)]++
	case PredNGType:
		e.types[Text(q.Object)]++
	case PredType:
		e.classes[q.Object]++
	case PredAlternateName:
		e.aliases[Text(q.Object)] = true
	case PredMentions:
		e.mentions += int(Int(q.Object))
	case PredMentionedIn:
		if d, ok := ParseID(q.Object, PrefixDoc); ok {
			e.docs[d] = true
		}
	}
}

func (a *accumulator) source(q quad.Quad) {
	x := a.srcs[q.Subject]
	if x == nil {
		x = &srcAcc{}
		a.srcs[q.Subject] = x
	}
	switch q.Predicate {
	case PredDoc:
		x.doc, _ = ParseID(q.Object, PrefixDoc)
	case PredSentence:
		x.sentence, x.hasSent = int(Int(q.Object)), true
	case PredText:
		if !a.light {
			x.text = Text(q.Object)
		}
	case PredSpan:
		x.span = ParseSpan(Text(q.Object))
	}
}

func (a *accumulator) mention(id string, q quad.Quad) {
	m := a.mentions[id]
	if m == nil {
		m = &mentionAcc{}
		a.mentions[id] = m
	}
	switch p := q.Predicate; p {
	case PredSubject:
		m.subject = q.Object
	case PredPredicate:
		m.predicate = q.Object
	case PredObject:
		m.object = q.Object
	case PredSource:
		m.source = q.Object
	case PredPredicateText:
		if !a.light {
			m.predicateText = Text(q.Object)
		}
	case PredNegated:
		m.negated = Bool(q.Object)
	case PredModality:
		m.modality = Text(q.Object)
	case PredConfidence:
		m.confidence = Float(q.Object)
	case PredAttributedTo:
		m.attributedTo, _ = ParseID(q.Object, PrefixEntity)
	default:
		if k, ok := ParseID(p, PrefixQualifier); ok {
			if m.qualifiers == nil {
				m.qualifiers = map[string]string{}
			}
			m.qualifiers[k] = Text(q.Object)
		}
	}
}

func (a *accumulator) statement(id string, q quad.Quad) {
	st := a.stmts[id]
	if st == nil {
		st = &stmtAcc{per: map[quad.Value]*stmtSource{}}
		a.stmts[id] = st
	}
	per := st.per[q.Label]
	if per == nil {
		per = &stmtSource{}
		st.per[q.Label] = per
	}
	switch q.Predicate {
	case PredSpeaker:
		st.speaker, _ = ParseID(q.Object, PrefixEntity)
	case PredCue:
		per.cue = Text(q.Object)
	case PredContent:
		if !a.light {
			per.content = Text(q.Object)
		}
	case PredDirect:
		per.direct = Bool(q.Object)
	case PredStance:
		per.stance = Text(q.Object)
	case PredConfidence:
		per.confidence = Float(q.Object)
	case PredAbout:
		if id, ok := ParseID(q.Object, PrefixEntity); ok {
			per.about = append(per.about, id)
		}
	case PredSource:
		per.isSource = true
	}
}

func (a *accumulator) document(id string, q quad.Quad) {
	d := a.docs[id]
	if d == nil {
		d = &Document{ID: id}
		a.docs[id] = d
	}
	switch q.Predicate {
	case PredHash:
		d.Hash = Text(q.Object)
	case PredPath:
		d.Path = Text(q.Object)
	case PredSentences:
		d.Sentences = int(Int(q.Object))
	case PredTitle:
		d.Title = Text(q.Object)
	case PredDate:
		d.Date = Text(q.Object)
	case PredOutlet:
		d.Outlet = Text(q.Object)
	case PredURL:
		d.URL = Text(q.Object)
	case PredAuthor:
		d.Author = Text(q.Object)
	}
}

func (a *accumulator) documents() []Document {
	out := make([]Document, 0, len(a.docs))
	for _, d := range a.docs {
		out = append(out, *d)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out
}

// entities builds the entity list. Across documents an entity may carry
// different names or types (the tagger disagrees with itself); the one most
// documents use wins, ties going to the longer name and then the smaller string.
func (a *accumulator) entities() []Entity {
	out := make([]Entity, 0, len(a.ents))
	for id, e := range a.ents {
		if len(e.names) == 0 && len(e.classes) == 0 {
			continue
		}
		x := Entity{ID: id, Name: pickMost(e.names), Type: pickMost(e.types), Mentions: e.mentions}
		if x.Type == "" {
			x.Type = typeOfClass(pickMostValue(e.classes))
		}
		for n := range e.names {
			if n != x.Name {
				e.aliases[n] = true
			}
		}
		for al := range e.aliases {
			if al != x.Name && al != "" {
				x.Aliases = append(x.Aliases, al)
			}
		}
		sort.Strings(x.Aliases)
		for d := range e.docs {
			x.Docs = append(x.Docs, d)
		}
		sort.Strings(x.Docs)
		out = append(out, x)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out
}

func (a *accumulator) sourceOf(label quad.Value) Source {
	if x := a.srcs[label]; x != nil && x.doc != "" {
		return Source{Doc: x.doc, Sentence: x.sentence, Span: x.span, Text: x.text}
	}
	// No sentence node (Check reports it): recover what the IRI says.
	id, _ := ParseID(label, PrefixSource)
	if i := strings.LastIndex(id, "/"); i >= 0 {
		n, _ := strconv.Atoi(id[i+1:])
		return Source{Doc: id[:i], Sentence: n}
	}
	return Source{Doc: id}
}

// eachFactSource calls fn once for every source of every fact: each mention
// of a fact in a sentence that labels it (a sentence may hold several, asserted
// and negated), then each labelling sentence no mention covers (m is nil).
// Snapshot and Stats both count sources this way.
func (a *accumulator) eachFactSource(fn func(k factKey, label quad.Value, m *mentionAcc)) {
	covered := map[factKey]map[quad.Value]bool{}
	for _, m := range a.mentions {
		s, _ := ParseID(m.subject, PrefixEntity)
		p, _ := ParseID(m.predicate, PrefixRelation)
		o, _ := ParseID(m.object, PrefixEntity)
		k := factKey{s, p, o}
		if !a.facts[k][m.source] {
			continue // the fact quad is gone; Check reports the stray mention
		}
		fn(k, m.source, m)
		if covered[k] == nil {
			covered[k] = map[quad.Value]bool{}
		}
		covered[k][m.source] = true
	}
	for k, labels := range a.facts {
		for l := range labels {
			if !covered[k][l] {
				fn(k, l, nil)
			}
		}
	}
}

func (a *accumulator) snapshot() *Snapshot {
	snap := &Snapshot{Entities: a.entities(), Documents: a.documents()}

	factSources := map[factKey][]Source{}
	a.eachFactSource(func(k factKey, label quad.Value, m *mentionAcc) {
		src := a.sourceOf(label)
		if m != nil {
			src.Confidence = m.confidence
			src.PredicateText = m.predicateText
			src.Qualifiers = m.qualifiers
			src.Negated = m.negated
			src.Modality = m.modality
			src.AttributedTo = m.attributedTo
		}
		factSources[k] = append(factSources[k], src)
	})
	for k := range a.facts {
		srcs := factSources[k]
		sortSources(srcs)
		snap.Facts = append(snap.Facts, Fact{Subject: k.s, Predicate: k.p, Object: k.o, Sources: srcs})
	}
	sort.Slice(snap.Facts, func(i, j int) bool {
		x, y := snap.Facts[i], snap.Facts[j]
		if x.Subject != y.Subject {
			return x.Subject < y.Subject
		}
		if x.Predicate != y.Predicate {
			return x.Predicate < y.Predicate
		}
		return x.Object < y.Object
	})

	for id, st := range a.stmts {
		x := Statement{ID: id, Speaker: st.speaker}
		about := map[string]bool{}
		type labelled struct {
			src Source
			per *stmtSource
		}
		var ls []labelled
		for l, per := range st.per {
			for _, ab := range per.about {
				about[ab] = true
			}
			if !per.isSource {
				continue
			}
			src := a.sourceOf(l)
			src.Confidence = per.confidence
			ls = append(ls, labelled{src, per})
		}
		sort.Slice(ls, func(i, j int) bool { return sourceLess(ls[i].src, ls[j].src) })
		for _, l := range ls {
			x.Sources = append(x.Sources, l.src)
		}
		// The words as the first source (by document and sentence) reports them.
		if len(ls) > 0 {
			p := ls[0].per
			x.Cue, x.Content, x.Direct, x.Stance = p.cue, p.content, p.direct, p.stance
		}
		for ab := range about {
			x.About = append(x.About, ab)
		}
		sort.Strings(x.About)
		snap.Statements = append(snap.Statements, x)
	}
	sort.Slice(snap.Statements, func(i, j int) bool { return snap.Statements[i].ID < snap.Statements[j].ID })
	if snap.Entities == nil {
		snap.Entities = []Entity{}
	}
	if snap.Facts == nil {
		snap.Facts = []Fact{}
	}
	if snap.Statements == nil {
		snap.Statements = []Statement{}
	}
	return snap
}

func sortSources(srcs []Source) {
	sort.Slice(srcs, func(i, j int) bool { return sourceLess(srcs[i], srcs[j]) })
}

func sourceLess(x, y Source) bool {
	if x.Doc != y.Doc {
		return x.Doc < y.Doc
	}
	if x.Sentence != y.Sentence {
		return x.Sentence < y.Sentence
	}
	if x.Negated != y.Negated {
		return !x.Negated
	}
	if x.PredicateText != y.PredicateText {
		return x.PredicateText < y.PredicateText
	}
	if x.Modality != y.Modality {
		return x.Modality < y.Modality
	}
	return fmt.Sprint(x.Qualifiers, x.AttributedTo) < fmt.Sprint(y.Qualifiers, y.AttributedTo)
}

func pickMost(m map[string]int) string {
	best, bestN := "", -1
	for k, n := range m {
		if n > bestN || n == bestN && (len(k) > len(best) || len(k) == len(best) && k < best) {
			best, bestN = k, n
		}
	}
	return best
}

func pickMostValue(m map[quad.Value]int) quad.Value {
	var best quad.Value
	bestN := -1
	for k, n := range m {
		if n > bestN || n == bestN && k.String() < best.String() {
			best, bestN = k, n
		}
	}
	return best
}

// typeOfClass maps an rdf:type class back to an extract type string, for
// entities stored without ng:type.
func typeOfClass(v quad.Value) string {
	switch v {
	case ClassPerson:
		return "PERSON"
	case ClassOrganization:
		return "ORG"
	case ClassPlace:
		return "GPE"
	}
	return "CONCEPT"
}
