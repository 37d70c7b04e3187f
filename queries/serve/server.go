package serve

import (
	"bytes"
	"context"
	"embed"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"net"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"time"

	"newsgraph/graph"
	"newsgraph/queries"
)

//go:embed static
var static embed.FS

// Defaults of Options left zero.
const (
	DefaultQueryTimeout   = 10 * time.Second
	DefaultMaxResultBytes = 8 << 20
	DefaultMaxRows        = 500
	DefaultMaxConcurrent  = 4
)

// maxBodyBytes bounds a request body (a Gizmo script, a curation request).
const maxBodyBytes = 64 << 10

// GizmoFunc runs a Gizmo or GraphQL script (lang is queries.LangGizmo or
// queries.LangGraphQL) under opts and returns its results. Its errors wrap
// queries.ErrTimeLimit and the other limit errors when a limit stopped it.
type GizmoFunc func(ctx context.Context, lang, src string, opts queries.RawOptions) ([]any, error)

// Options configure a Server.
type Options struct {
	// Store is the graph served; the Server does not close it.
	Store *graph.Store
	// QueryTimeout bounds every request's work; 0 means DefaultQueryTimeout.
	QueryTimeout time.Duration
	// MaxResultBytes bounds the JSON of one answer; 0 means
	// DefaultMaxResultBytes. A larger answer is an error, not a cut one.
	MaxResultBytes int64
	// MaxRows caps the rows of a list (statements, relations, edges, query
	// rows); the answer says how many more there were. 0 means DefaultMaxRows.
	MaxRows int
	// MaxConcurrent is how many requests may query the store at once; the
	// others wait (within their time limit). 0 means DefaultMaxConcurrent.
	MaxConcurrent int
	// Curate allows curation requests. Without it they are refused with 403
	// — and the caller should also have opened Store read-only, so that
	// the refusal does not rest on this flag alone.
	Curate bool
	// LoopbackOnly refuses requests whose Host header is not localhost or
	// an IP address: a server on loopback is then out of reach of web pages
	// that rebind their own domain name to 127.0.0.1 (DNS rebinding).
	LoopbackOnly bool
	// Gizmo runs /api/gizmo scripts. Nil runs them in this process with
	// queries.Gizmo, whose limits stop runaway scripts but cannot survive a
	// Go stack overflow inside the JavaScript runtime's builtins (see package
	// queries): a server facing untrusted scripts should pass a function
	// that runs them in a child process, as the newsgraph command does.
	Gizmo GizmoFunc
}

// Server answers the JSON API and serves the page. Create it with New.
type Server struct {
	opts Options
	mux  *http.ServeMux
	sem  chan struct{}

	// snap caches the whole graph for the neighbourhood map, read on first
	// use: the store does not change under a read-only server.
	// snapLock (a channel, so that a request can stop waiting at its time
	// limit) guards snap.
	snapLock chan struct{}
	snap     *graph.Snapshot
	docs     *docIndex
	// names answers searches from memory; built with snap.
	names *queries.NameIndex

	// answers caches the whole-graph named queries (top, corroborated,
	// contradictions), which read every quad, by their parameters.
	answersMu sync.Mutex
	answers   map[string]*Table
}

// maxCachedAnswers bounds the cache of whole-graph answers.
const maxCachedAnswers = 64

// Warm reads ahead what the first requests would otherwise wait for: the
// name index for search and the snapshot the maps are drawn from. Errors
// are left for those requests to meet and report.
func (s *Server) Warm(ctx context.Context) {
	s.read(ctx)
}

// nameIndex returns the name index of the snapshot.
func (s *Server) nameIndex(ctx context.Context) (*queries.NameIndex, error) {
	_, x, err := s.read(ctx)
	return x, err
}

// New returns a Server for opts.
func New(opts Options) (*Server, error) {
	if opts.Store == nil {
		return nil, errors.New("serve: no store")
	}
	if opts.QueryTimeout <= 0 {
		opts.QueryTimeout = DefaultQueryTimeout
	}
	if opts.MaxResultBytes <= 0 {
		opts.MaxResultBytes = DefaultMaxResultBytes
	}
	if opts.MaxRows <= 0 {
		opts.MaxRows = DefaultMaxRows
	}
	if opts.MaxConcurrent <= 0 {
		opts.MaxConcurrent = DefaultMaxConcurrent
	}
	if opts.Gizmo == nil {
		opts.Gizmo = inProcessGizmo(opts.Store)
	}
	s := &Server{opts: opts, mux: http.NewServeMux(), sem: make(chan struct{}, opts.MaxConcurrent), snapLock: make(chan struct{}, 1)}
	s.docs = newDocIndex(opts.Store)
	s.routes()
	return s, nil
}

