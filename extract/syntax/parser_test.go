package syntax

import (
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
)

// shared is the read-only data directory beside the repository.
var sharedUD = filepath.Join("..", "..", "..", "shared", "ud")

var (
	testParserOnce sync.Once
	testParser     *Parser
	testParserErr  error
)

func loadForTest(t testing.TB) *Parser {
	t.Helper()
	testParserOnce.Do(func() { testParser, testParserErr = Load() })
	if testParserErr != nil {
		t.Fatalf("loading the embedded model: %v", testParserErr)
	}
	return testParser
}

func TestParseSimple(t *testing.T) {
	p := loadForTest(t)
	// want lists "dependent relation head" triples (forms; head "ROOT").
	tests := []struct {
		words string
		want  []string
	}{
		{"The cat chased the dog .", []string{"cat nsubj chased", "chased root ROOT", "dog obj chased", "The det cat"}},
		{"She gave him a book .", []string{"She nsubj gave", "him iobj gave", "book obj gave", "gave root ROOT"}},
		{"The law was passed by parliament in 2004 .", []string{"law nsubj:pass passed", "was aux:pass passed", "parliament obl:agent passed", "passed root ROOT"}},
		{"Smith said the plan would fail .", []string{"Smith nsubj said", "fail ccomp said", "plan nsubj fail", "would aux fail"}},
		{"He did not resign .", []string{"not advmod resign", "He nsubj resign"}},
	}
	for _, tc := range tests {
		t.Run(tc.words, func(t *testing.T) {
			s, err := p.Parse(strings.Fields(tc.words))
			if err != nil {
				t.Fatal(err)
			}
			got := map[string]bool{}
			for _, tok := range s.Tokens {
				head := "ROOT"
				if h := s.Token(tok.Head); h != nil {
					head = h.Form
				}
				got[tok.Form+" "+tok.DepRel+" "+head] = true
			}
			for _, w := range tc.want {
				if !got[w] {
					t.Errorf("missing %q in %v", w, got)
				}
			}
		})
	}
}

func TestParseTags(t *testing.T) {
	p := loadForTest(t)
	s, err := p.Parse(strings.Fields("Officials announced new rules on Tuesday ."))
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"NOUN/NNS", "VERB/VBD", "ADJ/JJ", "NOUN/NNS", "ADP/IN", "PROPN/NNP", "PUNCT/."}
	for i, tok := range s.Tokens {
		if got := tok.UPOS + "/" + tok.XPOS; got != want[i] {
			t.Errorf("%s: tag %s, want %s", tok.Form, got, want[i])
		}
	}
}

func TestParseKeepTags(t *testing.T) {
	p := loadForTest(t)
	s := Sentence{Tokens: []Token{{Form: "Visit"}, {Form: "Paris", UPOS: "PROPN", XPOS: "NNP"}}}
	if err := p.ParseSentence(&s, Options{KeepTags: true}); err != nil {
		t.Fatal(err)
	}
	if s.Tokens[1].XPOS != "NNP" || s.Tokens[0].XPOS == "" {
		t.Errorf("tags %+v: want given tags kept and missing ones filled", s.Tokens)
	}
}

// TestParseTypographic checks that typographic quotes and dashes are read
// as their ASCII forms (the same tags and tree) while the words keep their
// own forms.
func TestParseTypographic(t *testing.T) {
	p := loadForTest(t)
	curly, err := p.Parse(strings.Fields("“ Prices will fall — soon , ” Paul Grant’s aide argued ."))
	if err != nil {
		t.Fatal(err)
	}
	ascii, err := p.Parse(strings.Fields(`" Prices will fall - soon , " Paul Grant's aide argued .`))
	if err != nil {
		t.Fatal(err)
	}
	if curly.Tokens[0].Form != "“" || curly.Tokens[9].Form != "Grant’s" {
		t.Errorf("forms %q, %q: want the words as given", curly.Tokens[0].Form, curly.Tokens[9].Form)
	}
	for i := range curly.Tokens {
		c, a := curly.Tokens[i], ascii.Tokens[i]
		if c.XPOS != a.XPOS || c.UPOS != a.UPOS || c.Head != a.Head || c.DepRel != a.DepRel {
			t.Errorf("word %d %q: %s/%s %d %s, ASCII %q: %s/%s %d %s", i+1, c.Form, c.XPOS, c.UPOS, c.Head, c.DepRel, a.Form, a.XPOS, a.UPOS, a.Head, a.DepRel)
		}
	}
}

func TestParseEdgeCases(t *testing.T) {
	p := loadForTest(t)
	for _, words := range [][]string{nil, {"Hello"}, {".", ".", "."}, strings.Fields(strings.Repeat("very ", 300) + "long")} {
		s, err := p.Parse(words)
		if err != nil {
			t.Fatalf("%d words: %v", len(words), err)
		}
		roots := 0
		for _, tok := range s.Tokens {
			if tok.Head == 0 {
				roots++
			}
			if tok.Head < 0 || tok.Head > len(words) || tok.DepRel == "" {
				t.Fatalf("%d words: bad arc %+v", len(words), tok)
			}
		}
		if len(words) > 0 && roots != 1 {
			t.Errorf("%d words: %d roots, want 1", len(words), roots)
		}
	}
	if _, err := p.Parse(make([]string, MaxWords+1)); err != ErrTooLong {
		t.Errorf("over-long sentence: err %v, want ErrTooLong", err)
	}
}

