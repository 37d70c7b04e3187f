package facts

import (
	"bytes"
	"context"
	"errors"
	"strings"
	"testing"

	"newsgraph/extract/record"
)

// servicesSentence panicked in the light-verb rewrite (a passive's object taken
// for the verb's nominal) — and, the panic racing the exit, printed nothing.
const servicesSentence = "Services other than just voice calls which are offered by mobile operators in India have grown significantly."

func jsonl(t *testing.T, res []*Result) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := record.WriteJSONL(&buf, res); err != nil {
		t.Fatalf("WriteJSONL: %v", err)
	}
	return buf.Bytes()
}

// TestExtractAllSameBytes extracts the corpus and the sentence that once
// crashed 20 times, with worker counts from 1 to 8: map iteration order or a
// race reaching the output would show as a difference.
func TestExtractAllSameBytes(t *testing.T) {
	c := mustCorpus(t)
	x := mustExtractor(t)
	docs := append(append([]Document(nil), c.docs...), Document{ID: "services", Path: "services.txt", Text: servicesSentence + "\n"})
	var want []byte
	for run := range 20 {
		workers := []int{1, 2, 3, 4, 8}[run%5]
		res, err := x.ExtractAll(context.Background(), docs, RunOptions{Workers: workers})
		if err != nil {
			t.Fatalf("run %d (workers=%d): %v", run, workers, err)
		}
		if len(res) != len(docs) {
			t.Fatalf("run %d: %d results for %d documents", run, len(res), len(docs))
		}
		got := jsonl(t, res)
		if want == nil {
			want = got
			continue
		}
		if !bytes.Equal(got, want) {
			t.Fatalf("run %d (workers=%d) differs from run 0:\n%s", run, workers, firstDiff(string(want), string(got)))
		}
	}
}

// TestServicesSentence: the sentence that crashed gives its relation (the
// passive's agent does the offering) rather than a panic or nothing.
func TestServicesSentence(t *testing.T) {
	x := mustExtractor(t)
	res, err := x.Extract(context.Background(), Document{ID: "s", Text: servicesSentence})
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range res.Relations {
		if r.Predicate == "offer" && r.Subject.Name == "mobile operators" {
			return
		}
	}
	t.Errorf("no relation «mobile operators offer …» in %+v", res.Relations)
}

// TestExtractAllIsolatesPanic: a panic in one document's extraction is that
// document's error; the others are extracted exactly as without it.
func TestExtractAllIsolatesPanic(t *testing.T) {
	c := mustCorpus(t)
	x := mustExtractor(t)
	if len(c.docs) < 3 {
		t.Skip("the corpus needs three articles")
	}
	bad := c.docs[1]
	var others []Document
	for _, d := range c.docs {
		if d.ID != bad.ID {
			others = append(others, d)
		}
	}
	clean, err := x.ExtractAll(context.Background(), others, RunOptions{Workers: 1})
	if err != nil {
		t.Fatal(err)
	}
	want := jsonl(t, clean)
	for _, workers := range []int{1, 2, 4} {
		res, err := x.ExtractAll(context.Background(), c.docs, RunOptions{Workers: workers, BeforeEach: func(d Document) {
			if d.ID == bad.ID {
				panic("injected failure")
			}
		}})
		var failed ExtractErrors
		if !errors.As(err, &failed) || len(failed) != 1 {
			t.Fatalf("workers=%d: error %v, want one ExtractError", workers, err)
		}
		f := failed[0]
		if f.ID != bad.ID || f.Path != bad.Path || !errors.Is(err, ErrInternal) {
			t.Errorf("workers=%d: error names %q %q (internal: %v), want %q %q", workers, f.ID, f.Path, errors.Is(err, ErrInternal), bad.ID, bad.Path)
		}
		if msg := f.Err.Error(); msg != "internal error in extraction: injected failure" {
			t.Errorf("workers=%d: message %q", workers, msg)
		}
		if !strings.Contains(f.Error(), bad.Path) {
			t.Errorf("workers=%d: Error() %q does not name the file", workers, f.Error())
		}
		if !bytes.Contains(f.Stack, []byte("TestExtractAllIsolatesPanic")) {
			t.Errorf("workers=%d: stack does not show where the panic was:\n%s", workers, f.Stack)
		}
		if got := jsonl(t, res); !bytes.Equal(got, want) {
			t.Errorf("workers=%d: the other documents differ from extracting them alone:\n%s", workers, firstDiff(string(want), string(got)))
		}
	}
}

// TestExtractAllCancelled: a cancelled run says so instead of returning nothing.
func TestExtractAllCancelled(t *testing.T) {
	x := mustExtractor(t)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	res, err := x.ExtractAll(ctx, []Document{{ID: "a", Text: servicesSentence}}, RunOptions{})
	if !errors.Is(err, context.Canceled) || res != nil {
		t.Fatalf("got %v, %v; want no results and context.Canceled", res, err)
	}
}