func inProcessGizmo(st *graph.Store) GizmoFunc {
	return func(ctx context.Context, lang, src string, opts queries.RawOptions) ([]any, error) {
		if lang == queries.LangGraphQL {
			return queries.GraphQL(ctx, st, src, opts)
		}
		return queries.Gizmo(ctx, st, src, opts)
	}
}

func (s *Server) routes() {
	sub, err := fs.Sub(static, "static")
	if err != nil {
		panic(err) // the embedded folder is part of the binary
	}
	s.mux.Handle("GET /static/", http.StripPrefix("/static/", http.FileServerFS(sub)))
	page := func(w http.ResponseWriter, r *http.Request) {
		b, err := static.ReadFile("static/index.html")
		if err != nil {
			http.Error(w, "page missing from the build", http.StatusInternalServerError)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write(b)
	}
	s.mux.HandleFunc("GET /{$}", page)
	s.mux.HandleFunc("GET /e/{id...}", page)
	s.mux.HandleFunc("GET /doc/{id...}", page)
	s.mux.HandleFunc("GET /queries", page)

	s.mux.HandleFunc("GET /api/info", s.api(s.info))
	s.mux.HandleFunc("GET /api/search", s.api(s.search))
	s.mux.HandleFunc("GET /api/entity/{id...}", s.api(s.entity))
	s.mux.HandleFunc("GET /api/neighbors/{id...}", s.neighbors)
	s.mux.HandleFunc("GET /api/doc/{id...}", s.api(s.document))
	s.mux.HandleFunc("GET /api/queries", s.api(s.queryList))
	s.mux.HandleFunc("GET /api/query/{name}", s.namedQuery)
	s.mux.HandleFunc("POST /api/gizmo", s.api(s.gizmo))
	s.mux.HandleFunc("POST /api/curate/{op}", s.api(s.curate))
	s.mux.HandleFunc("GET /api/curations", s.api(s.curations))
	for _, p := range []string{"/api/gizmo", "/api/curate/{op}"} {
		s.mux.HandleFunc(p, func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Allow", "POST")
			writeError(w, &apiError{status: http.StatusMethodNotAllowed, msg: r.URL.Path + " takes POST"})
		})
	}
	s.mux.HandleFunc("/api/", func(w http.ResponseWriter, r *http.Request) {
		writeError(w, &apiError{status: http.StatusNotFound, msg: "no such API endpoint: " + r.Method + " " + r.URL.Path})
	})
}

// ServeHTTP answers one request.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	h := w.Header()
	// Everything the page needs comes from this server; scripts, styles and
	// the SVG maps never load from elsewhere.
	h.Set("Content-Security-Policy", "default-src 'self'; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'")
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Referrer-Policy", "no-referrer")
	if s.opts.LoopbackOnly && !localHost(r.Host) {
		writeError(w, &apiError{status: http.StatusForbidden, msg: fmt.Sprintf("host %q refused: this server answers to localhost and IP addresses only", r.Host)})
		return
	}
	// A page elsewhere may make the browser send a POST here (a form, or a
	// fetch without CORS); the browser names that page in Origin.
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		if o := r.Header.Get("Origin"); o != "" && !sameOrigin(o, r.Host) {
			writeError(w, &apiError{status: http.StatusForbidden, msg: fmt.Sprintf("cross-origin request from %s refused", o)})
			return
		}
	}
	s.mux.ServeHTTP(w, r)
}

// localHost reports whether a Host header names localhost or an IP address.
func localHost(host string) bool {
	if h, _, err := net.SplitHostPort(host); err == nil {
		host = h
	}
	host = strings.TrimSuffix(strings.TrimPrefix(host, "["), "]")
	return strings.EqualFold(host, "localhost") || net.ParseIP(host) != nil
}

