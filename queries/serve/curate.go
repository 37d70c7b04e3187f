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

// CurateRequest is the body of POST /api/curate/{op}:
//
//	merge:  {"into": "donald-trump", "id": "trump"}   id becomes into (into keeps its name)
//	split:  {"id": "john-smith", "name": "J. Smith"}  the references named name become their own entity
//	retype: {"id": "nato", "type": "ORG"}
//	wrong:  {"subject": "vladimir-putin", "predicate": "invite", "object": "donald-trump"}
//	        or {"statement": "3f2a…"}; "doc" (and "sentence") limit it to one article's report
type CurateRequest struct {
	ID   string `json:"id"`
	Into string `json:"into,omitempty"`
	Name string `json:"name,omitempty"`
	Type string `json:"type,omitempty"`
	// wrong: the fact (graph.Wrong).
	Subject   string `json:"subject,omitempty"`
	Predicate string `json:"predicate,omitempty"`
	Object    string `json:"object,omitempty"`
	Statement string `json:"statement,omitempty"`
	Doc       string `json:"doc,omitempty"`
	Sentence  *int   `json:"sentence,omitempty"`
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
	case "merge", "split", "retype", "wrong":
	default:
		return nil, &apiError{status: http.StatusNotFound, msg: fmt.Sprintf("unknown curation %q (merge, split, retype, wrong)", op)}
	}
	if !s.opts.Curate {
		return nil, &apiError{status: http.StatusForbidden,
			msg: "this server was started without --curate: the store is open read-only and cannot be changed"}
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
	st := s.opts.Store
	if op == "wrong" {
		return s.markWrong(ctx, req)
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
		stats, err = st.Merge(ctx, req.Into, req.ID)
		result = req.Into
	case "split":
		if strings.TrimSpace(req.Name) == "" || len(req.Name) > 1000 || !validUTF8(req.Name) {
			return nil, badRequest("\"name\" is required: the name whose references become another entity")
		}
		stats, err = st.Split(ctx, req.ID, req.Name)
	case "retype":
		typ := strings.ToUpper(strings.TrimSpace(req.Type))
		ok := false
		for _, t := range entityTypes[1:] {
			ok = ok || typ == t
		}
		if !ok {
			return nil, badRequest("\"type\" must be one of %s, got %q", strings.Join(entityTypes[1:], ", "), req.Type)
		}
		stats, err = st.Retype(ctx, req.ID, typ)
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

// markWrong records that the fact req names is wrong. The answer's entity is
// the relation's subject or the statement's speaker, as it now stands.
func (s *Server) markWrong(ctx context.Context, req CurateRequest) (any, error) {
	if req.ID != "" || req.Into != "" || req.Name != "" || req.Type != "" {
		return nil, badRequest("a fact is named by \"subject\", \"predicate\" and \"object\", or by \"statement\" (and \"doc\", \"sentence\"), not by id, into, name or type")
	}
	w := graph.Wrong{Subject: req.Subject, Predicate: req.Predicate, Object: req.Object,
		Statement: req.Statement, Doc: req.Doc, Sentence: req.Sentence}
	for _, v := range []string{w.Subject, w.Predicate, w.Object, w.Statement, w.Doc} {
		if len(v) > 1000 || !validUTF8(v) || strings.ContainsRune(v, 0) {
			return nil, badRequest("a field of the fact is not valid text")
		}
	}
	var who string // whom the answer describes
	if w.Statement != "" {
		snap, err := s.snapshot(ctx)
		if err != nil {
			return nil, err
		}
		for _, st := range snap.Statements {
			if st.ID == w.Statement {
				who = st.Speaker
			}
		}
	} else {
		who = w.Subject
	}
	stats, err := s.opts.Store.MarkWrong(ctx, w)
	switch {
	case errors.Is(err, graph.ErrBadCorrection):
		return nil, badRequest("%v", err)
	case errors.Is(err, graph.ErrNotFound):
		return nil, &apiError{status: http.StatusNotFound, msg: err.Error()}
	case err != nil:
		if errors.Is(err, graph.ErrReadOnly) {
			return nil, err
		}
		return nil, fmt.Errorf("wrong: %w", err)
	}
	s.forget()
	ans := CurateAnswer{Op: "wrong", Stats: stats}
	if who != "" {
		// The entity may have gone with its only fact: then it is named by id.
		if ans.Entity, err = s.lookup(ctx, who); err != nil {
			ans.Entity = graph.Entity{ID: who}
		}
	}
	return ans, nil
}

// curations lists the corrections recorded in the store, oldest first: what
// analysts merged, split, retyped and marked wrong (readable without
// --curate).
func (s *Server) curations(ctx context.Context, r *http.Request) (any, error) {
	if err := knownParams(r); err != nil {
		return nil, err
	}
	ovs, err := s.opts.Store.Overrides(ctx)
	if err != nil {
		return nil, err
	}
	return nonNil(ovs), nil
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
