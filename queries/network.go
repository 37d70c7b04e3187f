package queries

import (
	"context"
	"fmt"
	"sort"
	"strings"

	"github.com/cayleygraph/quad"

	"newsgraph/graph"
)

// Edge kinds.
const (
	KindRelation  = "relation"  // a relation fact: subject –predicate→ object
	KindStatement = "statement" // a speaker said something about an entity
)

// PredicateSaid is the predicate of statement edges, speaker → about.
const PredicateSaid = "said"

// Edge links two entities: a relation (predicate = its lemma) or statements
// (predicate "said", from the speaker to what they spoke about).
type Edge struct {
	From      EntityRef `json:"from"`
	Predicate string    `json:"predicate"`
	To        EntityRef `json:"to"`
	Kind      string    `json:"kind"`
	Sources   int       `json:"sources"` // reporting sentences
	Docs      []string  `json:"docs"`
}

// Node is an entity of a network and its distance from the centre.
type Node struct {
	EntityRef
	Distance int `json:"distance"`
}

// Network is the answer to Neighbors: the ego network of Center.
type Network struct {
	Center graph.Entity `json:"center"`
	Depth  int          `json:"depth"`
	Nodes  []Node       `json:"nodes"`
	Edges  []Edge       `json:"edges"`
}

// Neighbors returns the ego network of the entity called name: every entity
// within depth hops (relations in either direction, and statements between
// speaker and subject) and the edges that reach them. depth < 1 means 1.
func Neighbors(ctx context.Context, s *graph.Store, name string, depth int) (*Network, error) {
	return NeighborsFiltered(ctx, s, name, depth, TypeFilter{})
}

// NeighborsFiltered is Neighbors through entities f keeps only: an entity
// it drops is not in the network and no path runs through it. The centre is
// always kept.
func NeighborsFiltered(ctx context.Context, s *graph.Store, name string, depth int, f TypeFilter) (*Network, error) {
	depth = max(depth, 1)
	r := newReader(ctx, s)
	id, err := r.resolve(name)
	if err != nil {
		return nil, err
	}
	out := &Network{Depth: depth, Nodes: []Node{}, Edges: []Edge{}}
	if out.Center, err = r.entityDetail(id); err != nil {
		return nil, err
	}
	dist := map[string]int{id: 0}
	order := []string{id}
	edges := map[edgeKey]*rawEdge{}
	var edgeOrder []edgeKey
	frontier := []string{id}
	for d := 1; d <= depth && len(frontier) > 0; d++ {
		var next []string
		for _, n := range frontier {
			adj, err := r.adjacent(n)
			if err != nil {
				return nil, err
			}
			if f.Active() {
				if err := r.prefetchAdjacent(n, adj); err != nil {
					return nil, err
				}
			}
			for _, e := range adj {
				other := e.key.to
				if other == n {
					other = e.key.from
				}
				if ok, err := r.passes(other, id, f); err != nil {
					return nil, err
				} else if !ok {
					continue
				}
				if _, ok := edges[e.key]; !ok {
					edges[e.key] = e
					edgeOrder = append(edgeOrder, e.key)
				}
				if _, ok := dist[other]; !ok {
					dist[other] = d
					order = append(order, other)
					next = append(next, other)
				}
			}
		}
		frontier = next
	}
	if err := r.prefetch(order); err != nil {
		return nil, err
	}
	for _, n := range order {
		e, err := r.entity(n)
		if err != nil {
			return nil, err
		}
		out.Nodes = append(out.Nodes, Node{EntityRef: e, Distance: dist[n]})
	}
	sort.SliceStable(out.Nodes, func(i, j int) bool {
		if out.Nodes[i].Distance != out.Nodes[j].Distance {
			return out.Nodes[i].Distance < out.Nodes[j].Distance
		}
		return out.Nodes[i].ID < out.Nodes[j].ID
	})
	for _, k := range edgeOrder {
		e, err := r.edge(edges[k])
		if err != nil {
			return nil, err
		}
		out.Edges = append(out.Edges, e)
	}
	sortEdges(out.Edges)
	return out, nil
}

// PathResult is the answer to Path: the entities from From to To and the
// edge taken at each hop (in its stored direction). An empty Steps with
// Found false means no connection within the depth searched.
type PathResult struct {
	From  graph.Entity `json:"from"`
	To    graph.Entity `json:"to"`
	Found bool         `json:"found"`
	Nodes []EntityRef  `json:"nodes"`
	Steps []Edge       `json:"steps"`
}

// DefaultMaxPathDepth bounds Path's search when the caller gives no bound.
const DefaultMaxPathDepth = 6

// Path returns a shortest connection between the entities called x and y,
// following relations in either direction and statements, up to maxDepth
// hops (DefaultMaxPathDepth when maxDepth < 1). Among hops found at the
// same step it prefers the edge with more sources.
func Path(ctx context.Context, s *graph.Store, x, y string, maxDepth int) (*PathResult, error) {
	return PathFiltered(ctx, s, x, y, maxDepth, TypeFilter{})
}