// sameOrigin reports whether origin (scheme://host[:port]) is this server.
func sameOrigin(origin, host string) bool {
	u, err := url.Parse(origin)
	return err == nil && strings.EqualFold(u.Host, host)
}

// apiError is an answer other than 200, with the message the client sees.
type apiError struct {
	status int
	msg    string
	extra  map[string]any
}

func (e *apiError) Error() string { return e.msg }

func badRequest(format string, args ...any) *apiError {
	return &apiError{status: http.StatusBadRequest, msg: fmt.Sprintf(format, args...)}
}

// handlerFunc does the work of one API request under its time limit.
type handlerFunc func(ctx context.Context, r *http.Request) (any, error)

// api wraps h with the time limit, the concurrency limit, error statuses
// and the size limit of the JSON answer.
func (s *Server) api(h handlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		v, err := s.run(r, h)
		if err != nil {
			writeError(w, err)
			return
		}
		s.writeJSON(w, v)
	}
}

// run calls h with a context bounded by the query timeout, once a slot is free.
func (s *Server) run(r *http.Request, h handlerFunc) (any, error) {
	ctx, cancel := context.WithTimeoutCause(r.Context(), s.opts.QueryTimeout,
		fmt.Errorf("%w of %s", queries.ErrTimeLimit, s.opts.QueryTimeout))
	defer cancel()
	select {
	case s.sem <- struct{}{}:
		defer func() { <-s.sem }()
	case <-ctx.Done():
		return nil, s.ctxError(ctx, ctx.Err())
	}
	v, err := h(ctx, r)
	if err != nil {
		return nil, s.ctxError(ctx, err)
	}
	return v, nil
}

// ctxError replaces a bare context error by its cause (the time limit).
func (s *Server) ctxError(ctx context.Context, err error) error {
	if errors.Is(err, context.DeadlineExceeded) || errors.Is(err, context.Canceled) {
		if cause := context.Cause(ctx); cause != nil {
			return fmt.Errorf("%w", cause)
		}
	}
	return err
}

// writeJSON writes v, or an error when its JSON exceeds MaxResultBytes.
func (s *Server) writeJSON(w http.ResponseWriter, v any) {
	var buf bytes.Buffer
	lw := &limitWriter{w: &buf, n: s.opts.MaxResultBytes}
	enc := json.NewEncoder(lw)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		if errors.Is(err, errTooLarge) {
			writeError(w, &apiError{status: http.StatusUnprocessableEntity,
				msg: fmt.Sprintf("%v: the answer is larger than %d bytes (--max-result); narrow the query or lower its limit", queries.ErrResultLimit, s.opts.MaxResultBytes)})
			return
		}
		writeError(w, fmt.Errorf("encoding the answer: %w", err))
		return
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Write(buf.Bytes())
}

var errTooLarge = errors.New("answer too large")

type limitWriter struct {
	w interface{ Write([]byte) (int, error) }
	n int64
}

func (l *limitWriter) Write(p []byte) (int, error) {
	if int64(len(p)) > l.n {
		return 0, errTooLarge
	}
	l.n -= int64(len(p))
	return l.w.Write(p)
}

// writeError answers with err's status and {"error": message, ...}.
func writeError(w http.ResponseWriter, err error) {
	status, body := errorBody(err)
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.Encode(body)
}

func errorBody(err error) (int, map[string]any) {
	body := map[string]any{"error": err.Error()}
	var ae *apiError
	var nf *queries.NotFoundError
	var amb *queries.AmbiguousError
	switch {
	case errors.As(err, &ae):
		for k, v := range ae.extra {
			body[k] = v
		}
		return ae.status, body
	case errors.As(err, &nf):
		body["suggestions"] = nonNil(nf.Suggestions)
		return http.StatusNotFound, body
	case errors.As(err, &amb):
		body["candidates"] = amb.Candidates
		return http.StatusConflict, body
	case errors.Is(err, queries.ErrTimeLimit):
		body["limit"] = "time"
		return http.StatusGatewayTimeout, body
	case errors.Is(err, queries.ErrResultLimit):
		body["limit"] = "result"
		return http.StatusUnprocessableEntity, body
	case errors.Is(err, queries.ErrMemoryLimit):
		body["limit"] = "memory"
		return http.StatusUnprocessableEntity, body
	case errors.Is(err, queries.ErrCallDepth):
		body["limit"] = "stack"
		return http.StatusUnprocessableEntity, body
	case errors.Is(err, graph.ErrReadOnly):
		return http.StatusForbidden, body
	}
	return http.StatusInternalServerError, body
}

