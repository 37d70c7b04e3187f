package serve

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"strings"
	"unicode/utf8"

	"newsgraph/graph"
	"newsgraph/queries"
)

func validUTF8(s string) bool { return utf8.ValidString(s) }

// exact names entity id so that queries take it as that id, not a name.
func exact(id string) string { return "<" + graph.PrefixEntity + id + ">" }

// Info is the answer of /api/info: what the server serves and its limits.
type Info struct {
	Store          string         `json:"store"`
	Curate         bool           `json:"curate"`
	QueryTimeout   string         `json:"query_timeout"`
	MaxResultBytes int64          `json:"max_result_bytes"`
	MaxRows        int            `json:"max_rows"`
	Entities       int            `json:"entities"`
	EntitiesByType map[string]int `json:"entities_by_type"`
	Documents      int            `json:"documents"`
	// Outlets and the span of the articles' dates, for search filters.
	Outlets   []Outlet `json:"outlets"`
	FirstDate string   `json:"first_date,omitempty"`
	LastDate  string   `json:"last_date,omitempty"`
}

func (s *Server) info(ctx context.Context, r *http.Request) (any, error) {
	if err := knownParams(r); err != nil {
		return nil, err
	}
	// Counts from what the server holds anyway: Store.Stats reads every quad.
	idx, err := s.nameIndex(ctx)
	if err != nil {
		return nil, err
	}
	docs, err := s.docs.count(ctx)
	if err != nil {
		return nil, err
	}
	outlets, first, last, err := s.docs.outlets(ctx)
	if err != nil {
		return nil, err
	}
	return Info{Store: s.opts.Store.Name(), Curate: s.opts.Curate, QueryTimeout: s.opts.QueryTimeout.String(),
		MaxResultBytes: s.opts.MaxResultBytes, MaxRows: s.opts.MaxRows,
		Entities: idx.Len(), EntitiesByType: idx.CountByType(), Documents: docs,
		Outlets: outlets, FirstDate: first, LastDate: last}, nil
}

// SearchAnswer is the answer of /api/search.
type SearchAnswer struct {
	Query string        `json:"query"`
	Hits  []queries.Hit `json:"hits"`
}

func (s *Server) search(ctx context.Context, r *http.Request) (any, error) {
	if err := knownParams(r, "q", "type", "limit", "outlet", "from", "to"); err != nil {
		return nil, err
	}
	q, err := param(r, "q")
	if err != nil {
		return nil, err
	}
	if strings.TrimSpace(q) == "" {
		return nil, badRequest("parameter \"q\" is required: the name to look for")
	}
	typ, err := choiceParam(r, "type", entityTypes...)
	if err != nil {
		return nil, err
	}
	limit, err := intParam(r, "limit", 20, 1, 100)
	if err != nil {
		return nil, err
	}
	filter, err := docFilterParams(r)
	if err != nil {
		return nil, err
	}
	opts := queries.SearchOptions{Type: typ, Limit: limit}
	if !filter.empty() {
		if opts.InDocs, err = s.docs.matching(ctx, filter); err != nil {
			return nil, err
		}
	}
	idx, err := s.nameIndex(ctx)
	if err != nil {
		return nil, err
	}
	hits, err := idx.Search(ctx, q, opts)
	if err != nil {
		return nil, err
	}
	return SearchAnswer{Query: q, Hits: hits}, nil
}

// lookup returns the entity with exactly this id, or a 404 that suggests
// entities whose names come close.
func (s *Server) lookup(ctx context.Context, id string) (graph.Entity, error) {
	e, err := queries.Resolve(ctx, s.opts.Store, exact(id))
	var nf *queries.NotFoundError
	var amb *queries.AmbiguousError
	if err != nil && !errors.As(err, &nf) && !errors.As(err, &amb) {
		return e, err
	}
	if err == nil && e.ID == id {
		return e, nil
	}
	ae := &apiError{status: http.StatusNotFound, msg: fmt.Sprintf("no entity with id %q", id)}
	idx, err := s.nameIndex(ctx)
	if err != nil {
		return e, err
	}
	hits, err := idx.Search(ctx, strings.ReplaceAll(id, "-", " "), queries.SearchOptions{Limit: 5})
	if err != nil {
		return e, err
	}
	ae.extra = map[string]any{"suggestions": hits}
	return e, ae
}

// Relation is a fact on an entity's page: the entity is its subject or object.
type Relation = queries.Fact

// EntityPage is the answer of /api/entity/{id}: the entity, what it said,
// what was said about it, and its relations, each with its sources; Docs
// describes every document those sources are in.
type EntityPage struct {
	Entity    graph.Entity        `json:"entity"`
	SaidBy    []queries.Statement `json:"said_by"`
	About     []queries.Statement `json:"about"`
	Relations []Relation          `json:"relations"`
	More      map[string]int      `json:"more,omitempty"` // list → rows left out by max
	Docs      map[string]DocInfo  `json:"docs"`
	// Names names the entities sources are attributed to (by id).
	Names     map[string]queries.EntityRef `json:"names,omitempty"`
	Neighbors []queries.Node               `json:"neighbors"`
	// Timeline is what was said about the entity, one item per statement
	// and reporting article, by the article's date (undated last).
	Timeline []TimelineItem `json:"timeline"`
}

