package main

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"slices"
	"sort"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	"newsgraph/export"
	"newsgraph/graph"
	"newsgraph/queries"
)

// querySub is one subcommand of "newsgraph query". setup registers its own
// flags and returns the function that runs it, which sees those flags' values.
type querySub struct {
	name    string
	args    string // usage of the positional arguments
	nargs   int    // exact number of positional arguments
	summary string
	setup   func(fs *flag.FlagSet) queryRunner
}

type queryRunner func(ctx context.Context, s *graph.Store, args []string) (*queryOutput, error)

// queryOutput is an answer in the three shapes the CLI prints: value for
// --json, header and rows for the table and --csv, title above the table.
type queryOutput struct {
	value  any
	title  string
	header []string
	rows   [][]string
	// jsonOnly marks answers with no tabular form (Gizmo, GraphQL).
	jsonOnly bool
}

func querySubs() []querySub {
	return []querySub{
		{"about", "X", 1, "everything said about entity X: speaker, cue, stance, words, sources", setupAbout},
		{"said-by", "X", 1, "what entity X said, and about whom", setupSaidBy},
		{"timeline", "X", 1, "what was said about X, by publication date, with outlet and title", setupTimeline},
		{"between", "X Y", 2, "all relations between X and Y, both directions, each with its sources", setupBetween},
		{"neighbors", "X", 1, "the ego network of X: entities within --depth hops and the edges to them", setupNeighbors},
		{"path", "X Y", 2, "a shortest connection between X and Y", setupPath},
		{"top", "", 0, "the most connected entities: linked to the most distinct entities by relations or statements", setupTop},
		{"corroborated", "", 0, "facts asserted by at least --min-sources documents", setupCorroborated},
		{"contradictions", "", 0, "facts that one source asserts and another negates", setupContradictions},
		{"gizmo", "'QUERY'", 1, "run a Gizmo query (Cayley's path language) and print the results as JSON", setupGizmo(queries.LangGizmo)},
		{"graphql", "'QUERY'", 1, "run a query in Cayley's GraphQL dialect and print the results as JSON", setupGizmo(queries.LangGraphQL)},
	}
}

// storeFlags are the flags that locate the store, accepted both before the
// subcommand and after it.
type storeFlags struct {
	db, backend string
	timeout     time.Duration
}

// defaultQueryTimeout bounds every query, so that a Gizmo script that loops
// or a query over a huge store ends with an error instead of running on.
const defaultQueryTimeout = 30 * time.Second

func (f *storeFlags) register(fs *flag.FlagSet) {
	fs.StringVar(&f.db, "db", f.db, "store: a bolt directory, or a postgres:// URL with --backend postgres")
	fs.StringVar(&f.backend, "backend", f.backend, "store backend: bolt or postgres")
	fs.DurationVar(&f.timeout, "timeout", f.timeout, "stop the query with an error after this long (0: no limit)")
}

