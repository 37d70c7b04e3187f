package queries_test

import (
	"context"
	"encoding/json"
	"errors"
	"slices"
	"strings"
	"testing"

	"newsgraph/graph"
	"newsgraph/queries"
)

// TestQueries runs every query against the fixture on each backend, so that
// the backends are held to the same answers.
func TestQueries(t *testing.T) {
	for _, backend := range backends {
		t.Run(backend, func(t *testing.T) {
			s := loadStore(t, backend, fixture())
			t.Run("Resolve", func(t *testing.T) { testResolve(t, s) })
			t.Run("About", func(t *testing.T) { testAbout(t, s) })
			t.Run("SaidBy", func(t *testing.T) { testSaidBy(t, s) })
			t.Run("Between", func(t *testing.T) { testBetween(t, s) })
			t.Run("Neighbors", func(t *testing.T) { testNeighbors(t, s) })
			t.Run("Path", func(t *testing.T) { testPath(t, s) })
			t.Run("Top", func(t *testing.T) { testTop(t, s) })
			t.Run("Corroborated", func(t *testing.T) { testCorroborated(t, s) })
			t.Run("Contradictions", func(t *testing.T) { testContradictions(t, s) })
			t.Run("Gizmo", func(t *testing.T) { testGizmo(t, s) })
		})
	}
}

func testResolve(t *testing.T, s *graph.Store) {
	ctx := context.Background()
	tests := []struct {
		name    string
		want    string // entity id; empty means an error
		suggest string // for a miss: a suggestion the error must carry
	}{
		{"Vladimir Putin", "vladimir-putin", ""},
		{"putin", "vladimir-putin", ""},
		{"PUTIN", "vladimir-putin", ""},
		{"  Putin ", "vladimir-putin", ""},
		{"vladimir-putin", "vladimir-putin", ""},
		{"<ent/vladimir-putin>", "vladimir-putin", ""},
		{"Zelensky", "volodymyr-zelenskyy", ""},
		{"Volodymyr Zelenskyy", "volodymyr-zelenskyy", ""},
		{"zelenskyy", "volodymyr-zelenskyy", ""}, // a whole word of the name
		{"Trump", "donald-trump", ""},            // alias beats Melania's surname
		{"president trump", "donald-trump", ""},
		{"Melania", "melania-trump", ""},
		{"nato", "nato", ""},
		{"Hegseth", "pete-hegseth", ""},
		{"Zelenski", "", "Zelensky"},
		{"Putn", "", "Putin"},
		{"Ukrain", "", "Ukraine"},
		{"Nobody At All", "", ""},
		{"", "", ""},
	}
	for _, tc := range tests {
		got, err := queries.Resolve(ctx, s, tc.name)
		if tc.want != "" {
			if err != nil {
				t.Errorf("Resolve(%q): %v", tc.name, err)
			} else if got.ID != tc.want {
				t.Errorf("Resolve(%q) = %s, want %s", tc.name, got.ID, tc.want)
			}
			continue
		}
		var nf *queries.NotFoundError
		if !errors.As(err, &nf) {
			t.Errorf("Resolve(%q) = %v, %v; want a NotFoundError", tc.name, got.ID, err)
			continue
		}
		if !strings.Contains(err.Error(), "no entity named") {
			t.Errorf("Resolve(%q) error %q does not say 'no entity named'", tc.name, err)
		}
		if tc.suggest != "" && !slices.Contains(nf.Suggestions, tc.suggest) {
			t.Errorf("Resolve(%q) suggests %q, want it to include %q", tc.name, nf.Suggestions, tc.suggest)
		}
		if tc.suggest != "" && !strings.Contains(err.Error(), "did you mean") {
			t.Errorf("Resolve(%q) error %q has no 'did you mean'", tc.name, err)
		}
	}

	// Resolve gathers what every document says about the entity.
	e, err := queries.Resolve(ctx, s, "Putin")
	if err != nil {
		t.Fatal(err)
	}
	if e.Mentions != 7 || len(e.Docs) != 3 || !slices.Contains(e.Aliases, "Putin") {
		t.Errorf("Resolve(Putin) = %+v; want 7 mentions in 3 docs, alias Putin", e)
	}
}

