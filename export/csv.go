package export

import (
	"encoding/csv"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"

	"newsgraph/graph"
)

// NodeColumns is the header of nodes.csv.
func NodeColumns() []string {
	return []string{"id", "name", "type", "aliases", "mentions", "documents"}
}

// EdgeColumns is the header of edges.csv. Lists (documents, sources) are
// joined with ";", sentences with " | ".
func EdgeColumns() []string {
	return []string{"id", "source", "target", "predicate", "kind", "stance",
		"negated", "attributed_to", "modality", "qualifiers", "confidence", "documents", "sources", "text"}
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
			strconv.Itoa(n.Mentions), joinList(n.Documents)})); err != nil {
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
			formatFloat(e.Confidence), joinList(e.Documents),
			joinList(e.Sources), joinText(e.Text)})); err != nil {
			return fmt.Errorf("edges.csv: %w", err)
		}
	}
	if ew.Flush(); ew.Error() != nil {
		return fmt.Errorf("edges.csv: %w", ew.Error())
	}
	return nil
}

// CSVDir writes nodes.csv and edges.csv into dir, creating it if needed.
// Both are written to temporary files first and replace the old pair only
// when both are complete, so a failed export keeps the previous files.
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
	if err := CSV(nf.w, ef.w, snap); err != nil {
		return fmt.Errorf("csv %s: %w", dir, err)
	}
	for _, f := range []*pending{nf, ef} {
		if err := f.finish(); err != nil {
			return fmt.Errorf("csv: %w", err)
		}
	}
	for _, f := range []*pending{nf, ef} {
		if err := f.commit(); err != nil {
			return fmt.Errorf("csv: %w", err)
		}
	}
	return nil
}

func formatFloat(f float64) string { return strconv.FormatFloat(f, 'f', -1, 64) }
