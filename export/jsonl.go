package export

import (
	"encoding/json"
	"fmt"
	"io"

	"newsgraph/extract/record"
	"newsgraph/graph"
)

// JSONL writes the graph back as extraction records, one JSON object a line
// in the shape `newsgraph extract` emits (record.Entity, record.Relation,
// record.Statement): one relation per source sentence, one statement per
// source. What the store does not keep (a statement's content span) is zero.
func JSONL(w io.Writer, snap *graph.Snapshot) error {
	enc := json.NewEncoder(w)
	ents := map[string]graph.Entity{}
	for _, e := range snap.Entities {
		ents[e.ID] = e
		rec := record.Entity{Kind: record.KindEntity, ID: e.ID, Name: e.Name, Type: e.Type,
			Aliases: e.Aliases, Docs: e.Docs, Mentions: e.Mentions}
		if err := enc.Encode(rec); err != nil {
			return fmt.Errorf("jsonl entity %s: %w", e.ID, err)
		}
	}
	ref := func(id string) record.Ref {
		e, ok := ents[id]
		if !ok {
			return record.Ref{ID: id, Name: id}
		}
		return record.Ref{ID: id, Name: e.Name, Type: e.Type}
	}
	prov := func(s graph.Source) record.Provenance {
		return record.Provenance{Doc: s.Doc, Sentence: s.Sentence, Span: s.Span, Text: s.Text, Confidence: s.Confidence}
	}
	for _, f := range snap.Facts {
		for _, s := range f.Sources {
			rec := record.Relation{Kind: record.KindRelation, Provenance: prov(s),
				Subject: ref(f.Subject), Predicate: f.Predicate, PredicateText: s.PredicateText,
				Object: ref(f.Object), Qualifiers: s.Qualifiers, Negated: s.Negated, Modality: s.Modality}
			if s.AttributedTo != "" {
				r := ref(s.AttributedTo)
				rec.AttributedTo = &r
			}
			if err := enc.Encode(rec); err != nil {
				return fmt.Errorf("jsonl relation %s %s %s: %w", f.Subject, f.Predicate, f.Object, err)
			}
		}
	}
	for _, st := range snap.Statements {
		var about []record.Ref
		for _, a := range st.About {
			about = append(about, ref(a))
		}
		for _, s := range st.Sources {
			rec := record.Statement{Kind: record.KindStatement, Provenance: prov(s),
				Speaker: ref(st.Speaker), Cue: st.Cue, Content: st.Content, Direct: st.Direct,
				About: about, Stance: st.Stance}
			if err := enc.Encode(rec); err != nil {
				return fmt.Errorf("jsonl statement %s: %w", st.ID, err)
			}
		}
	}
	return nil
}
