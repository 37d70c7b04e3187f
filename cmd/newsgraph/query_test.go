package main

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"newsgraph/extract/record"
	"newsgraph/graph"
	"path/filepath"
	"strings"
	"testing"
)

// queryTestStore builds a bolt store from two hand-made articles and returns
// its directory. The store is closed again, as the CLI opens it itself.
func queryTestStore(t *testing.T) string {
	t.Helper()
	putin := record.Ref{ID: "vladimir-putin", Name: "Vladimir Putin", Type: record.TypePerson}
	trump := record.Ref{ID: "donald-trump", Name: "Donald Trump", Type: record.TypePerson}
	ukraine := record.Ref{ID: "ukraine", Name: "Ukraine", Type: record.TypeGPE}
	hegseth := record.Ref{ID: "pete-hegseth", Name: "Pete Hegseth", Type: record.TypePerson}
	prov := func(doc string, n int, text string) record.Provenance {
		return record.Provenance{Doc: doc, Sentence: n, Span: [2]int{0, len(text)}, Text: text, Confidence: 0.9}
	}
	var results []*record.Result
	for _, doc := range []string{"doc-a", "doc-b", "doc-c"} {
		res := &record.Result{
			Doc:       record.Document{ID: doc, Text: "article " + doc},
			Sentences: 3,
			Entities: []record.Entity{
				{Kind: record.KindEntity, ID: putin.ID, Name: putin.Name, Type: putin.Type, Aliases: []string{"Putin"}, Mentions: 2},
				{Kind: record.KindEntity, ID: trump.ID, Name: trump.Name, Type: trump.Type, Aliases: []string{"Trump"}, Mentions: 2},
				{Kind: record.KindEntity, ID: hegseth.ID, Name: hegseth.Name, Type: hegseth.Type, Aliases: []string{"Hegseth"}, Mentions: 1},
			},
			Relations: []record.Relation{
				{Kind: record.KindRelation, Provenance: prov(doc, 0, "Putin invited Trump to Moscow."), Subject: putin, Predicate: "invite",
					PredicateText: "invited", Object: trump, Qualifiers: map[string]string{"to": "Moscow"}, Modality: record.ModalityAsserted},
				{Kind: record.KindRelation, Provenance: prov(doc, 1, "Trump called Putin."), Subject: trump, Predicate: "call",
					PredicateText: "called", Object: putin, Modality: record.ModalityAsserted, Negated: doc == "doc-c"},
			},
			Statements: []record.Statement{
				{Kind: record.KindStatement, Provenance: prov(doc, 2, "Hegseth said the borders are unrealistic."), Speaker: hegseth,
					Cue: "said", Content: "the borders are unrealistic", About: []record.Ref{ukraine}, Stance: record.StanceRejects},
			},
		}
		if doc == "doc-c" {
			// A fact the article attributes to someone: who says so must show.
			res.Relations = append(res.Relations, record.Relation{Kind: record.KindRelation,
				Provenance: prov(doc, 1, "Putin will meet Trump, Hegseth said."), Subject: putin, Predicate: "meet",
				PredicateText: "will meet", Object: trump, Modality: record.ModalityReported, AttributedTo: &hegseth})
		}
		results = append(results, res)
	}
	return loadBoltStore(t, results)
}

// loadBoltStore loads results into a new bolt store in a test folder and
// returns its path, closed so that commands can open it.
func loadBoltStore(t *testing.T, results []*record.Result) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "q.db")
	ctx := context.Background()
	s, err := graph.Open(ctx, graph.Config{Backend: graph.BackendBolt, Address: dir, NoSync: true})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.LoadBatch(ctx, results); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	return dir
}

func runCLI(args ...string) (code int, stdout, stderr string) {
	var out, errb bytes.Buffer
	code = run(context.Background(), &env{stdout: &out, stderr: &errb}, args)
	return code, out.String(), errb.String()
}

