package serve

import (
	"bytes"
	"context"
	"encoding/csv"
	"fmt"
	"net/http"
	"sort"
	"strconv"
	"strings"

	"newsgraph/export"
	"newsgraph/graph"
	"newsgraph/queries"
)

// defaultMapNodes is how many entities a neighbourhood shows unless max
// says otherwise: more is unreadable on a screen.
const defaultMapNodes = 60

// neighborhood is a checked /api/neighbors request and the network it
// selects.
type neighborhood struct {
	id     string
	center graph.Entity
	depth  int
	view   export.View
	format string
	net    *queries.Network // filtered and capped
	more   int              // entities left out by the cap
}

var neighborFormats = []string{"json", "svg", "png", "gexf", "csv"}

// NetworkAnswer is the JSON answer of /api/neighbors/{id}.
type NetworkAnswer struct {
	*queries.Network
	// MoreNodes counts the entities left out by max ("+N more").
	MoreNodes int `json:"more_nodes,omitempty"`
}

func (s *Server) neighbors(w http.ResponseWriter, r *http.Request) {
	v, err := s.run(r, func(ctx context.Context, r *http.Request) (any, error) {
		nb, err := s.neighborhood(ctx, r)
		if err != nil {
			return nil, err
		}
		if nb.format == "json" {
			return NetworkAnswer{Network: nb.net, MoreNodes: nb.more}, nil
		}
		var buf bytes.Buffer
		if err := s.drawNeighborhood(ctx, &buf, nb); err != nil {
			return nil, err
		}
		return rendered{nb: nb, body: buf.Bytes()}, nil
	})
	if err != nil {
		writeError(w, err)
		return
	}
	out, ok := v.(rendered)
	if !ok {
		s.writeJSON(w, v)
		return
	}
	if int64(len(out.body)) > s.opts.MaxResultBytes {
		writeError(w, &apiError{status: http.StatusUnprocessableEntity,
			msg: fmt.Sprintf("%v: the %s is larger than %d bytes; lower depth or max", queries.ErrResultLimit, out.nb.format, s.opts.MaxResultBytes)})
		return
	}
	h := w.Header()
	h.Set("Content-Type", map[string]string{"svg": "image/svg+xml", "png": "image/png",
		"gexf": "application/gexf+xml", "csv": "text/csv; charset=utf-8"}[out.nb.format])
	h.Set("X-More-Nodes", strconv.Itoa(out.nb.more))
	if out.nb.format == "gexf" || out.nb.format == "csv" {
		h.Set("Content-Disposition", fmt.Sprintf("attachment; filename=%q", safeFileName(out.nb.id)+"."+out.nb.format))
	}
	w.Write(out.body)
}

type rendered struct {
	nb   *neighborhood
	body []byte
}

// safeFileName keeps letters, digits, '-' and '_' of an id.
func safeFileName(id string) string {
	return strings.Map(func(r rune) rune {
		if r == '-' || r == '_' || r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' {
			return r
		}
		return '_'
	}, id)
}

// neighborhood checks the parameters and selects the network: the
// entities within depth hops (queries.Neighbors), those of the wanted types,
// linked by the wanted kinds of edge and predicates, the nearest max of them.
func (s *Server) neighborhood(ctx context.Context, r *http.Request) (*neighborhood, error) {
	if err := knownParams(r, "depth", "view", "format", "max", "type", "no-concepts", "predicate"); err != nil {
		return nil, err
	}
	nb := &neighborhood{}
	var err error
	if nb.id, err = pathID(r); err != nil {
		return nil, err
	}
	if nb.format, err = choiceParam(r, "format", neighborFormats...); err != nil {
		return nil, err
	}
	if nb.depth, err = intParam(r, "depth", 1, 1, 3); err != nil {
		return nil, err
	}
	v, err := choiceParam(r, "view", string(export.ViewBoth), string(export.ViewRelations), string(export.ViewStatements))
	if err != nil {
		return nil, err
	}
	nb.view = export.View(v)
	limit, err := intParam(r, "max", defaultMapNodes, 1, s.opts.MaxRows)
	if err != nil {
		return nil, err
	}
	filter, err := typeFilter(r, "type")
	if err != nil {
		return nil, err
	}
	preds, err := listParam(r, "predicate", func(p string) (string, error) {
		if len(p) > 100 {
			return "", badRequest("parameter \"predicate\": %.20q… is not a predicate", p)
		}
		return strings.ToLower(p), nil
	})
	if err != nil {
		return nil, err
	}
	if nb.center, err = s.lookup(ctx, nb.id); err != nil {
		return nil, err
	}
	// Only through entities of the wanted types (package queries' rule).
	net, err := queries.NeighborsFiltered(ctx, s.opts.Store, exact(nb.id), nb.depth, filter)
	if err != nil {
		return nil, err
	}
	// Edges of the wanted kinds and predicates.
	var edges []queries.Edge
	for _, e := range net.Edges {
		switch {
		case nb.view == export.ViewRelations && e.Kind != queries.KindRelation,
			nb.view == export.ViewStatements && e.Kind != queries.KindStatement,
			len(preds) > 0 && e.Kind == queries.KindRelation && !preds[e.Predicate],
			len(preds) > 0 && e.Kind == queries.KindStatement && !preds[queries.PredicateSaid]:
			continue
		}
		edges = append(edges, e)
	}
	// The entities those edges still reach from the centre, nearest first,
	// then the most linked, capped at max.
	dist := map[string]int{nb.id: 0}
	adj := map[string][]string{}
	degree := map[string]int{}
	for _, e := range edges {
		adj[e.From.ID] = append(adj[e.From.ID], e.To.ID)
		adj[e.To.ID] = append(adj[e.To.ID], e.From.ID)
		degree[e.From.ID]++
		degree[e.To.ID]++
	}
	for frontier := []string{nb.id}; len(frontier) > 0; {
		var next []string
		for _, a := range frontier {
			for _, b := range adj[a] {
				if _, ok := dist[b]; !ok {
					dist[b] = dist[a] + 1
					next = append(next, b)
				}
			}
		}
		frontier = next
	}
	var nodes []queries.Node
	for _, n := range net.Nodes {
		if d, ok := dist[n.ID]; ok {
			n.Distance = d
			nodes = append(nodes, n)
		}
	}
	sort.SliceStable(nodes, func(i, j int) bool {
		a, b := nodes[i], nodes[j]
		if a.Distance != b.Distance {
			return a.Distance < b.Distance
		}
		if degree[a.ID] != degree[b.ID] {
			return degree[a.ID] > degree[b.ID]
		}
		return a.ID < b.ID
	})
	if len(nodes) > limit {
		nb.more = len(nodes) - limit
		nodes = nodes[:limit]
	}
	kept := map[string]bool{}
	for _, n := range nodes {
		kept[n.ID] = true
	}
	net.Nodes, net.Edges = nonNil(nodes), []queries.Edge{}
	for _, e := range edges {
		if kept[e.From.ID] && kept[e.To.ID] {
			net.Edges = append(net.Edges, e)
		}
	}
	nb.net = net
	return nb, nil
}

