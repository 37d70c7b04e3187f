package graph

import (
	"context"
	"fmt"
	"math"
	"slices"
	"sort"
	"strconv"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/kv"
	"github.com/cayleygraph/quad"

	"newsgraph/extract/record"
)

// LoadStats says what a load did.
type LoadStats struct {
	Documents    int     `json:"documents"`     // documents given
	Added        int     `json:"added"`         // documents new to the store
	Replaced     int     `json:"replaced"`      // documents whose text changed; old quads replaced
	Unchanged    int     `json:"unchanged"`     // documents already stored with the same hash
	QuadsAdded   int     `json:"quads_added"`   // quads written
	QuadsRemoved int     `json:"quads_removed"` // quads deleted (old revisions)
	Skipped      int     `json:"skipped"`       // records left out because they name no entity
	Relinked     int     `json:"relinked"`      // stored documents rewritten because their names now link elsewhere
	Merges       []Merge `json:"merges,omitempty"`
}

// Add accumulates o into st.
func (st *LoadStats) Add(o LoadStats) {
	st.Documents += o.Documents
	st.Added += o.Added
	st.Replaced += o.Replaced
	st.Unchanged += o.Unchanged
	st.QuadsAdded += o.QuadsAdded
	st.QuadsRemoved += o.QuadsRemoved
	st.Skipped += o.Skipped
	st.Relinked += o.Relinked
	st.Merges = append(st.Merges, o.Merges...)
}

// Load stores one document's records in one transaction. A document already
// stored with the same content hash adds nothing; one stored with another hash
// has its quads replaced, and nothing else changes. When ctx is cancelled
// before the commit the store is left as it was.
func (s *Store) Load(ctx context.Context, res *record.Result) (LoadStats, error) {
	return s.LoadBatch(ctx, []*record.Result{res})
}

// LoadBatch stores several documents in ONE transaction: all of them or none.
// Bulk loads use it to amortise the commit (an fsync on bolt) over many
// documents; each document is still handled as in Load. When a document id
// appears twice in the batch, the later one wins.
//
// Entities are linked against every document already stored (see
// registry.go): results may come unlinked (extract.RunOptions.NoLink) or
// linked among themselves, and the graph is the same however the articles
// were split into loads. When the batch changes what a stored document's
// names link to (a full name that joins "Zelensky" and "Zelenskyy"), that
// document's quads are rewritten in the same transaction and the merge is
// reported in LoadStats.Merges.
func (s *Store) LoadBatch(ctx context.Context, results []*record.Result) (LoadStats, error) {
	for i, res := range results {
		if res == nil {
			return LoadStats{Documents: len(results)}, fmt.Errorf("load: result %d is nil", i)
		}
		if res.Doc.ID == "" {
			return LoadStats{Documents: len(results)}, fmt.Errorf("load: document %q has no id", res.Doc.Path)
		}
	}
	return s.change(ctx, results, Override{}, "")
}

// Merge says that a load made the references of one stored entity point
// at another.
type Merge struct {
	From     string `json:"from"`      // id the stored documents used
	FromName string `json:"from_name"` // its name
	Into     string `json:"into"`      // id they use now
	IntoName string `json:"into_name"`
	// Joined says that Into was already stored too: two stored entities
	// became one. Otherwise the entity only got another id (its most used
	// spelling changed).
	Joined bool `json:"joined"`
	// Documents are the stored documents whose references moved.
	Documents []string `json:"documents"`
}

