package extract

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"runtime"
	"runtime/debug"
	"sort"
	"strings"
	"sync"
)

// RunOptions configure ExtractAll.
type RunOptions struct {
	Workers  int                   // goroutines; 0 means GOMAXPROCS
	Progress func(done, total int) // called after each document, from one goroutine at a time
	// NoLink leaves each result as extracted, for a caller that links
	// against more than these documents (a store's registry).
	NoLink bool

	// BeforeEach, when set, runs inside each document's extraction, just before
	// it. It is for tests: a panic in it is handled like a panic of the
	// extractor, so they can check that one failing document is reported and
	// the others are still extracted. Programs leave it nil.
	BeforeEach func(Document)
}

// ErrInternal marks a document whose extraction failed on a bug of the
// extractor (a panic), not on its input being unreadable.
var ErrInternal = errors.New("internal error in extraction")

// ExtractError is one document ExtractAll could not extract.
type ExtractError struct {
	ID   string // the document's id
	Path string // the file it was read from, if any
	Err  error  // wraps ErrInternal for a panic
	// Stack is the goroutine's stack where the panic happened, for a bug
	// report; empty for other errors. It is not part of Error().
	Stack []byte
}

func (e *ExtractError) Error() string {
	name := e.Path
	if name == "" {
		name = e.ID
	}
	return "extract " + name + ": " + e.Err.Error()
}

func (e *ExtractError) Unwrap() error { return e.Err }

// ExtractErrors lists the documents ExtractAll skipped, in the order of its docs.
type ExtractErrors []*ExtractError

func (es ExtractErrors) Error() string {
	if len(es) == 1 {
		return es[0].Error()
	}
	return fmt.Sprintf("%s (and %d more documents)", es[0].Error(), len(es)-1)
}

func (es ExtractErrors) Unwrap() []error {
	out := make([]error, len(es))
	for i, e := range es {
		out[i] = e
	}
	return out
}

// ExtractAll extracts docs on several goroutines and links their entities
// (Link, unless opts.NoLink). Results come back in the order of docs whatever the worker count, so
// output is byte-identical for any Workers.
//
// A document whose extraction fails — a panic inside the extractor included —
// does not stop the others: its result is left out, the others are extracted
// and linked, and the error is an ExtractErrors naming every such document
// (with results non-nil). Cancelling ctx stops the work and returns ctx's error
// and no results.
func (x *Extractor) ExtractAll(ctx context.Context, docs []Document, opts RunOptions) ([]*Result, error) {
	workers := opts.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	results := make([]*Result, len(docs))
	errs := make([]*ExtractError, len(docs))
	next := make(chan int)
	var wg sync.WaitGroup
	var mu sync.Mutex
	done := 0
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				results[i], errs[i] = x.extractIsolated(ctx, docs[i], opts.BeforeEach)
				mu.Lock()
				done++
				if opts.Progress != nil {
					opts.Progress(done, len(docs))
				}
				mu.Unlock()
			}
		}()
	}
feed:
	for i := range docs {
		select {
		case next <- i:
		case <-ctx.Done():
			break feed
		}
	}
	close(next)
	wg.Wait()
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("extracting %d documents: %w", len(docs), err)
	}
	var failed ExtractErrors
	ok := results[:0]
	for i, r := range results {
		switch {
		case errs[i] != nil:
			failed = append(failed, errs[i])
		case r == nil:
			// Never silently: a document without a result or an error is a bug here.
			failed = append(failed, &ExtractError{ID: docs[i].ID, Path: docs[i].Path, Err: fmt.Errorf("%w: no result", ErrInternal)})
		default:
			ok = append(ok, r)
		}
	}
	if !opts.NoLink {
		Link(ok)
	}
	if failed != nil {
		return ok, failed
	}
	return ok, nil
}

