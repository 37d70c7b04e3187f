package queries

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"regexp"
	"runtime/metrics"
	"strings"
	"time"

	"github.com/cayleygraph/cayley/query"
	"github.com/cayleygraph/cayley/query/gizmo"     // registers "gizmo"
	_ "github.com/cayleygraph/cayley/query/graphql" // registers "graphql"
	"github.com/dop251/goja"

	"newsgraph/graph"
)

// Query languages passed through to Cayley.
const (
	LangGizmo   = "gizmo"
	LangGraphQL = "graphql"
)

// DefaultLimit caps the results of a pass-through query when the caller
// gives no limit, so that g.V().All() on a big store does not run away.
const DefaultLimit = 1000

// Budgets of a pass-through query when RawOptions leaves them zero.
const (
	// DefaultMemoryBudget is how far the Go heap may grow while a query
	// runs. The whole process's heap is measured (the Go runtime has no
	// per-goroutine accounting), so concurrent work counts against it too.
	DefaultMemoryBudget = 512 << 20
	// DefaultMaxResultBytes bounds the JSON size of all results together.
	DefaultMaxResultBytes = 64 << 20
)

// Errors a pass-through query stops with, for errors.Is.
var (
	// ErrTimeLimit: the query ran longer than RawOptions.Timeout.
	ErrTimeLimit = errors.New("query stopped at its time limit")
	// ErrMemoryLimit: the heap grew past RawOptions.MemoryBudget.
	ErrMemoryLimit = errors.New("query stopped at its memory budget")
	// ErrCallDepth: the script nested calls deeper than MaxCallDepth.
	ErrCallDepth = errors.New("query exceeded the call stack limit")
	// ErrResultLimit: the results exceed RawOptions.MaxResultBytes.
	ErrResultLimit = errors.New("query results exceed their size budget")
)

// RawOptions configure a pass-through query.
type RawOptions struct {
	// Limit caps the number of results; < 1 means DefaultLimit.
	Limit int
	// Distinct drops repeated results. Entity quads are repeated once per
	// document (see package graph), so g.V().Has(...) yields a node once
	// per document unless the query says .Unique() or this is set.
	Distinct bool
	// Timeout stops the query after this long; 0 means only ctx bounds it.
	Timeout time.Duration
	// MemoryBudget is how many bytes the heap may grow while the query
	// runs; < 1 means DefaultMemoryBudget.
	MemoryBudget int64
	// MaxResultBytes bounds the JSON encoding of all results together;
	// < 1 means DefaultMaxResultBytes.
	MaxResultBytes int64
}

// Gizmo runs a Gizmo query (Cayley's JavaScript path language:
// g.V("<ent/vladimir-putin>").Out().All()) and returns its results as values
// that encode to JSON. The script runs under the time, memory and result
// budgets of opts, with a bounded call stack (MaxCallDepth) and with every
// value it hands to the graph API checked for cycles and depth (see guard).
func Gizmo(ctx context.Context, s *graph.Store, src string, opts RawOptions) ([]any, error) {
	return raw(ctx, s, LangGizmo, src, opts)
}

// GraphQL runs a query in Cayley's GraphQL dialect
// ({ nodes(id: "<ent/vladimir-putin>") { id name: <schema:name> } }), under
// the same time, memory and result budgets as Gizmo.
func GraphQL(ctx context.Context, s *graph.Store, src string, opts RawOptions) ([]any, error) {
	return raw(ctx, s, LangGraphQL, src, opts)
}

