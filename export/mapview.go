package export

import (
	"fmt"
	"sort"
	"strings"

	"newsgraph/extract/record"
	"newsgraph/graph"
	"newsgraph/queries"
)

// View selects what a map draws.
type View string

const (
	// ViewRelations draws entities and the relations between them.
	ViewRelations View = "relations"
	// ViewStatements draws who said what about whom: speaker → statement →
	// the entities it is about, coloured by stance.
	ViewStatements View = "statements"
	// ViewBoth draws both; it is the default.
	ViewBoth View = "both"
)

// ParseView checks a --view value; "" is ViewBoth.
func ParseView(s string) (View, error) {
	switch v := View(strings.ToLower(s)); v {
	case "":
		return ViewBoth, nil
	case ViewRelations, ViewStatements, ViewBoth:
		return v, nil
	}
	return "", fmt.Errorf("unknown view %q (want relations, statements or both)", s)
}

// MapOptions choose what a map shows and how.
type MapOptions struct {
	View View // "" is ViewBoth
	// Focus names an entity (id, name or alias, any case); only its
	// neighbourhood up to Depth hops is drawn. A statement counts as one hop
	// from its speaker to what it is about.
	Focus string
	Depth int // hops around Focus; 0 means 1
	// Top keeps the Top most connected entities (0: all), ranked as
	// queries.Connections defines it, the same order as "query top". With
	// Focus, the focused entities are always kept.
	Top int
	// Filter keeps entities by type (--types, --no-concepts); focused
	// entities are always kept.
	Filter queries.TypeFilter
	// Bridges adds back, after Filter and Top, up to this many concepts
	// linked in the view to two or more of the entities kept: the
	// "negotiations" between two leaders, not the one-off "$65.9 billion"
	// of one article. Those linking the most kept entities come first, then
	// the most connected. 0 adds none.
	Bridges int
	// Title names the corpus in the map's title; Date follows it. Both are
	// free text; the CLI passes the store's name and today's date.
	Title string
	Date  string
	// Layout is a Graphviz engine: "dot" (the default up to LargeGraph
	// nodes and 2 relation edges an entity), "sfdp" (the default beyond), "neato",
	// "fdp", "circo", "twopi".
	Layout string
	// MaxLabel shortens labels to this many characters (default 28); the
	// full text is in the tooltip.
	MaxLabel int
	// Isolated keeps entities with no edge in the chosen view.
	Isolated bool
	// NoLegend leaves out the legend.
	NoLegend bool
}

// LargeGraph is the node count above which the default layout switches from
// dot (layered, readable edge labels) to sfdp (force-directed, scales) and
// edge labels move into tooltips: dot's crossing minimisation grows too fast.
const LargeGraph = 400

// denseRatio is the ratio of merged relation edges to entities above which
// the default layout is sfdp rather than dot (see dotSource).
const denseRatio = 2.0

func (o MapOptions) withDefaults() MapOptions {
	if o.View == "" {
		o.View = ViewBoth
	}
	if o.Depth <= 0 {
		o.Depth = 1
	}
	if o.MaxLabel <= 0 {
		o.MaxLabel = 28
	}
	return o
}

// mapNode is one drawn node.
type mapNode struct {
	id       string // DOT name: the store IRI
	name     string // in full, for tooltips; label may be shortened
	label    string
	tooltip  string
	typ      string // entity type or TypeStatement
	stance   string // statements
	mentions int
	focus    bool
}

// mapEdge is one drawn edge, possibly several facts merged.
type mapEdge struct {
	from, to string
	kind     string // EdgeRelation, EdgeSaid, EdgeAbout
	stance   string
	preds    map[string]int // predicate (with "not ") → sources
	docs     map[string]bool
	sources  []graph.Source
	facts    int
	// voice is who says a relation edge holds (queries.VoiceOf): its
	// sources all share it, since a relation is drawn once per voice.
	voice string
	// per names who the sources of a reported edge attribute it to, most
	// sources first.
	per []string
}

