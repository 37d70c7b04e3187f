package serve

import (
	"context"
	"encoding/csv"
	"net/http"
	"strconv"
	"strings"

	"newsgraph/export"
	"newsgraph/graph"
	"newsgraph/queries"
)

// QueryParam describes one parameter of a named query.
type QueryParam struct {
	Name string `json:"name"`
	// Kind is "entity", "int", "type", "types" (comma-separated) or "bool".
	Kind     string `json:"kind"`
	Required bool   `json:"required,omitempty"`
	Default  int    `json:"default,omitempty"`
	Min      int    `json:"min,omitempty"`
	Max      int    `json:"max,omitempty"`
	Help     string `json:"help"`
}

// QueryInfo describes a named query for /api/queries.
type QueryInfo struct {
	Name    string       `json:"name"`
	Summary string       `json:"summary"`
	Params  []QueryParam `json:"params"`
}

// Table is the answer of /api/query/{name}: the query's own result, and the
// same as a table (at most max rows) for display and CSV.
type Table struct {
	Query   string     `json:"query"`
	Title   string     `json:"title"`
	Columns []string   `json:"columns"`
	Rows    [][]string `json:"rows"`
	// More counts the rows left out by max.
	More   int `json:"more,omitempty"`
	Result any `json:"result"`
}

// namedQuery is one query of /api/query: its description and how to run it
// on checked parameters.
type namedQuery struct {
	QueryInfo
	run func(ctx context.Context, st *graph.Store, p params) (*Table, error)
	// wholeGraph marks the queries that read the whole store: their
	// answers are cached.
	wholeGraph bool
}

// params are a named query's checked parameters.
type params struct {
	str    map[string]string
	num    map[string]int
	filter queries.TypeFilter
}

func entityParam(name, help string) QueryParam {
	return QueryParam{Name: name, Kind: "entity", Required: true, Help: help}
}

// filterParams are the type filter of the queries that walk the graph
// (queries.TypeFilter: --types and --no-concepts on the command line).
var filterParams = []QueryParam{
	{Name: "types", Kind: "types", Help: "only through entities of these types, comma-separated"},
	{Name: "no-concepts", Kind: "bool", Help: "leave out CONCEPT entities"},
}

func withFilter(ps ...QueryParam) []QueryParam { return append(ps, filterParams...) }

func namedQueries() []namedQuery {
	return []namedQuery{
		{QueryInfo{"about", "everything said about an entity: speaker, cue, stance, words, sources",
			[]QueryParam{entityParam("x", "the entity: name, alias or id")}}, runAbout, false},
		{QueryInfo{"said-by", "what an entity said, and about whom",
			[]QueryParam{entityParam("x", "the speaker: name, alias or id")}}, runSaidBy, false},
		{QueryInfo{"between", "all relations between two entities, both directions, with sources",
			[]QueryParam{entityParam("x", "one entity"), entityParam("y", "the other")}}, runBetween, false},
		{QueryInfo{"neighbors", "the ego network of an entity",
			withFilter(entityParam("x", "the entity"), QueryParam{Name: "depth", Kind: "int", Default: 1, Min: 1, Max: 3, Help: "hops from x"})}, runNeighbors, false},
		{QueryInfo{"path", "a shortest connection between two entities",
			withFilter(entityParam("x", "from"), entityParam("y", "to"),
				QueryParam{Name: "max-depth", Kind: "int", Default: queries.DefaultMaxPathDepth, Min: 1, Max: 10, Help: "longest connection looked for, in hops"})}, runPath, false},
		{QueryInfo{"top", "the most connected entities",
			withFilter(QueryParam{Name: "type", Kind: "type", Help: "only entities of this type"},
				QueryParam{Name: "n", Kind: "int", Default: 10, Min: 1, Max: 1000, Help: "how many"})}, runTop, true},
		{QueryInfo{"corroborated", "facts said by at least min-sources independent documents in one voice (the article's own, or one speaker's)",
			[]QueryParam{{Name: "min-sources", Kind: "int", Default: 2, Min: 1, Max: 1000, Help: "least number of independent documents saying it in one voice"}}}, runCorroborated, true},
		{QueryInfo{"contradictions", "facts one source asserts and another negates", []QueryParam{}}, runContradictions, true},
	}
}

