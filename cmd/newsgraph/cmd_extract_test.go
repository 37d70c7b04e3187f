package main

import (
	"strings"
	"testing"

	"newsgraph/extract/record"
)

// TestWriteTextQualifierOrder checks that the text format prints a relation's
// qualifiers in one order (by preposition), so two runs print the same bytes.
func TestWriteTextQualifierOrder(t *testing.T) {
	rel := record.Relation{
		Subject: record.Ref{Name: "IEA"}, Predicate: "raise", Object: record.Ref{Name: "estimate"},
		Qualifiers: map[string]string{"to": "84m barrels", "by": "80,000 barrels", "in": "May", "from": "83m"},
	}
	res := []*record.Result{{Doc: record.Document{ID: "d"}, Relations: []record.Relation{rel}}}
	var first string
	for i := 0; i < 20; i++ {
		var b strings.Builder
		if err := writeText(&b, res); err != nil {
			t.Fatal(err)
		}
		if i == 0 {
			first = b.String()
			if !strings.Contains(first, "(by: 80,000 barrels) (from: 83m) (in: May) (to: 84m barrels)") {
				t.Fatalf("qualifiers not in order:\n%s", first)
			}
		} else if b.String() != first {
			t.Fatalf("run %d printed\n%s\nfirst run\n%s", i, b.String(), first)
		}
	}
}

// TestWriteTextMarksPossible checks that a relation the text does not assert
// ("should be ready to cut rates") or reports from someone it leaves unnamed
// is marked in the text format, and an asserted one is not.
func TestWriteTextMarksPossible(t *testing.T) {
	res := []*record.Result{{Doc: record.Document{ID: "d"}, Relations: []record.Relation{
		{Subject: record.Ref{Name: "Bank"}, Predicate: "cut", Object: record.Ref{Name: "rates"}, Modality: record.ModalityPossible},
		{Subject: record.Ref{Name: "Bank"}, Predicate: "hold", Object: record.Ref{Name: "rates"}, Modality: record.ModalityAsserted},
		{Subject: record.Ref{Name: "move"}, Predicate: "stoke", Object: record.Ref{Name: "competition"}, Modality: record.ModalityReported},
	}}}
	var b strings.Builder
	if err := writeText(&b, res); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(b.String()), "\n")
	if len(lines) != 4 || !strings.Contains(lines[1], "—cut→ rates [possible]") || strings.Contains(lines[2], "[possible]") ||
		strings.Contains(lines[2], "[reported]") || !strings.Contains(lines[3], "—stoke→ competition [reported]") {
		t.Fatalf("modality not marked as expected:\n%s", b.String())
	}
}