// PathFiltered is Path through entities f keeps only: with --no-concepts a
// path between two people runs through people, places and organisations,
// not through "negotiations". The two ends are always kept.
func PathFiltered(ctx context.Context, s *graph.Store, x, y string, maxDepth int, f TypeFilter) (*PathResult, error) {
	if maxDepth < 1 {
		maxDepth = DefaultMaxPathDepth
	}
	r := newReader(ctx, s)
	xid, err := r.resolve(x)
	if err != nil {
		return nil, err
	}
	yid, err := r.resolve(y)
	if err != nil {
		return nil, err
	}
	out := &PathResult{Nodes: []EntityRef{}, Steps: []Edge{}}
	if out.From, err = r.entityDetail(xid); err != nil {
		return nil, err
	}
	if out.To, err = r.entityDetail(yid); err != nil {
		return nil, err
	}
	// Breadth-first from both ends, one level at a time on the side with
	// the smaller frontier: in a graph with hubs, two searches of depth d/2
	// visit far fewer entities than one of depth d. fromX[n] / fromY[n] is
	// the edge by which n was first reached from that side.
	fromX := map[string]*rawEdge{xid: nil}
	fromY := map[string]*rawEdge{yid: nil}
	distX, distY := map[string]int{xid: 0}, map[string]int{yid: 0}
	frontX, frontY := []string{xid}, []string{yid}
	meet := ""
	if xid == yid {
		meet = xid
	}
	for hops := 0; meet == "" && hops < maxDepth && len(frontX) > 0 && len(frontY) > 0; hops++ {
		front, seen, dist, otherDist := &frontX, fromX, distX, distY
		if len(frontY) < len(frontX) {
			front, seen, dist, otherDist = &frontY, fromY, distY, distX
		}
		var next []string
		best := -1 // distance from the other end of the best meeting point
		for _, n := range *front {
			adj, err := r.adjacent(n)
			if err != nil {
				return nil, err
			}
			if f.Active() {
				if err := r.prefetchAdjacent(n, adj); err != nil {
					return nil, err
				}
			}
			// Strongest edges first, so the chosen hop is the best supported.
			sort.SliceStable(adj, func(i, j int) bool { return len(adj[i].srcs) > len(adj[j].srcs) })
			for _, e := range adj {
				m := e.key.to
				if m == n {
					m = e.key.from
				}
				if _, ok := seen[m]; ok {
					continue
				}
				if ok, err := r.passes(m, xid, f); err != nil {
					return nil, err
				} else if !ok && m != yid {
					continue
				}
				seen[m] = e
				dist[m] = dist[n] + 1
				next = append(next, m)
				// Every meeting point of this level is as far from this
				// end; the one nearest the other end gives the shortest path.
				if d, ok := otherDist[m]; ok && (best < 0 || d < best) {
					meet, best = m, d
				}
			}
		}
		*front = next
	}
	if meet == "" {
		return out, nil
	}
	out.Found = true
	// ids and steps run from meet back to x, then from meet on to y.
	var ids []string
	var steps []*rawEdge
	walk := func(from map[string]*rawEdge, n string) (nodes []string, edges []*rawEdge) {
		for {
			e := from[n]
			if e == nil {
				return nodes, edges
			}
			edges = append(edges, e)
			if e.key.to == n {
				n = e.key.from
			} else {
				n = e.key.to
			}
			nodes = append(nodes, n)
		}
	}
	backNodes, backEdges := walk(fromX, meet)
	fwdNodes, fwdEdges := walk(fromY, meet)
	for i := len(backNodes) - 1; i >= 0; i-- {
		ids = append(ids, backNodes[i])
	}
	ids = append(ids, meet)
	ids = append(ids, fwdNodes...)
	for i := len(backEdges) - 1; i >= 0; i-- {
		steps = append(steps, backEdges[i])
	}
	steps = append(steps, fwdEdges...)
	for _, id := range ids {
		e, err := r.entity(id)
		if err != nil {
			return nil, err
		}
		out.Nodes = append(out.Nodes, e)
	}
	for _, st := range steps {
		e, err := r.edge(st)
		if err != nil {
			return nil, err
		}
		out.Steps = append(out.Steps, e)
	}
	return out, nil
}

// prefetchAdjacent reads the names and types of the entities at the other
// end of adj, the edges of n, in one batch (prefetch).
func (r *reader) prefetchAdjacent(n string, adj []*rawEdge) error {
	ids := make([]string, 0, len(adj))
	for _, e := range adj {
		if e.key.to == n {
			ids = append(ids, e.key.from)
		} else {
			ids = append(ids, e.key.to)
		}
	}
	return r.prefetch(ids)
}

// passes reports whether the walk may enter entity id under f; keep (an
// end of the walk) always may.
func (r *reader) passes(id, keep string, f TypeFilter) (bool, error) {
	if !f.Active() || id == keep {
		return true, nil
	}
	e, err := r.entity(id)
	if err != nil {
		return false, err
	}
	return f.Keep(e.Type), nil
}

type edgeKey struct {
	from, pred, to, kind string
}

// rawEdge is an edge before its endpoints' names are read.
type rawEdge struct {
	key  edgeKey
	srcs map[quad.Value]bool // reporting sentences
}

