package main

import (
	"encoding/csv"
	"newsgraph/extract/record"
	"strings"
	"testing"
)

// TestQueryCSVNeutralisesFormulas: names, document ids and sentences that
// start a spreadsheet formula come out of query --csv as text cells.
func TestQueryCSVNeutralisesFormulas(t *testing.T) {
	for _, c := range []string{"=", "+", "-", "@", "\t", "\r"} {
		name := strings.NewReplacer("\t", "TAB", "\r", "CR").Replace(c)
		t.Run(name, func(t *testing.T) {
			f := c + "HYPERLINK(\"http://evil\",\"x\")"
			putin := record.Ref{ID: "vladimir-putin", Name: f, Type: record.TypePerson}
			trump := record.Ref{ID: "donald-trump", Name: "Donald Trump", Type: record.TypePerson}
			text := f + " invited Trump."
			res := &record.Result{
				Doc:       record.Document{ID: f, Text: text},
				Sentences: 1,
				Entities: []record.Entity{
					{Kind: record.KindEntity, ID: putin.ID, Name: putin.Name, Type: putin.Type, Aliases: []string{"Putin"}, Mentions: 1},
					{Kind: record.KindEntity, ID: trump.ID, Name: trump.Name, Type: trump.Type, Aliases: []string{"Trump"}, Mentions: 1},
				},
				Relations: []record.Relation{{Kind: record.KindRelation,
					Provenance: record.Provenance{Doc: f, Span: [2]int{0, len(text)}, Text: text, Confidence: 0.9},
					Subject:    putin, Predicate: "invite", PredicateText: "invited", Object: trump, Modality: record.ModalityAsserted}},
			}
			db := loadBoltStore(t, []*record.Result{res})
			code, stdout, stderr := runCLI("query", "--db", db, "between", "Putin", "Trump", "--csv")
			if code != 0 {
				t.Fatalf("exit %d: %s", code, stderr)
			}
			rows, err := csv.NewReader(strings.NewReader(stdout)).ReadAll()
			if err != nil {
				t.Fatalf("not CSV: %v\n%s", err, stdout)
			}
			neutralised := 0
			for _, row := range rows {
				for _, cell := range row {
					if cell != "" && strings.ContainsAny(cell[:1], "=+-@\t\r") {
						t.Errorf("cell %q starts a formula", cell)
					}
					if strings.HasPrefix(cell, "'"+f) {
						neutralised++
					}
				}
			}
			// The subject's name, the document id and the sentence.
			if neutralised < 3 {
				t.Errorf("%d neutralised cells, want at least 3 (name, document, sentence):\n%q", neutralised, rows)
			}
		})
	}
}
