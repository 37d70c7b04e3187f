package serve_test

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"newsgraph/extract/record"
	"newsgraph/graph"
	"newsgraph/graph/graphtest"
	"newsgraph/queries/serve"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"
)

// fixture is a read-only bolt store holding graphtest's documents A, B and
// C, whose article files exist (so that /api/doc can show them).
type fixture struct {
	dir   string // the store
	store *graph.Store
}

func newFixture(t *testing.T, extra ...*record.Result) *fixture {
	t.Helper()
	ctx := context.Background()
	tmp := t.TempDir()
	dir := filepath.Join(tmp, "news.db")
	w, err := graph.Open(ctx, graph.Config{Address: dir, NoSync: true})
	if err != nil {
		t.Fatalf("creating store: %v", err)
	}
	// Articles a and b carry an outlet and a date, written differently; c neither.
	meta := map[string]record.Meta{"a": {Outlet: "BBC", Date: "17 February 2025"}, "b": {Outlet: "Reuters", Date: "Wed, 12 Feb 2025 08:00:00 +0000"}}
	for _, res := range append([]*record.Result{graphtest.DocA(), graphtest.DocB(), graphtest.DocC()}, extra...) {
		res.Doc.Meta = meta[res.Doc.ID]
		res.Doc.Path = filepath.Join(tmp, res.Doc.ID+".txt")
		if err := os.WriteFile(res.Doc.Path, []byte(res.Doc.Text), 0o644); err != nil {
			t.Fatal(err)
		}
		if _, err := w.Load(ctx, res); err != nil {
			t.Fatalf("loading %s: %v", res.Doc.ID, err)
		}
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	s, err := graph.Open(ctx, graph.Config{Address: dir, ReadOnly: true})
	if err != nil {
		t.Fatalf("opening read-only: %v", err)
	}
	t.Cleanup(func() { s.Close() })
	return &fixture{dir: dir, store: s}
}

func (f *fixture) server(t *testing.T, opts serve.Options) *httptest.Server {
	t.Helper()
	opts.Store = f.store
	srv, err := serve.New(opts)
	if err != nil {
		t.Fatal(err)
	}
	hs := httptest.NewServer(srv)
	t.Cleanup(hs.Close)
	return hs
}

// call does one request and returns the status and the body.
func call(t *testing.T, method, url, contentType, body string) (int, []byte) {
	t.Helper()
	req, err := http.NewRequest(method, url, strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	if contentType != "" {
		req.Header.Set("Content-Type", contentType)
	}
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatalf("%s %s: %v", method, url, err)
	}
	defer res.Body.Close()
	b, err := io.ReadAll(res.Body)
	if err != nil {
		t.Fatal(err)
	}
	return res.StatusCode, b
}

func getJSON(t *testing.T, url string, into any) {
	t.Helper()
	status, body := call(t, "GET", url, "", "")
	if status != http.StatusOK {
		t.Fatalf("GET %s: status %d: %s", url, status, body)
	}
	if err := json.Unmarshal(body, into); err != nil {
		t.Fatalf("GET %s: %v in %s", url, err, body)
	}
}

func TestBadRequests(t *testing.T) {
	hs := newFixture(t).server(t, serve.Options{})
	tests := []struct {
		method, path, ctype, body string
		status                    int
		msg                       string // part of the error message
	}{
		{"GET", "/api/search", "", "", 400, `"q" is required`},
		{"GET", "/api/search?q=%20%20", "", "", 400, `"q" is required`},
		{"GET", "/api/search?q=putin&limit=0", "", "", 400, `"limit" must be between 1 and 100`},
		{"GET", "/api/search?q=putin&limit=ten", "", "", 400, `"limit" must be a whole number`},
		{"GET", "/api/search?q=putin&type=ALIEN", "", "", 400, `"type" must be one of`},
		{"GET", "/api/search?q=putin&q=trump", "", "", 400, `given 2 times`},
		{"GET", "/api/search?q=putin&lmit=3", "", "", 400, `unknown parameter "lmit"`},
		{"GET", "/api/search?q=" + strings.Repeat("x", 1001), "", "", 400, `longer than 1000 bytes`},
		{"GET", "/api/search?q=%ff", "", "", 400, `not valid text`},
		{"GET", "/api/search?q=putin&from=yesterday", "", "", 400, `"from" must be a date YYYY, YYYY-MM or YYYY-MM-DD`},
		{"GET", "/api/search?q=putin&to=2025-2-1", "", "", 400, `"to" must be a date`},
		{"GET", "/api/search?q=putin&from=2025-03&to=2025-02-28", "", "", 400, `is after "to"`},
		{"GET", "/api/search?q=putin&outlet=" + strings.Repeat("b", 1001), "", "", 400, `"outlet" is longer than 1000 bytes`},
		{"GET", "/api/info?x=1", "", "", 400, `unknown parameter "x"`},
		{"GET", "/api/queries?name=top", "", "", 400, `unknown parameter "name"`},
		{"GET", "/api/curations?op=wrong", "", "", 400, `unknown parameter "op"`},
		{"GET", "/api/doc/a?sentence=1", "", "", 400, `unknown parameter "sentence"`},
		{"POST", "/api/gizmo?limit=5", "text/plain", "g.V().All()", 400, `unknown parameter "limit"`},
		{"POST", "/api/curate/merge?dry=1", "application/json", `{}`, 403, `without --curate`},
		{"GET", "/api/entity/nobody-at-all", "", "", 404, `no entity with id "nobody-at-all"`},
		{"GET", "/api/entity/pete-hegseth?max=0", "", "", 400, `"max" must be between`},
		{"GET", "/api/entity/pete-hegseth?depth=2", "", "", 400, `unknown parameter "depth"`},
		{"GET", "/api/neighbors/vladimir-putin?depth=4", "", "", 400, `"depth" must be between 1 and 3`},
		{"GET", "/api/neighbors/vladimir-putin?view=everything", "", "", 400, `"view" must be one of`},
		{"GET", "/api/neighbors/vladimir-putin?format=pdf", "", "", 400, `"format" must be one of json, svg, png, gexf, csv`},
		{"GET", "/api/neighbors/vladimir-putin?type=PERSON,ROBOT", "", "", 400, `unknown type "ROBOT"`},
		{"GET", "/api/neighbors/vladimir-putin?no-concepts=maybe", "", "", 400, `"no-concepts" must be true or false`},
		{"GET", "/api/query/top?types=PERSON,FISH", "", "", 400, `unknown type "FISH"`},
		{"GET", "/api/query/path?x=Putin&y=Trump&no-concepts=2", "", "", 400, `"no-concepts" must be true or false`},
		{"GET", "/api/neighbors/vladimir-putin?max=0", "", "", 400, `"max" must be between 1 and 500`},
		{"GET", "/api/neighbors/vladimir-putin?format=svg&depth=0", "", "", 400, `"depth" must be between`},
		{"GET", "/api/neighbors/vladimir-putin?expand=nobody-at-all", "", "", 404, `no entity with id "nobody-at-all"`},
		{"GET", "/api/neighbors/vladimir-putin?expand=donald-trump&cap=0", "", "", 400, `"cap" must be between 1 and 100`},
		{"GET", "/api/neighbors/vladimir-putin?hide=vladimir-putin", "", "", 400, `centre vladimir-putin cannot be hidden`},
		{"GET", "/api/neighbors/vladimir-putin?expand=" + strings.Repeat("a,", 50) + strings.Repeat("b", 1001), "", "", 400, `longer than 1000 bytes`},
		{"GET", "/api/neighbors/vladimir-putin?expand=" + manyIDs(51), "", "", 400, `names 51 entities; at most 50`},
		{"GET", "/api/neighbors/nobody-at-all", "", "", 404, `no entity with id`},
		{"GET", "/api/query/everything", "", "", 404, `no query named "everything"`},
		{"GET", "/api/query/between?x=Putin", "", "", 400, `"y" is required`},
		{"GET", "/api/query/about?x=Putin&y=Trump", "", "", 400, `unknown parameter "y"`},
		{"GET", "/api/query/top?n=-1", "", "", 400, `"n" must be between 1 and 1000`},
		{"GET", "/api/query/top?type=ROBOT", "", "", 400, `"type" must be one of`},
		{"GET", "/api/query/path?x=Putin&y=Trump&max-depth=99", "", "", 400, `"max-depth" must be between 1 and 10`},
		{"GET", "/api/query/top?format=xml", "", "", 400, `"format" must be one of json, csv`},
		{"GET", "/api/query/about?x=Nobody%20Atall", "", "", 404, `no entity named`},
		{"GET", "/api/doc/a?span=9-2", "", "", 400, `"span" must be START-END`},
		{"GET", "/api/doc/a?span=0-99999", "", "", 400, `not a span of this`},
		{"GET", "/api/doc/zz", "", "", 404, `no document "zz"`},
		{"POST", "/api/gizmo", "application/json", ``, 400, `not a Gizmo request`},
		{"POST", "/api/gizmo", "application/json", `{"query": ""}`, 400, `no script`},
		{"POST", "/api/gizmo", "application/json", `{"query": "g.V().All()", "limit": -1}`, 400, `limit must be between 1 and 10000`},
		{"POST", "/api/gizmo", "application/json", `{"query": "g.V().All()", "lang": "sql"}`, 400, `lang must be gizmo or graphql`},
		{"POST", "/api/gizmo", "application/json", `{"query": "g.V().All()", "limt": 3}`, 400, `unknown field "limt"`},
		{"POST", "/api/gizmo", "application/x-www-form-urlencoded", `query=g.V()`, 415, `send application/json or text/plain`},
		{"POST", "/api/gizmo", "text/plain", strings.Repeat(" ", 65<<10), 413, `longer than 65536 bytes`},
		{"POST", "/api/gizmo", "text/plain", "g.V(", 400, `SyntaxError`},
		{"GET", "/api/gizmo", "", "", 405, ``},
		{"GET", "/api/nothing", "", "", 404, `no such API endpoint`},
	}
	for _, tc := range tests {
		t.Run(tc.method+" "+tc.path, func(t *testing.T) {
			status, body := call(t, tc.method, hs.URL+tc.path, tc.ctype, tc.body)
			if status != tc.status {
				t.Fatalf("status %d, want %d: %s", status, tc.status, body)
			}
			if tc.msg == "" {
				return
			}
			var e struct {
				Error string `json:"error"`
			}
			if err := json.Unmarshal(body, &e); err != nil {
				t.Fatalf("error answer is not JSON: %v: %s", err, body)
			}
			if !strings.Contains(e.Error, tc.msg) {
				t.Errorf("error %q does not say %q", e.Error, tc.msg)
			}
		})
	}
}

func TestSearch(t *testing.T) {
	hs := newFixture(t).server(t, serve.Options{})
	tests := []struct {
		query string
		want  []string // ids, in order, of the first hits
		match string   // how the first hit matched
	}{
		{"q=Hegseth", []string{"pete-hegseth"}, "exact"},
		{"q=hegseth", []string{"pete-hegseth"}, "exact"},
		{"q=pete", []string{"pete-hegseth"}, "prefix"},
		{"q=Putin", []string{"vladimir-putin"}, "exact"},
		{"q=Vladimir%20Putin&type=PERSON", []string{"vladimir-putin"}, "exact"},
		{"q=Putn", []string{"vladimir-putin"}, "close"},
		{"q=NATO&type=PERSON", nil, ""},
		{"q=NATO&type=org", []string{"nato"}, "exact"},
		{"q=borders", []string{"pre-2014-borders"}, "words"},
		// Outlet and date: NATO is only in b (Reuters, 12 February), Peskov only in c (no date).
		{"q=NATO&outlet=bbc", nil, ""},
		{"q=NATO&outlet=Reuters", []string{"nato"}, "exact"},
		{"q=NATO&from=2025-02-11", []string{"nato"}, "exact"},
		{"q=NATO&to=2025-02-11", nil, ""},
		{"q=NATO&from=2025-02&to=2025-02", []string{"nato"}, "exact"},
		{"q=NATO&from=2025-02-12&to=2025-02-12", []string{"nato"}, "exact"},
		{"q=Peskov", []string{"dmitry-peskov"}, "exact"},
		{"q=Peskov&from=2000", nil, ""},
		{"q=Peskov&outlet=BBC", nil, ""},
		{"q=Putin&outlet=BBC&to=2025-02-17", []string{"vladimir-putin"}, "exact"},
		{"q=Putin&outlet=BBC&to=2025-02-16", nil, ""},
	}
	for _, tc := range tests {
		t.Run(tc.query, func(t *testing.T) {
			var ans serve.SearchAnswer
			getJSON(t, hs.URL+"/api/search?"+tc.query, &ans)
			if len(ans.Hits) < len(tc.want) {
				t.Fatalf("hits %+v, want at least %v", ans.Hits, tc.want)
			}
			if tc.want == nil && len(ans.Hits) != 0 {
				t.Fatalf("hits %+v, want none", ans.Hits)
			}
			for i, id := range tc.want {
				if ans.Hits[i].ID != id {
					t.Errorf("hit %d is %s, want %s", i, ans.Hits[i].ID, id)
				}
			}
			if tc.match != "" && ans.Hits[0].Match != tc.match {
				t.Errorf("first hit matched %q, want %q", ans.Hits[0].Match, tc.match)
			}
		})
	}
}

func TestEntityPage(t *testing.T) {
	hs := newFixture(t).server(t, serve.Options{})
	var page serve.EntityPage
	getJSON(t, hs.URL+"/api/entity/pete-hegseth", &page)
	if page.Entity.Name != "Pete Hegseth" || page.Entity.Type != record.TypePerson {
		t.Errorf("entity %+v", page.Entity)
	}
	found := false
	for _, st := range page.SaidBy {
		if !strings.Contains(st.Content, "pre-2014 borders") {
			continue
		}
		for _, src := range st.Sources {
			if src.Doc != "a" {
				continue
			}
			found = true
			if st.Cue != "said" || st.Stance != record.StanceRejects || src.Sentence != 2 {
				t.Errorf("statement %+v, source %+v", st, src)
			}
			d, ok := page.Docs["a"]
			if !ok || !d.Available || !strings.HasPrefix(d.Title, "Vladimir Putin invited") {
				t.Errorf("doc a described as %+v", d)
			}
		}
	}
	if !found {
		t.Fatalf("Hegseth's statement on the pre-2014 borders in document a is missing: %+v", page.SaidBy)
	}

	getJSON(t, hs.URL+"/api/entity/vladimir-putin", &page)
	var invite *serve.Relation
	for i, f := range page.Relations {
		if f.Predicate == "invite" && f.Object.ID == "donald-trump" {
			invite = &page.Relations[i]
		}
	}
	if invite == nil {
		t.Fatalf("Putin's invitation of Trump is missing: %+v", page.Relations)
	}
	docs := map[string]bool{}
	for _, s := range invite.Sources {
		docs[s.Doc] = s.Negated
		if s.Text == "" {
			t.Errorf("source without its sentence: %+v", s)
		}
	}
	if neg, ok := docs["a"]; !ok || neg {
		t.Errorf("invitation sources %v: want a asserted", docs)
	}
	if neg, ok := docs["c"]; !ok || !neg {
		t.Errorf("invitation sources %v: want c negated", docs)
	}
	// Document c attributes the denial to Peskov, whom the page names.
	if n := page.Names["dmitry-peskov"]; n.Name != "Dmitry Peskov" {
		t.Errorf("attribution names %+v", page.Names)
	}

	// The timeline of what was said about Ukraine: Hegseth's quote as b
	// (12 February) and then a (17 February) report it, c's undated nothing.
	getJSON(t, hs.URL+"/api/entity/ukraine", &page)
	var order []string
	for _, it := range page.Timeline {
		order = append(order, it.Doc+" "+it.Day)
		if it.Speaker.ID != "pete-hegseth" || !strings.Contains(it.Content, "pre-2014") {
			t.Errorf("timeline item %+v", it)
		}
		if _, ok := page.Docs[it.Doc]; !ok {
			t.Errorf("timeline cites %s, which docs does not describe", it.Doc)
		}
	}
	if want := []string{"b 2025-02-12", "a 2025-02-17"}; !slices.Equal(order, want) {
		t.Errorf("timeline %v, want %v", order, want)
	}

	// max cuts lists and says how much is left.
	getJSON(t, hs.URL+"/api/entity/vladimir-putin?max=1", &page)
	if len(page.Relations) != 1 || page.More["relations"] < 1 {
		t.Errorf("max=1: %d relations, more %v", len(page.Relations), page.More)
	}
}

func TestDocument(t *testing.T) {
	hs := newFixture(t).server(t, serve.Options{})
	doc := graphtest.DocA()
	sent := doc.Statements[0].Provenance
	var ans serve.DocAnswer
	getJSON(t, hs.URL+"/api/doc/a?span="+strconv.Itoa(sent.Span[0])+"-"+strconv.Itoa(sent.Span[1]), &ans)
	if !ans.Available || ans.Highlight != doc.Doc.Text[sent.Span[0]:sent.Span[1]] || ans.Before+ans.Highlight+ans.After != doc.Doc.Text {
		t.Errorf("doc answer %+v", ans)
	}
}

func TestNeighbors(t *testing.T) {
	hs := newFixture(t).server(t, serve.Options{})
	var net serve.NetworkAnswer
	getJSON(t, hs.URL+"/api/neighbors/vladimir-putin", &net)
	kinds := map[string]bool{}
	for _, e := range net.Edges {
		kinds[e.Kind] = true
	}
	if !kinds["relation"] || net.Center.ID != "vladimir-putin" {
		t.Errorf("network of Putin: center %s, edge kinds %v", net.Center.ID, kinds)
	}
	getJSON(t, hs.URL+"/api/neighbors/pete-hegseth?view=relations", &net)
	for _, e := range net.Edges {
		if e.Kind != "relation" {
			t.Errorf("view=relations returned a %s edge", e.Kind)
		}
	}
	getJSON(t, hs.URL+"/api/neighbors/pete-hegseth?view=statements", &net)
	if len(net.Edges) == 0 {
		t.Error("view=statements: Hegseth's statements are missing")
	}
	// Filters: only PERSON neighbours, only the "call" predicate, at most 2 entities.
	getJSON(t, hs.URL+"/api/neighbors/vladimir-putin?type=person", &net)
	for _, n := range net.Nodes {
		if n.Type != record.TypePerson {
			t.Errorf("type=person kept %s (%s)", n.ID, n.Type)
		}
	}
	getJSON(t, hs.URL+"/api/neighbors/vladimir-putin?predicate=call&view=relations", &net)
	if len(net.Edges) == 0 {
		t.Error("predicate=call: no edge")
	}
	for _, e := range net.Edges {
		if e.Predicate != "call" {
			t.Errorf("predicate=call kept %s", e.Predicate)
		}
	}
	getJSON(t, hs.URL+"/api/neighbors/pete-hegseth?max=2", &net)
	if len(net.Nodes) != 2 || net.MoreNodes == 0 || net.Nodes[0].ID != "pete-hegseth" {
		t.Errorf("max=2: nodes %+v, more %d", net.Nodes, net.MoreNodes)
	}
	for _, e := range net.Edges {
		if e.From.ID != net.Nodes[0].ID && e.From.ID != net.Nodes[1].ID || e.To.ID != net.Nodes[0].ID && e.To.ID != net.Nodes[1].ID {
			t.Errorf("max=2: an edge leaves the two entities kept: %+v", e)
		}
	}

	formats := []struct{ format, ctype, has string }{
		{"svg", "image/svg+xml", "ent/pete&#45;hegseth"},
		{"png", "image/png", "\x89PNG"},
		{"gexf", "application/gexf+xml", `<gexf`},
		{"csv", "text/csv; charset=utf-8", "FROM_ID,FROM,PREDICATE,TO_ID,TO,KIND,SOURCES,DOCS\npete-hegseth,Pete Hegseth,said,"},
	}
	for _, f := range formats {
		res, err := http.Get(hs.URL + "/api/neighbors/pete-hegseth?format=" + f.format)
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(res.Body)
		res.Body.Close()
		if res.StatusCode != 200 || res.Header.Get("Content-Type") != f.ctype || !strings.Contains(string(body), f.has) {
			t.Errorf("%s: status %d, type %q, %.120q", f.format, res.StatusCode, res.Header.Get("Content-Type"), body)
		}
	}
}

func TestNamedQueries(t *testing.T) {
	hs := newFixture(t).server(t, serve.Options{})
	tests := []struct {
		path    string
		minRows int
		cell    string // a cell some row has
	}{
		{"about?x=Ukraine", 1, "Pete Hegseth"},
		{"said-by?x=hegseth", 1, "said"},
		{"between?x=Putin&y=Trump", 3, "invite"},
		{"neighbors?x=Putin&depth=2", 2, "call"},
		{"path?x=Putin&y=Trump", 1, "1"},
		{"top?n=2", 2, "donald-trump"},
		{"top?type=ORG", 1, "NATO"},
		{"top?types=GPE", 1, "Ukraine"},
		{"neighbors?x=Hegseth&no-concepts=true", 1, "Ukraine"},
		{"between?x=Putin&y=Trump", 1, "Dmitry Peskov"}, // ACCORDING TO of the denial
		{"corroborated?min-sources=1", 1, "call"},
		{"corroborated?min-sources=1", 1, "Donald Trump"}, // who claims the call in b
		{"contradictions", 1, "asserted by 1 document; negated according to Dmitry Peskov: 1 document"},
		{"contradictions", 1, "invite"},
	}
	for _, tc := range tests {
		t.Run(tc.path, func(t *testing.T) {
			var tab serve.Table
			getJSON(t, hs.URL+"/api/query/"+tc.path, &tab)
			if len(tab.Rows) < tc.minRows {
				t.Fatalf("%d rows, want at least %d: %+v", len(tab.Rows), tc.minRows, tab)
			}
			has := false
			for _, r := range tab.Rows {
				if len(r) != len(tab.Columns) {
					t.Fatalf("row %v has %d cells for %d columns", r, len(r), len(tab.Columns))
				}
				for _, c := range r {
					has = has || c == tc.cell
				}
			}
			if !has {
				t.Errorf("no cell %q in %v", tc.cell, tab.Rows)
			}
		})
	}
	status, body := call(t, "GET", hs.URL+"/api/query/top?n=2&format=csv", "", "")
	if status != 200 || !strings.HasPrefix(string(body), "RANK,NAME,TYPE") || strings.Count(string(body), "\n") != 3 {
		t.Errorf("csv: %d %s", status, body)
	}
	var list []serve.QueryInfo
	getJSON(t, hs.URL+"/api/queries", &list)
	if len(list) != 8 {
		t.Errorf("%d named queries listed", len(list))
	}
}

func TestGizmo(t *testing.T) {
	f := newFixture(t)
	hs := f.server(t, serve.Options{QueryTimeout: 500 * time.Millisecond})
	status, body := call(t, "POST", hs.URL+"/api/gizmo", "application/json",
		`{"query": "g.V(\"<ent/pete-hegseth>\").Out(\"<schema:name>\").All()"}`)
	var ans serve.GizmoAnswer
	if status != 200 || json.Unmarshal(body, &ans) != nil || len(ans.Results) == 0 {
		t.Fatalf("gizmo: %d %s", status, body)
	}
	// The same as plain text.
	status, body = call(t, "POST", hs.URL+"/api/gizmo", "text/plain", `g.V("<ent/pete-hegseth>").Out("<schema:name>").All()`)
	if status != 200 || !strings.Contains(string(body), "Pete Hegseth") {
		t.Fatalf("gizmo as text: %d %s", status, body)
	}

	limits := []struct {
		name, script string
		opts         serve.Options
		status       int
		limit        string
	}{
		{"endless loop", `while (true) {}`, serve.Options{QueryTimeout: 500 * time.Millisecond}, 504, "time"},
		{"result too large", `g.V().All()`, serve.Options{MaxResultBytes: 100}, 422, "result"},
		{"deep recursion", `function f(n) { return f(n + 1) } f(0)`, serve.Options{}, 422, "stack"},
	}
	for _, tc := range limits {
		t.Run(tc.name, func(t *testing.T) {
			hs := f.server(t, tc.opts)
			status, body := call(t, "POST", hs.URL+"/api/gizmo", "text/plain", tc.script)
			var e struct{ Error, Limit string }
			json.Unmarshal(body, &e)
			if status != tc.status || e.Limit != tc.limit {
				t.Errorf("status %d limit %q, want %d %q: %s", status, e.Limit, tc.status, tc.limit, body)
			}
		})
	}
}

// TestReadOnly: without Curate, a curation request is refused and the
// store is unchanged — and could not be changed anyway, being open read-only.
func TestReadOnly(t *testing.T) {
	f := newFixture(t)
	hs := f.server(t, serve.Options{})
	before := graphtest.Quads(t, f.store)
	for _, op := range []string{"merge", "split", "retype", "wrong"} {
		status, body := call(t, "POST", hs.URL+"/api/curate/"+op, "application/json", `{"a": "trump", "b": "donald-trump"}`)
		if status != http.StatusForbidden || !strings.Contains(string(body), "without --curate") {
			t.Errorf("%s: status %d: %s", op, status, body)
		}
	}
	after := graphtest.Quads(t, f.store)
	if strings.Join(before, "\n") != strings.Join(after, "\n") {
		t.Errorf("the store changed: %d quads before, %d after", len(before), len(after))
	}
	if _, err := f.store.Load(context.Background(), graphtest.DocARevised()); !errors.Is(err, graph.ErrReadOnly) {
		t.Errorf("a write to the served store: %v, want ErrReadOnly", err)
	}
	// Nothing is served outside the API and the page.
	status, _ := call(t, "GET", hs.URL+"/etc/passwd", "", "")
	if status != http.StatusNotFound {
		t.Errorf("/etc/passwd: status %d", status)
	}
}

func TestPage(t *testing.T) {
	hs := newFixture(t).server(t, serve.Options{})
	for _, path := range []string{"/", "/?q=Hegseth", "/e/pete-hegseth", "/doc/a", "/queries", "/static/app.js", "/static/style.css"} {
		res, err := http.Get(hs.URL + path)
		if err != nil {
			t.Fatal(err)
		}
		res.Body.Close()
		if res.StatusCode != 200 {
			t.Errorf("%s: status %d", path, res.StatusCode)
		}
		if csp := res.Header.Get("Content-Security-Policy"); !strings.Contains(csp, "default-src 'self'") {
			t.Errorf("%s: CSP %q", path, csp)
		}
	}
}

// TestCurate: with Curate, a merge, a retype and facts marked wrong change
// the store, and loading the documents again (a rebuild) keeps them.
func TestCurate(t *testing.T) {
	ctx := context.Background()
	dir := filepath.Join(t.TempDir(), "news.db")
	st, err := graph.Open(ctx, graph.Config{Address: dir, NoSync: true})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	docs := []*record.Result{graphtest.DocA(), graphtest.DocB(), graphtest.DocC()}
	for _, res := range docs {
		if _, err := st.Load(ctx, res); err != nil {
			t.Fatal(err)
		}
	}
	srv, err := serve.New(serve.Options{Store: st, Curate: true})
	if err != nil {
		t.Fatal(err)
	}
	hs := httptest.NewServer(srv)
	defer hs.Close()

	status, body := call(t, "POST", hs.URL+"/api/curate/retype", "application/json", `{"id": "nato", "type": "GPE"}`)
	if status != 200 {
		t.Fatalf("retype: %d %s", status, body)
	}
	status, body = call(t, "POST", hs.URL+"/api/curate/merge", "application/json", `{"into": "vladimir-putin", "id": "dmitry-peskov"}`)
	if status != 200 {
		t.Fatalf("merge: %d %s", status, body)
	}
	// The phone call, as document b reports it, is wrong; so is Hegseth's quote.
	status, body = call(t, "POST", hs.URL+"/api/curate/wrong", "application/json",
		`{"subject": "vladimir-putin", "predicate": "call", "object": "donald-trump", "doc": "b"}`)
	if status != 200 {
		t.Fatalf("wrong (relation): %d %s", status, body)
	}
	var page serve.EntityPage
	getJSON(t, hs.URL+"/api/entity/pete-hegseth", &page)
	if len(page.SaidBy) == 0 {
		t.Fatal("Hegseth's quote is missing before it is marked wrong")
	}
	status, body = call(t, "POST", hs.URL+"/api/curate/wrong", "application/json", `{"statement": "`+page.SaidBy[0].ID+`"}`)
	var ans serve.CurateAnswer
	if status != 200 || json.Unmarshal(body, &ans) != nil || ans.Op != "wrong" || ans.Stats.Relinked != 2 {
		t.Fatalf("wrong (statement): %d %s, want two articles rewritten", status, body)
	}
	bad := []struct{ op, body, msg string }{
		{"retype", `{"id": "nato", "type": "ROBOT"}`, `"type" must be one of`},
		{"merge", `{"id": "nato"}`, `"into" is required`},
		{"merge", `{"id": "nato", "into": "nato"}`, `with itself`},
		{"merge", `{"id": "nobody-at-all", "into": "nato"}`, `no entity with id`},
		{"split", `{"id": "nato"}`, `"name" is required`},
		{"retype", `{"id": "nato", "type": "ORG", "extra": 1}`, `unknown field`},
		{"wrong", `{"id": "nato"}`, `not by id`},
		{"wrong", `{}`, `name a relation`},
		{"wrong", `{"subject": "vladimir-putin", "predicate": "call"}`, `needs its subject, predicate and object`},
		{"wrong", `{"statement": "x", "subject": "nato", "predicate": "p", "object": "o"}`, `not both`},
		{"wrong", `{"subject": "vladimir-putin", "predicate": "meet", "object": "donald-trump"}`, `not found`},
		{"wrong", `{"statement": "0000000000000000"}`, `not found`},
		{"wrong", `{"statement": "x", "sentence": 1}`, `needs its document`},
		{"wrong", `{"statement": 7}`, `not a curation request`},
		{"unmake", `{"id": "nato"}`, `unknown curation`},
		{"retype", "text/plain", `send the curation as application/json`},
	}
	if status, body := call(t, "POST", hs.URL+"/api/curate/retype?dry-run=1", "application/json", `{"id": "nato", "type": "ORG"}`); status != 400 || !strings.Contains(string(body), `unknown parameter \"dry-run\" (this endpoint takes no parameters)`) {
		t.Errorf("a curation with an unknown parameter: %d %s, want 400", status, body)
	}
	for _, tc := range bad {
		ctype := "application/json"
		if tc.body == "text/plain" {
			ctype, tc.body = tc.body, `{"id": "nato", "type": "ORG"}`
		}
		status, body := call(t, "POST", hs.URL+"/api/curate/"+tc.op, ctype, tc.body)
		var e struct{ Error string }
		json.Unmarshal(body, &e)
		if status < 400 || !strings.Contains(e.Error, tc.msg) {
			t.Errorf("%s %s: %d %s, want an error saying %q", tc.op, tc.body, status, body, tc.msg)
		}
	}

	check := func(when string) {
		t.Helper()
		getJSON(t, hs.URL+"/api/entity/nato", &page)
		if page.Entity.Type != "GPE" {
			t.Errorf("%s: NATO is %s, want GPE", when, page.Entity.Type)
		}
		if status, _ := call(t, "GET", hs.URL+"/api/entity/dmitry-peskov", "", ""); status != http.StatusNotFound {
			t.Errorf("%s: dmitry-peskov still has a page (status %d)", when, status)
		}
		getJSON(t, hs.URL+"/api/entity/vladimir-putin", &page)
		if !slices.Contains(page.Entity.Aliases, "Peskov") {
			t.Errorf("%s: Putin's aliases %v lack Peskov's", when, page.Entity.Aliases)
		}
		for _, f := range page.Relations {
			for _, src := range f.Sources {
				if f.Predicate == "call" && src.Doc == "b" {
					t.Errorf("%s: b's report of the call, marked wrong, is back: %+v", when, src)
				}
			}
		}
		var tab serve.Table
		getJSON(t, hs.URL+"/api/query/between?x=Putin&y=Trump", &tab)
		calls := 0
		for _, r := range tab.Rows {
			calls += strings.Count(strings.Join(r, " "), "call")
		}
		if calls == 0 {
			t.Errorf("%s: a's report of the call went with b's: %v", when, tab.Rows)
		}
		getJSON(t, hs.URL+"/api/entity/pete-hegseth", &page)
		for _, st := range page.SaidBy {
			if strings.Contains(st.Content, "pre-2014") {
				t.Errorf("%s: the quote marked wrong is back: %+v", when, st)
			}
		}
		getJSON(t, hs.URL+"/api/query/about?x=Ukraine", &tab)
		for _, r := range tab.Rows {
			if strings.Contains(strings.Join(r, " "), "pre-2014") {
				t.Errorf("%s: the named query about still lists the quote: %v", when, r)
			}
		}
	}
	check("after curation")
	var recorded []graph.Override
	getJSON(t, hs.URL+"/api/curations", &recorded)
	var ops []string
	for _, o := range recorded {
		ops = append(ops, o.Op)
	}
	if !slices.Equal(ops, []string{"retype", "merge", "wrong", "wrong"}) || recorded[2].Doc != "b" || recorded[2].Predicate != "call" {
		t.Errorf("curations %+v, want retype, merge and two marks, the first b's call", recorded)
	}
	// A rebuild: every document loaded again, two of them changed.
	for _, res := range docs {
		if res.Doc.ID != "a" {
			res.Doc.Text += " (updated)"
		}
		if _, err := st.Load(ctx, res); err != nil {
			t.Fatal(err)
		}
	}
	check("after the rebuild")
}

// TestForeignPages: a loopback server answers to localhost and IP addresses
// only (no DNS rebinding), and refuses writes that another site's page makes
// the browser send.
func TestForeignPages(t *testing.T) {
	hs := newFixture(t).server(t, serve.Options{LoopbackOnly: true})
	gizmo := `g.V("<ent/nato>").Out("<schema:name>").All()`
	tests := []struct {
		name, method, path, host, origin string
		status                           int
	}{
		{"rebound name", "GET", "/api/search?q=nato", "evil.example:8080", "", 403},
		{"localhost", "GET", "/api/search?q=nato", "localhost:8080", "", 200},
		{"ip", "GET", "/api/search?q=nato", "", "", 200},
		{"post from another site", "POST", "/api/gizmo", "", "http://evil.example", 403},
		{"post from the page", "POST", "/api/gizmo", "", hs.URL, 200},
		{"post without origin (curl)", "POST", "/api/gizmo", "", "", 200},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			req, err := http.NewRequest(tc.method, hs.URL+tc.path, strings.NewReader(gizmo))
			if err != nil {
				t.Fatal(err)
			}
			if tc.host != "" {
				req.Host = tc.host
			}
			if tc.origin != "" {
				req.Header.Set("Origin", tc.origin)
			}
			req.Header.Set("Content-Type", "text/plain")
			res, err := http.DefaultClient.Do(req)
			if err != nil {
				t.Fatal(err)
			}
			body, _ := io.ReadAll(res.Body)
			res.Body.Close()
			if res.StatusCode != tc.status {
				t.Errorf("status %d, want %d: %s", res.StatusCode, tc.status, body)
			}
		})
	}
}