func TestQueryCommand(t *testing.T) {
	db := queryTestStore(t)
	tests := []struct {
		name   string
		args   []string
		code   int
		stdout []string // substrings of stdout
		stderr []string // substrings of stderr
	}{
		{"about table", []string{"query", "--db", db, "about", "ukraine"}, 0,
			[]string{"Said about Ukraine (GPE): 1 statement(s)", "SPEAKER", "Pete Hegseth", "rejects", "doc-a#2 doc-b#2 doc-c#2"}, nil},
		{"said-by", []string{"query", "--db", db, "said-by", "Hegseth"}, 0,
			[]string{"Said by Pete Hegseth", "Ukraine", "the borders are unrealistic"}, nil},
		{"between flags after args", []string{"query", "between", "Putin", "Trump", "--db", db}, 0,
			[]string{"invite", "to: Moscow", "call", "doc-c", "true", "ACCORDING TO", "the article"}, nil},
		{"between says who says so", []string{"query", "--db", db, "between", "Putin", "Trump"}, 0,
			[]string{"meet", "Pete Hegseth", "reported"}, nil},
		{"contradictions say who says so", []string{"query", "--db", db, "contradictions"}, 0,
			[]string{"ACCORDING TO", "the article"}, nil},
		{"neighbors", []string{"query", "--db", db, "neighbors", "putin", "--depth", "2"}, 0,
			[]string{"Within 2 hop(s) of Vladimir Putin (PERSON): 1 entities", "Donald Trump", "ACCORDING TO", "Pete Hegseth"}, nil},
		{"path", []string{"query", "--db", db, "path", "Trump", "Putin"}, 0,
			[]string{"1 hop(s): Donald Trump — Vladimir Putin", "ACCORDING TO", "the article"}, nil},
		{"path none", []string{"query", "--db", db, "path", "Trump", "Hegseth"}, 0,
			[]string{"No connection"}, nil},
		{"top", []string{"query", "--db", db, "top", "--type", "PERSON", "-n", "1"}, 0,
			[]string{"RANK", "Donald Trump"}, nil},
		{"corroborated", []string{"query", "--db", db, "corroborated", "--min-sources", "3"}, 0,
			[]string{"Facts said by at least 3 independent documents in one voice", ": 1\n", "invite", "ACCORDING TO", "the article", "INDEPENDENT"}, nil},
		{"contradictions", []string{"query", "--db", db, "contradictions"}, 0,
			[]string{"call", "doc-a#1 doc-b#1", "doc-c#1"}, nil},
		{"gizmo", []string{"query", "--db", db, "gizmo", `g.V().Has("<rdf:type>","<schema:Person>").All()`}, 0,
			[]string{`"<ent/vladimir-putin>"`, `"<ent/pete-hegseth>"`}, nil},
		{"graphql", []string{"query", "--db", db, "graphql", `{ nodes(id: "<ent/vladimir-putin>") { id name: <schema:name> } }`}, 0,
			[]string{`"Vladimir Putin"`}, nil},
		{"unknown name", []string{"query", "--db", db, "about", "Putn"}, 1,
			nil, []string{`no entity named "Putn"; did you mean "Putin"`}},
		{"bad gizmo", []string{"query", "--db", db, "gizmo", "g.V("}, 1, nil, []string{"gizmo"}},
		{"missing store", []string{"query", "--db", filepath.Join(t.TempDir(), "none"), "top"}, 1, nil, []string{"no store at"}},
		{"unknown query", []string{"query", "--db", db, "whatever"}, 2, nil, []string{`unknown query "whatever"`, "said-by"}},
		{"no query", []string{"query", "--db", db}, 2, nil, []string{"usage: newsgraph query"}},
		{"wrong arity", []string{"query", "--db", db, "between", "Putin"}, 2, nil, []string{"between wants 2 argument(s)"}},
		{"json and csv", []string{"query", "--db", db, "top", "--json", "--csv"}, 2, nil, []string{"exclude"}},
		{"bad flag", []string{"query", "--db", db, "top", "--depth", "2"}, 2, nil, []string{"depth"}},
		{"memory backend", []string{"query", "--backend", "memory", "top"}, 2, nil, []string{"memory backend is empty"}},
		{"query help", []string{"query", "--help"}, 0, nil, []string{"corroborated", "contradictions", "gizmo"}},
		{"sub help", []string{"query", "neighbors", "--help"}, 0, nil, []string{"usage: newsgraph query neighbors", "-depth"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			code, stdout, stderr := runCLI(tc.args...)
			if code != tc.code {
				t.Errorf("exit %d, want %d\nstdout: %s\nstderr: %s", code, tc.code, stdout, stderr)
			}
			for _, want := range tc.stdout {
				if !strings.Contains(stdout, want) {
					t.Errorf("stdout lacks %q:\n%s", want, stdout)
				}
			}
			for _, want := range tc.stderr {
				if !strings.Contains(stderr, want) {
					t.Errorf("stderr lacks %q:\n%s", want, stderr)
				}
			}
		})
	}
}

func TestQueryJSONAndCSV(t *testing.T) {
	db := queryTestStore(t)

	code, stdout, stderr := runCLI("query", "--db", db, "between", "Putin", "Trump", "--json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var rel struct {
		Facts []struct {
			Predicate string   `json:"predicate"`
			Docs      []string `json:"docs"`
			Sources   []struct {
				Doc        string            `json:"doc"`
				Qualifiers map[string]string `json:"qualifiers"`
			} `json:"sources"`
		} `json:"facts"`
	}
	if err := json.Unmarshal([]byte(stdout), &rel); err != nil {
		t.Fatalf("between --json is not JSON: %v\n%s", err, stdout)
	}
	got := map[string]int{}
	for _, f := range rel.Facts {
		got[f.Predicate] = len(f.Docs)
		if f.Predicate == "invite" && f.Sources[0].Qualifiers["to"] != "Moscow" {
			t.Errorf("invite source qualifiers = %v, want to: Moscow", f.Sources[0].Qualifiers)
		}
	}
	if got["invite"] != 3 || got["call"] != 3 || got["meet"] != 1 {
		t.Errorf("between --json facts = %v, want invite and call in 3 docs each", got)
	}

	code, stdout, stderr = runCLI("query", "--db", db, "between", "Putin", "Trump", "--csv")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	rows, err := csv.NewReader(strings.NewReader(stdout)).ReadAll()
	if err != nil {
		t.Fatalf("between --csv is not CSV: %v\n%s", err, stdout)
	}
	// A header, then one row per (fact, source): 2 facts × 3 documents and
	// the attributed meeting.
	if len(rows) != 8 || rows[0][0] != "SUBJECT" {
		t.Errorf("between --csv = %d rows, header %v; want 8 with SUBJECT first", len(rows), rows[0])
	}

	code, stdout, _ = runCLI("query", "--db", db, "gizmo", `g.V("<ent/vladimir-putin>").Out("<rel/invite>").All()`, "--all-rows")
	var raw []map[string]string
	if code != 0 || json.Unmarshal([]byte(stdout), &raw) != nil || len(raw) != 3 {
		t.Errorf("gizmo --all-rows = %d, %s; want 3 rows (one per source)", code, stdout)
	}
}

