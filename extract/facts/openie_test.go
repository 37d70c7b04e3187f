package facts

import (
	"bufio"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"testing"
)

// minCarbDevF1 is the CaRB dev F1 last measured with carb_score.py, a little
// rounded down. Raise it when the extractor improves; a drop fails the test.
const minCarbDevF1 = 0.50 // measured 0.502 (0.499 before the tree rules of 2026-11-30: reduced relatives, object control, contrast)

var openIEExtractor = sync.OnceValues(func() (*Extractor, error) { return New(Options{SingleSentence: true}) })

func mustOpenIE(t testing.TB) *Extractor {
	t.Helper()
	x, err := openIEExtractor()
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	return x
}

func TestDetokenise(t *testing.T) {
	cases := []struct {
		in, want string
	}{
		{"Mr. Baker found an opening under the house .", "Mr. Baker found an opening under the house ."},
		{"Pittsburgh 's mayor did n't go , he said .", "Pittsburgh's mayor didn't go, he said ."},
		{"He called it `` a thriller '' in 1935 .", "He called it \"a thriller\" in 1935 ."},
		{"Blagoja ` Billy ' Celeski is a footballer .", "Blagoja 'Billy' Celeski is a footballer ."},
		{"a fume - filled coal mine cost $ 4.25 , or 10 % .", "a fume-filled coal mine cost $4.25, or 10% ."},
		{"The act -LRB- 1990 -RRB- passed .", "The act (1990) passed ."},
		{"Prices rose -- sharply -- in May .", "Prices rose -- sharply -- in May ."},
		{"It is , he said .. , odd .", "It is, he said.., odd ."},
		// Running text is left alone.
		{"Anna Berg's bank said, \"no\".", "Anna Berg's bank said, \"no\"."},
		{"", ""},
	}
	for _, c := range cases {
		got, back := detokenise(c.in)
		if got != c.want {
			t.Errorf("detokenise(%q) = %q, want %q", c.in, got, c.want)
			continue
		}
		if len(back) != len(got)+1 {
			t.Errorf("detokenise(%q): %d offsets for %d bytes", c.in, len(back), len(got))
			continue
		}
		// Every word of the result maps back to the same word, or its escape, in the input.
		for _, m := range regexp.MustCompile(`[A-Za-z0-9.]+`).FindAllStringIndex(got, -1) {
			orig := strings.TrimSpace(c.in[back[m[0]]:back[m[1]]])
			if strings.ReplaceAll(orig, " ", "") != strings.ReplaceAll(got[m[0]:m[1]], " ", "") {
				t.Errorf("detokenise(%q): %q maps back to %q", c.in, got[m[0]:m[1]], orig)
			}
		}
	}
}