// TimelineItem is one article's report of a statement about the entity.
type TimelineItem struct {
	Day       string            `json:"day,omitempty"`  // the article's date as YYYY-MM-DD (or shorter), "" when unknown
	Date      string            `json:"date,omitempty"` // as the article gives it
	Doc       string            `json:"doc"`
	Sentences []int             `json:"sentences"`
	Statement string            `json:"statement"` // its id in said_by/about
	Speaker   queries.EntityRef `json:"speaker"`
	Cue       string            `json:"cue,omitempty"`
	Content   string            `json:"content"`
	Stance    string            `json:"stance,omitempty"`
}

func (s *Server) entity(ctx context.Context, r *http.Request) (any, error) {
	if err := knownParams(r, "max"); err != nil {
		return nil, err
	}
	id, err := pathID(r)
	if err != nil {
		return nil, err
	}
	limit, err := intParam(r, "max", s.opts.MaxRows, 1, s.opts.MaxRows)
	if err != nil {
		return nil, err
	}
	ent, err := s.lookup(ctx, id)
	if err != nil {
		return nil, err
	}
	st := s.opts.Store
	page := &EntityPage{Entity: ent, More: map[string]int{}, Docs: map[string]DocInfo{}, Relations: []Relation{}}
	said, err := queries.SaidBy(ctx, st, exact(id))
	if err != nil {
		return nil, err
	}
	about, err := queries.About(ctx, st, exact(id))
	if err != nil {
		return nil, err
	}
	page.SaidBy = capList(said.Statements, limit, "said_by", page.More)
	page.About = capList(about.Statements, limit, "about", page.More)
	net, err := queries.Neighbors(ctx, st, exact(id), 1)
	if err != nil {
		return nil, err
	}
	page.Neighbors = nonNil(net.Nodes[min(1, len(net.Nodes)):]) // the first node is the entity itself
	// The relations with their sentences: Between for each entity a
	// relation links this one to (it answers both directions at once).
	seen := map[string]bool{id: true}
	var others []string
	for _, e := range net.Edges {
		if e.Kind != queries.KindRelation {
			continue
		}
		other := e.To.ID
		if other == id {
			other = e.From.ID
		}
		if !seen[other] {
			seen[other] = true
			others = append(others, other)
		}
	}
	for _, other := range others {
		if len(page.Relations) >= limit {
			page.More["relations"]++
			continue
		}
		rel, err := queries.Between(ctx, st, exact(id), exact(other))
		var nf *queries.NotFoundError
		if errors.As(err, &nf) {
			continue // a node without a name: not an entity one can name
		}
		if err != nil {
			return nil, err
		}
		page.Relations = append(page.Relations, rel.Facts...)
	}
	if len(page.Relations) > limit {
		page.More["relations"] += len(page.Relations) - limit
		page.Relations = page.Relations[:limit]
	}
	tl, err := queries.Timeline(ctx, st, exact(id))
	if err != nil {
		return nil, err
	}
	items := make([]TimelineItem, 0, len(tl.Entries))
	for _, e := range tl.Entries {
		items = append(items, TimelineItem{Day: e.Day, Date: e.Date, Doc: e.Document.ID, Sentences: e.Sentences,
			Statement: e.Statement.ID, Speaker: e.Statement.Speaker, Cue: e.Statement.Cue, Content: e.Statement.Content, Stance: e.Statement.Stance})
	}
	page.Timeline = capList(items, limit, "timeline", page.More)
	// The documents the page cites.
	cite := func(ss []graph.Source) error {
		for _, src := range ss {
			if _, ok := page.Docs[src.Doc]; ok || src.Doc == "" {
				continue
			}
			d, err := s.docs.info(ctx, src.Doc)
			if err != nil {
				return err
			}
			page.Docs[src.Doc] = d
		}
		return nil
	}
	for _, list := range [][]queries.Statement{page.SaidBy, page.About} {
		for _, stm := range list {
			if err := cite(stm.Sources); err != nil {
				return nil, err
			}
		}
	}
	for _, it := range page.Timeline {
		if err := cite([]graph.Source{{Doc: it.Doc}}); err != nil {
			return nil, err
		}
	}
	for _, f := range page.Relations {
		if err := cite(f.Sources); err != nil {
			return nil, err
		}
		for _, src := range f.Sources {
			if a := src.AttributedTo; a != "" && page.Names[a].ID == "" {
				if page.Names == nil {
					page.Names = map[string]queries.EntityRef{}
				}
				e, err := queries.Resolve(ctx, st, exact(a))
				if err != nil {
					e = graph.Entity{ID: a} // named by its id alone
				}
				page.Names[a] = queries.EntityRef{ID: a, Name: e.Name, Type: e.Type}
			}
		}
	}
	if len(page.More) == 0 {
		page.More = nil
	}
	return page, nil
}

