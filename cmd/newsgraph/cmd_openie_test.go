package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestOpenIECommand(t *testing.T) {
	// The second line has trailing spaces and the third is blank: the sentence is
	// echoed exactly as read, and a blank line gives no tuples.
	in := "Maria Lopez opened a bakery in Lisbon on Monday .\n" +
		"Pittsburgh 's mayor opened the new bridge .  \n" +
		"\n" +
		"Officials said that the bridge would close in June .\r\n"
	path := filepath.Join(t.TempDir(), "sentences.txt")
	if err := os.WriteFile(path, []byte(in), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, workers := range []string{"1", "3"} {
		var stdout, stderr bytes.Buffer
		code := run(context.Background(), &env{stdout: &stdout, stderr: &stderr}, []string{"openie", "--workers", workers, path})
		if code != 0 {
			t.Fatalf("exit %d: %s", code, stderr.String())
		}
		lines := strings.Split(strings.TrimRight(stdout.String(), "\n"), "\n")
		want := []string{
			"Maria Lopez opened a bakery in Lisbon on Monday .\t",
			"Pittsburgh 's mayor opened the new bridge .  \t",
			"Officials said that the bridge would close in June .\t",
		}
		// Tuples come in input order: each line starts with its sentence, and the
		// sentences appear in the order of the input.
		wi := 0
		for _, l := range lines {
			if len(strings.Split(l, "\t")) < 4 {
				t.Errorf("workers %s: line %q has fewer than 4 columns", workers, l)
			}
			for wi < len(want) && !strings.HasPrefix(l, want[wi]) {
				wi++
			}
			if wi == len(want) {
				t.Fatalf("workers %s: line %q out of input order or not echoing its sentence\n%s", workers, l, stdout.String())
			}
		}
		for _, w := range want {
			if !strings.Contains(stdout.String(), w) {
				t.Errorf("workers %s: no tuple for %q\n%s", workers, w, stdout.String())
			}
		}
	}
}

func TestOpenIECommandJSONL(t *testing.T) {
	path := filepath.Join(t.TempDir(), "s.txt")
	if err := os.WriteFile(path, []byte("Anna Berg met Peter Holm in Oslo .\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	var stdout, stderr bytes.Buffer
	if code := run(context.Background(), &env{stdout: &stdout, stderr: &stderr}, []string{"openie", "--format", "jsonl", path}); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	want := `{"sentence":"Anna Berg met Peter Holm in Oslo .","kind":"relation","relation":"met","args":["Anna Berg","Peter Holm","in Oslo"]`
	if !strings.HasPrefix(stdout.String(), want) {
		t.Errorf("got %s\nwant a line starting %s", stdout.String(), want)
	}
}

func TestOpenIECommandUsage(t *testing.T) {
	cases := []struct {
		args []string
		code int
	}{
		{[]string{"openie", "--format", "xml", "-"}, 2},
		{[]string{"openie", "a.txt", "b.txt"}, 2},
		{[]string{"openie", filepath.Join(t.TempDir(), "missing.txt")}, 1},
	}
	for _, c := range cases {
		var stdout, stderr bytes.Buffer
		if code := run(context.Background(), &env{stdout: &stdout, stderr: &stderr}, c.args); code != c.code {
			t.Errorf("%v: exit %d, want %d (stderr %q)", c.args, code, c.code, stderr.String())
		}
	}
}
