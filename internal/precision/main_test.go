package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"newsgraph/extract/record"
	"newsgraph/internal/judged"
)

func TestRunCountsJudgedChangedAndGone(t *testing.T) {
	dir := t.TempDir()
	rel := func(obj string) record.Relation {
		return record.Relation{Kind: record.KindRelation, Provenance: record.Provenance{Doc: "politics/001", Sentence: 2, Span: [2]int{10, 60}},
			Subject:   record.Ref{ID: "ann-lee", Name: "Ann Lee", MentionSpan: []int{10, 17}},
			Predicate: "open", Object: record.Ref{ID: obj, Name: obj, MentionSpan: []int{25, 31}}, Modality: record.ModalityAsserted}
	}
	kept, changed, gone := rel("museum"), rel("gallery"), rel("school")
	closed := rel("library")
	closed.Negated = true
	st := record.Statement{Kind: record.KindStatement, Provenance: record.Provenance{Doc: "politics/001", Sentence: 3},
		Speaker: record.Ref{ID: "ann-lee", Name: "Ann Lee", MentionSpan: []int{70, 73}}, Cue: "said", ContentSpan: [2]int{80, 99}}
	lines := strings.Join([]string{
		"# a comment",
		"politics/001\t" + judged.RelationKey(kept) + "\tR\t-",
		"politics/001\t" + judged.RelationKey(rel("museums")) + "\tW\tcut-glued", // the old reading of changed
		"politics/001\t" + judged.RelationKey(gone) + "\tW\targ-wrong",
		"politics/001\t" + judged.StatementKey(st) + "\tW\tspeaker",
	}, "\n") + "\n"
	jpath := filepath.Join(dir, "judged.tsv")
	if err := os.WriteFile(jpath, []byte(lines), 0o644); err != nil {
		t.Fatal(err)
	}
	var recs bytes.Buffer
	enc := json.NewEncoder(&recs)
	for _, r := range []any{record.Entity{Kind: record.KindEntity, ID: "ann-lee", Name: "Ann Lee"}, kept, changed, closed, st,
		record.Relation{Kind: record.KindRelation, Provenance: record.Provenance{Doc: "sport/009"}, Predicate: "win"}} {
		if err := enc.Encode(r); err != nil {
			t.Fatal(err)
		}
	}
	rpath := filepath.Join(dir, "records.jsonl")
	if err := os.WriteFile(rpath, recs.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	if err := run(context.Background(), []string{"-judged", jpath, "-new", rpath}, &out); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"judged facts found: 1 right, 1 wrong (50.0% wrong)",
		"judged facts no longer found: 0 right, 2 wrong",
		"new facts, not judged: 2",
		"NEW politics/001 " + judged.RelationKey(changed) + " [2] Ann Lee —open→ gallery",
		// a reader judges what the graph states: the negation shows
		"NEW politics/001 " + judged.RelationKey(closed) + " [2] Ann Lee —NOT open→ library",
	} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("output lacks %q:\n%s", want, out.String())
		}
	}
	if strings.Contains(out.String(), "sport/009") {
		t.Errorf("an article nobody judged was counted:\n%s", out.String())
	}

	// -labelled gives each judged record back with its verdict, for study.
	out.Reset()
	if err := run(context.Background(), []string{"-judged", jpath, "-labelled", rpath}, &out); err != nil {
		t.Fatal(err)
	}
	var verdicts []string
	for _, line := range strings.Split(out.String(), "\n") {
		if !strings.HasPrefix(line, "{") {
			continue
		}
		var l struct {
			Verdict, Error string
			Record         json.RawMessage
		}
		if err := json.Unmarshal([]byte(line), &l); err != nil {
			t.Fatalf("-labelled line %q: %v", line, err)
		}
		var r struct{ Kind, Doc string }
		if err := json.Unmarshal(l.Record, &r); err != nil || r.Doc != "politics/001" {
			t.Fatalf("-labelled record %s: %v", l.Record, err)
		}
		verdicts = append(verdicts, r.Kind+" "+l.Verdict+" "+l.Error)
	}
	if got, want := strings.Join(verdicts, "; "), "relation R -; statement W speaker"; got != want {
		t.Errorf("-labelled verdicts = %q, want %q", got, want)
	}
}

func TestReadJudgedNamesTheBadLine(t *testing.T) {
	p := filepath.Join(t.TempDir(), "judged.tsv")
	if err := os.WriteFile(p, []byte("politics/001\tabc\tR\t-\npolitics/001\tdef\tmaybe\t-\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, _, err := judged.Read(p)
	if err == nil || !strings.Contains(err.Error(), p+":2") {
		t.Fatalf("readJudged = %v, want an error naming %s:2", err, p)
	}
}

func TestCommittedJudgementsRead(t *testing.T) {
	m, _, err := judged.Read("judged.tsv")
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, facts := range m {
		n += len(facts)
	}
	if len(m) != 70 || n < 1459+553 {
		t.Fatalf("judged.tsv: %d articles, %d facts; want 70 and at least 2,012", len(m), n)
	}
}
