package export

import (
	"fmt"
	"sort"
	"strings"

	"newsgraph/extract/record"
	"newsgraph/graph"
	"newsgraph/queries"
)

// Node and edge kinds of the tabular exports (csv, graphml, gexf, nodelink).
const (
	// TypeStatement is the node type of a statement: something said.
	TypeStatement = "STATEMENT"
	// TypeUnknown is given to an id that edges use but the snapshot does not
	// describe (an unattributed quote's speaker), so that every edge has two
	// declared ends and tools do not invent nodes with no attributes.
	TypeUnknown = "UNKNOWN"

	EdgeRelation = "relation" // subject → object, predicate = lemma
	EdgeSaid     = "said"     // speaker → statement, predicate = cue verb
	EdgeAbout    = "about"    // statement → entity it is about

	// Modalities of said and about edges: a quotation or reported speech.
	SpeechQuoted   = "quoted"
	SpeechReported = "reported"
)

// unknownSpeakerName names the speaker of quotes nobody could be assigned to.
const unknownSpeakerName = "(unknown speaker)"

// Node is one row of nodes.csv: an entity or a statement.
type Node struct {
	ID        string   // store IRI without base: "ent/vladimir-putin", "stmt/…"
	Name      string   // entity name, or a statement's words
	Type      string   // PERSON, ORG, GPE, LOC, CONCEPT, STATEMENT, UNKNOWN
	Aliases   []string // other names seen for the entity
	Mentions  int      // mentions of an entity; sources of a statement
	Documents []string // document ids, sorted
	// DocumentLabels name Documents for people, in the same order:
	// "BBC · 2005-02-16 · Blair congratulates Bush on win" (graph.Document.Label).
	DocumentLabels []string
}

// Edge is one row of edges.csv. A relation reported by several sentences is
// one edge, split when its sources disagree on who says so: asserted and
// negated, stated as fact or as possible, in the paper's voice or attributed
// to someone. A negation or a claim is never averaged into a fact.
type Edge struct {
	ID        string
	Source    string // node id
	Target    string // node id
	Predicate string // lemma of a relation, cue of a statement, "about"
	Kind      string // EdgeRelation, EdgeSaid, EdgeAbout
	Stance    string // statements only: rejects, supports, neutral
	Negated   bool
	// AttributedTo is who says so: the node id of the entity a relation is
	// attributed to ("…, Howard said"), the speaker of a statement; "" when
	// the article states a relation in its own voice.
	AttributedTo string
	// AccordingTo names who says so for people: the name of the entity a
	// relation is attributed to or of a statement's speaker, "the article"
	// for a relation the article states in its own voice (asserted, or
	// only possible: see Modality), "an unnamed source" for one reported
	// with nobody named.
	AccordingTo string
	// Modality is how a relation is stated (asserted, possible, reported);
	// "said" edges have "quoted" or "reported" speech, about edges the same.
	Modality string
	// Qualifiers are the distinct "key: value" pairs of the sources
	// ("in: 2014", "to: Moscow"), sorted.
	Qualifiers []string
	Confidence float64  // highest confidence among the sources
	Documents  []string // document ids, sorted
	// DocumentLabels name Documents for people, in the same order.
	DocumentLabels []string
	Sources        []string // "doc#sentence" of every source sentence
	Text           []string // the source sentences, in Sources order
}

// Table is the graph flattened to nodes and edges, the common ground of the
// csv, graphml, gexf and nodelink exports, so their counts always agree.
type Table struct {
	Nodes []Node
	Edges []Edge
}