func TestOpenIE(t *testing.T) {
	x := mustOpenIE(t)
	cases := []struct {
		name     string
		sentence string
		want     []string // relation, arg1, arg2, extra args... as one tab-joined string
		gap      string
	}{
		{
			name:     "qualifiers as extra args in sentence order",
			sentence: "Maria Lopez opened a bakery on Monday in Lisbon .",
			want:     []string{"opened\tMaria Lopez\ta bakery\ton Monday\tin Lisbon"},
		},
		{
			name:     "qualifiers as extra args in sentence order, swapped",
			sentence: "Maria Lopez opened a bakery in Lisbon on Monday .",
			want:     []string{"opened\tMaria Lopez\ta bakery\tin Lisbon\ton Monday"},
		},
		{
			name:     "fronted adverbial as a qualifier",
			sentence: "On Monday , Maria Lopez opened a bakery in Lisbon .",
			want:     []string{"opened\tMaria Lopez\ta bakery\tOn Monday\tin Lisbon"},
			gap:      "a sentence-initial prepositional phrase is not attached to the main verb",
		},
		{
			name:     "qualifiers after joined",
			sentence: "Tom Bradley joined the railway company at Kettering in 1941 .",
			want:     []string{"joined\tTom Bradley\tthe railway company\tat Kettering\tin 1941"},
			gap:      "the qualifiers of \"joined the company\" are lost (\"opened a bakery in Lisbon\" keeps them)",
		},
		{
			name:     "tokenised possessive kept as written",
			sentence: "Pittsburgh 's mayor opened the new bridge on Monday .",
			want:     []string{"opened\tPittsburgh 's mayor\tthe new bridge\ton Monday"},
		},
		{
			name:     "title kept in the argument",
			sentence: "Mr. Baker found an opening under the house .",
			want:     []string{"found\tMr. Baker\tan opening\tunder the house"},
		},
		{
			name:     "reported speech as a tuple",
			sentence: "Officials said that the bridge would close in June .",
			want:     []string{"said\tOfficials\tthe bridge would close in June"},
		},
		{
			name:     "tokenised quotation with speaker after",
			sentence: "`` The prices are too high , '' said Paul Grant .",
			want:     []string{"said\tPaul Grant\tThe prices are too high"},
		},
		{
			name:     "short sentence of names is not a headline",
			sentence: "Anna Berg met Peter Holm .",
			want:     []string{"met\tAnna Berg\tPeter Holm"},
		},
		{
			name:     "unresolved pronoun subject kept as written",
			sentence: "He served as the first Prime Minister of Australia .",
			want:     []string{"served as\tHe\tthe first Prime Minister of Australia"},
		},
		{
			name:     "relation words as the sentence splits them",
			sentence: "Many farmers do n't trust the new rules .",
			want:     []string{"do n't trust\tMany farmers\tthe new rules"},
		},
		{
			name:     "passive keeps the sentence's order",
			sentence: "The bridge was designed by Gustave Eiffel .",
			want:     []string{"was designed by\tThe bridge\tGustave Eiffel"},
		},
		{
			name:     "month at the end of the sentence",
			sentence: "The chief economist left the bank in May .",
			want:     []string{"left\tThe chief economist\tthe bank\tin May"},
		},
		{
			name:     "apposition as an is-tuple",
			sentence: "Anna Berg , the chief executive of Nordbank , opened a branch .",
			want:     []string{"is\tAnna Berg\tthe chief executive of Nordbank"},
		},
		{
			name:     "subject before an apposition",
			sentence: "Anna Berg , the chief executive of Nordbank , opened a branch .",
			want:     []string{"opened\tAnna Berg\ta branch"},
			gap:      "the name inside the apposition (Nordbank) is taken as the subject of the main verb",
		},
		{
			name:     "possessive as a has-tuple, the possessor not repeated",
			sentence: "Nordbank 's chief economist left the bank .",
			want:     []string{"has\tNordbank\tchief economist"},
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			tuples, err := x.OpenIE(context.Background(), c.sentence)
			if err != nil {
				t.Fatal(err)
			}
			got := map[string]bool{}
			var lines []string
			for _, tu := range tuples {
				line := tu.Relation + "\t" + strings.Join(tu.Args, "\t")
				got[line] = true
				lines = append(lines, strconv.FormatFloat(tu.Confidence, 'f', 2, 64)+"\t"+line)
				if tu.Confidence <= 0 || tu.Confidence > 1 {
					t.Errorf("confidence %v outside (0, 1]", tu.Confidence)
				}
			}
			var missing []string
			for _, w := range c.want {
				if !got[w] {
					missing = append(missing, w)
				}
			}
			if len(missing) == 0 {
				if c.gap != "" {
					t.Logf("known gap now handled (%s): drop the gap mark", c.gap)
				}
				return
			}
			msg := "missing " + strings.Join(missing, " | ") + "\ngot:\n" + strings.Join(lines, "\n")
			if c.gap != "" {
				t.Skipf("known gap: %s\n%s", c.gap, msg)
			}
			t.Errorf("%s\n%s", c.sentence, msg)
		})
	}
}

func TestTupleTSV(t *testing.T) {
	tu := Tuple{Relation: "met\tin", Args: []string{"Anna", "Peter", "in Oslo"}, Confidence: 0.756}
	got := tu.TSV("Anna met Peter in Oslo .")
	want := "Anna met Peter in Oslo .\t0.76\tmet in\tAnna\tPeter\tin Oslo\n"
	if got != want {
		t.Errorf("TSV = %q, want %q", got, want)
	}
}

// carbDev returns the paths of the CaRB dev sentences and gold, or skips.
func carbDev(tb testing.TB) (sentences, gold, scorer string) {
	tb.Helper()
	dir := filepath.Join(sharedDir, "benchmarks", "carb")
	sentences, gold, scorer = filepath.Join(dir, "dev.txt"), filepath.Join(dir, "dev-gold.tsv"), filepath.Join(dir, "carb_score.py")
	for _, p := range []string{sentences, gold, scorer} {
		if _, err := os.Stat(p); err != nil {
			tb.Skipf("CaRB dev split not found (it lives in shared/benchmarks/carb, beside the repository): %v", err)
		}
	}
	return sentences, gold, scorer
}