func (s *Server) queryList(ctx context.Context, r *http.Request) (any, error) {
	if err := knownParams(r); err != nil {
		return nil, err
	}
	var out []QueryInfo
	for _, q := range namedQueries() {
		out = append(out, q.QueryInfo)
	}
	return out, nil
}

// namedQuery answers /api/query/{name} as JSON, or CSV with format=csv.
func (s *Server) namedQuery(w http.ResponseWriter, r *http.Request) {
	format, err := choiceParam(r, "format", "json", "csv")
	if err != nil {
		writeError(w, err)
		return
	}
	v, err := s.run(r, s.runNamed)
	if err != nil {
		writeError(w, err)
		return
	}
	t := v.(*Table)
	if format == "json" {
		s.writeJSON(w, t)
		return
	}
	w.Header().Set("Content-Type", "text/csv; charset=utf-8")
	w.Header().Set("Content-Disposition", `attachment; filename="`+t.Query+`.csv"`)
	cw := csv.NewWriter(w)
	cw.Write(export.SafeRecord(append([]string(nil), t.Columns...)))
	for _, row := range t.Rows {
		cw.Write(export.SafeRecord(append([]string(nil), row...)))
	}
	cw.Flush()
}

func (s *Server) runNamed(ctx context.Context, r *http.Request) (any, error) {
	name := r.PathValue("name")
	var q *namedQuery
	var names []string
	for _, nq := range namedQueries() {
		names = append(names, nq.Name)
		if nq.Name == name {
			q = &nq
		}
	}
	if q == nil {
		return nil, &apiError{status: http.StatusNotFound, msg: "no query named " + strconv.Quote(name) + " (queries: " + strings.Join(names, ", ") + ")"}
	}
	allowed := []string{"format", "max"}
	for _, p := range q.Params {
		allowed = append(allowed, p.Name)
	}
	if err := knownParams(r, allowed...); err != nil {
		return nil, err
	}
	limit, err := intParam(r, "max", s.opts.MaxRows, 1, s.opts.MaxRows)
	if err != nil {
		return nil, err
	}
	p := params{str: map[string]string{}, num: map[string]int{}}
	for _, qp := range q.Params {
		switch qp.Kind {
		case "types":
			f, err := typeFilter(r, qp.Name)
			if err != nil {
				return nil, err
			}
			p.filter = f
		case "bool":
			// read with "types" (typeFilter), checked here too
			if _, err := boolParam(r, qp.Name); err != nil {
				return nil, err
			}
		case "int":
			n, err := intParam(r, qp.Name, qp.Default, qp.Min, qp.Max)
			if err != nil {
				return nil, err
			}
			p.num[qp.Name] = n
		case "type":
			v, err := choiceParam(r, qp.Name, entityTypes...)
			if err != nil {
				return nil, err
			}
			p.str[qp.Name] = v
		default:
			v, err := param(r, qp.Name)
			if err != nil {
				return nil, err
			}
			if qp.Required && strings.TrimSpace(v) == "" {
				return nil, badRequest("parameter %q is required: %s", qp.Name, qp.Help)
			}
			p.str[qp.Name] = v
		}
	}
	// The whole-graph queries read every quad and depend on nothing but
	// their parameters and the store, which changes only by curation.
	key := ""
	if q.wholeGraph {
		key = q.Name + "?" + r.URL.Query().Encode()
		s.answersMu.Lock()
		cached := s.answers[key]
		s.answersMu.Unlock()
		if cached != nil {
			return cached, nil
		}
	}
	t, err := q.run(ctx, s.opts.Store, p)
	if err != nil {
		return nil, err
	}
	t.Query = q.Name
	if t.Rows == nil {
		t.Rows = [][]string{}
	}
	if len(t.Rows) > limit {
		t.More = len(t.Rows) - limit
		t.Rows = t.Rows[:limit]
	}
	if key != "" {
		s.answersMu.Lock()
		if s.answers == nil || len(s.answers) >= maxCachedAnswers {
			s.answers = map[string]*Table{}
		}
		s.answers[key] = t
		s.answersMu.Unlock()
	}
	return t, nil
}