// TestQueryTimeout: a Gizmo script that never ends is stopped by --timeout
// with an error naming the flag, before and after the subcommand.
func TestQueryTimeout(t *testing.T) {
	db := queryTestStore(t)
	for _, args := range [][]string{
		{"query", "--db", db, "--timeout", "200ms", "gizmo", "while (true) {}"},
		{"query", "--db", db, "gizmo", "while (true) {}", "--timeout", "200ms"},
	} {
		code, _, stderr := runCLI(args...)
		if code != 1 || !strings.Contains(stderr, "stopped after --timeout 200ms") {
			t.Errorf("newsgraph %s: exit %d, stderr %q; want 1 and the time limit named", strings.Join(args, " "), code, stderr)
		}
	}
	if code, _, stderr := runCLI("query", "--db", db, "--timeout", "-1s", "top"); code != 2 {
		t.Errorf("negative --timeout: exit %d, stderr %q; want 2", code, stderr)
	}
}

// TestGizmoCannotKillTheCLI: scripts that crash the JavaScript runtime
// itself (recursion inside its own Go code) or overflow Cayley's value
// export end as an error of the query command, which lives on to say so.
func TestGizmoCannotKillTheCLI(t *testing.T) {
	db := queryTestStore(t)
	tests := []struct {
		script string
		want   string
	}{
		{`var x = {}; x.self = x; g.Emit(x)`, "cycle"},
		{`JSON.parse("[".repeat(3000000) + "]".repeat(3000000))`, "gizmo: the script crashed the process running it (fatal error: stack overflow"},
		{`function f() { return f() } f()`, "call stack limit"},
		{`var s = "x"; while (true) { s += s }`, "memory budget"},
	}
	for _, tc := range tests {
		code, stdout, stderr := runCLI("query", "--db", db, "--timeout", "20s", "gizmo", tc.script)
		if code != 1 || !strings.Contains(stderr, tc.want) || stdout != "" {
			t.Errorf("query gizmo %q: exit %d, stdout %q, stderr %q; want 1 and %q", tc.script, code, stdout, stderr, tc.want)
		}
	}
}

// TestRawQueriesAnswer: Gizmo's Count() answers with the count, GraphQL
// takes ids as query top prints them (no <…>), and without --all-rows
// GraphQL's lists hold each node once.
func TestRawQueriesAnswer(t *testing.T) {
	db := queryTestStore(t)
	decode := func(args ...string) []any {
		t.Helper()
		code, stdout, stderr := runCLI(append([]string{"query", "--db", db}, args...)...)
		if code != 0 {
			t.Fatalf("%v: exit %d: %s", args, code, stderr)
		}
		var v []any
		if err := json.Unmarshal([]byte(stdout), &v); err != nil {
			t.Fatalf("%v: %v\n%s", args, err, stdout)
		}
		return v
	}
	// Three documents each say Putin invited Trump: three paths.
	if v := decode("gizmo", `g.V("<ent/vladimir-putin>").Out("<rel/invite>").Count()`); len(v) != 1 || v[0] != float64(3) {
		t.Errorf("Count() = %v, want [3]", v)
	}
	if v := decode("gizmo", `g.V("<ent/vladimir-putin>").Out("<rel/invite>").All()`); len(v) != 1 {
		t.Errorf("All() = %v, want Trump once", v)
	}
	nodes := func(v []any) []any {
		if len(v) != 1 {
			return nil
		}
		m, _ := v[0].(map[string]any)
		l, _ := m["nodes"].([]any)
		return l
	}
	q := `{ nodes(id: "ent/vladimir-putin") { id name: <schema:name> } }`
	if n := nodes(decode("graphql", q)); len(n) != 1 || !strings.Contains(fmt.Sprint(n[0]), "Vladimir Putin") {
		t.Errorf("graphql without <…>: nodes = %v, want Vladimir Putin once", n)
	}
	if n := nodes(decode("graphql", q, "--all-rows")); len(n) < 2 {
		t.Errorf("graphql --all-rows: nodes = %v, want one per document", n)
	}
	if n := nodes(decode("graphql", `{ nodes(id: ["ent/vladimir-putin", "<ent/donald-trump>"]) { id } }`)); len(n) != 2 {
		t.Errorf("graphql id list: nodes = %v, want 2", n)
	}
}