func runQuery(ctx context.Context, e *env, args []string) error {
	sf := storeFlags{db: graph.DefaultAddress, backend: graph.BackendBolt, timeout: defaultQueryTimeout}
	fs := flag.NewFlagSet("query", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	sf.register(fs)
	fs.Usage = func() { queryUsage(e.stderr, fs) }
	// Parse only up to the subcommand: what follows is the subcommand's.
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return err
		}
		suggestFlag(fs, err)
		return fmt.Errorf("%w: %v", errBadFlag, err) // the flag package has said what
	}
	rest := fs.Args()
	if len(rest) == 0 {
		queryUsage(e.stderr, fs)
		return fmt.Errorf("%w: no query given", errUsage)
	}
	var sub *querySub
	for _, s := range querySubs() {
		if s.name == rest[0] {
			sub = &s
			break
		}
	}
	if sub == nil {
		queryUsage(e.stderr, fs)
		names := make([]string, 0, len(querySubs()))
		for _, s := range querySubs() {
			names = append(names, s.name)
		}
		if m := closest(rest[0], names); m != "" {
			return fmt.Errorf("%w: unknown query %q; did you mean %q?", errUsage, rest[0], m)
		}
		return fmt.Errorf("%w: unknown query %q", errUsage, rest[0])
	}

	sfs := newFlagSet(e, "query "+sub.name, sub.args, sub.summary)
	sf.register(sfs)
	var asJSON, asCSV bool
	if sub.name != "gizmo" && sub.name != "graphql" {
		sfs.BoolVar(&asJSON, "json", false, "print JSON")
		sfs.BoolVar(&asCSV, "csv", false, "print CSV")
	}
	runner := sub.setup(sfs)
	pos, err := parseFlags(sfs, rest[1:])
	if err != nil {
		return err
	}
	if len(pos) != sub.nargs {
		sfs.Usage()
		return fmt.Errorf("%w: %s wants %d argument(s) %s, got %d", errUsage, sub.name, sub.nargs, sub.args, len(pos))
	}
	if asJSON && asCSV {
		return fmt.Errorf("%w: --json and --csv exclude each other", errUsage)
	}
	if sf.backend == graph.BackendMemory {
		// A memory store lives only as long as the process that built it.
		return fmt.Errorf("%w: the memory backend is empty in a new process; query a bolt or postgres store", errUsage)
	}
	if sf.timeout < 0 {
		return fmt.Errorf("%w: --timeout must not be negative", errUsage)
	}
	if (sub.name == "gizmo" || sub.name == "graphql") && !inQueryChild() {
		return runQueryChild(ctx, e, sub.name, args, sf.timeout)
	}
	if sf.timeout > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeoutCause(ctx, sf.timeout, fmt.Errorf("stopped after --timeout %s: %w", sf.timeout, context.DeadlineExceeded))
		defer cancel()
	}
	s, err := openQueryStore(ctx, sf)
	if err != nil {
		return err
	}
	defer s.Close()
	out, err := runner(ctx, s, pos)
	if err != nil {
		var ue *usageError
		if errors.As(err, &ue) {
			return &usageError{msg: sub.name + " " + ue.msg, cmd: "query " + sub.name}
		}
		if cause := context.Cause(ctx); cause != nil && errors.Is(err, context.DeadlineExceeded) {
			err = cause
		}
		return fmt.Errorf("%s: %w", sub.name, err)
	}
	switch {
	case asJSON || out.jsonOnly:
		return writeQueryJSON(e.stdout, out.value)
	case asCSV:
		return writeQueryCSV(e.stdout, out)
	default:
		return writeQueryTable(e.stdout, out)
	}
}

func queryUsage(w io.Writer, fs *flag.FlagSet) {
	fmt.Fprintln(w, "usage: newsgraph query [--db DIR] [--backend bolt|postgres] QUERY [args] [--json|--csv]")
	fmt.Fprintln(w, "\nqueries:")
	for _, s := range querySubs() {
		fmt.Fprintf(w, "  %-15s %s\n", strings.TrimSpace(s.name+" "+s.args), s.summary)
	}
	fmt.Fprintln(w, "\nEntities are named by name, alias or id, in any case (\"putin\", \"Zelensky\").")
	fmt.Fprintln(w, "Run 'newsgraph query QUERY --help' for a query's flags.\n\nflags:")
	fs.PrintDefaults()
}

// openQueryStore opens the store for reading. A bolt directory that does not
// exist is an error: opening would create an empty store and every query
// would answer nothing, which hides a mistyped --db.
func openQueryStore(ctx context.Context, sf storeFlags) (*graph.Store, error) {
	if sf.db == "" {
		return nil, fmt.Errorf("%w: --db must name a store", errUsage)
	}
	if sf.backend == "" || sf.backend == graph.BackendBolt {
		if _, err := os.Stat(sf.db); err != nil {
			if errors.Is(err, os.ErrNotExist) {
				return nil, fmt.Errorf("no store at %s (build one with: newsgraph build --db %s ARTICLES...)", sf.db, sf.db)
			}
			return nil, fmt.Errorf("store %s: %w", sf.db, err)
		}
	}
	s, err := graph.Open(ctx, graph.Config{Backend: sf.backend, Address: sf.db, ReadOnly: true})
	if err != nil {
		return nil, fmt.Errorf("opening store: %w", err)
	}
	return s, nil
}

