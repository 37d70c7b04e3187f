package main

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"newsgraph/export"
	"newsgraph/graph"
	"newsgraph/queries"
)

// Export formats: maps are drawn, data formats are written as they are.
var (
	mapFormats  = []string{"svg", "png", "dot", "pdf"}
	dataFormats = []string{"nquads", "jsonld", "csv", "graphml", "gexf", "nodelink", "ftm", "jsonl"}
	layouts     = []string{"dot", "sfdp", "neato", "fdp", "circo", "twopi"}
)

// defaultMapTop is how many entities the overview map draws: about what
// reads at screen size with names and relation labels.
const defaultMapTop = 25

// formatExtensions are the file extensions that name a format. ".json" fits
// three formats and decides nothing alone; with --format it must be one of them.
var formatExtensions = map[string][]string{
	".svg": {"svg"}, ".png": {"png"}, ".dot": {"dot"}, ".gv": {"dot"}, ".pdf": {"pdf"},
	".nq": {"nquads"}, ".nquads": {"nquads"}, ".jsonld": {"jsonld"},
	".graphml": {"graphml"}, ".gexf": {"gexf"}, ".jsonl": {"jsonl"}, ".ndjson": {"jsonl", "ftm"},
	".ftm": {"ftm"}, ".json": {"nodelink", "jsonld", "ftm"}, ".csv": {"csv"},
}

// formatForOutput decides the format of an export to path: the extension
// decides when --format is not given (map.png is a PNG), and contradicts an
// explicit --format at the user's peril: that is an error, not a PNG file
// holding SVG. A path without a known extension takes format as given, and
// a directory (one that exists, or a path ending in "/") is where csv goes.
func formatForOutput(path, format string, explicit bool) (string, error) {
	ext := strings.ToLower(filepath.Ext(path))
	fits, known := formatExtensions[ext]
	if st, err := os.Stat(path); err == nil && st.IsDir() || strings.HasSuffix(path, "/") || strings.HasSuffix(path, string(filepath.Separator)) {
		if !explicit {
			return "csv", nil
		}
		known = false
	}
	switch {
	case !known && explicit:
		return format, nil
	case !known && ext == "":
		return format, nil
	case !known:
		return "", usageErrorf("cannot tell the format of -o %s from %q; give --format (one of: %s)",
			path, ext, strings.Join(append(append([]string{}, mapFormats...), dataFormats...), ", "))
	case explicit && !contains(fits, format):
		return "", usageErrorf("--format %s contradicts -o %s, which ends in %s (%s); change one of them",
			format, path, ext, strings.Join(fits, " or "))
	case explicit:
		return format, nil
	case len(fits) > 1:
		return "", usageErrorf("-o %s: %s fits %s; say which with --format", path, ext, strings.Join(fits, ", "))
	case fits[0] == "csv":
		return "", usageErrorf("-o %s: csv writes nodes.csv, edges.csv and statements.csv; give a directory: --format csv -o DIR", path)
	}
	return fits[0], nil
}