// extractIsolated extracts one document, turning a panic into its error so
// one document's bug does not take down the others.
func (x *Extractor) extractIsolated(ctx context.Context, doc Document, before func(Document)) (res *Result, xerr *ExtractError) {
	defer func() {
		if p := recover(); p != nil {
			res = nil
			xerr = &ExtractError{ID: doc.ID, Path: doc.Path, Err: fmt.Errorf("%w: %v", ErrInternal, p), Stack: debug.Stack()}
		}
	}()
	if before != nil {
		before(doc)
	}
	res, err := x.Extract(ctx, doc)
	if err != nil {
		if ctx.Err() != nil {
			return nil, nil // reported once by ExtractAll
		}
		return nil, &ExtractError{ID: doc.ID, Path: doc.Path, Err: err}
	}
	return res, nil
}

// entityClass groups types that can name the same thing.
func entityClass(typ string) string {
	switch typ {
	case TypeGPE, TypeLoc:
		return "place"
	}
	return typ
}

// linkKey groups references that may name the same thing across documents.
// Concepts are identified by their id (made from what the phrase names, not its
// wording); names by their spelling-insensitive identity key.
func linkKey(r Ref) string {
	if r.Type == TypeConcept {
		return TypeConcept + "/" + r.ID
	}
	return entityClass(r.Type) + "/" + identityKey(r.Name)
}

// LinkKey groups references that may name the same thing across documents
// (see linkKey). A store that links articles run by run keeps it per entity.
func LinkKey(r Ref) string { return linkKey(r) }

// Linking is what linking decided for a set of documents: the id and name
// each reference resolves to. It depends only on the documents' entity
// lists, so a store can recompute it from what it keeps of each document.
type Linking struct {
	groups map[string]*linkGroup // class/identityKey → group
	alias  map[string]string     // group key → group key
}

type linkGroup struct {
	names    map[string]int // name → mentions
	canon    string
	multi    bool
	lastWord string
}

// Link gives one id to each real-world thing across documents: spelling variants
// ("Zelensky", "Zelenskyy") and surnames ("Hegseth" where another article says
// "Pete Hegseth") join the fullest, most used name. Different people stay apart:
// a surname shared by two full names is left alone.
func Link(results []*Result) {
	ApplyLinks(results, NewLinking(results).Resolve)
}

// NewLinking decides the links among the entities of results (their
// Entities only; relations and statements are not read).
func NewLinking(results []*Result) *Linking {
	groups := map[string]*linkGroup{}
	keyOf := func(e Entity) string { return linkKey(e.Ref()) }
	for _, r := range results {
		for _, e := range r.Entities {
			k := keyOf(e)
			g := groups[k]
			if g == nil {
				g = &linkGroup{names: map[string]int{}}
				groups[k] = g
			}
			g.names[e.Name] += e.Mentions
			if w := strings.Fields(e.Name); len(w) > 1 {
				g.multi = true
				g.lastWord = identityKey(w[len(w)-1])
			}
		}
	}
	// Surname groups join the unique full-name group ending with that surname.
	alias := map[string]string{} // group key → group key
	bySurname := map[string][]string{}
	for k, g := range groups {
		if g.multi && strings.HasPrefix(k, TypePerson+"/") {
			bySurname[g.lastWord] = append(bySurname[g.lastWord], k)
		}
	}
	for k, g := range groups {
		if g.multi || !strings.HasPrefix(k, TypePerson+"/") {
			continue
		}
		if full := bySurname[strings.TrimPrefix(k, TypePerson+"/")]; len(full) == 1 {
			alias[k] = full[0] // the surname form becomes an alias, never the canonical name
		}
	}
	for k, g := range groups {
		if _, ok := alias[k]; ok {
			continue
		}
		best, bestN := "", -1
		if strings.HasPrefix(k, TypeConcept+"/") {
			// A concept is named the way most sentences name it, then most briefly.
			for n, c := range g.names {
				if c > bestN || c == bestN && (len(n) < len(best) || len(n) == len(best) && n < best) {
					best, bestN = n, c
				}
			}
			g.canon = best
			continue
		}
		for n, c := range g.names {
			if len(strings.Fields(n)) < len(strings.Fields(best)) {
				continue
			}
			if len(strings.Fields(n)) > len(strings.Fields(best)) || c > bestN || c == bestN && n < best {
				best, bestN = n, c
			}
		}
		g.canon = best
	}
	return &Linking{groups: groups, alias: alias}
}