// capList keeps the first limit items and records how many were left out.
func capList[T any](items []T, limit int, name string, more map[string]int) []T {
	if len(items) > limit {
		more[name] = len(items) - limit
		return items[:limit]
	}
	return nonNil(items)
}

// snapshot returns the whole graph, read once: the map drawing in package
// export works on a snapshot.
func (s *Server) snapshot(ctx context.Context) (*graph.Snapshot, error) {
	snap, _, err := s.read(ctx)
	return snap, err
}

// read returns the snapshot of the whole graph and the name index made
// from it, reading them on first use (and after a curation).
func (s *Server) read(ctx context.Context) (*graph.Snapshot, *queries.NameIndex, error) {
	select {
	case s.snapLock <- struct{}{}:
		defer func() { <-s.snapLock }()
	case <-ctx.Done():
		return nil, nil, fmt.Errorf("waiting for the server's first reading of the store (it can take a while on a big store; try again): %w", context.Cause(ctx))
	}
	if s.snap == nil {
		snap, err := s.opts.Store.Snapshot(ctx)
		if err != nil {
			return nil, nil, fmt.Errorf("reading the graph: %w", err)
		}
		s.snap, s.names = snap, queries.NameIndexOf(snap)
	}
	return s.snap, s.names, nil
}

// GizmoRequest is the body of POST /api/gizmo (or the script itself as
// text/plain).
type GizmoRequest struct {
	Query string `json:"query"`
	// Lang is "gizmo" (default) or "graphql".
	Lang string `json:"lang,omitempty"`
	// Limit caps the results: 1..10000, default 100.
	Limit int `json:"limit,omitempty"`
	// AllRows keeps repeated results (see queries.RawOptions.Distinct).
	AllRows bool `json:"all_rows,omitempty"`
}

// GizmoAnswer is the answer of POST /api/gizmo.
type GizmoAnswer struct {
	Results []any `json:"results"`
}

// maxGizmoLimit caps a script's results.
const maxGizmoLimit = 10000

func (s *Server) gizmo(ctx context.Context, r *http.Request) (any, error) {
	if err := knownParams(r); err != nil {
		return nil, err
	}
	body, err := io.ReadAll(http.MaxBytesReader(nil, r.Body, maxBodyBytes))
	if err != nil {
		var mb *http.MaxBytesError
		if errors.As(err, &mb) {
			return nil, &apiError{status: http.StatusRequestEntityTooLarge, msg: fmt.Sprintf("the script is longer than %d bytes", maxBodyBytes)}
		}
		return nil, badRequest("reading the request: %v", err)
	}
	var req GizmoRequest
	ct, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type"))
	switch ct {
	case "application/json":
		dec := json.NewDecoder(bytes.NewReader(body))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&req); err != nil {
			return nil, badRequest("the body is not a Gizmo request: %v (want {\"query\": \"g.V()...\", \"limit\": 100})", err)
		}
	case "text/plain", "":
		req.Query = string(body)
	default:
		return nil, &apiError{status: http.StatusUnsupportedMediaType, msg: fmt.Sprintf("content type %q: send application/json or text/plain", ct)}
	}
	if !validUTF8(req.Query) || strings.ContainsRune(req.Query, 0) {
		return nil, badRequest("the script is not valid text")
	}
	if strings.TrimSpace(req.Query) == "" {
		return nil, badRequest("no script: send {\"query\": \"g.V().Limit(5).All()\"}")
	}
	switch req.Lang {
	case "":
		req.Lang = queries.LangGizmo
	case queries.LangGizmo, queries.LangGraphQL:
	default:
		return nil, badRequest("lang must be gizmo or graphql, got %q", req.Lang)
	}
	switch {
	case req.Limit == 0:
		req.Limit = 100
	case req.Limit < 1 || req.Limit > maxGizmoLimit:
		return nil, badRequest("limit must be between 1 and %d, got %d", maxGizmoLimit, req.Limit)
	}
	res, err := s.opts.Gizmo(ctx, req.Lang, req.Query, queries.RawOptions{
		Limit: req.Limit, Distinct: !req.AllRows, Timeout: s.opts.QueryTimeout, MaxResultBytes: s.opts.MaxResultBytes,
	})
	if err != nil {
		err = s.ctxError(ctx, err)
		switch {
		case errors.Is(err, queries.ErrTimeLimit), errors.Is(err, queries.ErrResultLimit),
			errors.Is(err, queries.ErrMemoryLimit), errors.Is(err, queries.ErrCallDepth):
			return nil, err
		}
		// Anything else is the script's own error: syntax, a bad call.
		return nil, &apiError{status: http.StatusBadRequest, msg: err.Error()}
	}
	return GizmoAnswer{Results: nonNil(res)}, nil
}