func setupAbout(fs *flag.FlagSet) queryRunner {
	return func(ctx context.Context, s *graph.Store, args []string) (*queryOutput, error) {
		res, err := queries.About(ctx, s, args[0])
		if err != nil {
			return nil, err
		}
		out := &queryOutput{
			value:  res,
			title:  fmt.Sprintf("Said about %s: %d statement(s)", entityTitle(res.Entity), len(res.Statements)),
			header: []string{"SPEAKER", "CUE", "STANCE", "CONTENT", "SOURCES"},
		}
		for _, st := range res.Statements {
			out.rows = append(out.rows, []string{st.Speaker.String(), st.Cue, st.Stance, st.Content, sourceRefs(st.Sources)})
		}
		return out, nil
	}
}

func setupTimeline(fs *flag.FlagSet) queryRunner {
	return func(ctx context.Context, s *graph.Store, args []string) (*queryOutput, error) {
		res, err := queries.Timeline(ctx, s, args[0])
		if err != nil {
			return nil, err
		}
		out := &queryOutput{
			value:  res,
			title:  fmt.Sprintf("Timeline of what was said about %s: %d report(s)", entityTitle(res.Entity), len(res.Entries)),
			header: []string{"DATE", "ARTICLE", "SPEAKER", "STANCE", "CONTENT", "SOURCE"},
		}
		for _, e := range res.Entries {
			d := e.Document
			d.Date = "" // in its own column
			src := make([]string, len(e.Sentences))
			for i, n := range e.Sentences {
				src[i] = e.Document.ID + "#" + strconv.Itoa(n)
			}
			out.rows = append(out.rows, []string{e.Date, d.Label(), e.Statement.Speaker.String(), e.Statement.Stance, e.Statement.Content, strings.Join(src, " ")})
		}
		return out, nil
	}
}

func setupSaidBy(fs *flag.FlagSet) queryRunner {
	return func(ctx context.Context, s *graph.Store, args []string) (*queryOutput, error) {
		res, err := queries.SaidBy(ctx, s, args[0])
		if err != nil {
			return nil, err
		}
		out := &queryOutput{
			value:  res,
			title:  fmt.Sprintf("Said by %s: %d statement(s)", entityTitle(res.Entity), len(res.Statements)),
			header: []string{"CUE", "ABOUT", "STANCE", "CONTENT", "SOURCES"},
		}
		for _, st := range res.Statements {
			about := make([]string, len(st.About))
			for i, a := range st.About {
				about[i] = a.String()
			}
			out.rows = append(out.rows, []string{st.Cue, strings.Join(about, "; "), st.Stance, st.Content, sourceRefs(st.Sources)})
		}
		return out, nil
	}
}

func setupBetween(fs *flag.FlagSet) queryRunner {
	return func(ctx context.Context, s *graph.Store, args []string) (*queryOutput, error) {
		res, err := queries.Between(ctx, s, args[0], args[1])
		if err != nil {
			return nil, err
		}
		out := &queryOutput{
			value: res,
			title: fmt.Sprintf("Between %s and %s: %d relation(s)", entityTitle(res.From), entityTitle(res.To), len(res.Facts)),
			header: []string{"SUBJECT", "PREDICATE", "OBJECT", "ACCORDING TO", "MODALITY", "NEGATED", "QUALIFIERS",
				"DOC", "SENTENCE", "AS WRITTEN", "TEXT"},
		}
		names := newNamer(ctx, s)
		// One row per source, so that CSV carries every source of every fact.
		for _, f := range res.Facts {
			for _, src := range f.Sources {
				out.rows = append(out.rows, []string{
					f.Subject.String(), f.Predicate, f.Object.String(), names.accordingTo(src), src.Modality,
					strconv.FormatBool(src.Negated), qualifiers(src.Qualifiers), src.Doc, strconv.Itoa(src.Sentence),
					src.PredicateText, src.Text,
				})
			}
		}
		return out, nil
	}
}