// adjacent lists the edges touching entity id: relation quads in both
// directions and statement links, merged per (from, predicate, to).
// The unknown speaker is left out: linking every unattributed quote through
// one node would make everything a neighbour of everything.
func (r *reader) adjacent(id string) ([]*rawEdge, error) {
	if id == "unknown" {
		return nil, nil
	}
	m := map[edgeKey]*rawEdge{}
	var order []edgeKey
	add := func(k edgeKey, src quad.Value) {
		if k.from == k.to || k.from == "unknown" || k.to == "unknown" {
			return
		}
		e, ok := m[k]
		if !ok {
			e = &rawEdge{key: k, srcs: map[quad.Value]bool{}}
			m[k] = e
			order = append(order, k)
		}
		if src != nil {
			e.srcs[src] = true
		}
	}
	node := graph.EntityIRI(id)
	relations, err := r.predicateFilter()
	if err != nil {
		return nil, err
	}
	statementsOrRelations, err := r.predicateFilter(graph.PredSpeaker, graph.PredAbout)
	if err != nil {
		return nil, err
	}
	err = r.eachWhere(quad.Subject, node, quad.Predicate, relations, func(q quad.Quad) error {
		if p, ok := relLemma(q.Predicate); ok {
			if o, ok := graph.ParseID(q.Object, graph.PrefixEntity); ok {
				add(edgeKey{id, p, o, KindRelation}, q.Label)
			}
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("neighbours of %s: %w", id, err)
	}
	var spoke, spokenOf []quad.Value
	err = r.eachWhere(quad.Object, node, quad.Predicate, statementsOrRelations, func(q quad.Quad) error {
		if p, ok := relLemma(q.Predicate); ok {
			if s, ok := graph.ParseID(q.Subject, graph.PrefixEntity); ok {
				add(edgeKey{s, p, id, KindRelation}, q.Label)
			}
			return nil
		}
		switch q.Predicate {
		case graph.PredSpeaker:
			spoke = append(spoke, q.Subject)
		case graph.PredAbout:
			spokenOf = append(spokenOf, q.Subject)
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("neighbours of %s: %w", id, err)
	}
	// Statement quads are repeated per source, so each statement node is
	// visited once and its sources are read from its ng:source quads.
	seen := map[quad.Value]bool{}
	for _, list := range [][]quad.Value{spoke, spokenOf} {
		for _, st := range list {
			if seen[st] {
				continue
			}
			seen[st] = true
			props, err := r.propsOnly(st, graph.PredSpeaker, graph.PredAbout, graph.PredSource)
			if err != nil {
				return nil, fmt.Errorf("statement %s: %w", st, err)
			}
			var speakers, about []string
			for _, q := range props[graph.PredSpeaker] {
				if s, ok := graph.ParseID(q.Object, graph.PrefixEntity); ok {
					speakers = append(speakers, s)
				}
			}
			for _, q := range props[graph.PredAbout] {
				if a, ok := graph.ParseID(q.Object, graph.PrefixEntity); ok {
					about = append(about, a)
				}
			}
			for _, sp := range speakers {
				for _, a := range about {
					if sp != id && a != id {
						continue
					}
					k := edgeKey{sp, PredicateSaid, a, KindStatement}
					for _, q := range props[graph.PredSource] {
						add(k, q.Object)
					}
					add(k, nil)
				}
			}
		}
	}
	out := make([]*rawEdge, 0, len(order))
	for _, k := range order {
		out = append(out, m[k])
	}
	return out, nil
}

// edge names the endpoints of e and counts its sources and documents.
func (r *reader) edge(e *rawEdge) (Edge, error) {
	from, err := r.entity(e.key.from)
	if err != nil {
		return Edge{}, err
	}
	to, err := r.entity(e.key.to)
	if err != nil {
		return Edge{}, err
	}
	docs := map[string]bool{}
	for s := range e.srcs {
		if d := docOfLabel(s); d != "" {
			docs[d] = true
		}
	}
	out := Edge{From: from, Predicate: e.key.pred, To: to, Kind: e.key.kind, Sources: len(e.srcs), Docs: []string{}}
	for d := range docs {
		out.Docs = append(out.Docs, d)
	}
	sort.Strings(out.Docs)
	return out, nil
}

// relLemma returns the lemma of a relation predicate <rel/lemma>.
func relLemma(p quad.Value) (string, bool) {
	iri, ok := p.(quad.IRI)
	if !ok || !strings.HasPrefix(string(iri), graph.PrefixRelation) {
		return "", false
	}
	return string(iri[len(graph.PrefixRelation):]), true
}

func sortEdges(es []Edge) {
	sort.SliceStable(es, func(i, j int) bool {
		a, b := es[i], es[j]
		if a.Sources != b.Sources {
			return a.Sources > b.Sources
		}
		if a.From.ID != b.From.ID {
			return a.From.ID < b.From.ID
		}
		if a.Predicate != b.Predicate {
			return a.Predicate < b.Predicate
		}
		return a.To.ID < b.To.ID
	})
}