func testAbout(t *testing.T, s *graph.Store) {
	ctx := context.Background()
	tests := []struct {
		name     string
		speakers []string // speakers of the statements, in order
		sources  []int    // number of sources of each
	}{
		{"Ukraine", []string{"volodymyr-zelenskyy", "pete-hegseth"}, []int{2, 1}},
		{"putin", nil, nil},
	}
	for _, tc := range tests {
		got, err := queries.About(ctx, s, tc.name)
		if err != nil {
			t.Fatalf("About(%q): %v", tc.name, err)
		}
		var speakers []string
		var sources []int
		for _, st := range got.Statements {
			speakers = append(speakers, st.Speaker.ID)
			sources = append(sources, len(st.Sources))
			if st.Cue == "" || st.Content == "" || st.Stance == "" || st.Speaker.Name == "" {
				t.Errorf("About(%q): incomplete statement %+v", tc.name, st)
			}
			for _, src := range st.Sources {
				if src.Doc == "" || src.Text == "" {
					t.Errorf("About(%q): source without doc or text: %+v", tc.name, src)
				}
			}
		}
		if !slices.Equal(speakers, tc.speakers) || !slices.Equal(sources, tc.sources) {
			t.Errorf("About(%q): speakers %v with %v sources, want %v with %v", tc.name, speakers, sources, tc.speakers, tc.sources)
		}
	}
	if _, err := queries.About(ctx, s, "Atlantis"); err == nil {
		t.Error("About(Atlantis) found something")
	}
}

func testSaidBy(t *testing.T, s *graph.Store) {
	got, err := queries.SaidBy(context.Background(), s, "Hegseth")
	if err != nil {
		t.Fatal(err)
	}
	if len(got.Statements) != 1 {
		t.Fatalf("SaidBy(Hegseth) = %d statements, want 1", len(got.Statements))
	}
	st := got.Statements[0]
	if st.Cue != "stated" || len(st.About) != 1 || st.About[0].Name != "Ukraine" || st.Docs[0] != "doc-b" || st.Sources[0].Sentence != 2 {
		t.Errorf("SaidBy(Hegseth) = %+v", st)
	}
}

func testBetween(t *testing.T, s *graph.Store) {
	ctx := context.Background()
	type want struct {
		subject, predicate string
		docs               []string
		qualifierTo        string
	}
	tests := []struct {
		x, y string
		want []want
	}{
		{"Putin", "Trump", []want{
			{"donald-trump", "call", []string{"doc-a", "doc-b", "doc-c"}, ""},
			{"vladimir-putin", "invite", []string{"doc-a", "doc-b"}, "Moscow"},
		}},
		// Either order gives the same facts.
		{"trump", "vladimir putin", []want{
			{"donald-trump", "call", []string{"doc-a", "doc-b", "doc-c"}, ""},
			{"vladimir-putin", "invite", []string{"doc-a", "doc-b"}, "Moscow"},
		}},
		{"Russia", "NATO", []want{{"russia", "join", []string{"doc-b", "doc-c"}, ""}}},
		{"Putin", "Zelensky", nil},
	}
	for _, tc := range tests {
		got, err := queries.Between(ctx, s, tc.x, tc.y)
		if err != nil {
			t.Fatalf("Between(%q, %q): %v", tc.x, tc.y, err)
		}
		if len(got.Facts) != len(tc.want) {
			t.Fatalf("Between(%q, %q) = %d facts, want %d: %+v", tc.x, tc.y, len(got.Facts), len(tc.want), got.Facts)
		}
		for i, w := range tc.want {
			f := got.Facts[i]
			if f.Subject.ID != w.subject || f.Predicate != w.predicate || !slices.Equal(f.Docs, w.docs) {
				t.Errorf("Between(%q, %q)[%d] = %s %s %s in %v, want %s %s in %v", tc.x, tc.y, i, f.Subject.ID, f.Predicate, f.Object.ID, f.Docs, w.subject, w.predicate, w.docs)
			}
			for _, src := range f.Sources {
				if src.Qualifiers["to"] != w.qualifierTo {
					t.Errorf("Between(%q, %q): %s source %s/%d has to=%q, want %q", tc.x, tc.y, f.Predicate, src.Doc, src.Sentence, src.Qualifiers["to"], w.qualifierTo)
				}
				if src.PredicateText == "" || src.Text == "" || src.Modality == "" {
					t.Errorf("Between(%q, %q): source lacks per-source attributes: %+v", tc.x, tc.y, src)
				}
			}
		}
	}
	// The negated source keeps its negation.
	got, err := queries.Between(ctx, s, "Russia", "NATO")
	if err != nil {
		t.Fatal(err)
	}
	var neg []bool
	for _, src := range got.Facts[0].Sources {
		neg = append(neg, src.Negated)
	}
	if !slices.Equal(neg, []bool{true, false}) {
		t.Errorf("Between(Russia, NATO) negations = %v, want [true false] (doc-b negates, doc-c asserts)", neg)
	}
}