// TestInfoOutlets: /api/info lists the outlets and the span of dates that
// the search filters choose from.
func TestInfoOutlets(t *testing.T) {
	hs := newFixture(t).server(t, serve.Options{})
	var info serve.Info
	getJSON(t, hs.URL+"/api/info", &info)
	want := []serve.Outlet{{Name: "BBC", Articles: 1}, {Name: "Reuters", Articles: 1}}
	if !slices.Equal(info.Outlets, want) || info.FirstDate != "2025-02-12" || info.LastDate != "2025-02-17" {
		t.Errorf("outlets %+v, dates %s to %s; want %+v, 2025-02-12 to 2025-02-17", info.Outlets, info.FirstDate, info.LastDate, want)
	}
	var ans serve.SearchAnswer
	getJSON(t, hs.URL+"/api/search?q=Trump&outlet=Reuters", &ans)
	if len(ans.Hits) == 0 || ans.Hits[0].ID != "donald-trump" || ans.Hits[0].Docs != 1 {
		t.Errorf("Trump in Reuters: %+v, want one hit counting one article", ans.Hits)
	}
}

// meetings is an article in which Trump meets three leaders, one a sentence.
func meetings() *record.Result {
	trump := record.Ref{ID: "donald-trump", Name: "Donald Trump", Type: record.TypePerson}
	res := &record.Result{Doc: record.Document{ID: "d"}}
	var text strings.Builder
	for i, name := range []string{"Volodymyr Zelensky", "Emmanuel Macron", "Keir Starmer"} {
		sent := "Trump met " + name + "."
		if i > 0 {
			text.WriteByte(' ')
		}
		start := text.Len()
		text.WriteString(sent)
		other := record.Ref{ID: record.Slug(name), Name: name, Type: record.TypePerson}
		res.Entities = append(res.Entities, record.Entity{Kind: record.KindEntity, ID: other.ID, Name: name, Type: other.Type, Docs: []string{"d"}, Mentions: 1})
		res.Relations = append(res.Relations, record.Relation{Kind: record.KindRelation,
			Provenance: record.Provenance{Doc: "d", Sentence: i, Span: [2]int{start, text.Len()}, Text: sent, Confidence: 0.9},
			Subject:    trump, Predicate: "meet", PredicateText: "met", Object: other, Modality: record.ModalityAsserted})
	}
	res.Entities = append(res.Entities, record.Entity{Kind: record.KindEntity, ID: trump.ID, Name: trump.Name, Type: trump.Type, Docs: []string{"d"}, Mentions: 3, Aliases: []string{"Trump"}})
	res.Doc.Text, res.Sentences = text.String(), 3
	return res
}