func raw(ctx context.Context, s *graph.Store, lang, src string, opts RawOptions) ([]any, error) {
	limit := opts.Limit
	if limit < 1 {
		limit = DefaultLimit
	}
	memBudget := opts.MemoryBudget
	if memBudget < 1 {
		memBudget = DefaultMemoryBudget
	}
	maxBytes := opts.MaxResultBytes
	if maxBytes < 1 {
		maxBytes = DefaultMaxResultBytes
	}
	ctx, stop := context.WithCancelCause(ctx)
	defer stop(nil)
	if opts.Timeout > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeoutCause(ctx, opts.Timeout, fmt.Errorf("%w of %s", ErrTimeLimit, opts.Timeout))
		defer cancel()
	}
	// Cayley's result iterator interrupts the script when the context it
	// waits on ends, so the watchdog only has to cancel.
	defer watchMemory(ctx, uint64(memBudget), stop)()

	var sess query.Session
	if lang == LangGizmo {
		gs := gizmo.NewSession(s.QuadStore())
		if err := guardGizmo(gs); err != nil {
			return nil, fmt.Errorf("%s query: %w", lang, err)
		}
		sess = gs
		// The value of the script's last expression is exported by Cayley
		// with a recursive walk that a deeply nested value would overflow,
		// and JSON results drop it anyway: end on a value with nothing in it.
		// A scalar last value (g.V().Count(), 1+1) is the answer the user
		// asked for, so the script runs inside eval, whose value is the
		// script's, and a number, string or boolean is emitted as a result.
		q, err := json.Marshal(src)
		if err != nil {
			return nil, fmt.Errorf("%s query: %w", lang, err)
		}
		src = "var __newsgraph_value = eval(" + string(q) + ");\n" +
			"if (['number', 'string', 'boolean'].indexOf(typeof __newsgraph_value) >= 0) g.emit(__newsgraph_value);\n" +
			"void 0"
	} else {
		if lang == LangGraphQL {
			src = graphQLIDs(src)
		}
		sess = query.NewSession(s.QuadStore(), lang)
		if sess == nil {
			return nil, fmt.Errorf("query language %q is not registered", lang)
		}
	}
	it, err := sess.Execute(ctx, src, query.Options{Collation: query.JSON, Limit: limit})
	if err != nil {
		return nil, fmt.Errorf("%s query: %w", lang, err)
	}
	defer it.Close()
	out := []any{}
	seen := map[string]bool{}
	var size int64
	for it.Next(ctx) {
		v := it.Result()
		if v == nil {
			// The value of the script's last expression ("g.V().All()" is
			// undefined, "1+1" is not) comes as a null: not a result.
			continue
		}
		if opts.Distinct && lang == LangGraphQL {
			// GraphQL answers in one object whose lists repeat a node
			// once per quad that matches (entity quads repeat per document).
			// Cayley's lists come typed ([]map[string]any and the like):
			// through JSON they are plain []any.
			b, err := json.Marshal(v)
			if err != nil {
				return nil, fmt.Errorf("%s query: result not JSON: %w", lang, err)
			}
			var plain any
			dec := json.NewDecoder(bytes.NewReader(b))
			dec.UseNumber()
			if err := dec.Decode(&plain); err != nil {
				return nil, fmt.Errorf("%s query: %w", lang, err)
			}
			v = distinctLists(plain)
		}
		b, err := json.Marshal(v)
		if err != nil {
			return nil, fmt.Errorf("%s query: result not JSON: %w", lang, err)
		}
		if opts.Distinct {
			if seen[string(b)] {
				continue
			}
			seen[string(b)] = true
		}
		if size += int64(len(b)); size > maxBytes {
			return nil, fmt.Errorf("%s query: %w (%d MB of JSON)", lang, ErrResultLimit, maxBytes>>20)
		}
		out = append(out, v)
	}
	if cause := context.Cause(ctx); cause != nil {
		return nil, fmt.Errorf("%s query: %w", lang, cause)
	}
	if err := it.Err(); err != nil {
		var deep *goja.StackOverflowError
		if errors.As(err, &deep) {
			return nil, fmt.Errorf("%s query: %w: more than %d nested calls", lang, ErrCallDepth, MaxCallDepth)
		}
		return nil, fmt.Errorf("%s query: %w", lang, err)
	}
	return out, nil
}

// memoryPoll is how often watchMemory samples the heap: a script that
// doubles a string overshoots the budget by at most what it allocates in
// this time.
const memoryPoll = 5 * time.Millisecond

// watchMemory cancels ctx through stop with ErrMemoryLimit when the heap
// grows by more than budget bytes over its size at the call, until the
// returned function is called or ctx ends.
func watchMemory(ctx context.Context, budget uint64, stop context.CancelCauseFunc) func() {
	sample := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
	read := func() uint64 {
		metrics.Read(sample)
		if sample[0].Value.Kind() != metrics.KindUint64 {
			return 0
		}
		return sample[0].Value.Uint64()
	}
	base := read()
	done := make(chan struct{})
	go func() {
		t := time.NewTicker(memoryPoll)
		defer t.Stop()
		for {
			select {
			case <-done:
				return
			case <-ctx.Done():
				return
			case <-t.C:
				if now := read(); now > base && now-base > budget {
					stop(fmt.Errorf("%w: the heap grew by %d MB (budget %d MB)", ErrMemoryLimit, (now-base)>>20, budget>>20))
					return
				}
			}
		}
	}()
	return func() { close(done) }
}

// graphQLID is an id argument of a GraphQL query: `id: "ent/x"` or
// `id: ["ent/x", "ent/y"]`.
var graphQLID = regexp.MustCompile(`\bid\s*:\s*(\[[^\]]*\]|"(?:[^"\\]|\\.)*")`)

var graphQLString = regexp.MustCompile(`"((?:[^"\\]|\\.)*)"`)

// graphQLIDs writes the node ids of a GraphQL query as the IRIs they name:
// Cayley reads id: "ent/x" as a string literal, which is never a node of
// this store, and answers null; users write ids as query top and the
// exports print them. An id already in <…> or quoted ("\"…\"") is kept.
func graphQLIDs(src string) string {
	return graphQLID.ReplaceAllStringFunc(src, func(arg string) string {
		i := strings.IndexByte(arg, ':')
		return arg[:i+1] + graphQLString.ReplaceAllStringFunc(arg[i+1:], func(lit string) string {
			inner := lit[1 : len(lit)-1]
			if inner == "" || strings.HasPrefix(inner, "<") || strings.HasPrefix(inner, "\\\"") || strings.HasPrefix(inner, "_:") {
				return lit
			}
			return `"<` + inner + `>"`
		})
	})
}

// distinctLists drops repeated elements from every list inside v, keeping
// the first of each.
func distinctLists(v any) any {
	switch x := v.(type) {
	case []any:
		seen := map[string]bool{}
		out := x[:0:0]
		for _, e := range x {
			e = distinctLists(e)
			b, err := json.Marshal(e)
			if err == nil && seen[string(b)] {
				continue
			}
			seen[string(b)] = true
			out = append(out, e)
		}
		return out
	case map[string]any:
		for k, e := range x {
			x[k] = distinctLists(e)
		}
		return x
	}
	return v
}