func testNeighbors(t *testing.T, s *graph.Store) {
	ctx := context.Background()
	tests := []struct {
		name  string
		depth int
		want  []string // ids of the nodes, centre first, then by distance and id
	}{
		{"Putin", 1, []string{"vladimir-putin", "donald-trump", "russia"}},
		{"Putin", 2, []string{"vladimir-putin", "donald-trump", "russia", "nato", "ukraine"}},
		{"Ukraine", 1, []string{"ukraine", "pete-hegseth", "russia", "volodymyr-zelenskyy"}},
		{"Iceland", 3, []string{"iceland"}},
	}
	for _, tc := range tests {
		got, err := queries.Neighbors(ctx, s, tc.name, tc.depth)
		if err != nil {
			t.Fatalf("Neighbors(%q, %d): %v", tc.name, tc.depth, err)
		}
		var ids []string
		for _, n := range got.Nodes {
			ids = append(ids, n.ID)
		}
		if !slices.Equal(ids, tc.want) {
			t.Errorf("Neighbors(%q, %d) = %v, want %v", tc.name, tc.depth, ids, tc.want)
		}
		for _, e := range got.Edges {
			if e.Sources == 0 || len(e.Docs) == 0 || e.From.Name == "" || e.To.Name == "" {
				t.Errorf("Neighbors(%q, %d): incomplete edge %+v", tc.name, tc.depth, e)
			}
		}
	}
	got, err := queries.Neighbors(ctx, s, "Putin", 1)
	if err != nil {
		t.Fatal(err)
	}
	if len(got.Edges) == 0 || got.Edges[0].Predicate != "call" || got.Edges[0].Sources != 3 {
		t.Errorf("Neighbors(Putin) strongest edge = %+v, want the call with 3 sources", got.Edges)
	}
}

func testPath(t *testing.T, s *graph.Store) {
	ctx := context.Background()
	tests := []struct {
		x, y  string
		want  []string // node ids; nil means no path
		preds []string
	}{
		{"Hegseth", "Trump", []string{"pete-hegseth", "ukraine", "russia", "vladimir-putin", "donald-trump"}, []string{"said", "negotiate", "lead", "call"}},
		{"Trump", "Putin", []string{"donald-trump", "vladimir-putin"}, []string{"call"}},
		{"Putin", "Putin", []string{"vladimir-putin"}, nil},
		{"Putin", "Iceland", nil, nil},
	}
	for _, tc := range tests {
		got, err := queries.Path(ctx, s, tc.x, tc.y, 0)
		if err != nil {
			t.Fatalf("Path(%q, %q): %v", tc.x, tc.y, err)
		}
		var ids, preds []string
		for _, n := range got.Nodes {
			ids = append(ids, n.ID)
		}
		for _, e := range got.Steps {
			preds = append(preds, e.Predicate)
		}
		if got.Found != (tc.want != nil) || !slices.Equal(ids, tc.want) || !slices.Equal(preds, tc.preds) {
			t.Errorf("Path(%q, %q) = found %v %v via %v, want %v via %v", tc.x, tc.y, got.Found, ids, preds, tc.want, tc.preds)
		}
	}
	// A bound shorter than the connection finds nothing.
	got, err := queries.Path(ctx, s, "Hegseth", "Trump", 2)
	if err != nil {
		t.Fatal(err)
	}
	if got.Found {
		t.Errorf("Path(Hegseth, Trump, 2) found %v", got.Nodes)
	}
}

func testTop(t *testing.T, s *graph.Store) {
	ctx := context.Background()
	tests := []struct {
		opts queries.TopOptions
		want []string
	}{
		{queries.TopOptions{N: 2}, []string{"russia", "ukraine"}},
		{queries.TopOptions{Type: "PERSON", N: 3}, []string{"vladimir-putin", "donald-trump", "volodymyr-zelenskyy"}},
		{queries.TopOptions{Type: "person", N: 1}, []string{"vladimir-putin"}},
		{queries.TopOptions{Type: "ORG"}, []string{"nato"}},
		{queries.TopOptions{Type: "NOSUCHTYPE"}, nil},
	}
	for _, tc := range tests {
		got, err := queries.Top(ctx, s, tc.opts)
		if err != nil {
			t.Fatal(err)
		}
		var ids []string
		for _, r := range got {
			ids = append(ids, r.ID)
		}
		if !slices.Equal(ids, tc.want) {
			t.Errorf("Top(%+v) = %v, want %v", tc.opts, ids, tc.want)
		}
	}
	got, err := queries.Top(ctx, s, queries.TopOptions{N: 1})
	if err != nil {
		t.Fatal(err)
	}
	// Russia: Ukraine, NATO, Putin.
	if got[0].Degree != 3 || got[0].Facts != 3 {
		t.Errorf("Top()[0] = %+v, want degree 3 and 3 facts", got[0])
	}
}