func setupNeighbors(fs *flag.FlagSet) queryRunner {
	depth := fs.Int("depth", 1, "how many hops from X (at least 1)")
	filter := addFilterFlags(fs)
	return func(ctx context.Context, s *graph.Store, args []string) (*queryOutput, error) {
		if *depth < 1 {
			return nil, usageErrorf("--depth %d: the hops from X must be at least 1", *depth)
		}
		f, err := filter()
		if err != nil {
			return nil, err
		}
		res, err := queries.NeighborsFiltered(ctx, s, args[0], *depth, f)
		if err != nil {
			return nil, err
		}
		out := &queryOutput{
			value: res,
			title: fmt.Sprintf("Within %d hop(s) of %s: %d entities, %d edges", res.Depth, entityTitle(res.Center), len(res.Nodes)-1, len(res.Edges)),
			// ACCORDING TO last, after the columns the table had before.
			header: []string{"FROM", "PREDICATE", "TO", "KIND", "SOURCES", "DOCS", "ACCORDING TO"},
		}
		attrib := newNamer(ctx, s)
		for _, e := range res.Edges {
			by, err := stepAccordingTo(ctx, s, attrib, e)
			if err != nil {
				return nil, err
			}
			out.rows = append(out.rows, append(edgeRow(e), by))
		}
		return out, nil
	}
}

func setupPath(fs *flag.FlagSet) queryRunner {
	maxDepth := fs.Int("max-depth", queries.DefaultMaxPathDepth, "longest connection to look for, in hops (at least 1)")
	filter := addFilterFlags(fs)
	return func(ctx context.Context, s *graph.Store, args []string) (*queryOutput, error) {
		if *maxDepth < 1 {
			return nil, usageErrorf("--max-depth %d: the longest connection must be at least 1 hop", *maxDepth)
		}
		f, err := filter()
		if err != nil {
			return nil, err
		}
		res, err := queries.PathFiltered(ctx, s, args[0], args[1], *maxDepth, f)
		if err != nil {
			return nil, err
		}
		out := &queryOutput{value: res, header: []string{"STEP", "FROM", "PREDICATE", "TO", "KIND", "ACCORDING TO", "SOURCES", "DOCS"}}
		if !res.Found {
			out.title = fmt.Sprintf("No connection between %s and %s within %d hops", entityTitle(res.From), entityTitle(res.To), *maxDepth)
			return out, nil
		}
		names := make([]string, len(res.Nodes))
		for i, n := range res.Nodes {
			names[i] = n.String()
		}
		out.title = fmt.Sprintf("%d hop(s): %s", len(res.Steps), strings.Join(names, " — "))
		attrib := newNamer(ctx, s)
		for i, e := range res.Steps {
			by, err := stepAccordingTo(ctx, s, attrib, e)
			if err != nil {
				return nil, err
			}
			row := append([]string{strconv.Itoa(i + 1)}, edgeRow(e)...)
			// After KIND: who says so, read for the few steps of a path.
			row = append(row[:5], append([]string{by}, row[5:]...)...)
			out.rows = append(out.rows, row)
		}
		return out, nil
	}
}

func setupTop(fs *flag.FlagSet) queryRunner {
	fs.Usage = func() {
		fmt.Fprintf(fs.Output(), "usage: newsgraph query top [flags]\n\n"+
			"The most connected entities: those linked to the most distinct other entities by a relation\n"+
			"(either direction) or a statement (speaker and what it is about); ties go to more facts, then\n"+
			"more mentions. The maps' --top and examples/notebook.py rank the same way (FORMATS.md).\n\nflags:\n")
		fs.PrintDefaults()
	}
	typ := fs.String("type", "", "only entities of this type: "+strings.Join(entityTypes, ", "))
	n := fs.Int("n", 10, "how many (at least 1)")
	filter := addFilterFlags(fs)
	return func(ctx context.Context, s *graph.Store, args []string) (*queryOutput, error) {
		if *n < 1 {
			return nil, usageErrorf("-n %d: give how many entities to list, at least 1", *n)
		}
		if err := checkTypes("--type", *typ); err != nil {
			return nil, err
		}
		f, err := filter()
		if err != nil {
			return nil, err
		}
		res, err := queries.Top(ctx, s, queries.TopOptions{Type: *typ, N: *n, Filter: f})
		if err != nil {
			return nil, err
		}
		out := &queryOutput{
			value:  res,
			title:  "Most connected entities",
			header: []string{"RANK", "NAME", "TYPE", "DEGREE", "FACTS", "STATEMENTS", "MENTIONS", "DOCS"},
		}
		if *typ != "" {
			out.title += " of type " + *typ
		}
		for i, r := range res {
			out.rows = append(out.rows, []string{strconv.Itoa(i + 1), r.String(), r.Type, strconv.Itoa(r.Degree),
				strconv.Itoa(r.Facts), strconv.Itoa(r.Statements), strconv.Itoa(r.Mentions), strconv.Itoa(r.Docs)})
		}
		return out, nil
	}
}