// readDev returns up to n sentences of EWT dev, skipping the test when the
// shared data is absent.
func readDev(t testing.TB, n int) []Sentence {
	t.Helper()
	name := filepath.Join(sharedUD, "en_ewt-ud-dev.conllu")
	f, err := os.Open(name)
	if err != nil {
		t.Skipf("no UD data (%v): skipping", err)
	}
	defer f.Close()
	sents, err := ReadCoNLLU(f, name)
	if err != nil {
		t.Fatal(err)
	}
	if len(sents) > n {
		sents = sents[:n]
	}
	return sents
}

// TestDevSample checks attachment scores on part of EWT dev (punctuation
// included, relations without subtypes, as ud_eval.py counts them).
func TestDevSample(t *testing.T) {
	gold := readDev(t, 400)
	p := loadForTest(t)
	words, uas, las, upos := 0, 0, 0, 0
	for _, g := range gold {
		s, err := p.Parse(g.Words())
		if err != nil {
			t.Fatal(err)
		}
		for i, tok := range s.Tokens {
			gt := g.Tokens[i]
			words++
			if tok.UPOS == gt.UPOS {
				upos++
			}
			if tok.Head == gt.Head {
				uas++
				if BaseRel(tok.DepRel) == BaseRel(gt.DepRel) {
					las++
				}
			}
		}
	}
	pct := func(x int) float64 { return 100 * float64(x) / float64(words) }
	t.Logf("%d words: UPOS %.2f UAS %.2f LAS %.2f", words, pct(upos), pct(uas), pct(las))
	if pct(upos) < 94.5 || pct(uas) < 84 || pct(las) < 81 {
		t.Errorf("UPOS %.2f UAS %.2f LAS %.2f: below the floor 94.5 / 84 / 81", pct(upos), pct(uas), pct(las))
	}
}

func TestConcurrentParse(t *testing.T) {
	p := loadForTest(t)
	words := strings.Fields("The minister said on Monday that the talks would continue .")
	want, err := p.Parse(words)
	if err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	errs := make(chan string, 8)
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 20 {
				got, err := p.Parse(words)
				if err != nil {
					errs <- err.Error()
					return
				}
				for i := range got.Tokens {
					if got.Tokens[i] != want.Tokens[i] {
						errs <- "different parse under concurrency"
						return
					}
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
}

func benchSentences(b *testing.B) [][]string {
	gold := readDev(b, 2000)
	out := make([][]string, len(gold))
	for i := range gold {
		out[i] = gold[i].Words()
	}
	return out
}

// BenchmarkParse tags and parses EWT dev sentences with the model's beam;
// one op is one sentence.
func BenchmarkParse(b *testing.B) { benchParse(b, Options{}) }

// BenchmarkParseGreedy parses without a beam, the fastest setting.
func BenchmarkParseGreedy(b *testing.B) { benchParse(b, Options{Beam: 1}) }

func benchParse(b *testing.B, opt Options) {
	sents := benchSentences(b)
	p := loadForTest(b)
	s := Sentence{}
	b.ReportAllocs()
	b.ResetTimer()
	cpu0 := cpuTime()
	for i := 0; i < b.N; i++ {
		w := sents[i%len(sents)]
		s.Tokens = s.Tokens[:0]
		for _, f := range w {
			s.Tokens = append(s.Tokens, Token{Form: f})
		}
		if err := p.ParseSentence(&s, opt); err != nil {
			b.Fatal(err)
		}
	}
	reportRate(b, cpu0)
}

func reportRate(b *testing.B, cpu0 time.Duration) {
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "sentences/s")
	if cpu := cpuTime() - cpu0; cpu > 0 {
		b.ReportMetric(float64(b.N)/cpu.Seconds(), "sentences/cpu-s")
	}
}

// BenchmarkTag tags EWT dev sentences; one op is one sentence.
func BenchmarkTag(b *testing.B) {
	sents := benchSentences(b)
	p := loadForTest(b)
	s := Sentence{}
	b.ReportAllocs()
	b.ResetTimer()
	cpu0 := cpuTime()
	for i := 0; i < b.N; i++ {
		w := sents[i%len(sents)]
		s.Tokens = s.Tokens[:0]
		for _, f := range w {
			s.Tokens = append(s.Tokens, Token{Form: f})
		}
		if err := p.Tag(&s); err != nil {
			b.Fatal(err)
		}
	}
	reportRate(b, cpu0)
}

func BenchmarkLoad(b *testing.B) {
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		if _, err := Load(); err != nil {
			b.Fatal(err)
		}
	}
}
