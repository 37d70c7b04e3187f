package graph

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/cayleygraph/quad"

	"newsgraph/extract/record"
)

// The entity registry: what the store keeps of each document so that every
// load links its articles against everything already stored, in the load's
// own transaction. Linking is package record's (NewLinking decides from the
// documents' entity lists); the registry only keeps its inputs and
// re-applies its outcome. The graph therefore depends on the set of stored
// documents, never on how they were split into runs or batches.
//
// Per document, labelled <doc/d> (so a replacement or a removal takes them
// with the rest of the document):
//
//	<doc/d> <ng:links>  "{...}"  entities as extracted (id, name, type, mentions) and
//	                             every reference the document's records make
//	<doc/d> <ng:record> "..."    the unlinked extraction result, gzip+base64 JSON,
//	                             from which the document's quads are rendered again
//	                             when a later load changes what its names link to
//
// Corrections an analyst makes (merge, split, retype) are store-wide quads
// labelled <meta> (see overrides.go), applied after linking.

// Registry predicates.
const (
	PredLinks  = quad.IRI("ng:links")
	PredRecord = quad.IRI("ng:record")
)

// IsRegistryPredicate says whether p carries the entity registry's data or
// the store's counts and labels rather than graph content: exports and queries leave
// such quads out.
func IsRegistryPredicate(p quad.Value) bool {
	return p == PredLinks || p == PredRecord || p == PredCounts || p == PredLabel
}

// linkRef is a reference as linking sees it: what Resolve reads.
type linkRef struct{ ID, Name, Type string }

func (r linkRef) ref() record.Ref { return record.Ref{ID: r.ID, Name: r.Name, Type: r.Type} }

// regDoc is what the registry keeps in memory of one stored document: what
// tells whether a later change can move its links. Its entity list is
// summed into the registry's names and read back from the store when the
// document is replaced or removed (storedLinks).
type regDoc struct {
	hash string
	ents []record.Entity // as extracted: ID, Name, Type, Mentions; nil once summed
	refs []linkRef       // every distinct reference the document makes
	// legacy marks a document stored before the registry (schema 1): it has
	// no record, so it takes part in linking but is never rendered again.
	legacy bool
}

// linksJSON is the stored form of a regDoc's links.
type linksJSON struct {
	Ents [][4]any    `json:"e"` // id, name, type, mentions
	Refs [][3]string `json:"r"` // id, name, type
}

func (d *regDoc) encode() string {
	var l linksJSON
	for _, e := range d.ents {
		l.Ents = append(l.Ents, [4]any{e.ID, e.Name, e.Type, e.Mentions})
	}
	for _, r := range d.refs {
		l.Refs = append(l.Refs, [3]string{r.ID, r.Name, r.Type})
	}
	b, _ := json.Marshal(l) // strings and ints only: cannot fail
	return string(b)
}

func decodeLinks(s string) (*regDoc, error) {
	var l struct {
		Ents [][4]json.RawMessage `json:"e"`
		Refs [][3]string          `json:"r"`
	}
	if err := json.Unmarshal([]byte(s), &l); err != nil {
		return nil, err
	}
	d := &regDoc{}
	for _, e := range l.Ents {
		var x record.Entity
		if err := json.Unmarshal(e[0], &x.ID); err != nil {
			return nil, err
		}
		if err := json.Unmarshal(e[1], &x.Name); err != nil {
			return nil, err
		}
		if err := json.Unmarshal(e[2], &x.Type); err != nil {
			return nil, err
		}
		if err := json.Unmarshal(e[3], &x.Mentions); err != nil {
			return nil, err
		}
		d.ents = append(d.ents, x)
	}
	for _, r := range l.Refs {
		d.refs = append(d.refs, linkRef{r[0], r[1], r[2]})
	}
	return d, nil
}

// newRegDoc takes what linking needs from an unlinked result.
func newRegDoc(res *record.Result, hash string) *regDoc {
	d := &regDoc{hash: hash}
	seen := map[linkRef]bool{}
	addRef := func(r record.Ref) {
		if r.ID == "" || r.ID == record.SpeakerUnknown {
			return
		}
		k := linkRef{r.ID, r.Name, r.Type}
		if !seen[k] {
			seen[k] = true
			d.refs = append(d.refs, k)
		}
	}
	for _, e := range res.Entities {
		d.ents = append(d.ents, record.Entity{ID: e.ID, Name: e.Name, Type: e.Type, Mentions: e.Mentions})
		addRef(e.Ref())
	}
	for _, r := range res.Relations {
		addRef(r.Subject)
		addRef(r.Object)
		if r.AttributedTo != nil {
			addRef(*r.AttributedTo)
		}
	}
	for _, st := range res.Statements {
		addRef(st.Speaker)
		for _, a := range st.About {
			addRef(a)
		}
	}
	return d
}

