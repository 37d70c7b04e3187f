package serve

import (
	"bytes"
	"context"
	"encoding/csv"
	"fmt"
	"net/http"
	"net/url"
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
	// expanded says, for each entity expanded in place, how many of its
	// neighbours are drawn and how many more there are.
	expanded []Expansion
}

// Expansion is one entity expanded in place: its neighbours drawn (at most
// the cap) and how many more it has ("+N more").
type Expansion struct {
	ID    string `json:"id"`
	Shown int    `json:"shown"`
	More  int    `json:"more"`
}

// Bounds of the expansion parameters.
const (
	defaultExpandCap = 10
	maxExpanded      = 50
)

var neighborFormats = []string{"json", "svg", "png", "gexf", "csv"}

// NetworkAnswer is the JSON answer of /api/neighbors/{id}.
type NetworkAnswer struct {
	*queries.Network
	// MoreNodes counts the entities left out by max ("+N more").
	MoreNodes int `json:"more_nodes,omitempty"`
	// Expanded lists the entities expanded in place (expand=), each with
	// its own "+N more".
	Expanded []Expansion `json:"expanded,omitempty"`
}

func (s *Server) neighbors(w http.ResponseWriter, r *http.Request) {
	v, err := s.run(r, func(ctx context.Context, r *http.Request) (any, error) {
		nb, err := s.neighborhood(ctx, r)
		if err != nil {
			return nil, err
		}
		if nb.format == "json" {
			return NetworkAnswer{Network: nb.net, MoreNodes: nb.more, Expanded: nb.expanded}, nil
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
	if len(out.nb.expanded) > 0 {
		// id=shown,more for each expanded entity, for the page's "+N more".
		ex := url.Values{}
		for _, e := range out.nb.expanded {
			ex.Add(e.ID, strconv.Itoa(e.Shown)+","+strconv.Itoa(e.More))
		}
		h.Set("X-Expanded", ex.Encode())
	}
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
	if err := knownParams(r, "depth", "view", "format", "max", "type", "no-concepts", "predicate", "expand", "cap", "hide"); err != nil {
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
	idList := func(name string) ([]string, error) {
		set, err := listParam(r, name, func(id string) (string, error) {
			if len(id) > 1000 {
				return "", badRequest("parameter %q: %.20q… is not an entity id", name, id)
			}
			return id, nil
		})
		ids := make([]string, 0, len(set))
		for id := range set {
			ids = append(ids, id)
		}
		sort.Strings(ids)
		return ids, err
	}
	expand, err := idList("expand")
	if err != nil {
		return nil, err
	}
	if len(expand) > maxExpanded {
		return nil, badRequest("parameter \"expand\" names %d entities; at most %d", len(expand), maxExpanded)
	}
	hideIDs, err := idList("hide")
	if err != nil {
		return nil, err
	}
	hide := map[string]bool{}
	for _, id := range hideIDs {
		if id == nb.id {
			return nil, badRequest("parameter \"hide\": the map's centre %s cannot be hidden", id)
		}
		hide[id] = true
	}
	capN, err := intParam(r, "cap", defaultExpandCap, 1, 100)
	if err != nil {
		return nil, err
	}
	if nb.center, err = s.lookup(ctx, nb.id); err != nil {
		return nil, err
	}
	for _, id := range expand {
		if _, err := s.lookup(ctx, id); err != nil {
			return nil, err
		}
	}
	// Only through entities of the wanted types (package queries' rule).
	net, err := queries.NeighborsFiltered(ctx, s.opts.Store, exact(nb.id), nb.depth, filter)
	if err != nil {
		return nil, err
	}
	// Edges of the wanted kinds and predicates, between entities not hidden.
	wanted := func(all []queries.Edge) []queries.Edge {
		var edges []queries.Edge
		for _, e := range all {
			switch {
			case nb.view == export.ViewRelations && e.Kind != queries.KindRelation,
				nb.view == export.ViewStatements && e.Kind != queries.KindStatement,
				len(preds) > 0 && e.Kind == queries.KindRelation && !preds[e.Predicate],
				len(preds) > 0 && e.Kind == queries.KindStatement && !preds[queries.PredicateSaid],
				hide[e.From.ID] || hide[e.To.ID]:
				continue
			}
			edges = append(edges, e)
		}
		return edges
	}
	edges := wanted(net.Edges)
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
	// Entities expanded in place: each adds its own nearest neighbours, the
	// most linked first, up to cap, and counts the rest.
	for _, id := range expand {
		if hide[id] {
			continue
		}
		if !kept[id] {
			// Left out by max: it joins the map when a wanted edge links it
			// to an entity drawn (nothing else would link it).
			for _, e := range edges {
				if e.From.ID == id && kept[e.To.ID] || e.To.ID == id && kept[e.From.ID] {
					for _, n := range net.Nodes {
						if n.ID == id && !kept[id] {
							n.Distance = dist[id]
							nodes, kept[id] = append(nodes, n), true
						}
					}
				}
			}
		}
		if !kept[id] {
			continue // not reachable under these filters
		}
		around, err := queries.NeighborsFiltered(ctx, s.opts.Store, exact(id), 1, filter)
		if err != nil {
			return nil, err
		}
		added := wanted(around.Edges)
		deg := map[string]int{}
		for _, e := range added {
			deg[e.From.ID]++
			deg[e.To.ID]++
		}
		var fresh []queries.Node
		for _, n := range around.Nodes {
			if n.ID != id && deg[n.ID] > 0 && !kept[n.ID] {
				fresh = append(fresh, n)
			}
		}
		sort.SliceStable(fresh, func(i, j int) bool {
			if deg[fresh[i].ID] != deg[fresh[j].ID] {
				return deg[fresh[i].ID] > deg[fresh[j].ID]
			}
			return fresh[i].ID < fresh[j].ID
		})
		ex := Expansion{ID: id, Shown: min(len(fresh), capN), More: max(0, len(fresh)-capN)}
		d := 0
		for _, n := range nodes {
			if n.ID == id {
				d = n.Distance
			}
		}
		for _, n := range fresh[:ex.Shown] {
			n.Distance = d + 1
			nodes, kept[n.ID] = append(nodes, n), true
		}
		edges = append(edges, added...)
		nb.expanded = append(nb.expanded, ex)
	}
	net.Nodes, net.Edges = nonNil(nodes), []queries.Edge{}
	type edgeKey struct{ from, pred, to, kind string }
	seen := map[edgeKey]bool{}
	for _, e := range edges {
		k := edgeKey{e.From.ID, e.Predicate, e.To.ID, e.Kind}
		if kept[e.From.ID] && kept[e.To.ID] && !seen[k] {
			seen[k] = true
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
	// Entities expanded in place lie beyond depth: draw as far as they go
	// (the sub-snapshot holds nothing else).
	depth := nb.depth
	for _, n := range nb.net.Nodes {
		depth = max(depth, n.Distance)
	}
	opts := export.MapOptions{View: nb.view, Focus: nb.id, Depth: depth, Title: nb.center.Name, NoLegend: true}
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