func setupCorroborated(fs *flag.FlagSet) queryRunner {
	minSources := fs.Int("min-sources", 2, "least number of independent documents saying a fact in one voice (at least 1)")
	return func(ctx context.Context, s *graph.Store, args []string) (*queryOutput, error) {
		if *minSources < 1 {
			return nil, usageErrorf("--min-sources %d: a fact is asserted by at least 1 document; give 1 or more", *minSources)
		}
		res, err := queries.Corroborated(ctx, s, *minSources)
		if err != nil {
			return nil, err
		}
		out := &queryOutput{
			value: res,
			title: fmt.Sprintf("Facts said by at least %d independent documents in one voice (the article's own, or one speaker's): %d",
				*minSources, len(res)),
			header: corroboratedHeader,
		}
		for _, c := range res {
			out.rows = append(out.rows, corroboratedRows(c, *minSources)...)
		}
		return out, nil
	}
}

// corroboratedHeader: the first seven columns as before claims were told
// apart, then the claim's voice, its independent sources and what else is
// said of the fact.
var corroboratedHeader = []string{"SUBJECT", "PREDICATE", "OBJECT", "ACCORDING TO", "DOCS", "SOURCES", "ASSERTED IN",
	"MODALITY", "INDEPENDENT", "OTHER CLAIMS"}

// corroboratedRows gives one row per claim of c that minSources independent
// documents make in one voice — asserted by the articles, or reported as
// one speaker's — with the fact's other claims (fewer documents, another
// speaker, possible, negated) in the last column.
func corroboratedRows(c queries.Corroboration, minSources int) [][]string {
	var rows [][]string
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
		rows = append(rows, []string{c.Subject.String(), c.Predicate, c.Object.String(), cl.Who(),
			strconv.Itoa(len(cl.Docs)), strconv.Itoa(len(cl.Sources)), strings.Join(cl.Docs, " "),
			cl.Voice, strconv.Itoa(cl.Independent), strings.Join(others, "; ")})
	}
	return rows
}

func setupContradictions(fs *flag.FlagSet) queryRunner {
	return func(ctx context.Context, s *graph.Store, args []string) (*queryOutput, error) {
		res, err := queries.Contradictions(ctx, s)
		if err != nil {
			return nil, err
		}
		out := &queryOutput{
			value:  res,
			title:  fmt.Sprintf("Facts asserted by one source and negated by another: %d", len(res)),
			header: []string{"SUBJECT", "PREDICATE", "OBJECT", "ASSERTED BY", "ACCORDING TO", "NEGATED BY", "ACCORDING TO", "CLAIMS"},
		}
		names := newNamer(ctx, s)
		for _, c := range res {
			claims := make([]string, len(c.Claims))
			for i, cl := range c.Claims {
				claims[i] = cl.String()
			}
			out.rows = append(out.rows, []string{c.Subject.String(), c.Predicate, c.Object.String(),
				sourceRefs(c.Asserted), names.accordingToAll(c.Asserted), sourceRefs(c.Negated), names.accordingToAll(c.Negated),
				strings.Join(claims, "; ")})
		}
		return out, nil
	}
}

