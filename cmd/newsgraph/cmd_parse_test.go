package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestParseCommand(t *testing.T) {
	conllu := "# sent_id = a\n" +
		"1-2\tWe're\t_\t_\t_\t_\t_\t_\t_\t_\n" +
		"1\tWe\twe\t_\t_\t_\t_\t_\t_\t_\n" +
		"2\t're\tbe\t_\t_\t_\t_\t_\t_\t_\n" +
		"3\tleaving\tleave\t_\t_\t_\t_\t_\t_\tSpaceAfter=No\n" +
		"4\t.\t.\t_\t_\t_\t_\t_\t_\t_\n\n" +
		"1\tPrices\t_\t_\t_\t_\t_\t_\t_\t_\n" +
		"2\trose\t_\t_\t_\t_\t_\t_\t_\t_\n" +
		"3\t.\t_\t_\t_\t_\t_\t_\t_\t_\n\n"
	tests := []struct {
		name  string
		args  []string
		input string
		// want: per sentence, its words' "form UPOS head deprel"
		want [][]string
		// keep: lines that must appear verbatim
		keep []string
	}{
		{
			name: "tokens", args: []string{"--tokens"}, input: conllu,
			want: [][]string{
				{"We PRON 3 nsubj", "'re AUX 3 aux", "leaving VERB 0 root", ". PUNCT 3 punct"},
				{"Prices NOUN 2 nsubj", "rose VERB 0 root", ". PUNCT 2 punct"},
			},
			keep: []string{"# sent_id = a", "1-2\tWe're\t_\t_\t_\t_\t_\t_\t_\t_", "SpaceAfter=No"},
		},
		{
			name: "text", input: "The council approved the budget. Critics said it was too small.\n\nA new line starts here.",
			want: [][]string{
				{"The DET 2 det", "council NOUN 3 nsubj", "approved VERB 0 root", "the DET 5 det", "budget NOUN 3 obj", ". PUNCT 3 punct"},
				{"Critics NOUN 2 nsubj", "said VERB 0 root", "it PRON 6 nsubj", "was AUX 6 cop", "too ADV 6 advmod", "small ADJ 2 ccomp", ". PUNCT 2 punct"},
				{"A DET 3 det", "new ADJ 3 amod", "line NOUN 4 nsubj", "starts VERB 0 root", "here ADV 4 advmod", ". PUNCT 4 punct"},
			},
			keep: []string{"# text = Critics said it was too small."},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "in")
			if err := os.WriteFile(path, []byte(tc.input), 0o644); err != nil {
				t.Fatal(err)
			}
			var stdout, stderr bytes.Buffer
			code := run(context.Background(), &env{stdout: &stdout, stderr: &stderr}, append([]string{"parse", path}, tc.args...))
			if code != 0 {
				t.Fatalf("exit %d: %s", code, stderr.String())
			}
			out := stdout.String()
			for _, k := range tc.keep {
				if !strings.Contains(out, k) {
					t.Errorf("output lacks %q:\n%s", k, out)
				}
			}
			blocks := strings.Split(strings.TrimRight(out, "\n"), "\n\n")
			if len(blocks) != len(tc.want) {
				t.Fatalf("%d sentences, want %d:\n%s", len(blocks), len(tc.want), out)
			}
			for i, blk := range blocks {
				var got []string
				for _, l := range strings.Split(blk, "\n") {
					c := strings.Split(l, "\t")
					if strings.HasPrefix(l, "#") || strings.Contains(c[0], "-") {
						continue
					}
					if len(c) != 10 || c[4] == "_" {
						t.Fatalf("line %q: want 10 columns with XPOS filled", l)
					}
					got = append(got, strings.Join([]string{c[1], c[3], c[6], c[7]}, " "))
				}
				if strings.Join(got, "|") != strings.Join(tc.want[i], "|") {
					t.Errorf("sentence %d:\n got %q\nwant %q", i+1, got, tc.want[i])
				}
			}
		})
	}
}

func TestParseCommandUsage(t *testing.T) {
	var stdout, stderr bytes.Buffer
	if code := run(context.Background(), &env{stdout: &stdout, stderr: &stderr}, []string{"parse", "--keep-tags", "x"}); code != 2 {
		t.Errorf("--keep-tags without --tokens: exit %d, want 2", code)
	}
	if code := run(context.Background(), &env{stdout: &stdout, stderr: &stderr}, []string{"parse", "a", "b"}); code != 2 {
		t.Errorf("two files: exit %d, want 2", code)
	}
	bad := filepath.Join(t.TempDir(), "bad.conllu")
	os.WriteFile(bad, []byte("1\tx\n\n"), 0o644)
	if code := run(context.Background(), &env{stdout: &stdout, stderr: &stderr}, []string{"parse", "--tokens", bad}); code != 1 || !strings.Contains(stderr.String(), "bad.conllu:1") {
		t.Errorf("bad CoNLL-U: exit %d, stderr %q; want 1 and the file and line named", code, stderr.String())
	}
}