// mapGraph is what a map draws, before styling.
type mapGraph struct {
	nodes      []*mapNode
	edges      []*mapEdge
	docs       map[string]bool
	docLabels  map[string]string       // document id → what people call it (graph.Document.Label)
	ents       map[string]graph.Entity // entity id → entity, to name who says so
	relations  int                     // facts drawn
	statements int                     // statements drawn
}

func (m *mapGraph) node(id string) *mapNode {
	for _, n := range m.nodes {
		if n.id == id {
			return n
		}
	}
	return nil
}

// buildMap selects and merges what the options ask for.
func buildMap(snap *graph.Snapshot, o MapOptions) (*mapGraph, error) {
	ents := map[string]graph.Entity{}
	for _, e := range snap.Entities {
		ents[e.ID] = e
	}
	rel := o.View == ViewRelations || o.View == ViewBoth
	stm := o.View == ViewStatements || o.View == ViewBoth

	// Entity-level adjacency of the view, for focus and ranking.
	adj := map[string]map[string]int{}
	link := func(a, b string) {
		for _, p := range [][2]string{{a, b}, {b, a}} {
			if adj[p[0]] == nil {
				adj[p[0]] = map[string]int{}
			}
			if p[0] != p[1] {
				adj[p[0]][p[1]]++
			}
		}
	}
	if rel {
		for _, f := range snap.Facts {
			link(f.Subject, f.Object)
		}
	}
	if stm {
		for _, s := range snap.Statements {
			link(s.Speaker, s.Speaker)
			for _, a := range s.About {
				link(s.Speaker, a)
			}
		}
	}

	keep := map[string]bool{}
	for _, e := range snap.Entities {
		keep[e.ID] = true
	}
	for id := range adj {
		keep[id] = true
	}
	seeds := map[string]bool{}
	if o.Focus != "" {
		found, err := FindEntities(snap, o.Focus)
		if err != nil {
			return nil, fmt.Errorf("focus: %w", err)
		}
		keep = map[string]bool{}
		frontier := []string{}
		for _, e := range found {
			seeds[e.ID], keep[e.ID] = true, true
			frontier = append(frontier, e.ID)
		}
		for d := 0; d < o.Depth && len(frontier) > 0; d++ {
			var next []string
			for _, id := range frontier {
				for nb := range adj[id] {
					if !keep[nb] {
						keep[nb] = true
						next = append(next, nb)
					}
				}
			}
			frontier = next
		}
	}
	if o.Filter.Active() {
		for id := range keep {
			e, known := ents[id]
			if !seeds[id] && (!known || !o.Filter.Keep(e.Type)) {
				delete(keep, id)
			}
		}
	}
	if o.Top > 0 && len(keep) > o.Top {
		// The order of "query top" (queries.Connections), so the map of the
		// 25 most connected shows the entities top lists.
		rank := map[string]int{}
		for i, r := range queries.Connections(snap, o.Filter) {
			rank[r.ID] = i
		}
		ids := make([]string, 0, len(keep))
		for id := range keep {
			ids = append(ids, id)
		}
		pos := func(id string) int {
			if i, ok := rank[id]; ok {
				return i
			}
			return len(rank) // the unknown speaker and the like come last
		}
		sort.Slice(ids, func(i, j int) bool {
			a, b := ids[i], ids[j]
			if seeds[a] != seeds[b] {
				return seeds[a]
			}
			if pa, pb := pos(a), pos(b); pa != pb {
				return pa < pb
			}
			return a < b
		})
		top := map[string]bool{}
		for _, id := range ids[:max(o.Top, len(seeds))] {
			top[id] = true
		}
		keep = top
	}
	if o.Bridges > 0 {
		type bridge struct {
			id    string
			links int // kept entities it links
			rank  int // place in queries.Connections
		}
		rank := map[string]int{}
		for i, r := range queries.Connections(snap, queries.TypeFilter{}) {
			rank[r.ID] = i
		}
		var bridges []bridge
		for _, e := range snap.Entities {
			if keep[e.ID] || graph.TypeClass(strings.ToUpper(e.Type)) != graph.ClassConcept {
				continue
			}
			n := 0
			for nb := range adj[e.ID] {
				if keep[nb] {
					n++
				}
			}
			if n >= 2 {
				bridges = append(bridges, bridge{e.ID, n, rank[e.ID]})
			}
		}
		sort.Slice(bridges, func(i, j int) bool {
			a, b := bridges[i], bridges[j]
			if a.links != b.links {
				return a.links > b.links
			}
			if a.rank != b.rank {
				return a.rank < b.rank
			}
			return a.id < b.id
		})
		for _, b := range bridges[:min(len(bridges), o.Bridges)] {
			keep[b.id] = true
		}
	}

	m := &mapGraph{docs: map[string]bool{}, docLabels: snap.DocumentLabels(), ents: ents}
	used := map[string]bool{}
	// A relation is one edge per voice between two entities: what the
	// articles assert, what they report someone saying, what they only ask
	// or hedge. A claim is never drawn as a fact.
	merged := map[[3]string]*mapEdge{}
	perCount := map[*mapEdge]map[string]int{}
	if rel {
		for _, f := range snap.Facts {
			if !keep[f.Subject] || !keep[f.Object] {
				continue
			}
			m.relations++
			counted := map[*mapEdge]bool{}
			for _, s := range f.Sources {
				voice := queries.VoiceOf(s)
				k := [3]string{f.Subject, f.Object, voice}
				e := merged[k]
				if e == nil {
					e = &mapEdge{from: entityID(f.Subject), to: entityID(f.Object), kind: EdgeRelation,
						preds: map[string]int{}, docs: map[string]bool{}, voice: voice}
					merged[k] = e
					m.edges = append(m.edges, e)
				}
				if !counted[e] {
					counted[e] = true
					e.facts++
				}
				p := f.Predicate
				if s.Negated {
					p = "not " + p
				}
				e.preds[p]++
				e.docs[s.Doc] = true
				m.docs[s.Doc] = true
				e.sources = append(e.sources, s)
				if s.AttributedTo != "" {
					if perCount[e] == nil {
						perCount[e] = map[string]int{}
					}
					perCount[e][nameOf(s.AttributedTo, ents)]++
				}
			}
			used[f.Subject], used[f.Object] = true, true
		}
	}
	for e, counts := range perCount {
		for n := range counts {
			e.per = append(e.per, n)
		}
		sort.Slice(e.per, func(i, j int) bool {
			a, b := e.per[i], e.per[j]
			if counts[a] != counts[b] {
				return counts[a] > counts[b]
			}
			return a < b
		})
	}
	var stmtNodes []*mapNode
	if stm {
		for _, s := range snap.Statements {
			if !keep[s.Speaker] {
				continue
			}
			var about []string
			for _, a := range uniq(s.About) {
				if keep[a] {
					about = append(about, a)
				}
			}
			// A statement about something cut away is dropped; so, under
			// Top, is one about nothing: a legible overview keeps only what
			// ties its actors together.
			if len(s.About) > 0 && len(about) == 0 || o.Top > 0 && len(about) == 0 {
				continue
			}
			id := statementID(s.ID)
			stmtNodes = append(stmtNodes, &mapNode{
				id: id, typ: TypeStatement, stance: s.Stance, mentions: len(s.Sources),
				name:    "“" + strings.Join(strings.Fields(s.Content), " ") + "”",
				label:   wrap(shorten("“"+s.Content+"”", 3*o.MaxLabel), o.MaxLabel),
				tooltip: statementTooltip(s, ents, m.docLabels),
			})
			m.statements++
			docs := map[string]bool{}
			for _, src := range s.Sources {
				docs[src.Doc] = true
				m.docs[src.Doc] = true
			}
			said := &mapEdge{from: entityID(s.Speaker), to: id, kind: EdgeSaid, stance: s.Stance,
				preds: map[string]int{s.Cue: len(s.Sources)}, docs: docs, sources: s.Sources, facts: 1}
			m.edges = append(m.edges, said)
			used[s.Speaker] = true
			for _, a := range about {
				m.edges = append(m.edges, &mapEdge{from: id, to: entityID(a), kind: EdgeAbout, stance: s.Stance,
					preds: map[string]int{"about": len(s.Sources)}, docs: docs, sources: s.Sources, facts: 1})
				used[a] = true
			}
		}
	}
	showAll := o.Isolated || len(m.edges) == 0 // a map of entities beats a blank page
	ids := make([]string, 0, len(keep))
	for id := range keep {
		if used[id] || showAll || seeds[id] {
			ids = append(ids, id)
		}
	}
	sort.Strings(ids)
	for _, id := range ids {
		e, ok := ents[id]
		if !ok {
			e = graph.Entity{ID: id, Name: id, Type: TypeUnknown}
		}
		if id == record.SpeakerUnknown {
			e.Name, e.Type = unknownSpeakerName, TypeUnknown
		}
		for _, d := range e.Docs {
			m.docs[d] = true
		}
		m.nodes = append(m.nodes, &mapNode{
			id: entityID(id), typ: e.Type, mentions: e.Mentions, focus: seeds[id], name: e.Name,
			label: wrap(shorten(e.Name, o.MaxLabel), o.MaxLabel), tooltip: entityTooltip(e, m.docLabels),
		})
	}
	m.nodes = append(m.nodes, stmtNodes...)
	return m, nil
}