func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

// Parameter parsing: every parameter is checked, and a bad one is a 400
// that names it.

// knownParams refuses parameters the endpoint does not take, so that a
// typo ("dept=2") is not silently ignored.
func knownParams(r *http.Request, names ...string) error {
	for k := range r.URL.Query() {
		ok := false
		for _, n := range names {
			ok = ok || k == n
		}
		if !ok && len(names) == 0 {
			return badRequest("unknown parameter %q (this endpoint takes no parameters)", k)
		}
		if !ok {
			return badRequest("unknown parameter %q (this endpoint takes: %s)", k, strings.Join(names, ", "))
		}
	}
	return nil
}

// param returns the single value of parameter name, "" when absent.
func param(r *http.Request, name string) (string, error) {
	vs := r.URL.Query()[name]
	switch {
	case len(vs) == 0:
		return "", nil
	case len(vs) > 1:
		return "", badRequest("parameter %q given %d times", name, len(vs))
	}
	v := vs[0]
	if len(v) > 1000 {
		return "", badRequest("parameter %q is longer than 1000 bytes", name)
	}
	if strings.ContainsRune(v, 0) || !validUTF8(v) {
		return "", badRequest("parameter %q is not valid text", name)
	}
	return v, nil
}

// intParam parses parameter name as an integer in [lo, hi]; absent is def.
func intParam(r *http.Request, name string, def, lo, hi int) (int, error) {
	v, err := param(r, name)
	if err != nil || v == "" {
		return def, err
	}
	n, err := strconv.Atoi(v)
	if err != nil {
		return 0, badRequest("parameter %q must be a whole number, got %q", name, v)
	}
	if n < lo || n > hi {
		return 0, badRequest("parameter %q must be between %d and %d, got %d", name, lo, hi, n)
	}
	return n, nil
}

// choiceParam returns parameter name, which must be one of choices; absent is choices[0].
func choiceParam(r *http.Request, name string, choices ...string) (string, error) {
	v, err := param(r, name)
	if err != nil {
		return "", err
	}
	if v == "" {
		return choices[0], nil
	}
	for _, c := range choices {
		if strings.EqualFold(v, c) {
			return c, nil
		}
	}
	return "", badRequest("parameter %q must be one of %s, got %q", name, strings.Join(choices, ", "), v)
}

// entityTypes are the types an entity filter accepts ("" for any).
var entityTypes = append([]string{""}, queries.EntityTypes()...)

// boolParam parses parameter name as true/false (1/0); absent is false.
func boolParam(r *http.Request, name string) (bool, error) {
	v, err := param(r, name)
	if err != nil || v == "" {
		return false, err
	}
	b, err := strconv.ParseBool(v)
	if err != nil {
		return false, badRequest("parameter %q must be true or false, got %q", name, v)
	}
	return b, nil
}

// typeFilter reads a comma-separated type list (parameter name) and
// no-concepts as package queries' TypeFilter.
func typeFilter(r *http.Request, name string) (queries.TypeFilter, error) {
	v, err := param(r, name)
	if err != nil {
		return queries.TypeFilter{}, err
	}
	types, err := queries.ParseTypes(v)
	if err != nil {
		return queries.TypeFilter{}, badRequest("parameter %q: %v", name, err)
	}
	noConcepts, err := boolParam(r, "no-concepts")
	if err != nil {
		return queries.TypeFilter{}, err
	}
	return queries.TypeFilter{Types: types, NoConcepts: noConcepts}, nil
}

// pathID returns the {id} of the path, checked.
func pathID(r *http.Request) (string, error) {
	id := r.PathValue("id")
	if strings.TrimSpace(id) == "" {
		return "", badRequest("no entity id in the path")
	}
	if len(id) > 1000 || strings.ContainsRune(id, 0) || !validUTF8(id) {
		return "", badRequest("the id in the path is not a valid id")
	}
	return id, nil
}
