package queries_test

import (
	"context"
	"errors"
	"slices"
	"strings"
	"testing"
	"time"

	"newsgraph/graph"
	"newsgraph/queries"
)

// TestGizmoAttacks runs hostile scripts: each must end within seconds with
// an error that says what stopped it, and the process must live on.
func TestGizmoAttacks(t *testing.T) {
	s := loadStore(t, graph.BackendMemory, fixture())
	deep := `var a = []; for (var i = 0; i < 200000; i++) { a = [a] }; `
	tests := []struct {
		name    string
		src     string
		opts    queries.RawOptions
		wantErr error  // errors.Is target, or nil
		wantMsg string // a substring of the message
	}{
		{"cyclic emit", `var x = {}; x.self = x; g.Emit(x)`, queries.RawOptions{}, nil, "cycle"},
		{"cyclic emit lower case", `var x = [1]; x.push({y: x}); g.emit(x)`, queries.RawOptions{}, nil, "cycle"},
		{"cyclic start value", `var x = ["<ent/vladimir-putin>"]; x.push(x); g.V(x).All()`, queries.RawOptions{}, nil, "cycle"},
		{"cyclic path argument", `var x = {}; x.x = x; g.V("<ent/vladimir-putin>").Out(x).All()`, queries.RawOptions{}, nil, "cycle"},
		{"cyclic global helper", `var x = {}; x.x = x; iri(x)`, queries.RawOptions{}, nil, "cycle"},
		{"deep emit", deep + `g.emit(a)`, queries.RawOptions{}, nil, "nested more than"},
		{"endless loop", `while (true) {}`, queries.RawOptions{Timeout: 300 * time.Millisecond}, queries.ErrTimeLimit, "time limit"},
		{"endless loop in callback", `g.V().ForEach(function(d) { while (true) {} })`, queries.RawOptions{Timeout: 300 * time.Millisecond}, queries.ErrTimeLimit, "time limit"},
		{"endless recursion", `function f() { return f() + 1 } f()`, queries.RawOptions{Timeout: 5 * time.Second}, nil, "call stack limit"},
		{"recursion through a native function", `function f() { return [1].map(f) } f()`, queries.RawOptions{Timeout: 5 * time.Second}, nil, "call stack limit"},
		{"recursion through a getter", `var o = {get x() { return this.x }}; o.x`, queries.RawOptions{Timeout: 5 * time.Second}, nil, "call stack limit"},
		{"string doubling", `var s = "x"; while (true) { s += s }`, queries.RawOptions{Timeout: 20 * time.Second, MemoryBudget: 64 << 20}, queries.ErrMemoryLimit, "memory budget"},
		{"array growth", `var a = []; while (true) { a.push({k: a.length}) }`, queries.RawOptions{Timeout: 20 * time.Second, MemoryBudget: 64 << 20}, queries.ErrMemoryLimit, "memory budget"},
		{"big results", `var s = "x"; for (var i = 0; i < 20; i++) { s += s }; while (true) { g.emit(s + Math.random()) }`,
			queries.RawOptions{Timeout: 20 * time.Second, MaxResultBytes: 8 << 20}, queries.ErrResultLimit, "size budget"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			start := time.Now()
			got, err := queries.Gizmo(context.Background(), s, tc.src, tc.opts)
			if err == nil {
				t.Fatalf("Gizmo(%s) = %d results, want an error", tc.src, len(got))
			}
			if tc.wantErr != nil && !errors.Is(err, tc.wantErr) {
				t.Errorf("Gizmo(%s) error %q, want %v", tc.src, err, tc.wantErr)
			}
			if !strings.Contains(err.Error(), tc.wantMsg) {
				t.Errorf("Gizmo(%s) error %q, want it to say %q", tc.src, err, tc.wantMsg)
			}
			t.Logf("%s: %v after %s", tc.name, firstLine(err.Error()), time.Since(start).Round(time.Millisecond))
		})
	}
}

// TestGizmoGuardKeepsQueries checks that the guard leaves ordinary scripts
// their meaning: paths, morphisms, callbacks, emitted data and tags.
func TestGizmoGuardKeepsQueries(t *testing.T) {
	s := loadStore(t, graph.BackendMemory, fixture())
	deep := `var a = []; for (var i = 0; i < 200000; i++) { a = [a] }; `
	tests := []struct {
		src  string
		want []string
	}{
		{`var m = g.Morphism().Out("<rel/lead>"); g.V("<ent/vladimir-putin>").Follow(m).Out("<schema:name>").All()`, []string{`{"id":"Russia"}`}},
		{`g.V("<ent/vladimir-putin>").Out("<rel/lead>").ForEach(function(d) { g.emit({leads: d.id, n: [1, 2, {x: null}]}) })`,
			[]string{`{"leads":"<ent/russia>","n":[1,2,{"x":null}]}`}},
		{`g.V("<ent/vladimir-putin>", "<ent/donald-trump>").Has("<rdf:type>", "<schema:Person>").Unique().Tag("p").Out("<schema:name>").Unique().All()`,
			[]string{`{"id":"Donald Trump","p":"<ent/donald-trump>"}`, `{"id":"Vladimir Putin","p":"<ent/vladimir-putin>"}`}},
		{`var p = g.V("<ent/vladimir-putin>"); g.V("<ent/donald-trump>").Out("<rel/call>").And(p).All()`, []string{`{"id":"<ent/vladimir-putin>"}`}},
		{`g.emit(g.V("<ent/russia>").ToValue())`, []string{`"<ent/russia>"`}},
		{`var a = g.V("<ent/russia>").ToArray(); g.emit(a)`, []string{`["<ent/russia>"]`}},
		{`g.V(iri("ent/russia")).Out(iri("schema:name")).All()`, []string{`{"id":"Russia"}`}},
		// A getter is read once: Cayley sees the value that was checked.
		{`var n = 0; g.emit({get a() { n++; if (n > 1) { var x = {}; x.x = x; return x } return n }})`, []string{`{"a":1}`}},
		// A deep value the script keeps to itself is no concern of the guard.
		{deep + `g.emit(1); a`, []string{`1`}},
		{`try { var x = {}; x.x = x; g.emit(x) } catch (e) { g.emit("refused") }`, []string{`"refused"`}},
	}
	for _, tc := range tests {
		got, err := queries.Gizmo(context.Background(), s, tc.src, queries.RawOptions{Timeout: 10 * time.Second, Distinct: true})
		if err != nil {
			t.Errorf("Gizmo(%s): %v", tc.src, err)
			continue
		}
		var js []string
		for _, v := range got {
			js = append(js, jsonString(t, v))
		}
		slices.Sort(js)
		if !slices.Equal(js, tc.want) {
			t.Errorf("Gizmo(%s) = %v, want %v", tc.src, js, tc.want)
		}
	}
}

func firstLine(s string) string {
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		return s[:i]
	}
	return s
}