func testCorroborated(t *testing.T, s *graph.Store) {
	ctx := context.Background()
	tests := []struct {
		min  int
		want []string // "subject predicate object"
	}{
		{3, []string{"donald-trump call vladimir-putin", "russia negotiate ukraine"}},
		{2, []string{"donald-trump call vladimir-putin", "russia negotiate ukraine", "vladimir-putin invite donald-trump"}},
		{4, nil},
	}
	for _, tc := range tests {
		got, err := queries.Corroborated(ctx, s, tc.min)
		if err != nil {
			t.Fatal(err)
		}
		var facts []string
		for _, c := range got {
			facts = append(facts, c.Subject.ID+" "+c.Predicate+" "+c.Object.ID)
			if c.Independent < tc.min || len(c.AssertedIn) < tc.min {
				t.Errorf("Corroborated(%d) lists %s asserted in only %v (%d independent)", tc.min, c.Predicate, c.AssertedIn, c.Independent)
			}
		}
		slices.Sort(facts)
		if !slices.Equal(facts, tc.want) {
			t.Errorf("Corroborated(%d) = %v, want %v", tc.min, facts, tc.want)
		}
	}
}

func testContradictions(t *testing.T, s *graph.Store) {
	got, err := queries.Contradictions(context.Background(), s)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 1 {
		t.Fatalf("Contradictions() = %+v, want one", got)
	}
	c := got[0]
	if c.Subject.Name != "Russia" || c.Predicate != "join" || c.Object.Name != "NATO" ||
		len(c.Asserted) != 1 || c.Asserted[0].Doc != "doc-c" || len(c.Negated) != 1 || c.Negated[0].Doc != "doc-b" {
		t.Errorf("Contradictions()[0] = %+v", c)
	}
}

func testGizmo(t *testing.T, s *graph.Store) {
	ctx := context.Background()
	tests := []struct {
		lang, src string
		opts      queries.RawOptions
		want      []string // the JSON of each result, sorted
		wantErr   bool
	}{
		{queries.LangGizmo, `g.V().Has("<rdf:type>","<schema:Person>").All()`, queries.RawOptions{Distinct: true},
			[]string{`{"id":"<ent/donald-trump>"}`, `{"id":"<ent/melania-trump>"}`, `{"id":"<ent/pete-hegseth>"}`, `{"id":"<ent/vladimir-putin>"}`, `{"id":"<ent/volodymyr-zelenskyy>"}`}, false},
		// Without Distinct a node comes once per quad: the invitation has two sources.
		{queries.LangGizmo, `g.V("<ent/vladimir-putin>").Out("<rel/invite>").All()`, queries.RawOptions{},
			[]string{`{"id":"<ent/donald-trump>"}`, `{"id":"<ent/donald-trump>"}`}, false},
		{queries.LangGizmo, `g.V("<ent/vladimir-putin>").Out("<rel/lead>").Out("<schema:name>").All()`, queries.RawOptions{Distinct: true},
			[]string{`{"id":"Russia"}`}, false},
		{queries.LangGizmo, `g.V().Has("<rdf:type>","<schema:Person>").All()`, queries.RawOptions{Limit: 2}, nil, false},
		{queries.LangGizmo, `g.V(`, queries.RawOptions{}, nil, true},
	}
	for _, tc := range tests {
		var got []any
		var err error
		if tc.lang == queries.LangGizmo {
			got, err = queries.Gizmo(ctx, s, tc.src, tc.opts)
		} else {
			got, err = queries.GraphQL(ctx, s, tc.src, tc.opts)
		}
		if tc.wantErr {
			if err == nil && tc.lang == queries.LangGizmo {
				t.Errorf("Gizmo(%s) = %v, want an error", tc.src, got)
			}
			continue
		}
		if err != nil {
			t.Fatalf("Gizmo(%s): %v", tc.src, err)
		}
		if tc.opts.Limit > 0 {
			if len(got) != tc.opts.Limit {
				t.Errorf("Gizmo(%s) with limit %d = %d results", tc.src, tc.opts.Limit, len(got))
			}
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
	got, err := queries.GraphQL(ctx, s, `{ nodes(id: "<ent/vladimir-putin>") { id name: <schema:name> } }`, queries.RawOptions{})
	if err != nil {
		t.Fatalf("GraphQL: %v", err)
	}
	b, _ := json.Marshal(got)
	if !strings.Contains(string(b), "Vladimir Putin") {
		t.Errorf("GraphQL = %s, want Putin's name", b)
	}
}

// jsonString encodes v as JSON without HTML escaping, so IRIs read <ent/x>.
func jsonString(t *testing.T, v any) string {
	t.Helper()
	var b strings.Builder
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		t.Fatal(err)
	}
	return strings.TrimSpace(b.String())
}