// storedDoc is a document as extracted, before linking, as the store keeps it.
type storedDoc struct {
	Path   string         `json:"path,omitempty"`
	Meta   record.Meta    `json:"meta"`
	Hash   string         `json:"hash"`
	Result *record.Result `json:"result"`
}

// encodeRecord compresses with the store's writers, reused: a new one
// allocates about a megabyte of tables, more than the record it compresses.
func (s *Store) encodeRecord(res *record.Result, hash string) (string, error) {
	var buf bytes.Buffer
	zw, _ := s.gzips.Get().(*gzip.Writer)
	if zw == nil {
		zw, _ = gzip.NewWriterLevel(io.Discard, gzip.BestSpeed)
	}
	defer s.gzips.Put(zw)
	zw.Reset(&buf)
	enc := json.NewEncoder(zw)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(storedDoc{Path: res.Doc.Path, Meta: res.Doc.Meta, Hash: hash, Result: res}); err != nil {
		return "", fmt.Errorf("encoding the record of %s: %w", res.Doc.ID, err)
	}
	if err := zw.Close(); err != nil {
		return "", err
	}
	// base64: PostgreSQL text holds no NUL bytes.
	return base64.StdEncoding.EncodeToString(buf.Bytes()), nil
}

func decodeRecord(docID, s string) (*record.Result, string, error) {
	raw, err := base64.StdEncoding.DecodeString(s)
	if err != nil {
		return nil, "", fmt.Errorf("record of %s: %w", docID, err)
	}
	zr, err := gzip.NewReader(bytes.NewReader(raw))
	if err != nil {
		return nil, "", fmt.Errorf("record of %s: %w", docID, err)
	}
	b, err := io.ReadAll(zr)
	if err != nil {
		return nil, "", fmt.Errorf("record of %s: %w", docID, err)
	}
	var rec storedDoc
	if err := json.Unmarshal(b, &rec); err != nil || rec.Result == nil {
		return nil, "", fmt.Errorf("record of %s: not a record: %v", docID, err)
	}
	rec.Result.Doc = record.Document{ID: docID, Path: rec.Path, Meta: rec.Meta}
	return rec.Result, rec.Hash, nil
}

// registry is the in-memory view of the registry of a store. Linking
// depends only on the names each link group has and how often they are
// mentioned, summed over documents (record.NewLinking), so that sum is
// what it keeps of the documents' entity lists; per document it keeps the
// references only, to find the documents a change may relink.
type registry struct {
	docs      map[string]*regDoc
	names     map[linkName]*nameCount
	overrides overrides
	// resolve is linking plus overrides for the current docs.
	resolve func(record.Ref) (string, string)
}

// linkName is an entity as linking reads it: a concept or someone unnamed by
// its id, any other by its name and type.
type linkName struct{ ID, Name, Type string }

type nameCount struct{ mentions, docs int }

func nameOf(e record.Entity) linkName {
	if e.Type == record.TypeConcept || e.Type == record.TypeUnnamed {
		return linkName{e.ID, e.Name, e.Type}
	}
	return linkName{"", e.Name, e.Type}
}

// addNames adds (sign 1) or takes away (sign -1) a document's entities from
// the summed names, marking in touched (when not nil) the link keys whose
// resolution that may change.
func (r *registry) addNames(ents []record.Entity, sign int, touched map[string]bool) {
	for _, e := range ents {
		k := nameOf(e)
		c := r.names[k]
		if c == nil {
			c = &nameCount{}
			r.names[k] = c
		}
		c.mentions += sign * e.Mentions
		c.docs += sign
		if c.docs <= 0 {
			delete(r.names, k)
		}
		if touched != nil {
			touched[record.LinkKey(e.Ref())] = true
			if e.Type == record.TypePerson {
				touchSurname(touched, e.Name)
			}
		}
	}
}

// touchSurname marks the link key of the surname of a full name: whether a
// single-word name links to a full name depends on the full names ending
// with it (record.NewLinking).
func touchSurname(touched map[string]bool, name string) {
	if w := strings.Fields(name); len(w) > 1 {
		touched[record.LinkKey(record.Ref{Name: w[len(w)-1], Type: record.TypePerson})] = true
	}
}

