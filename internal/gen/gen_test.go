package main

import (
	"context"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

func TestSplitSentences(t *testing.T) {
	tests := []struct {
		name string
		para string
		want []string
	}{
		{"two sentences", "Anna left. Boris stayed.", []string{"Anna left.", "Boris stayed."}},
		{"question and exclamation", "Why? Because! Fine.", []string{"Why?", "Because!", "Fine."}},
		{"lower case after stop", "It cost 3.5 million. and more", []string{"It cost 3.5 million. and more"}},
		{"abbreviation", "The U.S. Senate met. It voted.", []string{"The U.S. Senate met.", "It voted."}},
		{"quotation kept whole", `He said, "We left. We came back." Then he sat.`, []string{`He said, "We left. We came back."`, "Then he sat."}},
		{"curly quotation kept whole", "“It ended. Finally,” she said. Nobody cheered.", []string{"“It ended. Finally,” she said.", "Nobody cheered."}},
		{"no final stop", "A line without a stop", []string{"A line without a stop"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := splitSentences(tt.para); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("splitSentences(%q)\n got %q\nwant %q", tt.para, got, tt.want)
			}
		})
	}
}

func TestClassify(t *testing.T) {
	sents := []string{
		"Yesterday Mayor Ilse Brandtner flew to Westhaven.",
		"Officials said Brandtner met Ilse Okafor in Westhaven and the ARC board.",
		"The Westhavenian press was there.",
		"Brandtner spoke. The Senate listened.",
	}
	got := classify(sents)
	want := map[string]wordClass{
		"Ilse":         classGiven,
		"Brandtner":    classSurname,
		"Okafor":       classSurname,
		"Westhaven":    classPlace,
		"ARC":          classAcronym,
		"Westhavenian": classDemonym,
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("classify:\n got %v\nwant %v", got, want)
	}
}

func mustCorpus(t *testing.T) *Corpus {
	t.Helper()
	c, err := LoadCorpus(filepath.Join("testdata", "corpus"))
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func TestLoadCorpus(t *testing.T) {
	c := mustCorpus(t)
	if len(c.Headlines) != 2 || !strings.HasPrefix(c.Headlines[0], "Mayor Ilse Brandtner Meets") {
		t.Errorf("headlines = %q, want the two first lines of substance", c.Headlines)
	}
	for _, s := range c.Sentences {
		if s == "Share" {
			t.Errorf("boilerplate line kept as a sentence")
		}
	}
	for _, name := range []string{"Brandtner", "Okafor", "Westhaven", "Lindmoor", "ARC", "Venn"} {
		if _, ok := c.Entities[name]; !ok {
			t.Errorf("%s not recognised as a name; names: %v", name, c.Entities)
		}
	}
	for _, word := range []string{"Mayor", "Governor", "The", "Residents", "Friday"} {
		if _, ok := c.Entities[word]; ok {
			t.Errorf("%s taken for a name", word)
		}
	}
}

func TestArticle(t *testing.T) {
	c := mustCorpus(t)
	o := Options{Seed: 7, MinSentences: 3, MaxSentences: 6}
	seen := map[string]bool{}
	for n := range 20 {
		a := Article(c, o, n)
		if a != Article(c, o, n) {
			t.Fatalf("article %d differs between two calls with the same seed", n)
		}
		seen[a] = true
		for name := range c.Entities {
			for _, w := range words(a) {
				if w.text == name {
					t.Errorf("article %d still names %q:\n%s", n, name, a)
				}
			}
		}
		paras := strings.Split(strings.TrimSpace(a), "\n\n")
		if len(paras) < 2 {
			t.Errorf("article %d has no body:\n%s", n, a)
		}
		if strings.Count(a, "“") != strings.Count(a, "”") || strings.Count(a, `"`)%2 != 0 {
			t.Errorf("article %d has an unbalanced quotation:\n%s", n, a)
		}
	}
	if len(seen) < 15 {
		t.Errorf("only %d distinct articles of 20", len(seen))
	}
}

func TestWriteArchive(t *testing.T) {
	c := mustCorpus(t)
	o := Options{Articles: 12, Seed: 1, MinSentences: 2, MaxSentences: 4}
	dir := filepath.Join(t.TempDir(), "archive")
	n, err := WriteArchive(context.Background(), dir, c, o)
	if err != nil || n != 12 {
		t.Fatalf("WriteArchive = %d, %v; want 12, nil", n, err)
	}
	ents, err := os.ReadDir(dir)
	if err != nil || len(ents) != 12 || ents[0].Name() != "00000_gen.txt" {
		t.Fatalf("folder holds %d files (first %v), err %v", len(ents), ents[0], err)
	}
	if _, err := WriteArchive(context.Background(), dir, c, o); err == nil {
		t.Errorf("second WriteArchive into the same folder succeeded; want an error")
	}

	bad := []Options{
		{Articles: 0, MinSentences: 1, MaxSentences: 2},
		{Articles: 1, MinSentences: 0, MaxSentences: 2},
		{Articles: 1, MinSentences: 3, MaxSentences: 2},
	}
	for _, o := range bad {
		if _, err := WriteArchive(context.Background(), t.TempDir(), c, o); err == nil {
			t.Errorf("WriteArchive(%+v) succeeded; want an error", o)
		}
	}

	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := WriteArchive(ctx, t.TempDir(), c, Options{Articles: 5, MinSentences: 1, MaxSentences: 1}); err == nil {
		t.Errorf("WriteArchive with a cancelled context succeeded")
	}
}

func TestRunUsage(t *testing.T) {
	var stderr strings.Builder
	if err := run(context.Background(), []string{"-n", "3"}, &stderr); err == nil {
		t.Errorf("run without -o succeeded")
	}
	dir := filepath.Join(t.TempDir(), "out")
	if err := run(context.Background(), []string{"-n", "3", "-o", dir, "-corpus", filepath.Join("testdata", "corpus"), "-min", "2", "-max", "3"}, &stderr); err != nil {
		t.Fatalf("run: %v (stderr %s)", err, stderr.String())
	}
	if ents, _ := os.ReadDir(dir); len(ents) != 3 {
		t.Errorf("run -n 3 wrote %d files", len(ents))
	}
}