func setupGizmo(lang string) func(fs *flag.FlagSet) queryRunner {
	return func(fs *flag.FlagSet) queryRunner {
		limit := fs.Int("limit", queries.DefaultLimit, "most results to return (at least 1)")
		all := fs.Bool("all-rows", false, "keep repeated results (a node comes once per quad that matches, and entity quads repeat once per document)")
		return func(ctx context.Context, s *graph.Store, args []string) (*queryOutput, error) {
			if *limit < 1 {
				return nil, usageErrorf("--limit %d: give the most results to return, at least 1", *limit)
			}
			// The time limit comes with ctx (--timeout).
			opts := queries.RawOptions{Limit: *limit, Distinct: !*all}
			var res []any
			var err error
			if lang == queries.LangGraphQL {
				res, err = queries.GraphQL(ctx, s, args[0], opts)
			} else {
				res, err = queries.Gizmo(ctx, s, args[0], opts)
			}
			if err != nil {
				return nil, err
			}
			return &queryOutput{value: res, jsonOnly: true}, nil
		}
	}
}

// stepAccordingTo says who says so for one edge of a path or a
// neighbourhood: the speaker of a statement edge, and for a relation edge
// whom its sources attribute it to, read with Between once per pair of
// entities (both directions come with it).
func stepAccordingTo(ctx context.Context, s *graph.Store, n *namer, e queries.Edge) (string, error) {
	if e.Kind != queries.KindRelation {
		return e.From.Name, nil
	}
	a, b := e.From.ID, e.To.ID
	if b < a {
		a, b = b, a
	}
	key := [2]string{a, b}
	rel, ok := n.between[key]
	if !ok {
		var err error
		if rel, err = queries.Between(ctx, s, a, b); err != nil {
			return "", err
		}
		n.between[key] = rel
	}
	var srcs []graph.Source
	for _, f := range rel.Facts {
		if f.Predicate == e.Predicate && f.Subject.ID == e.From.ID && f.Object.ID == e.To.ID {
			srcs = append(srcs, f.Sources...)
		}
	}
	return n.accordingToAll(srcs), nil
}

// ownVoice is the ACCORDING TO of a fact the article states itself rather
// than attributing it to someone ("…, Peskov said").
const ownVoice = queries.OwnVoice

// namer names the entities facts are attributed to, reading each once.
type namer struct {
	ctx     context.Context
	s       *graph.Store
	names   map[string]string
	between map[[2]string]*queries.Relations // relations of an entity pair, read once
}

func newNamer(ctx context.Context, s *graph.Store) *namer {
	return &namer{ctx: ctx, s: s, names: map[string]string{}, between: map[[2]string]*queries.Relations{}}
}

// accordingTo says who a source attributes its fact to: the entity's name
// (its id when the store has no name for it) or ownVoice.
func (n *namer) accordingTo(src graph.Source) string {
	id := src.AttributedTo
	if id == "" && queries.VoiceOf(src) == queries.VoiceReported {
		return queries.Claim{Voice: queries.VoiceReported}.Who() // reported, nobody named
	}
	if id == "" {
		return ownVoice
	}
	if name, ok := n.names[id]; ok {
		return name
	}
	name := id
	if e, err := n.s.Entity(n.ctx, id); err == nil && e.Name != "" {
		name = e.Name
	}
	n.names[id] = name
	return name
}

// accordingToAll lists who the sources attribute a fact to, each once, in
// the order first seen; a source that only asks or hedges is marked
// "(possible)", one that denies "(negated)": neither says the fact holds.
func (n *namer) accordingToAll(srcs []graph.Source) string {
	var out []string
	seen := map[string]bool{}
	for _, src := range srcs {
		a := n.accordingTo(src)
		if queries.VoiceOf(src) == queries.VoicePossible {
			a += " (possible)"
		}
		if src.Negated {
			a += " (negated)"
		}
		if !seen[a] {
			seen[a] = true
			out = append(out, a)
		}
	}
	return strings.Join(out, "; ")
}

// entityTypes are the types --type and --types accept, in any case.
var entityTypes = queries.EntityTypes()

