package main

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"newsgraph/extract/record"
	"newsgraph/internal/judged"
)

// writeSet writes records whose right ones carry the signal "named" and
// wrong ones "cut" (plus noise), and the judgements of all but the last.
func writeSet(t *testing.T, dir string) (records, judgedPath string) {
	t.Helper()
	var recs bytes.Buffer
	var lines []string
	enc := json.NewEncoder(&recs)
	for i := 0; i < 60; i++ {
		doc := fmt.Sprintf("politics/%03d", i%12)
		right := i%3 != 0
		sig := []string{"b", "rel", "sn#" + fmt.Sprint(float64(i%5)/4)}
		if right {
			sig = append(sig, "named")
		} else {
			sig = append(sig, "cut")
		}
		r := record.Relation{Kind: record.KindRelation, Provenance: record.Provenance{Doc: doc, Sentence: i, Signals: sig},
			Subject: record.Ref{Name: "Ann Lee"}, Predicate: "open", Object: record.Ref{Name: fmt.Sprint("hall ", i)}}
		if err := enc.Encode(r); err != nil {
			t.Fatal(err)
		}
		v := "R"
		if !right {
			v = "W"
		}
		if i < 59 {
			lines = append(lines, doc+"\t"+judged.RelationKey(r)+"\t"+v+"\t-")
		}
	}
	records, judgedPath = filepath.Join(dir, "records.jsonl"), filepath.Join(dir, "judged.tsv")
	if err := os.WriteFile(records, recs.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(judgedPath, []byte(strings.Join(lines, "\n")+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	return records, judgedPath
}

func TestTrainLearnsAndRepeats(t *testing.T) {
	dir := t.TempDir()
	records, jpath := writeSet(t, dir)
	var models [2][]byte
	var report string
	for i := range models {
		out := filepath.Join(dir, fmt.Sprint("model", i, ".gz"))
		var buf bytes.Buffer
		if err := run(context.Background(), []string{"-judged", jpath, "-out", out, records}, &buf); err != nil {
			t.Fatal(err)
		}
		report = buf.String()
		b, err := os.ReadFile(out)
		if err != nil {
			t.Fatal(err)
		}
		models[i] = b
	}
	if !bytes.Equal(models[0], models[1]) {
		t.Error("same records and flags, different model bytes")
	}
	for _, want := range []string{"59 judged facts with signals (39 right, 20 wrong)", "AUC, all facts: 1.000"} {
		if !strings.Contains(report, want) {
			t.Errorf("report lacks %q:\n%s", want, report)
		}
	}
	zr, err := gzip.NewReader(bytes.NewReader(models[0]))
	if err != nil {
		t.Fatal(err)
	}
	var m struct{ Weights map[string]float64 }
	if err := json.NewDecoder(zr).Decode(&m); err != nil {
		t.Fatal(err)
	}
	if m.Weights["named"] <= 0 || m.Weights["cut"] >= 0 {
		t.Errorf("weights named %g, cut %g: want the right facts' signal up and the wrong ones' down", m.Weights["named"], m.Weights["cut"])
	}
	if _, ok := m.Weights["sn#0.5"]; ok {
		t.Error("a numeric signal was kept under its value, not its name")
	}
}

func TestTrainWantsSignals(t *testing.T) {
	dir := t.TempDir()
	r := record.Relation{Kind: record.KindRelation, Provenance: record.Provenance{Doc: "sport/001"}, Predicate: "win"}
	b, _ := json.Marshal(r)
	records := filepath.Join(dir, "records.jsonl")
	jpath := filepath.Join(dir, "judged.tsv")
	if err := os.WriteFile(records, append(b, '\n'), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(jpath, []byte("sport/001\t"+judged.RelationKey(r)+"\tR\t-\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	err := run(context.Background(), []string{"-judged", jpath, "-out", "", records}, &bytes.Buffer{})
	if err == nil || !strings.Contains(err.Error(), "--signals") {
		t.Errorf("records without signals: err %v, want one that names --signals", err)
	}
}

func TestAUC(t *testing.T) {
	cases := []struct {
		s    []float64
		y    []bool
		want float64
	}{
		{[]float64{0.9, 0.8, 0.2, 0.1}, []bool{true, true, false, false}, 1},
		{[]float64{0.1, 0.2, 0.8, 0.9}, []bool{true, true, false, false}, 0},
		{[]float64{0.5, 0.5}, []bool{true, false}, 0.5},
		{[]float64{0.9, 0.4, 0.6, 0.1}, []bool{true, true, false, false}, 0.75},
	}
	for _, c := range cases {
		if got := auc(c.s, c.y); got != c.want {
			t.Errorf("auc(%v, %v) = %g, want %g", c.s, c.y, got, c.want)
		}
	}
}