func readLines(tb testing.TB, path string) []string {
	tb.Helper()
	raw, err := os.ReadFile(path)
	if err != nil {
		tb.Fatal(err)
	}
	return strings.Split(strings.TrimRight(string(raw), "\n"), "\n")
}

var carbScoreLine = regexp.MustCompile(`AUC: ([0-9.]+)\s+P: ([0-9.]+)\s+R: ([0-9.]+)\s+F1: ([0-9.]+)`)

// TestCarbDev runs CaRB's scorer on the dev split and fails when F1 drops
// below the last recorded value.
func TestCarbDev(t *testing.T) {
	if testing.Short() {
		t.Skip("CaRB dev split takes several seconds; skipped with -short")
	}
	sentPath, gold, scorer := carbDev(t)
	py, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("python3 not found; the CaRB scorer needs it")
	}
	x := mustOpenIE(t)
	out := filepath.Join(t.TempDir(), "carb-dev.tsv")
	f, err := os.Create(out)
	if err != nil {
		t.Fatal(err)
	}
	w := bufio.NewWriter(f)
	confs := map[float64]bool{}
	for _, s := range readLines(t, sentPath) {
		tuples, err := x.OpenIE(context.Background(), s)
		if err != nil {
			t.Fatalf("OpenIE(%q): %v", s, err)
		}
		for _, tu := range tuples {
			confs[tu.Confidence] = true
			if _, err := w.WriteString(tu.TSV(s)); err != nil {
				t.Fatal(err)
			}
		}
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
	if len(confs) < 3 {
		t.Errorf("only %d distinct confidences: the scorer's threshold sweep needs them to vary", len(confs))
	}
	res, err := exec.Command(py, scorer, "--gold", gold, "--tabbed", out).CombinedOutput()
	if err != nil {
		t.Fatalf("carb_score.py: %v\n%s", err, res)
	}
	m := carbScoreLine.FindStringSubmatch(string(res))
	if m == nil {
		t.Fatalf("carb_score.py printed %q", res)
	}
	f1, _ := strconv.ParseFloat(m[4], 64)
	t.Logf("CaRB dev: AUC %s P %s R %s F1 %s", m[1], m[2], m[3], m[4])
	if f1 < minCarbDevF1 {
		t.Errorf("CaRB dev F1 %.3f, below the recorded %.2f", f1, minCarbDevF1)
	}
}

// BenchmarkOpenIE runs OpenIE over the CaRB dev sentences on one goroutine and
// reports sentences per second.
func BenchmarkOpenIE(b *testing.B) {
	sentPath, _, _ := carbDev(b)
	sents := readLines(b, sentPath)
	x := mustOpenIE(b)
	ctx := context.Background()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, s := range sents {
			if _, err := x.OpenIE(ctx, s); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(len(sents)*b.N)/b.Elapsed().Seconds(), "sentences/s")
}

// FuzzDetokenise checks that the offset map always fits both texts and never
// runs backwards, whatever the input, so OpenIE can cut any span it finds.
func FuzzDetokenise(f *testing.F) {
	for _, s := range []string{"Mr. Baker 's dog .", "`` '' ` ' -LRB- -RRB- $ 4 % .", "a - b -- c , d .", " .", "'s", "Ünïcödé 's wörds , ok ."} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		out, back := detokenise(s)
		if len(back) != len(out)+1 {
			t.Fatalf("%d offsets for %d bytes", len(back), len(out))
		}
		for i, b := range back {
			if b < 0 || b > len(s) || i > 0 && b < back[i-1] {
				t.Fatalf("offset %d of %q maps to %d (previous %d, input %d bytes)", i, out, b, back[max(i-1, 0)], len(s))
			}
		}
	})
}

// FuzzOpenIE checks that no sentence makes OpenIE fail or return an argument
// that is not text of the sentence.
func FuzzOpenIE(f *testing.F) {
	for _, s := range []string{"Anna Berg , the chief of Nordbank , met Peter Holm in Oslo .", "`` No , '' he said .", "The bridge was designed by Gustave Eiffel in 1889."} {
		f.Add(s)
	}
	x := mustOpenIE(f)
	f.Fuzz(func(t *testing.T, s string) {
		tuples, err := x.OpenIE(context.Background(), s)
		if err != nil {
			t.Fatal(err)
		}
		for _, tu := range tuples {
			for _, a := range tu.Args {
				if !strings.Contains(s, a) {
					t.Errorf("argument %q is not in %q", a, s)
				}
			}
		}
	})
}