func runExport(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet(e, "export", "",
		"Write the graph as a map or as data.\n\n"+
			"Maps: svg (tooltips with every source), png, dot; pdf is not available (convert the svg).\n"+
			"  --view relations|statements|both, --focus NAME --depth N, --top N, --types, --no-concepts\n"+
			"  choose what is drawn. Without them: the relations of the 25 most connected named entities,\n"+
			"  concepts only where they link two of them; stderr says what was drawn and how to get more.\n"+
			"  Most connected: linked to the most distinct entities by relations or statements (as query top).\n"+
			"Data: nquads (the store's quads, absolute IRIs under --base), jsonld (same ids),\n"+
			"  csv (nodes.csv, edges.csv, statements.csv into the -o directory), graphml, gexf (1.3), nodelink\n"+
			"  (networkx node-link JSON, edges under \"links\" and \"edges\"), ftm (FollowTheMoney JSON lines for Aleph),\n"+
			"  jsonl (extraction records).\n\n"+
			"Output goes to stdout unless -o is given; csv needs -o DIR. The -o file's extension decides the\n"+
			"format (map.png is a PNG); a --format that contradicts it is an error.\n"+
			"Example: newsgraph export --db news.db --view statements --focus Hegseth -o hegseth.png")
	sf := storeFlagsFor(fs)
	format := fs.String("format", "svg", "one of: "+strings.Join(append(append([]string{}, mapFormats...), dataFormats...), ", ")+
		"\n(default: from the -o file's extension, svg when it has none)")
	out := fs.String("o", "", "output file (a directory for csv); stdout when empty")
	view := fs.String("view", "", "map view: relations, statements or both (default: relations for the overview, both with --focus)")
	focus := fs.String("focus", "", "map: draw only the neighbourhood of this entity (name, alias or id, any case)")
	depth := fs.Int("depth", 1, "map: hops around --focus")
	top := fs.Int("top", defaultMapTop, "map: keep the N most connected entities, as 'query top' ranks them (0: all;\n"+
		"default: 25 named entities for the overview, all with --focus)")
	types := fs.String("types", "", "map: only entities of these types, comma-separated: "+strings.Join(entityTypes, ","))
	noConcepts := fs.Bool("no-concepts", false, "map: no CONCEPT entities at all (the overview keeps those that link two drawn entities)")
	title := fs.String("title", "", "map title (default: the store's name)")
	layout := fs.String("layout", "", "map: Graphviz layout engine (dot, sfdp, neato, fdp, circo, twopi; default dot, sfdp for large maps)")
	base := fs.String("base", export.DefaultBase, "nquads/jsonld: base IRI for the store's relative IRIs")
	raw := fs.Bool("raw", false, "nquads: keep IRIs as stored (relative), for reloading into Cayley")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(pos) > 0 {
		return exportUsage(e, "unexpected argument %q (did you mean -o %s?)", pos[0], pos[0])
	}
	set := map[string]bool{}
	fs.Visit(func(fl *flag.Flag) { set[fl.Name] = true })
	f := strings.ToLower(*format)
	allFormats := append(append([]string{}, mapFormats...), dataFormats...)
	if set["format"] && !contains(allFormats, f) {
		if m := closest(f, allFormats); m != "" {
			return exportUsage(e, "unknown format %q; did you mean %s? (one of: %s)", *format, m, strings.Join(allFormats, ", "))
		}
		return exportUsage(e, "unknown format %q (one of: %s)", *format, strings.Join(allFormats, ", "))
	}
	if *out != "" {
		f, err = formatForOutput(*out, f, set["format"])
		if err != nil {
			return err
		}
	}
	isMap := contains(mapFormats, f)
	v := export.ViewBoth
	if *view != "" {
		if v, err = export.ParseView(*view); err != nil {
			return exportUsage(e, "%v", err)
		}
	}
	filter := queries.TypeFilter{NoConcepts: *noConcepts}
	if err := checkTypes("--types", *types); err != nil {
		return err
	}
	if filter.Types, err = queries.ParseTypes(*types); err != nil {
		return exportUsage(e, "--types: %v", err)
	}
	// The overview (no --focus) is a map of the corpus that fits a screen:
	// the relations between the 25 most connected named entities, concepts
	// only where they link two of them. Each default gives way to its flag.
	overview := *focus == ""
	bridges := 0
	if overview {
		if !set["view"] {
			v = export.ViewRelations
		}
		if !set["top"] {
			*top = defaultMapTop
		}
		if *top > 0 && !set["no-concepts"] && !set["types"] {
			// Concepts come back only where they link two of the entities
			// drawn, at most one for every five entities: the concepts that link
			// the most are the generic ones ("government", "plans"), and each
			// brings many edges.
			filter.NoConcepts, bridges = true, max(1, *top/5)
		}
	} else if !set["top"] {
		*top = 0
	}
	if !isMap {
		for _, name := range []string{"view", "focus", "depth", "top", "layout", "title", "types", "no-concepts"} {
			if set[name] {
				return exportUsage(e, "--%s applies to maps (svg, png, dot), not to %s", name, f)
			}
		}
	}
	if *depth < 1 {
		return exportUsage(e, "--depth %d: the hops around --focus must be at least 1", *depth)
	}
	if *top < 0 {
		return exportUsage(e, "--top %d: give the number of entities to keep, or 0 for all", *top)
	}
	if *layout != "" && !contains(layouts, *layout) {
		return exportUsage(e, "unknown --layout %q (one of: %s)", *layout, strings.Join(layouts, ", "))
	}
	if f == "csv" && *out == "" {
		return exportUsage(e, "csv writes nodes.csv, edges.csv and statements.csv: give a directory with -o DIR")
	}
	if f == "pdf" {
		return export.ErrPDFUnsupported
	}
	if (f == "nquads" || f == "jsonld") && !*raw {
		if err := checkBase(*base); err != nil {
			return err
		}
	}

	s, err := openReadOnly(ctx, sf)
	if err != nil {
		return err
	}
	defer s.Close()
	if f == "nquads" {
		var buf bytes.Buffer
		if err := export.NQuads(ctx, &buf, s.QuadStore(), export.NQuadsOptions{Base: *base, Raw: *raw}); err != nil {
			return err
		}
		return writeOutput(e.stdout, *out, buf.Bytes())
	}
	snap, err := s.Snapshot(ctx)
	if err != nil {
		return fmt.Errorf("reading the graph: %w", err)
	}
	if f == "csv" {
		if err := export.CSVDir(*out, snap); err != nil {
			return err
		}
		fmt.Fprintf(e.stderr, "wrote %s, %s and %s\n", filepath.Join(*out, "nodes.csv"), filepath.Join(*out, "edges.csv"),
			filepath.Join(*out, "statements.csv"))
		return nil
	}
	var buf bytes.Buffer
	if isMap {
		t := *title
		if t == "" {
			t = "newsgraph: " + storeTitle(s)
		}
		opts := export.MapOptions{View: v, Focus: *focus, Depth: *depth, Top: *top, Title: t,
			Filter: filter, Bridges: bridges,
			Date: time.Now().UTC().Format("2006-01-02"), Layout: *layout}
		switch f {
		case "svg":
			err = export.SVG(ctx, &buf, snap, opts)
		case "png":
			err = export.PNG(ctx, &buf, snap, opts)
		case "dot":
			err = export.DOT(ctx, &buf, snap, opts)
		}
		if err != nil {
			return err
		}
		if err := writeOutput(e.stdout, *out, buf.Bytes()); err != nil {
			return err
		}
		sum, err := export.SummarizeMap(snap, opts)
		if err != nil {
			return err
		}
		writeMapSummary(e.stderr, sum, opts, overview && bridges > 0)
		return nil
	} else {
		switch f {
		case "jsonld":
			err = export.JSONLD(&buf, snap, export.JSONLDOptions{Base: *base})
		case "graphml":
			err = export.GraphML(&buf, snap)
		case "gexf":
			err = export.GEXF(&buf, snap)
		case "nodelink":
			err = export.NodeLink(&buf, snap)
		case "ftm":
			err = export.FTM(&buf, snap)
		case "jsonl":
			err = export.JSONL(&buf, snap)
		}
	}
	if err != nil {
		return err
	}
	return writeOutput(e.stdout, *out, buf.Bytes())
}