// maxTooltipSources caps the sentences listed in one tooltip; the rest are
// counted, so the tooltip stays on screen.
const maxTooltipSources = 6

func entityTooltip(e graph.Entity, labels map[string]string) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s (%s)", e.Name, e.Type)
	if len(e.Aliases) > 0 {
		fmt.Fprintf(&b, "\nalso: %s", strings.Join(e.Aliases, ", "))
	}
	if len(e.Docs) > 0 {
		var docs []string
		for _, d := range sortedSet(e.Docs) {
			docs = append(docs, docLabel(labels, d))
		}
		fmt.Fprintf(&b, "\n%d mentions in %s", e.Mentions, strings.Join(docs, "; "))
	}
	return b.String()
}

func statementTooltip(s graph.Statement, ents map[string]graph.Entity, labels map[string]string) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s %s: “%s”\nstance: %s", nameOf(s.Speaker, ents), s.Cue, s.Content, s.Stance)
	if len(s.About) > 0 {
		var names []string
		for _, a := range uniq(s.About) {
			names = append(names, nameOf(a, ents))
		}
		fmt.Fprintf(&b, "\nabout: %s", strings.Join(names, ", "))
	}
	writeSources(&b, s.Sources, labels)
	return b.String()
}

func edgeTooltip(e *mapEdge, from, to string, labels map[string]string, ents map[string]graph.Entity) string {
	var b strings.Builder
	var preds []string
	for p := range e.preds {
		preds = append(preds, p)
	}
	sort.Strings(preds)
	fmt.Fprintf(&b, "%s → %s → %s", from, strings.Join(preds, ", "), to)
	if e.stance != "" {
		fmt.Fprintf(&b, " (%s)", e.stance)
	}
	more := ""
	if e.kind == EdgeRelation {
		if v := voiceNote(e); v != "" {
			b.WriteString("\n" + v)
		}
		more = fmt.Sprintf(" (all of them: newsgraph query between %q %q)", from, to)
	}
	writeSourcesMore(&b, e.sources, more, labels, ents)
	return b.String()
}