// addFilterFlags registers --types and --no-concepts on fs and returns
// the filter they ask for, checked once the flags are parsed.
func addFilterFlags(fs *flag.FlagSet) func() (queries.TypeFilter, error) {
	types := fs.String("types", "", "only through entities of these types, comma-separated: "+strings.Join(entityTypes, ","))
	noConcepts := fs.Bool("no-concepts", false, "leave out CONCEPT entities (\"negotiations\", \"$65.9 billion\"), most of a corpus's entities")
	return func() (queries.TypeFilter, error) {
		if err := checkTypes("--types", *types); err != nil {
			return queries.TypeFilter{}, err
		}
		ts, err := queries.ParseTypes(*types)
		if err != nil {
			return queries.TypeFilter{}, usageErrorf("--types: %v", err)
		}
		return queries.TypeFilter{Types: ts, NoConcepts: *noConcepts}, nil
	}
}

// checkTypes rejects a type list (comma-separated) naming a type no entity
// has, which would otherwise answer with an empty table.
func checkTypes(flagName, list string) error {
	if list == "" {
		return nil
	}
	for _, t := range strings.Split(list, ",") {
		t = strings.ToUpper(strings.TrimSpace(t))
		if contains(entityTypes, t) {
			continue
		}
		if m := closest(t, entityTypes); m != "" {
			return usageErrorf("%s: unknown type %q; did you mean %s? (one of: %s)", flagName, t, m, strings.Join(entityTypes, ", "))
		}
		return usageErrorf("%s: unknown type %q (one of: %s)", flagName, t, strings.Join(entityTypes, ", "))
	}
	return nil
}

func entityTitle(e graph.Entity) string {
	if e.Type == "" {
		return e.Name
	}
	return fmt.Sprintf("%s (%s)", e.Name, e.Type)
}

// sourceRefs lists sources as doc#sentence.
func sourceRefs(ss []graph.Source) string {
	refs := make([]string, len(ss))
	for i, s := range ss {
		refs[i] = s.Doc + "#" + strconv.Itoa(s.Sentence)
	}
	return strings.Join(refs, " ")
}

func qualifiers(q map[string]string) string {
	keys := make([]string, 0, len(q))
	for k := range q {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	parts := make([]string, len(keys))
	for i, k := range keys {
		parts[i] = k + ": " + q[k]
	}
	return strings.Join(parts, "; ")
}

func edgeRow(e queries.Edge) []string {
	return []string{e.From.String(), e.Predicate, e.To.String(), e.Kind, strconv.Itoa(e.Sources), strings.Join(e.Docs, " ")}
}

func writeQueryJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false) // IRIs print as <ent/x>, not \u003cent/x\u003e
	enc.SetIndent("", "  ")
	if err := enc.Encode(v); err != nil {
		return fmt.Errorf("writing JSON: %w", err)
	}
	return nil
}

// writeQueryCSV writes the rows with every cell through export.SafeCell, so
// that a name or sentence starting with "=" is not run by a spreadsheet.
func writeQueryCSV(w io.Writer, out *queryOutput) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(export.SafeRecord(slices.Clone(out.header))); err != nil {
		return fmt.Errorf("writing CSV: %w", err)
	}
	for _, row := range out.rows {
		if err := cw.Write(export.SafeRecord(slices.Clone(row))); err != nil {
			return fmt.Errorf("writing CSV: %w", err)
		}
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return fmt.Errorf("writing CSV: %w", err)
	}
	return nil
}

// maxCell bounds a table cell: sentences and quotes run long, and a table is
// for reading at a terminal (--csv and --json keep the full text).
const maxCell = 100

func writeQueryTable(w io.Writer, out *queryOutput) error {
	if out.title != "" {
		fmt.Fprintln(w, out.title)
	}
	if len(out.rows) == 0 {
		return nil
	}
	fmt.Fprintln(w)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, strings.Join(out.header, "\t"))
	for _, row := range out.rows {
		cells := make([]string, len(row))
		for i, c := range row {
			c = strings.Join(strings.Fields(c), " ") // a tab or newline would break the columns
			if r := []rune(c); len(r) > maxCell {
				c = string(r[:maxCell-1]) + "…"
			}
			cells[i] = c
		}
		fmt.Fprintln(tw, strings.Join(cells, "\t"))
	}
	if err := tw.Flush(); err != nil {
		return fmt.Errorf("writing table: %w", err)
	}
	return nil
}