func runAbout(ctx context.Context, st *graph.Store, p params) (*Table, error) {
	res, err := queries.About(ctx, st, p.str["x"])
	if err != nil {
		return nil, err
	}
	t := &Table{Result: res, Title: "Said about " + res.Entity.Name,
		Columns: []string{"SPEAKER", "CUE", "STANCE", "CONTENT", "SOURCES"}}
	for _, s := range res.Statements {
		t.Rows = append(t.Rows, []string{s.Speaker.String(), s.Cue, s.Stance, s.Content, sourceRefs(s.Sources)})
	}
	return t, nil
}

func runSaidBy(ctx context.Context, st *graph.Store, p params) (*Table, error) {
	res, err := queries.SaidBy(ctx, st, p.str["x"])
	if err != nil {
		return nil, err
	}
	t := &Table{Result: res, Title: "Said by " + res.Entity.Name,
		Columns: []string{"CUE", "ABOUT", "STANCE", "CONTENT", "SOURCES"}}
	for _, s := range res.Statements {
		about := make([]string, len(s.About))
		for i, a := range s.About {
			about[i] = a.String()
		}
		t.Rows = append(t.Rows, []string{s.Cue, strings.Join(about, "; "), s.Stance, s.Content, sourceRefs(s.Sources)})
	}
	return t, nil
}

func runBetween(ctx context.Context, st *graph.Store, p params) (*Table, error) {
	res, err := queries.Between(ctx, st, p.str["x"], p.str["y"])
	if err != nil {
		return nil, err
	}
	t := &Table{Result: res, Title: "Between " + res.From.Name + " and " + res.To.Name,
		Columns: []string{"SUBJECT", "PREDICATE", "OBJECT", "ACCORDING TO", "MODALITY", "NEGATED", "DOC", "SENTENCE", "AS WRITTEN", "TEXT"}}
	names := map[string]string{}
	for _, f := range res.Facts {
		for _, src := range f.Sources {
			t.Rows = append(t.Rows, []string{f.Subject.String(), f.Predicate, f.Object.String(), accordingTo(ctx, st, src, names),
				src.Modality, strconv.FormatBool(src.Negated), src.Doc, strconv.Itoa(src.Sentence), src.PredicateText, src.Text})
		}
	}
	return t, nil
}

var edgeColumns = []string{"FROM", "PREDICATE", "TO", "KIND", "SOURCES", "DOCS"}

func edgeRow(e queries.Edge) []string {
	return []string{e.From.String(), e.Predicate, e.To.String(), e.Kind, strconv.Itoa(e.Sources), strings.Join(e.Docs, " ")}
}

func runNeighbors(ctx context.Context, st *graph.Store, p params) (*Table, error) {
	res, err := queries.NeighborsFiltered(ctx, st, p.str["x"], p.num["depth"], p.filter)
	if err != nil {
		return nil, err
	}
	t := &Table{Result: res, Title: "Around " + res.Center.Name, Columns: edgeColumns}
	for _, e := range res.Edges {
		t.Rows = append(t.Rows, edgeRow(e))
	}
	return t, nil
}

func runPath(ctx context.Context, st *graph.Store, p params) (*Table, error) {
	res, err := queries.PathFiltered(ctx, st, p.str["x"], p.str["y"], p.num["max-depth"], p.filter)
	if err != nil {
		return nil, err
	}
	t := &Table{Result: res, Title: "From " + res.From.Name + " to " + res.To.Name, Columns: append([]string{"STEP"}, edgeColumns...)}
	if !res.Found {
		t.Title = "No connection between " + res.From.Name + " and " + res.To.Name + " within " + strconv.Itoa(p.num["max-depth"]) + " hops"
	}
	for i, e := range res.Steps {
		t.Rows = append(t.Rows, append([]string{strconv.Itoa(i + 1)}, edgeRow(e)...))
	}
	return t, nil
}

