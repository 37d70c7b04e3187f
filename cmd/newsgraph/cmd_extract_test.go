package main

import (
	"os"
	"path/filepath"
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

// TestExtractReportsHeldBack: the facts the checks leave out are counted on
// stderr, by reason, so that nothing is dropped without a line saying so.
func TestExtractReportsHeldBack(t *testing.T) {
	dir := t.TempDir()
	// "it" in quoted speech stood for the wrong body too often to keep
	text := "Harbury Foods said sales rose. \"It makes it all the sweeter,\" said Tom Pyke, its chief executive.\n"
	path := filepath.Join(dir, "a.txt")
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	code, _, errs := runCmd(t, "extract", "--format", "text", path)
	if code != 0 {
		t.Fatalf("extract: exit %d\n%s", code, errs)
	}
	if !strings.Contains(errs, "held back 1 candidate facts as unreliable (relation: it in speech or of a state 1)") {
		t.Fatalf("no held-back line on stderr:\n%s", errs)
	}
}

func TestReportHeldBackOrder(t *testing.T) {
	res := []*record.Result{
		{HeldBack: map[string]int{"relation: b": 2, "relation: a": 2, "statement: c": 5}},
		{HeldBack: map[string]int{"relation: d": 1, "relation: e": 1}},
		{},
	}
	var b strings.Builder
	reportHeldBack(&b, res)
	want := "held back 11 candidate facts as unreliable (statement: c 5; relation: a 2; relation: b 2; relation: d 1; 1 more reasons)\n"
	if b.String() != want {
		t.Fatalf("got %q\nwant %q", b.String(), want)
	}
	b.Reset()
	reportHeldBack(&b, []*record.Result{{}})
	if b.String() != "" {
		t.Fatalf("nothing held back, yet: %q", b.String())
	}
}
