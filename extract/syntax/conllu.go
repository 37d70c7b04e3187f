package syntax

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// Reader reads sentences from a CoNLL-U stream one at a time.
type Reader struct {
	sc   *bufio.Scanner
	line int
	name string
}

// NewReader returns a CoNLL-U reader; name is used in error messages.
func NewReader(r io.Reader, name string) *Reader {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 16*1024*1024)
	return &Reader{sc: sc, name: name}
}

// Next returns the next sentence, or io.EOF after the last one.
func (r *Reader) Next() (Sentence, error) {
	var s Sentence
	started := false
	for r.sc.Scan() {
		r.line++
		ln := strings.TrimRight(r.sc.Text(), "\r")
		if strings.TrimSpace(ln) == "" {
			if started {
				return s, nil
			}
			continue
		}
		started = true
		if strings.HasPrefix(ln, "#") {
			s.Comments = append(s.Comments, strings.TrimPrefix(strings.TrimPrefix(ln, "#"), " "))
			continue
		}
		cols := strings.Split(ln, "\t")
		if len(cols) != 10 {
			return s, fmt.Errorf("%s:%d: %d columns, want 10", r.name, r.line, len(cols))
		}
		if strings.ContainsAny(cols[0], "-.") {
			s.Extras = append(s.Extras, Extra{Before: len(s.Tokens), Line: ln})
			continue
		}
		id, err := strconv.Atoi(cols[0])
		if err != nil || id != len(s.Tokens)+1 {
			return s, fmt.Errorf("%s:%d: word id %q, want %d", r.name, r.line, cols[0], len(s.Tokens)+1)
		}
		t := Token{
			Form: cols[1], Lemma: field(cols[2]), UPOS: field(cols[3]), XPOS: field(cols[4]),
			Feats: field(cols[5]), DepRel: field(cols[7]), Deps: field(cols[8]), Misc: field(cols[9]),
		}
		if cols[6] != "_" {
			if t.Head, err = strconv.Atoi(cols[6]); err != nil || t.Head < 0 {
				return s, fmt.Errorf("%s:%d: head %q: not a word id", r.name, r.line, cols[6])
			}
		}
		s.Tokens = append(s.Tokens, t)
	}
	if err := r.sc.Err(); err != nil {
		return s, fmt.Errorf("%s:%d: %w", r.name, r.line, err)
	}
	if started {
		return s, nil
	}
	return s, io.EOF
}

// field maps CoNLL-U's "_" (absent) to "".
func field(s string) string {
	if s == "_" {
		return ""
	}
	return s
}

// ReadCoNLLU reads all sentences of a CoNLL-U stream.
func ReadCoNLLU(r io.Reader, name string) ([]Sentence, error) {
	rd := NewReader(r, name)
	var out []Sentence
	for {
		s, err := rd.Next()
		if err == io.EOF {
			return out, nil
		}
		if err != nil {
			return out, err
		}
		out = append(out, s)
	}
}

// WriteCoNLLU writes one sentence in CoNLL-U, followed by a blank line.
// Empty fields are written as "_"; a word without a head relation is
// written with HEAD and DEPREL "_".
func WriteCoNLLU(w io.Writer, s *Sentence) error {
	b := make([]byte, 0, 64*(len(s.Tokens)+len(s.Comments)+1))
	for _, c := range s.Comments {
		b = append(b, "# "...)
		b = append(b, c...)
		b = append(b, '\n')
	}
	x := 0
	for i := 0; i <= len(s.Tokens); i++ {
		for x < len(s.Extras) && s.Extras[x].Before <= i {
			b = append(b, s.Extras[x].Line...)
			b = append(b, '\n')
			x++
		}
		if i == len(s.Tokens) {
			break
		}
		t := &s.Tokens[i]
		b = strconv.AppendInt(b, int64(i+1), 10)
		for _, f := range [...]string{t.Form, t.Lemma, t.UPOS, t.XPOS, t.Feats} {
			b = appendField(b, f)
		}
		b = append(b, '\t')
		if t.DepRel == "" && t.Head == 0 {
			b = append(b, '_')
		} else {
			b = strconv.AppendInt(b, int64(t.Head), 10)
		}
		for _, f := range [...]string{t.DepRel, t.Deps, t.Misc} {
			b = appendField(b, f)
		}
		b = append(b, '\n')
	}
	b = append(b, '\n')
	_, err := w.Write(b)
	return err
}

func appendField(b []byte, f string) []byte {
	b = append(b, '\t')
	if f == "" {
		return append(b, '_')
	}
	return append(b, f...)
}