// NewTable flattens a snapshot. Statements become nodes (as in the store),
// linked from their speaker and to what they are about.
func NewTable(snap *graph.Snapshot) *Table {
	t := &Table{}
	known := map[string]bool{}
	names := make(map[string]string, len(snap.Entities))
	for _, e := range snap.Entities {
		names[e.ID] = e.Name
	}
	nameOf := func(id string) string {
		switch {
		case id == record.SpeakerUnknown:
			return unknownSpeakerName
		case names[id] != "":
			return names[id]
		}
		return id
	}
	for _, e := range snap.Entities {
		id := entityID(e.ID)
		if known[id] {
			continue
		}
		known[id] = true
		n := Node{
			ID: id, Name: e.Name, Type: e.Type, Aliases: e.Aliases,
			Mentions: e.Mentions, Documents: sortedSet(e.Docs),
		}
		if e.ID == record.SpeakerUnknown {
			// The speaker of unattributed quotes is no person, whatever
			// type the store gave it.
			n.Name, n.Type = unknownSpeakerName, TypeUnknown
		}
		t.Nodes = append(t.Nodes, n)
	}
	var missing []string
	need := func(entID string) string {
		id := entityID(entID)
		if !known[id] {
			known[id] = true
			missing = append(missing, entID)
		}
		return id
	}
	// A snapshot has one fact per subject–predicate–object; merging again
	// keeps hand-made or concatenated snapshots from producing twin edges.
	type factKey struct {
		s, p, o  string
		neg      bool
		modality string
		by       string
	}
	var order []factKey
	grouped := map[factKey][]graph.Source{}
	for _, f := range snap.Facts {
		for _, src := range f.Sources {
			k := factKey{f.Subject, f.Predicate, f.Object, src.Negated, src.Modality, src.AttributedTo}
			if _, ok := grouped[k]; !ok {
				order = append(order, k)
			}
			grouped[k] = append(grouped[k], src)
		}
	}
	for _, k := range order {
		e := edgeFrom(grouped[k])
		e.Source, e.Target = need(k.s), need(k.o)
		e.Predicate, e.Kind, e.Negated = k.p, EdgeRelation, k.neg
		e.Modality = k.modality
		switch {
		case k.by != "":
			e.AttributedTo = entityID(k.by)
			e.AccordingTo = nameOf(k.by)
		case k.modality == record.ModalityReported:
			e.AccordingTo = queries.Claim{Voice: queries.VoiceReported}.Who()
		default:
			e.AccordingTo = queries.OwnVoice
		}
		t.Edges = append(t.Edges, e)
	}
	for _, s := range snap.Statements {
		id := statementID(s.ID)
		if known[id] {
			continue
		}
		known[id] = true
		t.Nodes = append(t.Nodes, Node{
			ID: id, Name: s.Content, Type: TypeStatement,
			Mentions: len(s.Sources), Documents: sourceDocs(s.Sources),
		})
		speaker := need(s.Speaker)
		speech := SpeechReported
		if s.Direct {
			speech = SpeechQuoted
		}
		said := edgeFrom(s.Sources)
		said.Source, said.Target = speaker, id
		said.Predicate, said.Kind, said.Stance = s.Cue, EdgeSaid, s.Stance
		said.AttributedTo, said.Modality, said.AccordingTo = speaker, speech, nameOf(s.Speaker)
		t.Edges = append(t.Edges, said)
		for _, a := range uniq(s.About) {
			about := edgeFrom(s.Sources)
			about.Source, about.Target = id, need(a)
			about.Predicate, about.Kind, about.Stance = "about", EdgeAbout, s.Stance
			about.AttributedTo, about.Modality, about.AccordingTo = speaker, speech, nameOf(s.Speaker)
			t.Edges = append(t.Edges, about)
		}
	}
	for _, m := range missing {
		name := m
		if m == record.SpeakerUnknown {
			name = unknownSpeakerName
		}
		t.Nodes = append(t.Nodes, Node{ID: entityID(m), Name: name, Type: TypeUnknown})
	}
	for i := range t.Edges {
		t.Edges[i].ID = fmt.Sprintf("e%d", i)
	}
	labels := snap.DocumentLabels()
	for i := range t.Nodes {
		t.Nodes[i].DocumentLabels = docLabels(labels, t.Nodes[i].Documents)
	}
	for i := range t.Edges {
		t.Edges[i].DocumentLabels = docLabels(labels, t.Edges[i].Documents)
	}
	return t
}

func docLabels(labels map[string]string, ids []string) []string {
	out := make([]string, len(ids))
	for i, id := range ids {
		out[i] = docLabel(labels, id)
	}
	return out
}

func edgeFrom(srcs []graph.Source) Edge {
	e := Edge{Documents: sourceDocs(srcs)}
	var quals []string
	for _, s := range srcs {
		for _, k := range sortedMapKeys(s.Qualifiers) {
			quals = append(quals, k+": "+s.Qualifiers[k])
		}
		if s.Confidence > e.Confidence {
			e.Confidence = s.Confidence
		}
		e.Sources = append(e.Sources, fmt.Sprintf("%s#%d", s.Doc, s.Sentence))
		e.Text = append(e.Text, s.Text)
	}
	e.Qualifiers = sortedSet(quals)
	return e
}

func sourceDocs(srcs []graph.Source) []string {
	docs := make([]string, 0, len(srcs))
	for _, s := range srcs {
		docs = append(docs, s.Doc)
	}
	return sortedSet(docs)
}

// sortedSet returns the distinct non-empty values of xs, sorted.
func sortedSet(xs []string) []string {
	seen := map[string]bool{}
	var out []string
	for _, x := range xs {
		if x != "" && !seen[x] {
			seen[x] = true
			out = append(out, x)
		}
	}
	sort.Strings(out)
	return out
}

// uniq drops repeated values, keeping the first occurrence's order.
func uniq(xs []string) []string {
	seen := map[string]bool{}
	out := xs[:0:0]
	for _, x := range xs {
		if !seen[x] {
			seen[x] = true
			out = append(out, x)
		}
	}
	return out
}

// joinList is how lists go into a single CSV or attribute cell.
func joinList(xs []string) string { return strings.Join(xs, ";") }

// joinText separates sentences, which may themselves contain ";".
func joinText(xs []string) string { return strings.Join(xs, " | ") }
