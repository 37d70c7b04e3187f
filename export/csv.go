package export

import (
	"encoding/csv"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strconv"

	"newsgraph/extract/record"
	"newsgraph/graph"
)

// NodeColumns is the header of nodes.csv.
func NodeColumns() []string {
	return []string{"id", "name", "type", "aliases", "mentions", "documents", "document_labels"}
}

// EdgeColumns is the header of edges.csv. Lists (documents, sources) are
// joined with ";", sentences and document labels (titles hold ";") with " | ".
// according_to names who says so (Edge.AccordingTo); it comes last so that
// readers of the older columns by position read them unchanged.
func EdgeColumns() []string {
	return []string{"id", "source", "target", "predicate", "kind", "stance",
		"negated", "attributed_to", "modality", "qualifiers", "confidence", "documents", "document_labels", "sources", "text",
		"according_to"}
}

// StatementColumns is the header of statements.csv: one row per statement
// and source sentence, flat, for pandas. title and date are the
// document's, empty when the article gave none.
func StatementColumns() []string {
	return []string{"statement", "speaker", "speaker_id", "speaker_type", "cue", "content", "direct",
		"stance", "about", "about_ids", "document", "title", "date", "sentence", "text"}
}

// Statements writes statements.csv: who said what about whom, where, one
// row per statement and source sentence (a statement reported by two
// articles has two rows with the same statement id).
func Statements(w io.Writer, snap *graph.Snapshot) error {
	ents := make(map[string]graph.Entity, len(snap.Entities))
	for _, e := range snap.Entities {
		ents[e.ID] = e
	}
	nameType := func(id string) (string, string) {
		if e, ok := ents[id]; ok {
			return e.Name, e.Type
		}
		if id == record.SpeakerUnknown {
			return "(unknown speaker)", TypeUnknown
		}
		return id, TypeUnknown
	}
	docs := make(map[string]graph.Document, len(snap.Documents))
	for _, d := range snap.Documents {
		docs[d.ID] = d
	}
	cw := csv.NewWriter(w)
	if err := cw.Write(StatementColumns()); err != nil {
		return fmt.Errorf("statements.csv: %w", err)
	}
	for _, st := range snap.Statements {
		speaker, speakerType := nameType(st.Speaker)
		var about, aboutIDs []string
		for _, a := range uniq(st.About) {
			name, _ := nameType(a)
			about = append(about, name)
			aboutIDs = append(aboutIDs, entityID(a))
		}
		srcs := append([]graph.Source{}, st.Sources...)
		sort.SliceStable(srcs, func(i, j int) bool {
			if srcs[i].Doc != srcs[j].Doc {
				return srcs[i].Doc < srcs[j].Doc
			}
			return srcs[i].Sentence < srcs[j].Sentence
		})
		for _, src := range srcs {
			if err := cw.Write(SafeRecord([]string{statementID(st.ID), speaker, entityID(st.Speaker), speakerType,
				st.Cue, st.Content, strconv.FormatBool(st.Direct), st.Stance, joinList(about), joinList(aboutIDs),
				src.Doc, docs[src.Doc].Title, docs[src.Doc].Date, strconv.Itoa(src.Sentence), src.Text})); err != nil {
				return fmt.Errorf("statements.csv: %w", err)
			}
		}
	}
	if cw.Flush(); cw.Error() != nil {
		return fmt.Errorf("statements.csv: %w", cw.Error())
	}
	return nil
}

// CSV writes the snapshot as two tables: nodes (entities and statements) and
// edges (relations, said, about). Every edge's source and target is a row of
// nodes, so the pair loads into pandas, networkx or i2 without cleaning.
func CSV(nodes, edges io.Writer, snap *graph.Snapshot) error {
	t := NewTable(snap)
	nw := csv.NewWriter(nodes)
	if err := nw.Write(NodeColumns()); err != nil {
		return fmt.Errorf("nodes.csv: %w", err)
	}
	for _, n := range t.Nodes {
		if err := nw.Write(SafeRecord([]string{n.ID, n.Name, n.Type, joinList(n.Aliases),
			strconv.Itoa(n.Mentions), joinList(n.Documents), joinText(n.DocumentLabels)})); err != nil {
			return fmt.Errorf("nodes.csv: %w", err)
		}
	}
	if nw.Flush(); nw.Error() != nil {
		return fmt.Errorf("nodes.csv: %w", nw.Error())
	}
	ew := csv.NewWriter(edges)
	if err := ew.Write(EdgeColumns()); err != nil {
		return fmt.Errorf("edges.csv: %w", err)
	}
	for _, e := range t.Edges {
		if err := ew.Write(SafeRecord([]string{e.ID, e.Source, e.Target, e.Predicate, e.Kind, e.Stance,
			strconv.FormatBool(e.Negated), e.AttributedTo, e.Modality, joinList(e.Qualifiers),
			formatFloat(e.Confidence), joinList(e.Documents), joinText(e.DocumentLabels),
			joinList(e.Sources), joinText(e.Text), e.AccordingTo})); err != nil {
			return fmt.Errorf("edges.csv: %w", err)
		}
	}
	if ew.Flush(); ew.Error() != nil {
		return fmt.Errorf("edges.csv: %w", ew.Error())
	}
	return nil
}

// CSVDir writes nodes.csv, edges.csv and statements.csv into dir, creating
// it if needed. All are written to temporary files first and replace the old
// ones only when all are complete, so a failed export keeps the previous files.
func CSVDir(dir string, snap *graph.Snapshot) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("csv: %w", err)
	}
	nf, err := createPending(filepath.Join(dir, "nodes.csv"))
	if err != nil {
		return fmt.Errorf("csv: %w", err)
	}
	defer nf.abort()
	ef, err := createPending(filepath.Join(dir, "edges.csv"))
	if err != nil {
		return fmt.Errorf("csv: %w", err)
	}
	defer ef.abort()
	sf, err := createPending(filepath.Join(dir, "statements.csv"))
	if err != nil {
		return fmt.Errorf("csv: %w", err)
	}
	defer sf.abort()
	if err := CSV(nf.w, ef.w, snap); err != nil {
		return fmt.Errorf("csv %s: %w", dir, err)
	}
	if err := Statements(sf.w, snap); err != nil {
		return fmt.Errorf("csv %s: %w", dir, err)
	}
	for _, f := range []*pending{nf, ef, sf} {
		if err := f.finish(); err != nil {
			return fmt.Errorf("csv: %w", err)
		}
	}
	for _, f := range []*pending{nf, ef, sf} {
		if err := f.commit(); err != nil {
			return fmt.Errorf("csv: %w", err)
		}
	}
	return nil
}

func formatFloat(f float64) string { return strconv.FormatFloat(f, 'f', -1, 64) }