func runTop(ctx context.Context, st *graph.Store, p params) (*Table, error) {
	res, err := queries.Top(ctx, st, queries.TopOptions{Type: p.str["type"], N: p.num["n"], Filter: p.filter})
	if err != nil {
		return nil, err
	}
	t := &Table{Result: res, Title: "Most connected entities",
		Columns: []string{"RANK", "NAME", "TYPE", "DEGREE", "FACTS", "STATEMENTS", "MENTIONS", "DOCS", "ID"}}
	for i, r := range res {
		t.Rows = append(t.Rows, []string{strconv.Itoa(i + 1), r.String(), r.Type, strconv.Itoa(r.Degree),
			strconv.Itoa(r.Facts), strconv.Itoa(r.Statements), strconv.Itoa(r.Mentions), strconv.Itoa(r.Docs), r.ID})
	}
	return t, nil
}

func runCorroborated(ctx context.Context, st *graph.Store, p params) (*Table, error) {
	minSources := p.num["min-sources"]
	res, err := queries.Corroborated(ctx, st, minSources)
	if err != nil {
		return nil, err
	}
	// One row per claim that minSources independent documents make in one voice:
	// asserted by the articles, or reported as one speaker's.
	t := &Table{Result: res, Title: "Facts said by at least " + strconv.Itoa(minSources) + " independent documents in one voice",
		Columns: []string{"SUBJECT", "PREDICATE", "OBJECT", "DOCS", "SOURCES", "ASSERTED IN",
			"ACCORDING TO", "MODALITY", "INDEPENDENT", "OTHER CLAIMS"}}
	for _, c := range res {
		for i, cl := range c.Claims {
			if !cl.Supports() || cl.Independent < minSources {
				continue
			}
			var others []string
			for j, o := range c.Claims {
				if j != i {
					others = append(others, o.String())
				}
			}
			t.Rows = append(t.Rows, []string{c.Subject.String(), c.Predicate, c.Object.String(),
				strconv.Itoa(len(cl.Docs)), strconv.Itoa(len(cl.Sources)), strings.Join(cl.Docs, " "),
				cl.Who(), cl.Voice, strconv.Itoa(cl.Independent), strings.Join(others, "; ")})
		}
	}
	return t, nil
}

func runContradictions(ctx context.Context, st *graph.Store, p params) (*Table, error) {
	res, err := queries.Contradictions(ctx, st)
	if err != nil {
		return nil, err
	}
	t := &Table{Result: res, Title: "Facts asserted by one source and negated by another",
		Columns: []string{"SUBJECT", "PREDICATE", "OBJECT", "ASSERTED BY", "NEGATED BY", "CLAIMS"}}
	for _, c := range res {
		claims := make([]string, len(c.Claims))
		for i, cl := range c.Claims {
			claims[i] = cl.String()
		}
		t.Rows = append(t.Rows, []string{c.Subject.String(), c.Predicate, c.Object.String(), sourceRefs(c.Asserted), sourceRefs(c.Negated),
			strings.Join(claims, "; ")})
	}
	return t, nil
}

// accordingTo names who a source says says so: the entity it attributes
// the fact to, or the article itself (as the command line's ACCORDING TO).
// names caches the names looked up.
func accordingTo(ctx context.Context, st *graph.Store, src graph.Source, names map[string]string) string {
	id := src.AttributedTo
	if id == "" {
		return "the article"
	}
	if n, ok := names[id]; ok {
		return n
	}
	n := id
	if e, err := queries.Resolve(ctx, st, exact(id)); err == nil && e.ID == id {
		n = e.Name
	}
	names[id] = n
	return n
}

// sourceRefs lists sources as doc#sentence.
func sourceRefs(ss []graph.Source) string {
	refs := make([]string, len(ss))
	for i, s := range ss {
		refs[i] = s.Doc + "#" + strconv.Itoa(s.Sentence)
	}
	return strings.Join(refs, " ")
}