// sortedDocIDs lists the registry's documents in order, so that relinking
// visits them the same way whatever order they were loaded in.
func sortedDocIDs(docs map[string]*regDoc) []string {
	ids := make([]string, 0, len(docs))
	for id := range docs {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	return ids
}

// linkAll decides the links among the summed names and returns the resolver
// with the analyst's corrections applied on top.
func linkAll(names map[linkName]*nameCount, ov overrides) func(record.Ref) (string, string) {
	keys := make([]linkName, 0, len(names))
	for k := range names {
		keys = append(keys, k)
	}
	// Sorted: linking then sees the same input whatever the load order.
	sort.Slice(keys, func(i, j int) bool {
		a, b := keys[i], keys[j]
		if a.Type != b.Type {
			return a.Type < b.Type
		}
		if a.Name != b.Name {
			return a.Name < b.Name
		}
		return a.ID < b.ID
	})
	ents := make([]record.Entity, len(keys))
	for i, k := range keys {
		ents[i] = record.Entity{ID: k.ID, Name: k.Name, Type: k.Type, Mentions: names[k].mentions}
	}
	l := record.NewLinking([]*record.Result{{Entities: ents}})
	memo := map[linkRef][2]string{}
	return func(r record.Ref) (string, string) {
		k := linkRef{r.ID, r.Name, r.Type}
		if v, ok := memo[k]; ok {
			return v[0], v[1]
		}
		id, name := l.Resolve(r)
		if r.Type == record.TypeConcept && id == r.ID {
			// A concept keeps the words its own article uses: which wording
			// the collection uses most changes with every batch and would
			// rewrite every article naming it; readers pick the name most
			// articles use (Snapshot).
			name = r.Name
		}
		id, name = ov.apply(k, id, name)
		memo[k] = [2]string{id, name}
		return id, name
	}
}

// storedLinks reads the links of stored document docID.
func (s *Store) storedLinks(ctx context.Context, docID string) (*regDoc, error) {
	doc := DocIRI(docID)
	var hash, links string
	err := s.eachQuad(ctx, quad.Subject, doc, func(q quad.Quad) error {
		if q.Label != doc {
			return nil
		}
		switch q.Predicate {
		case PredHash:
			hash = Text(q.Object)
		case PredLinks:
			links = Text(q.Object)
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("reading the links of %s: %w", docID, err)
	}
	var d *regDoc
	if links != "" {
		if d, err = decodeLinks(links); err != nil {
			return nil, fmt.Errorf("%s: %w: the links of document %s: %v", s.Name(), ErrCorrupt, docID, err)
		}
	} else if d, err = s.legacyLinks(ctx, doc); err != nil {
		return nil, err
	}
	d.hash = hash
	return d, nil
}

// loadRegistry reads the registry of every stored document. A document
// stored before the registry existed (schema 1) is read from its entity
// quads; see migrate.
func (s *Store) loadRegistry(ctx context.Context) (*registry, error) {
	reg := &registry{docs: map[string]*regDoc{}, names: map[linkName]*nameCount{}}
	var docs []quad.Value
	err := s.eachQuad(ctx, quad.Object, ClassArticle, func(q quad.Quad) error {
		if q.Predicate == PredType && q.Label == q.Subject {
			docs = append(docs, q.Subject)
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("reading the registry of %s: %w", s.Name(), err)
	}
	for _, doc := range docs {
		id, _ := ParseID(doc, PrefixDoc)
		d, err := s.storedLinks(ctx, id)
		if err != nil {
			return nil, fmt.Errorf("reading the registry of %s: %w", s.Name(), err)
		}
		reg.addNames(d.ents, 1, nil)
		d.ents = nil
		reg.docs[id] = d
	}
	if reg.overrides, err = s.readOverrides(ctx); err != nil {
		return nil, err
	}
	reg.resolve = linkAll(reg.names, reg.overrides)
	return reg, nil
}

// legacyLinks reads the links of a document stored without them (schema 1)
// from its entity quads: the names it was linked to then.
func (s *Store) legacyLinks(ctx context.Context, doc quad.Value) (*regDoc, error) {
	d := &regDoc{legacy: true}
	var ents []quad.Value
	err := s.eachQuad(ctx, quad.Object, doc, func(q quad.Quad) error {
		if q.Predicate == PredMentionedIn && q.Label == doc {
			ents = append(ents, q.Subject)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	for _, ent := range ents {
		id, _ := ParseID(ent, PrefixEntity)
		e := record.Entity{ID: id}
		err := s.eachQuad(ctx, quad.Subject, ent, func(q quad.Quad) error {
			if q.Label != doc {
				return nil
			}
			switch q.Predicate {
			case PredName:
				e.Name = Text(q.Object)
			case PredNGType:
				e.Type = Text(q.Object)
			case PredMentions:
				e.Mentions = int(Int(q.Object))
			}
			return nil
		})
		if err != nil {
			return nil, err
		}
		if id == record.SpeakerUnknown {
			continue
		}
		d.ents = append(d.ents, e)
		d.refs = append(d.refs, linkRef{e.ID, e.Name, e.Type})
	}
	return d, nil
}

// readRecordText returns the stored record of docID, encoded.
func (s *Store) readRecordText(ctx context.Context, docID string) (string, error) {
	doc := DocIRI(docID)
	var rec string
	err := s.eachQuad(ctx, quad.Subject, doc, func(q quad.Quad) error {
		if q.Predicate == PredRecord && q.Label == doc {
			rec = Text(q.Object)
		}
		return nil
	})
	if err != nil {
		return "", err
	}
	if rec == "" {
		return "", fmt.Errorf("%s: document %s has no record", s.Name(), docID)
	}
	return rec, nil
}