// voiceNote says who says a relation edge holds, for its tooltip: "reported
// per Donald Trump, Dmitry Peskov — not asserted by the article", "possible
// (asked or hedged) — nobody says it holds"; nothing for asserted facts.
func voiceNote(e *mapEdge) string {
	switch e.voice {
	case queries.VoiceReported:
		if len(e.per) == 0 {
			return "reported by an unnamed source — not asserted by the article"
		}
		return "reported per " + strings.Join(e.per, ", ") + " — not asserted by the article"
	case queries.VoicePossible:
		return "possible (asked or hedged) — nobody says it holds"
	}
	return ""
}

// voiceLabel is what an edge label adds for a relation not asserted:
// "(per Donald Trump)", "(per Donald Trump, +1)", "(possible)".
func voiceLabel(e *mapEdge) string {
	switch e.voice {
	case queries.VoiceReported:
		switch len(e.per) {
		case 0:
			return "(reported)"
		case 1:
			return "(per " + e.per[0] + ")"
		}
		return fmt.Sprintf("(per %s, +%d)", e.per[0], len(e.per)-1)
	case queries.VoicePossible:
		return "(possible)"
	}
	return ""
}

func writeSources(b *strings.Builder, srcs []graph.Source, labels map[string]string) {
	writeSourcesMore(b, srcs, "", labels, nil)
}