// listParam splits a comma-separated parameter and checks each item.
func listParam(r *http.Request, name string, check func(string) (string, error)) (map[string]bool, error) {
	v, err := param(r, name)
	if err != nil || v == "" {
		return nil, err
	}
	out := map[string]bool{}
	for _, item := range strings.Split(v, ",") {
		if item = strings.TrimSpace(item); item == "" {
			continue
		}
		c, err := check(item)
		if err != nil {
			return nil, err
		}
		out[c] = true
	}
	return out, nil
}

// drawNeighborhood writes the network in a map or data format of package
// export, from the part of the whole graph's snapshot it covers.
func (s *Server) drawNeighborhood(ctx context.Context, buf *bytes.Buffer, nb *neighborhood) error {
	if nb.format == "csv" {
		cw := csv.NewWriter(buf)
		// Ids beside names, so that the rows join with other exports.
		cw.Write([]string{"FROM_ID", "FROM", "PREDICATE", "TO_ID", "TO", "KIND", "SOURCES", "DOCS"})
		for _, e := range nb.net.Edges {
			cw.Write(export.SafeRecord([]string{e.From.ID, e.From.String(), e.Predicate, e.To.ID, e.To.String(),
				e.Kind, strconv.Itoa(e.Sources), strings.Join(e.Docs, " ")}))
		}
		cw.Flush()
		return cw.Error()
	}
	snap, err := s.snapshot(ctx)
	if err != nil {
		return err
	}
	sub := subSnapshot(snap, nb.net)
	opts := export.MapOptions{View: nb.view, Focus: nb.id, Depth: nb.depth, Title: nb.center.Name, NoLegend: true}
	switch nb.format {
	case "svg":
		err = export.SVG(ctx, buf, sub, opts)
	case "png":
		err = export.PNG(ctx, buf, sub, opts)
	case "gexf":
		err = export.GEXF(buf, sub)
	}
	if err != nil {
		return fmt.Errorf("drawing the neighbourhood of %s: %w", nb.id, err)
	}
	return nil
}

// subSnapshot is the part of snap that net shows: its entities, the facts
// among them that net has an edge for, and the statements of its speakers
// about its entities.
func subSnapshot(snap *graph.Snapshot, net *queries.Network) *graph.Snapshot {
	nodes := map[string]bool{}
	for _, n := range net.Nodes {
		nodes[n.ID] = true
	}
	type pair struct{ a, b string }
	facts, said := map[[3]string]bool{}, map[pair]bool{}
	for _, e := range net.Edges {
		if e.Kind == queries.KindRelation {
			facts[[3]string{e.From.ID, e.Predicate, e.To.ID}] = true
		} else {
			said[pair{e.From.ID, e.To.ID}] = true
		}
	}
	sub := &graph.Snapshot{}
	for _, e := range snap.Entities {
		if nodes[e.ID] {
			sub.Entities = append(sub.Entities, e)
		}
	}
	for _, f := range snap.Facts {
		if facts[[3]string{f.Subject, f.Predicate, f.Object}] {
			sub.Facts = append(sub.Facts, f)
		}
	}
	for _, st := range snap.Statements {
		var about []string
		for _, a := range st.About {
			if said[pair{st.Speaker, a}] {
				about = append(about, a)
			}
		}
		if len(about) > 0 {
			st.About = about
			sub.Statements = append(sub.Statements, st)
		}
	}
	return sub
}