// writeMapSummary says what the map drew, with the counts of its heading,
// and how to draw more when something was left out.
func writeMapSummary(w io.Writer, sum export.MapSummary, o export.MapOptions, overview bool) {
	what := fmt.Sprintf("%d of %d entities", sum.Entities, sum.Of)
	switch {
	case overview:
		what += fmt.Sprintf(" (the %d most connected named entities, and up to %d concepts linking two of them)", o.Top, o.Bridges)
	case o.Top > 0:
		what += fmt.Sprintf(" (the %d most connected)", o.Top)
	}
	parts := []string{what}
	if o.View != export.ViewStatements {
		parts = append(parts, fmt.Sprintf("%d relations", sum.Relations))
	}
	if o.View != export.ViewRelations {
		parts = append(parts, fmt.Sprintf("%d statements", sum.Statements))
	}
	fmt.Fprintf(w, "map: %s, from %d documents\n", strings.Join(parts, ", "), sum.Documents)
	var more []string
	if o.Top > 0 && sum.Entities < sum.Of {
		more = append(more, fmt.Sprintf("--top %d or --top 0 (all)", 4*o.Top))
	}
	if o.View == export.ViewRelations {
		more = append(more, "--view both (who said what)")
	}
	if o.Focus == "" {
		more = append(more, "--focus NAME (one entity's neighbourhood)")
	}
	if len(more) > 0 {
		fmt.Fprintf(w, "more: %s\n", strings.Join(more, "; "))
	}
}

// storeTitle names the corpus by its store: the bolt directory's base name.
func storeTitle(s *graph.Store) string {
	name := s.Name()
	if i := strings.LastIndexAny(name, `/\`); i >= 0 && i < len(name)-1 {
		name = name[i+1:]
	}
	return name
}

// writeOutput writes data to path, or to stdout when path is empty. The
// whole output was rendered first, and export.WriteFile replaces path only
// once all of it is on disk, so a failed export (a full disk) keeps the
// previous file.
func writeOutput(stdout io.Writer, path string, data []byte) error {
	if path == "" {
		_, err := stdout.Write(data)
		return err
	}
	if st, err := os.Stat(path); err == nil && st.IsDir() || strings.HasSuffix(path, "/") || strings.HasSuffix(path, string(filepath.Separator)) {
		return fmt.Errorf("%s is a directory; give a file name with -o", path)
	}
	return export.WriteFile(path, func(w io.Writer) error {
		_, err := w.Write(data)
		return err
	})
}

func contains(xs []string, x string) bool {
	for _, y := range xs {
		if x == y {
			return true
		}
	}
	return false
}

// exportUsage returns a usage mistake (exit status 2), which main prints
// once with where to read the flags.
func exportUsage(_ *env, format string, args ...any) error {
	return usageErrorf(format, args...)
}