// writeSourcesMore lists up to maxTooltipSources sources, whole, then how
// many more there are and, when given, where to read them.
// A source attributed to someone says so: "per Donald Trump:".
func writeSourcesMore(b *strings.Builder, srcs []graph.Source, where string, labels map[string]string, ents map[string]graph.Entity) {
	docs := map[string]bool{}
	for _, s := range srcs {
		docs[s.Doc] = true
	}
	fmt.Fprintf(b, "\n%d source sentence(s) in %d document(s):", len(srcs), len(docs))
	for i, s := range srcs {
		if i == maxTooltipSources {
			fmt.Fprintf(b, "\n… and %d more%s", len(srcs)-i, where)
			break
		}
		// The whole sentence: a tooltip is where the map keeps the full text.
		per := ""
		if s.AttributedTo != "" {
			per = "per " + nameOf(s.AttributedTo, ents) + ": "
		}
		fmt.Fprintf(b, "\n[%s, sentence %d] %s%s", docLabel(labels, s.Doc), s.Sentence, per, strings.Join(strings.Fields(s.Text), " "))
	}
}

// docLabel names document id for people: outlet, date and title when the
// store has them ("BBC · 2005-02-16 · Blair congratulates Bush on win"),
// else its id.
func docLabel(labels map[string]string, id string) string {
	if l := labels[id]; l != "" {
		return l
	}
	return id
}

func nameOf(id string, ents map[string]graph.Entity) string {
	if e, ok := ents[id]; ok {
		return e.Name
	}
	if id == record.SpeakerUnknown {
		return "(unknown speaker)"
	}
	return id
}

// shorten cuts s to at most n characters at a word boundary, with an ellipsis.
func shorten(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	cut := string(r[:n-1])
	if i := strings.LastIndexByte(cut, ' '); i > n/2 {
		cut = cut[:i]
	}
	return strings.TrimRight(cut, " ,;:") + "…"
}

// wrap breaks s into lines of about width characters, so long labels grow
// down rather than across the map.
func wrap(s string, width int) string {
	words := strings.Fields(s)
	var lines []string
	cur := ""
	for _, w := range words {
		switch {
		case cur == "":
			cur = w
		case len([]rune(cur))+1+len([]rune(w)) <= width:
			cur += " " + w
		default:
			lines = append(lines, cur)
			cur = w
		}
	}
	if cur != "" {
		lines = append(lines, cur)
	}
	return strings.Join(lines, "\n")
}

// MapSummary counts what a map draws, for the line the CLI prints after
// writing it: the same numbers as the map's own heading.
type MapSummary struct {
	Entities   int // entity nodes drawn
	Relations  int // relation facts drawn (merged edges may hold several)
	Statements int // statement nodes drawn
	Documents  int // documents the drawn things come from
	// Of is the number of entities in the snapshot, the unknown speaker
	// of unattributed quotes not counted.
	Of int
}

// SummarizeMap returns what SVG, PNG and DOT draw for snap with opts.
func SummarizeMap(snap *graph.Snapshot, opts MapOptions) (MapSummary, error) {
	m, err := buildMap(snap, opts.withDefaults())
	if err != nil {
		return MapSummary{}, err
	}
	of := 0
	for _, e := range snap.Entities {
		if e.ID != record.SpeakerUnknown {
			of++
		}
	}
	return MapSummary{Entities: len(m.nodes) - m.statements, Relations: m.relations,
		Statements: m.statements, Documents: len(m.docs), Of: of}, nil
}