// change loads results and records ov (when ov.Op is set) in one
// transaction, rewriting every stored document whose links they change.
func (s *Store) change(ctx context.Context, results []*record.Result, ov Override, remove string) (LoadStats, error) {
	var st LoadStats
	st.Documents = len(results)
	last := map[string]int{}
	for i, res := range results {
		last[res.Doc.ID] = i
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.qs == nil {
		return st, fmt.Errorf("load: store is closed")
	}
	if s.cfg.ReadOnly {
		return st, fmt.Errorf("load: %s: %w", s.Name(), ErrReadOnly)
	}
	var gen int64
	var extra []quad.Quad // store-wide quads to add
	var dels, adds []quad.Quad
	if s.cfg.Backend == BackendPostgres {
		unlock, err := s.pgLock(ctx)
		if err != nil {
			return st, err
		}
		defer unlock()
		if gen, err = s.generation(ctx); err != nil {
			return st, err
		}
		if gen != s.gen {
			s.reg = nil // another builder loaded since: read the registry again
			s.gen = gen
		}
	}
	reg, err := s.registry(ctx)
	if err != nil {
		return st, err
	}
	if remove != "" && reg.docs[remove] == nil {
		return st, fmt.Errorf("remove %s: document %w in %s", remove, ErrNotFound, s.Name())
	}
	// The registry is changed in place; a change that does not commit
	// leaves it to be read again from the store.
	committed := false
	defer func() {
		if !committed {
			s.reg = nil
		}
	}()
	// What stored documents were rendered with.
	old := &registry{overrides: reg.overrides, resolve: reg.resolve}
	if ov.Op != "" {
		ov.Seq = len(reg.overrides) + 1
		reg.overrides = append(append(overrides(nil), reg.overrides...), ov)
		extra = append(extra, ov.quad())
	}
	// touched are the link keys whose summed names this change moves: only
	// references with those keys can link elsewhere afterwards.
	touched := map[string]bool{}
	forget := func(docID string) error {
		d, err := s.storedLinks(ctx, docID)
		if err != nil {
			return err
		}
		reg.addNames(d.ents, -1, touched)
		return nil
	}
	type put struct {
		res      *record.Result
		hash     string
		links    string
		replaced bool
	}
	var puts []put
	for i, res := range results {
		if err := ctx.Err(); err != nil {
			return st, fmt.Errorf("load %s: %w", res.Doc.ID, err)
		}
		if last[res.Doc.ID] != i {
			st.Unchanged++
			continue
		}
		hash := res.Doc.Hash()
		prev := reg.docs[res.Doc.ID]
		if prev != nil && prev.hash == hash {
			st.Unchanged++
			continue
		}
		if prev != nil {
			if err := forget(res.Doc.ID); err != nil {
				return st, fmt.Errorf("load %s: %w", res.Doc.ID, err)
			}
		}
		d := newRegDoc(res, hash)
		reg.addNames(d.ents, 1, touched)
		links := d.encode()
		d.ents = nil
		reg.docs[res.Doc.ID] = d
		puts = append(puts, put{res: res, hash: hash, links: links, replaced: prev != nil})
	}
	if remove != "" {
		if err := forget(remove); err != nil {
			return st, fmt.Errorf("remove %s: %w", remove, err)
		}
		delete(reg.docs, remove)
		quads, err := s.documentQuads(ctx, remove)
		if err != nil {
			return st, fmt.Errorf("remove %s: %w", remove, err)
		}
		dels = append(dels, quads...)
	}
	if len(puts) == 0 && ov.Op == "" && remove == "" {
		committed = true // nothing changed
		return st, nil
	}
	if s.version < SchemaVersion {
		dels = append(dels, quad.Make(MetaNode, PredSchemaVersion, quad.Int(s.version), MetaLabel))
		extra = append(extra, quad.Make(MetaNode, PredSchemaVersion, quad.Int(SchemaVersion), MetaLabel))
	}
	reg.resolve = linkAll(reg.names, reg.overrides)
	// A single-word person name links to the one full name ending with it:
	// a full name coming or going moves the links of its surname too.
	// Names of the groups touched are what decides (addNames touched the
	// surnames of the names this change adds and takes away).
	for n := range reg.names {
		if n.Type == record.TypePerson && touched[record.LinkKey(record.Ref{Name: n.Name, Type: n.Type})] {
			touchSurname(touched, n.Name)
		}
	}

	diff := func(docID string, quads []quad.Quad) error {
		stored, err := s.documentQuads(ctx, docID)
		if err != nil {
			return fmt.Errorf("load %s: reading the stored revision: %w", docID, err)
		}
		d, a := diffQuads(stored, quads)
		dels, adds = append(dels, d...), append(adds, a...)
		return nil
	}
	inBatch := map[string]bool{}
	for _, p := range puts {
		inBatch[p.res.Doc.ID] = true
		rec, err := s.encodeRecord(p.res, p.hash)
		if err != nil {
			return st, err
		}
		raw, _, err := decodeRecord(p.res.Doc.ID, rec) // a private copy to link
		if err != nil {
			return st, err
		}
		quads, skipped := renderDocument(raw, p.hash, reg)
		st.Skipped += skipped
		doc := DocIRI(p.res.Doc.ID)
		quads = append(quads,
			quad.Make(doc, PredLinks, quad.String(p.links), doc),
			quad.Make(doc, PredRecord, quad.String(rec), doc))
		if !p.replaced {
			st.Added++
			adds = append(adds, quads...)
			continue
		}
		st.Replaced++
		if err := diff(p.res.Doc.ID, quads); err != nil {
			return st, err
		}
	}
	// Stored documents whose references now link elsewhere are rendered
	// again from their records. A correction can move any reference; a load
	// or removal only those whose link keys it touched.
	retyped := map[string]bool{}
	if ov.Op == OpRetype {
		retyped[ov.ID] = true
	}
	type mergeKey struct{ from, fromName, into, intoName string }
	merges := map[mergeKey][]string{}
	for _, id := range sortedDocIDs(reg.docs) {
		if inBatch[id] {
			continue
		}
		if err := ctx.Err(); err != nil {
			return st, fmt.Errorf("load: %w", err)
		}
		d := reg.docs[id]
		affected := false
		for _, r := range d.refs {
			if ov.Op == "" && !touched[record.LinkKey(r.ref())] {
				continue
			}
			oid, oname := old.resolve(r.ref())
			nid, nname := reg.resolve(r.ref())
			if oid != nid || oname != nname || retyped[oid] || retyped[nid] {
				affected = true
			}
			if k := (mergeKey{oid, oname, nid, nname}); oid != nid {
				if m := merges[k]; len(m) == 0 || m[len(m)-1] != id {
					merges[k] = append(m, id)
				}
			}
		}
		if !affected && !slices.Contains(ov.docs, id) {
			continue
		}
		if d.legacy {
			return st, fmt.Errorf("load: document %s was stored before the entity registry (schema 1) and its links changed: rebuild the store from its articles", id)
		}
		rec, err := s.readRecordText(ctx, id)
		if err != nil {
			return st, fmt.Errorf("load: relinking %s: %w", id, err)
		}
		// What is stored is the record rendered with the links before
		// this change: rendering it again is cheaper than reading it back.
		was, hash, err := decodeRecord(id, rec)
		if err != nil {
			return st, err
		}
		now, _, err := decodeRecord(id, rec)
		if err != nil {
			return st, err
		}
		oldQuads, _ := renderDocument(was, hash, old)
		newQuads, _ := renderDocument(now, hash, reg)
		rd, ra := diffQuads(oldQuads, newQuads)
		dels, adds = append(dels, rd...), append(adds, ra...)
		st.Relinked++
	}
	storedIDs := map[string]bool{}
	for k := range merges {
		if _, ok := storedIDs[k.into]; !ok {
			n := 0
			if err := s.eachOut(ctx, EntityIRI(k.into), PredMentionedIn, func(quad.Value) { n++ }); err != nil {
				return st, fmt.Errorf("load: %w", err)
			}
			storedIDs[k.into] = n > 0
		}
	}
	for k, docs := range merges {
		st.Merges = append(st.Merges, Merge{From: k.from, FromName: k.fromName, Into: k.into, IntoName: k.intoName,
			Joined: storedIDs[k.into], Documents: docs})
	}
	sort.Slice(st.Merges, func(i, j int) bool {
		a, b := st.Merges[i], st.Merges[j]
		if a.Into != b.Into {
			return a.Into < b.Into
		}
		if a.From != b.From {
			return a.From < b.From
		}
		return a.FromName < b.FromName
	})
	if err := ctx.Err(); err != nil {
		return st, fmt.Errorf("load: %w", err)
	}
	adds = append(adds, extra...)
	if len(adds)+len(dels) > 0 {
		cnt, cq, ok, err := s.storedCounts(ctx)
		if err == nil && !ok {
			cnt, err = s.recount(ctx) // a store from before the counts: once
		}
		read := map[quad.IRI]*entityQuads{}
		if err == nil {
			cnt, err = s.countChange(ctx, cnt, dels, adds, read)
		}
		if err == nil {
			var ldels, ladds []quad.Quad
			if ldels, ladds, err = s.labelChange(ctx, dels, adds, read); err == nil {
				dels, adds = append(dels, ldels...), append(adds, ladds...)
			}
		}
		if err != nil {
			return LoadStats{Documents: len(results)}, fmt.Errorf("load: counting: %w", err)
		}
		// A change that moves no count (a correction of nothing counted)
		// leaves the quad alone: deleting and adding one quad in one
		// change is refused by some backends.
		if nq := countsQuad(cnt); !ok || nq != cq {
			if ok {
				dels = append(dels, cq)
			}
			adds = append(adds, nq)
		}
	}
	st.QuadsAdded, st.QuadsRemoved = len(adds), len(dels)
	if len(adds)+len(dels) > 0 {
		if s.cfg.Backend == BackendPostgres {
			if gen, err = s.bumpGeneration(ctx); err != nil {
				return LoadStats{Documents: len(results)}, err
			}
			s.gen = gen // our own change: the registry below is its outcome
		}
		if err := s.apply(ctx, deltas(dels, cgraph.Delete), deltas(adds, cgraph.Add)); err != nil {
			return LoadStats{Documents: len(results)}, fmt.Errorf("load: writing %d changes to %s: %w", len(adds)+len(dels), s.Name(), err)
		}
	}
	committed = true
	s.reg = reg
	s.version = SchemaVersion
	if s.group != nil && s.group.release != nil {
		// The held mutex keeps bbolt from remapping meanwhile.
		s.group.release()
	}
	return st, nil
}

// diffQuads returns what turns revision old into revision new. Quads in both
// are left alone: an unchanged fact is neither deleted nor re-added.
func diffQuads(old, new []quad.Quad) (dels, adds []quad.Quad) {
	inNew := make(map[quad.Quad]bool, len(new))
	for _, q := range new {
		inNew[q] = true
	}
	inOld := make(map[quad.Quad]bool, len(old))
	for _, q := range old {
		inOld[q] = true
		if !inNew[q] {
			dels = append(dels, q)
		}
	}
	for _, q := range new {
		if !inOld[q] {
			adds = append(adds, q)
		}
	}
	return dels, adds
}

// registry returns the store's registry, reading it on first use.
func (s *Store) registry(ctx context.Context) (*registry, error) {
	if s.reg != nil {
		return s.reg, nil
	}
	reg, err := s.loadRegistry(ctx)
	if err != nil {
		return nil, err
	}
	s.reg = reg
	return reg, nil
}

// renderDocument links a private copy of an unlinked result with reg and
// returns its quads.
func renderDocument(raw *record.Result, hash string, reg *registry) ([]quad.Quad, int) {
	record.ApplyLinks([]*record.Result{raw}, reg.resolve)
	reg.overrides.retype(raw)
	reg.overrides.dropWrong(raw)
	return documentQuads(raw, hash)
}

func deltas(qs []quad.Quad, action cgraph.Procedure) []cgraph.Delta {
	out := make([]cgraph.Delta, len(qs))
	for i, q := range qs {
		out[i] = cgraph.Delta{Quad: q, Action: action}
	}
	return out
}

// Remove deletes every quad labelled by document docID or one of its source
// sentences, in one transaction. Facts that other documents also report keep
// their other sources. Documents whose names linked through it are relinked
// in the same transaction. It returns the number of quads removed.
func (s *Store) Remove(ctx context.Context, docID string) (int, error) {
	st, err := s.change(ctx, nil, Override{}, docID)
	if err != nil {
		return 0, err
	}
	return st.QuadsRemoved, nil
}

// apply writes tx atomically. Strict: a duplicate or missing quad is a bug
// here, and letting Cayley ignore it would corrupt its node refcounts (see
// DEPENDENCIES.md).
func (s *Store) apply(ctx context.Context, dels, adds []cgraph.Delta) error {
	// Bolt refuses writes itself; a postgres session can't be made to (lib/pq
	// begins every transaction READ WRITE), so the store refuses them here.
	if s.cfg.ReadOnly {
		return fmt.Errorf("%s: %w", s.Name(), ErrReadOnly)
	}
	strict := cgraph.IgnoreOpts{}
	if s.cfg.Backend == BackendPostgres {
		return s.pgApply(ctx, append(dels, adds...))
	}
	if s.group == nil {
		// Memory and SQL handle a mixed delta list in order, in one call.
		return s.qs.ApplyDeltas(append(dels, adds...), strict)
	}
	// Bolt: deletions, then additions, in one bolt transaction (see groupKV).
	err := s.group.group(ctx, func() error {
		if len(dels) > 0 {
			if err := s.qs.ApplyDeltas(dels, strict); err != nil {
				return err
			}
		}
		if len(adds) > 0 {
			return s.qs.ApplyDeltas(adds, strict)
		}
		return nil
	})
	if err != nil {
		// Cayley's kv store caches node ids and sizes it assigned inside the
		// rolled-back transaction: drop them by reopening over the same file.
		if qs, rerr := kv.New(s.group, kvOptions()); rerr == nil {
			s.qs = qs
		}
	}
	return err
}

// storedHash returns the content hash of docID in the store, or "" when absent.
func (s *Store) storedHash(ctx context.Context, docID string) (string, error) {
	var hash string
	doc := DocIRI(docID)
	err := s.eachQuad(ctx, quad.Subject, doc, func(q quad.Quad) error {
		if q.Predicate == PredHash && q.Label == doc {
			hash = Text(q.Object)
		}
		return nil
	})
	return hash, err
}

// documentQuads finds every stored quad labelled by the document or one of its
// sources. It walks from the document node through the links every load
// writes (src → ng:doc, entity → ng:mentionedIn, mention/statement →
// ng:source) and reads each reached node's quads through the subject index,
// since no backend indexes by label.
func (s *Store) documentQuads(ctx context.Context, docID string) ([]quad.Quad, error) {
	doc := DocIRI(docID)
	labels := map[quad.Value]bool{doc: true}
	subjects := map[quad.Value]bool{doc: true}
	var srcs []quad.Value
	err := s.eachQuad(ctx, quad.Object, doc, func(q quad.Quad) error {
		if q.Label != doc {
			return nil
		}
		switch q.Predicate {
		case PredDoc:
			if !labels[q.Subject] {
				labels[q.Subject] = true
				srcs = append(srcs, q.Subject)
			}
			subjects[q.Subject] = true
		case PredMentionedIn:
			subjects[q.Subject] = true
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	for _, src := range srcs {
		err := s.eachQuad(ctx, quad.Object, src, func(q quad.Quad) error {
			if q.Predicate == PredSource && q.Label == src {
				subjects[q.Subject] = true
			}
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	seen := map[quad.Quad]bool{}
	var out []quad.Quad
	for _, subj := range sortedValues(subjects) {
		err := s.eachQuad(ctx, quad.Subject, subj, func(q quad.Quad) error {
			if labels[q.Label] && !seen[q] {
				seen[q] = true
				out = append(out, q)
			}
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	return out, nil
}

func sortedValues(m map[quad.Value]bool) []quad.Value {
	out := make([]quad.Value, 0, len(m))
	for v := range m {
		out = append(out, v)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].String() < out[j].String() })
	return out
}

// DocumentQuads returns the quads that represent res in the schema of doc.go,
// without duplicates, in a deterministic order. skipped counts relations and
// statements left out because an entity reference has no id.
func DocumentQuads(res *record.Result) (quads []quad.Quad, skipped int) {
	return documentQuads(res, res.Doc.Hash())
}

func documentQuads(res *record.Result, hash string) (quads []quad.Quad, skipped int) {
	b := quadBuilder{seen: map[quad.Quad]bool{}}
	docID := res.Doc.ID
	doc := DocIRI(docID)

	b.add(doc, PredType, ClassArticle, doc)
	b.add(doc, PredHash, quad.String(hash), doc)
	if res.Doc.Path != "" {
		b.add(doc, PredPath, quad.String(res.Doc.Path), doc)
	}
	b.add(doc, PredSentences, quad.Int(res.Sentences), doc)
	m := res.Doc.Meta
	for _, kv := range []struct {
		p quad.IRI
		v string
	}{{PredTitle, m.Title}, {PredDate, m.Date}, {PredOutlet, m.Outlet}, {PredURL, m.URL}, {PredAuthor, m.Author}} {
		if kv.v != "" {
			b.add(doc, kv.p, quad.String(kv.v), doc)
		}
	}

	// Entities: the document's list first, then any entity that only a
	// relation or statement names, so that every node has a name and type
	// and is reachable from the document (Remove relies on that).
	type ent struct {
		e     record.Entity
		order int
	}
	ents := map[string]*ent{}
	var order []string
	addEnt := func(e record.Entity) {
		if e.ID == "" {
			return
		}
		if x, ok := ents[e.ID]; ok {
			x.e.Mentions += e.Mentions
			x.e.Aliases = append(x.e.Aliases, e.Aliases...)
			if x.e.Name == "" {
				x.e.Name = e.Name
			}
			if x.e.Type == "" {
				x.e.Type = e.Type
			}
			return
		}
		ents[e.ID] = &ent{e: e, order: len(order)}
		order = append(order, e.ID)
	}
	for _, e := range res.Entities {
		addEnt(e)
	}
	refEnt := func(r record.Ref) {
		addEnt(record.Entity{ID: r.ID, Name: r.Name, Type: r.Type})
	}
	for _, r := range res.Relations {
		refEnt(r.Subject)
		refEnt(r.Object)
		if r.AttributedTo != nil {
			refEnt(*r.AttributedTo)
		}
	}
	for _, st := range res.Statements {
		sp := st.Speaker
		if sp.ID == "" {
			sp = record.Ref{ID: record.SpeakerUnknown, Name: record.SpeakerUnknown}
		}
		refEnt(sp)
		for _, a := range st.About {
			refEnt(a)
		}
	}
	for _, id := range order {
		e := ents[id].e
		n := EntityIRI(id)
		name := e.Name
		if name == "" {
			name = id
		}
		b.add(n, PredType, TypeClass(e.Type), doc)
		if e.Type != "" {
			b.add(n, PredNGType, quad.String(e.Type), doc)
		}
		b.add(n, PredName, quad.String(name), doc)
		for _, a := range e.Aliases {
			if a != "" && a != name {
				b.add(n, PredAlternateName, quad.String(a), doc)
			}
		}
		b.add(n, PredMentions, quad.Int(e.Mentions), doc)
		b.add(n, PredMentionedIn, doc, doc)
	}

	srcDone := map[int]bool{}
	source := func(p record.Provenance) quad.IRI {
		src := SourceIRI(docID, p.Sentence)
		if !srcDone[p.Sentence] {
			srcDone[p.Sentence] = true
			b.add(src, PredDoc, doc, doc)
			b.add(src, PredSentence, quad.Int(p.Sentence), doc)
			b.add(src, PredText, quad.String(p.Text), doc)
			b.add(src, PredSpan, quad.String(strconv.Itoa(p.Span[0])+"-"+strconv.Itoa(p.Span[1])), doc)
		}
		return src
	}

	for _, r := range res.Relations {
		if r.Subject.ID == "" || r.Object.ID == "" || r.Predicate == "" {
			skipped++
			continue
		}
		src := source(r.Provenance)
		subj, pred, obj := EntityIRI(r.Subject.ID), RelationIRI(r.Predicate), EntityIRI(r.Object.ID)
		b.add(subj, pred, obj, src)
		m := MentionIRI(mentionID(docID, r))
		b.add(m, PredType, ClassMention, src)
		b.add(m, PredSubject, subj, src)
		b.add(m, PredPredicate, pred, src)
		b.add(m, PredObject, obj, src)
		b.add(m, PredSource, src, src)
		if r.PredicateText != "" {
			b.add(m, PredPredicateText, quad.String(r.PredicateText), src)
		}
		b.add(m, PredNegated, quad.Bool(r.Negated), src)
		if r.Modality != "" {
			b.add(m, PredModality, quad.String(r.Modality), src)
		}
		b.add(m, PredConfidence, confidence(r.Confidence), src)
		for _, k := range sortedKeys(r.Qualifiers) {
			b.add(m, QualifierIRI(k), quad.String(r.Qualifiers[k]), src)
		}
		if r.AttributedTo != nil && r.AttributedTo.ID != "" {
			b.add(m, PredAttributedTo, EntityIRI(r.AttributedTo.ID), src)
		}
	}

	for _, st := range res.Statements {
		if st.Content == "" {
			skipped++
			continue
		}
		speaker := st.Speaker.ID
		if speaker == "" {
			speaker = record.SpeakerUnknown
		}
		src := source(st.Provenance)
		n := StatementIRI(StatementID(speaker, st.Content))
		b.add(n, PredType, ClassStatement, src)
		b.add(n, PredSpeaker, EntityIRI(speaker), src)
		if st.Cue != "" {
			b.add(n, PredCue, quad.String(st.Cue), src)
		}
		b.add(n, PredContent, quad.String(st.Content), src)
		b.add(n, PredDirect, quad.Bool(st.Direct), src)
		for _, a := range st.About {
			if a.ID != "" {
				b.add(n, PredAbout, EntityIRI(a.ID), src)
			}
		}
		if st.Stance != "" {
			b.add(n, PredStance, quad.String(st.Stance), src)
		}
		b.add(n, PredSource, src, src)
		b.add(n, PredConfidence, confidence(st.Confidence), src)
	}
	return b.quads, skipped
}

type quadBuilder struct {
	seen  map[quad.Quad]bool
	quads []quad.Quad
}

func (b *quadBuilder) add(s, p, o, l quad.Value) {
	q := quad.Quad{Subject: s, Predicate: p, Object: o, Label: l}
	if b.seen[q] {
		return
	}
	b.seen[q] = true
	b.quads = append(b.quads, q)
}

// mentionID identifies one source's report of a relation with everything the
// source says about it, so that the same sentence asserting and negating a
// fact gives two mentions while reloading gives the same one.
func mentionID(docID string, r record.Relation) string {
	parts := []string{docID, strconv.Itoa(r.Sentence), r.Subject.ID, r.Predicate, r.Object.ID,
		r.PredicateText, strconv.FormatBool(r.Negated), r.Modality}
	for _, k := range sortedKeys(r.Qualifiers) {
		parts = append(parts, k+"="+r.Qualifiers[k])
	}
	if r.AttributedTo != nil {
		parts = append(parts, "by="+r.AttributedTo.ID)
	}
	return shortHash(parts...)
}

// confidence keeps NaN out of the store: NaN never equals itself, which would
// defeat duplicate detection.
func confidence(c float64) quad.Float {
	if math.IsNaN(c) || math.IsInf(c, 0) {
		return 0
	}
	return quad.Float(c)
}

func sortedKeys(m map[string]string) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
