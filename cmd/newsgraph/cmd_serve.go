package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net"
	"net/http"
	"strconv"
	"strings"
	"time"

	"newsgraph/graph"
	"newsgraph/queries"
	"newsgraph/queries/serve"
)

func runServe(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet(e, "serve", "",
		"Serve a web page and a JSON API (/api/...) over the store: search, entity pages with every\n"+
			"statement and relation and the sentences behind them, neighbourhood maps, the named queries\n"+
			"and Gizmo. The store is opened read-only unless --curate.")
	sf := storeFlagsFor(fs)
	addr := fs.String("addr", "127.0.0.1:8080", "address to listen on (host:port; port 0 picks a free one); loopback unless you say otherwise")
	timeout := fs.Duration("query-timeout", serve.DefaultQueryTimeout, "stop any request's query with an error after this long")
	maxResult := fs.Int64("max-result", serve.DefaultMaxResultBytes, "largest answer in bytes of JSON; larger answers are refused")
	curate := fs.Bool("curate", false, "open the store for writing and allow curation (merge, retype, mark wrong)")
	rest, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(rest) > 0 {
		return fmt.Errorf("%w: serve takes no arguments (got %q)", errUsage, rest)
	}
	if *timeout <= 0 {
		return fmt.Errorf("%w: --query-timeout must be positive", errUsage)
	}
	if *maxResult <= 0 {
		return fmt.Errorf("%w: --max-result must be positive", errUsage)
	}
	if *sf.backend == graph.BackendMemory {
		return fmt.Errorf("%w: the memory backend is empty in a new process; serve a bolt or postgres store", errUsage)
	}
	host, _, err := net.SplitHostPort(*addr)
	if err != nil {
		return fmt.Errorf("%w: --addr %q: %v (want host:port, e.g. 127.0.0.1:8080)", errUsage, *addr, err)
	}

	var st *graph.Store
	if *curate {
		st, err = openStore(ctx, sf, false)
	} else {
		st, err = openReadOnly(ctx, sf)
	}
	if err != nil {
		return err
	}
	defer st.Close()

	ip := net.ParseIP(strings.Trim(host, "[]"))
	loopback := host == "localhost" || ip != nil && ip.IsLoopback()
	opts := serve.Options{Store: st, QueryTimeout: *timeout, MaxResultBytes: *maxResult, Curate: *curate, LoopbackOnly: loopback}
	if *curate {
		// The store is open for writing, which on bolt locks out every other
		// process, the query child included: scripts run in this process.
		fmt.Fprintln(e.stderr, "newsgraph serve: with --curate, Gizmo scripts run inside the server (a script that overflows the JavaScript runtime's stack would stop it)")
	} else {
		opts.Gizmo = childGizmo(*sf.db, *sf.backend)
	}
	srv, err := serve.New(opts)
	if err != nil {
		return err
	}

	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		return fmt.Errorf("listening on %s: %w", *addr, err)
	}
	if !loopback {
		fmt.Fprintf(e.stderr, "newsgraph serve: listening beyond this machine (%s): anyone who can reach it can read the store\n", *addr)
	}
	hs := &http.Server{
		Handler:           srv,
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       30 * time.Second,
		WriteTimeout:      *timeout + 30*time.Second,
		IdleTimeout:       2 * time.Minute,
	}
	mode := "read-only"
	if *curate {
		mode = "curation enabled"
	}
	fmt.Fprintf(e.stderr, "newsgraph serve: %s (%s) on http://%s/\n", st.Name(), mode, ln.Addr())
	errc := make(chan error, 1)
	go func() { errc <- hs.Serve(ln) }()
	// The search index and the map's snapshot, read before the first
	// request needs them; done before the store closes.
	wctx, wcancel := context.WithCancel(ctx)
	warmed := make(chan struct{})
	go func() { srv.Warm(wctx); close(warmed) }()
	defer func() { wcancel(); <-warmed }()
	select {
	case err := <-errc:
		return fmt.Errorf("serving: %w", err)
	case <-ctx.Done():
	}
	shut, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if err := hs.Shutdown(shut); err != nil {
		return fmt.Errorf("stopping the server: %w", err)
	}
	return nil
}

// childGizmo runs each script with "newsgraph query gizmo" in a child
// process (see runQueryChild): a script that kills the JavaScript runtime
// kills the child, and the server answers with an error.
func childGizmo(db, backend string) serve.GizmoFunc {
	return func(ctx context.Context, lang, src string, opts queries.RawOptions) ([]any, error) {
		args := []string{"--db", db, "--backend", backend, "--timeout", opts.Timeout.String(), lang,
			"--limit", strconv.Itoa(opts.Limit)}
		if !opts.Distinct {
			args = append(args, "--all-rows")
		}
		args = append(args, "--", src)
		var out, errOut bytes.Buffer
		err := runQueryChild(ctx, &env{stdout: &out, stderr: &errOut}, lang, args, opts.Timeout)
		if err != nil {
			if ctx.Err() != nil {
				return nil, fmt.Errorf("%w of %s", queries.ErrTimeLimit, opts.Timeout)
			}
			return nil, childError(err)
		}
		if int64(out.Len()) > opts.MaxResultBytes && opts.MaxResultBytes > 0 {
			return nil, fmt.Errorf("%w (%d bytes of JSON)", queries.ErrResultLimit, opts.MaxResultBytes)
		}
		dec := json.NewDecoder(&out)
		dec.UseNumber()
		var res []any
		if err := dec.Decode(&res); err != nil {
			return nil, fmt.Errorf("reading the query process's answer: %w", err)
		}
		return res, nil
	}
}

// limitError is an error reported by the query child, which comes back as
// text, tied again to the limit it names.
type limitError struct {
	msg   string
	limit error
}

func (e *limitError) Error() string { return e.msg }
func (e *limitError) Unwrap() error { return e.limit }

// childError recovers which limit, if any, stopped the child's script, from
// its message: the child words them with the errors of package queries (or
// with --timeout's "stopped after"), and a crash is a call-depth failure.
func childError(err error) error {
	msg := err.Error()
	for _, lim := range []error{queries.ErrTimeLimit, queries.ErrMemoryLimit, queries.ErrResultLimit, queries.ErrCallDepth} {
		if strings.Contains(msg, lim.Error()) {
			return &limitError{msg, lim}
		}
	}
	switch {
	case strings.Contains(msg, "stopped after --timeout"):
		return &limitError{msg, queries.ErrTimeLimit}
	case strings.Contains(msg, "crashed the process"):
		return &limitError{msg, queries.ErrCallDepth}
	case errors.Is(err, errBadFlag), errors.Is(err, errUsage):
		return fmt.Errorf("the query process refused its arguments: %w", err)
	}
	return err
}
