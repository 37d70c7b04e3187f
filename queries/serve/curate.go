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

	"newsgraph/graph"
)

// curator is what curation needs of the store: the corrections of package
// graph (merge, split, retype), which it records in the store so that later
// builds keep them. It is asserted at run time so that this package builds
// against a graph package that does not have them yet; a store without them
// answers curation requests with 501.
type curator interface {
	Merge(ctx context.Context, into, id string) (graph.LoadStats, error)
	Split(ctx context.Context, id, name string) (graph.LoadStats, error)
	Retype(ctx context.Context, id, typ string) (graph.LoadStats, error)
}

// CurateRequest is the body of POST /api/curate/{op}:
//
//	merge:  {"into": "donald-trump", "id": "trump"}   id becomes into (into keeps its name)
//	split:  {"id": "john-smith", "name": "J. Smith"}  the references named name become their own entity
//	retype: {"id": "nato", "type": "ORG"}
type CurateRequest struct {
	ID   string `json:"id"`
	Into string `json:"into,omitempty"`
	Name string `json:"name,omitempty"`
	Type string `json:"type,omitempty"`
}

// CurateAnswer is the answer of a curation: what it rewrote.
type CurateAnswer struct {
	Op     string          `json:"op"`
	Stats  graph.LoadStats `json:"stats"`
	Entity graph.Entity    `json:"entity"` // the entity as it now stands
}

func (s *Server) curate(ctx context.Context, r *http.Request) (any, error) {
	op := r.PathValue("op")
	switch op {
	case "merge", "split", "retype":
	case "wrong":
		if s.opts.Curate {
			return nil, &apiError{status: http.StatusNotImplemented,
				msg: "marking a fact wrong is not available: the store has no operation to record it (only merge, split and retype)"}
		}
	default:
		return nil, &apiError{status: http.StatusNotFound, msg: fmt.Sprintf("unknown curation %q (merge, split, retype)", op)}
	}
	if !s.opts.Curate {
		return nil, &apiError{status: http.StatusForbidden,
			msg: "this server was started without --curate: the store is open read-only and cannot be changed"}
	}
	cur, ok := any(s.opts.Store).(curator)
	if !ok {
		return nil, &apiError{status: http.StatusNotImplemented,
			msg: "curation is not available: this build's store has no merge/split/retype operations"}
	}
	if err := knownParams(r); err != nil {
		return nil, err
	}
	// JSON only: a browser sends another site's application/json POST only
	// after a CORS preflight, which this server does not grant.
	if ct, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type")); ct != "application/json" {
		return nil, &apiError{status: http.StatusUnsupportedMediaType, msg: "send the curation as application/json"}
	}
	body, err := io.ReadAll(http.MaxBytesReader(nil, r.Body, maxBodyBytes))
	if err != nil {
		return nil, badRequest("reading the request: %v", err)
	}
	var req CurateRequest
	dec := json.NewDecoder(bytes.NewReader(body))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&req); err != nil {
		return nil, badRequest("the body is not a curation request: %v", err)
	}
	if _, err := s.lookup(ctx, req.ID); err != nil {
		if strings.TrimSpace(req.ID) == "" {
			return nil, badRequest("\"id\" is required: the entity to change")
		}
		return nil, err
	}
	var stats graph.LoadStats
	result := req.ID
	switch op {
	case "merge":
		if strings.TrimSpace(req.Into) == "" {
			return nil, badRequest("\"into\" is required: the entity %s is merged into", req.ID)
		}
		if req.Into == req.ID {
			return nil, badRequest("cannot merge %s with itself", req.ID)
		}
		if _, err := s.lookup(ctx, req.Into); err != nil {
			return nil, err
		}
		stats, err = cur.Merge(ctx, req.Into, req.ID)
		result = req.Into
	case "split":
		if strings.TrimSpace(req.Name) == "" || len(req.Name) > 1000 || !validUTF8(req.Name) {
			return nil, badRequest("\"name\" is required: the name whose references become another entity")
		}
		stats, err = cur.Split(ctx, req.ID, req.Name)
	case "retype":
		typ := strings.ToUpper(strings.TrimSpace(req.Type))
		ok := false
		for _, t := range entityTypes[1:] {
			ok = ok || typ == t
		}
		if !ok {
			return nil, badRequest("\"type\" must be one of %s, got %q", strings.Join(entityTypes[1:], ", "), req.Type)
		}
		stats, err = cur.Retype(ctx, req.ID, typ)
	}
	if err != nil {
		if errors.Is(err, graph.ErrReadOnly) {
			return nil, err
		}
		return nil, fmt.Errorf("%s: %w", op, err)
	}
	s.forget()
	ent, err := s.lookup(ctx, result)
	if err != nil {
		return nil, err
	}
	return CurateAnswer{Op: op, Stats: stats, Entity: ent}, nil
}

// forget drops what the server cached from the store, after a change.
func (s *Server) forget() {
	s.snapLock <- struct{}{}
	s.snap, s.names = nil, nil
	<-s.snapLock
	s.docs.mu.Lock()
	s.docs.docs, s.docs.titles = nil, map[string]DocInfo{}
	s.docs.mu.Unlock()
	s.answersMu.Lock()
	s.answers = nil
	s.answersMu.Unlock()
}