// TestExpandInPlace: expand= adds an entity's own neighbours to the map,
// the most linked first, at most cap of them, and says how many more it
// has; hide= leaves entities out; the filters apply to what is added.
func TestExpandInPlace(t *testing.T) {
	hs := newFixture(t, meetings()).server(t, serve.Options{})
	tests := []struct {
		query      string
		shown      int // of Trump's expansion
		more       int
		has, hides []string // entities drawn, and not drawn
	}{
		{"", 0, 0, []string{"donald-trump"}, []string{"emmanuel-macron"}},
		{"expand=donald-trump&cap=1", 1, 2, []string{"donald-trump"}, nil},
		{"expand=donald-trump", 3, 0, []string{"emmanuel-macron", "keir-starmer", "volodymyr-zelensky"}, nil},
		{"expand=donald-trump&cap=1&hide=emmanuel-macron,keir-starmer", 1, 0, []string{"volodymyr-zelensky"}, []string{"emmanuel-macron", "keir-starmer"}},
		{"expand=donald-trump&predicate=call", 0, 0, []string{"donald-trump"}, []string{"emmanuel-macron"}},
		{"expand=donald-trump&view=statements", 0, 0, nil, []string{"donald-trump", "emmanuel-macron"}},
		{"expand=donald-trump&type=GPE", 0, 0, nil, []string{"donald-trump"}},
		// Trump is beyond max=1 (Putin's only neighbour is Trump): expanding brings him in.
		{"max=1&expand=donald-trump&cap=2", 2, 1, []string{"donald-trump"}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.query, func(t *testing.T) {
			var net serve.NetworkAnswer
			getJSON(t, hs.URL+"/api/neighbors/vladimir-putin?"+tc.query, &net)
			drawn := map[string]bool{}
			for _, n := range net.Nodes {
				drawn[n.ID] = true
			}
			for _, e := range net.Edges {
				if !drawn[e.From.ID] || !drawn[e.To.ID] {
					t.Errorf("edge %s %s %s leaves the entities drawn", e.From.ID, e.Predicate, e.To.ID)
				}
			}
			for _, id := range tc.has {
				if !drawn[id] {
					t.Errorf("%s is not drawn: %v", id, drawn)
				}
			}
			for _, id := range tc.hides {
				if drawn[id] {
					t.Errorf("%s is drawn", id)
				}
			}
			shown, more := 0, 0
			for _, e := range net.Expanded {
				if e.ID == "donald-trump" {
					shown, more = e.Shown, e.More
				}
			}
			if shown != tc.shown || more != tc.more {
				t.Errorf("Trump's expansion: %d shown, %d more; want %d, %d", shown, more, tc.shown, tc.more)
			}
			fresh := 0
			for _, n := range net.Nodes {
				if n.Distance == 2 {
					fresh++
				}
			}
			if fresh != tc.shown {
				t.Errorf("%d entities two hops away, want the %d Trump's expansion added", fresh, tc.shown)
			}
		})
	}
	// The SVG says the same in a header, and draws the entities added.
	res, err := http.Get(hs.URL + "/api/neighbors/vladimir-putin?format=svg&expand=donald-trump&cap=1")
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(res.Body)
	res.Body.Close()
	if got := res.Header.Get("X-Expanded"); got != "donald-trump=1%2C2" {
		t.Errorf("X-Expanded %q, want donald-trump=1%%2C2", got)
	}
	if !strings.Contains(string(body), "ent/emmanuel&#45;macron") {
		t.Errorf("the SVG lacks the entity the expansion added (Macron, the first by id)")
	}
	// The downloads are the view as drawn: the CSV has the edge the expansion added.
	status, csv := call(t, "GET", hs.URL+"/api/neighbors/vladimir-putin?format=csv&expand=donald-trump&cap=1", "", "")
	if status != 200 || !strings.Contains(string(csv), "donald-trump,Donald Trump,meet,emmanuel-macron,Emmanuel Macron,relation,1,d") ||
		strings.Contains(string(csv), "keir-starmer") {
		t.Errorf("CSV of the expanded view: %d\n%s", status, csv)
	}
}

// manyIDs is "e0,e1,…" with n ids.
func manyIDs(n int) string {
	ids := make([]string, n)
	for i := range ids {
		ids[i] = "e" + strconv.Itoa(i)
	}
	return strings.Join(ids, ",")
}