// Resolve returns the id and name that reference e links to; a reference
// whose key no entity shares keeps its own.
func (l *Linking) Resolve(e Ref) (id, name string) {
	k := linkKey(e)
	if a, ok := l.alias[k]; ok {
		k = a
	}
	g := l.groups[k]
	if g == nil {
		return e.ID, e.Name
	}
	if e.Type == TypeConcept {
		return e.ID, g.canon // the id is the concept's key, the same in every document
	}
	return Slug(g.canon), g.canon
}

// ApplyLinks rewrites every reference in results to the id and name resolve
// gives it, merging a document's entities that end up with one id (the
// names they lose become aliases).
func ApplyLinks(results []*Result, resolve func(Ref) (id, name string)) {
	fix := func(r *Ref) {
		if r == nil || r.ID == SpeakerUnknown {
			return
		}
		r.ID, r.Name = resolve(*r)
	}
	for _, r := range results {
		merged := map[string]int{}
		var ents []Entity
		for _, e := range r.Entities {
			old := e.Name
			ref := e.Ref()
			fix(&ref)
			e.ID, e.Name = ref.ID, ref.Name
			if old != e.Name {
				e.Aliases = append(e.Aliases, old)
			}
			if i, ok := merged[e.ID]; ok {
				ents[i].Mentions += e.Mentions
				ents[i].Aliases = append(ents[i].Aliases, e.Aliases...)
				ents[i].MixedScript = ents[i].MixedScript || e.MixedScript
				continue
			}
			merged[e.ID] = len(ents)
			ents = append(ents, e)
		}
		for i := range ents {
			ents[i].Aliases = uniqueSorted(ents[i].Aliases, ents[i].Name)
		}
		r.Entities = ents
		for i := range r.Relations {
			fix(&r.Relations[i].Subject)
			fix(&r.Relations[i].Object)
			fix(r.Relations[i].AttributedTo)
		}
		for i := range r.Statements {
			fix(&r.Statements[i].Speaker)
			for j := range r.Statements[i].About {
				fix(&r.Statements[i].About[j])
			}
		}
	}
}

func uniqueSorted(in []string, except string) []string {
	seen := map[string]bool{except: true}
	var out []string
	for _, s := range in {
		if !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	sort.Strings(out)
	return out
}

// MergedEntities returns one entity per id across results, with every document
// that mentions it, sorted by id.
func MergedEntities(results []*Result) []Entity {
	byID := map[string]*Entity{}
	var ids []string
	for _, r := range results {
		for _, e := range r.Entities {
			m := byID[e.ID]
			if m == nil {
				c := e
				c.Aliases = append([]string(nil), e.Aliases...)
				c.Docs = append([]string(nil), e.Docs...)
				byID[e.ID] = &c
				ids = append(ids, e.ID)
				continue
			}
			m.Mentions += e.Mentions
			m.Aliases = append(m.Aliases, e.Aliases...)
			m.Docs = append(m.Docs, e.Docs...)
			m.MixedScript = m.MixedScript || e.MixedScript
			if m.Type == TypeConcept && e.Type != TypeConcept {
				// "labour" the noun in one article, Labour the party in another: the
				// name's type says more than a noun phrase's.
				m.Type, m.Name = e.Type, e.Name
			}
		}
	}
	sort.Strings(ids)
	out := make([]Entity, 0, len(ids))
	for _, id := range ids {
		e := byID[id]
		e.Aliases = uniqueSorted(e.Aliases, e.Name)
		e.Docs = uniqueSorted(e.Docs, "")
		out = append(out, *e)
	}
	return out
}

// WriteJSONL writes results as JSON Lines: one record per line, the merged
// entities first (MergedEntities), then each document's relations and statements.
// This is the shape ../shared/eval/score.py and `newsgraph extract` use.
func WriteJSONL(w io.Writer, results []*Result) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for _, ent := range MergedEntities(results) {
		if err := enc.Encode(ent); err != nil {
			return err
		}
	}
	for _, r := range results {
		for _, rel := range r.Relations {
			if err := enc.Encode(rel); err != nil {
				return err
			}
		}
		for _, st := range r.Statements {
			if err := enc.Encode(st); err != nil {
				return err
			}
		}
	}
	return nil
}
