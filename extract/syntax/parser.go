package syntax

import (
	"errors"
	"strings"
	"sync"
)

// Parser tags and parses sentences with the embedded model. It is safe for
// concurrent use; the model is decoded once, on first use.
type Parser struct {
	once sync.Once
	err  error
	m    *model
	pool sync.Pool // *state scratch buffers, reused across sentences
}

// ErrTooLong is returned for sentences longer than MaxWords.
var ErrTooLong = errors.New("syntax: sentence too long")

// MaxWords is the longest sentence the parser accepts.
const MaxWords = 1000

// New returns a parser whose model is decoded on first use.
func New() *Parser { return &Parser{} }

// Load returns a parser with the embedded model decoded.
func Load() (*Parser, error) {
	p := New()
	if err := p.load(); err != nil {
		return nil, err
	}
	return p, nil
}

func (p *Parser) load() error {
	p.once.Do(func() {
		p.m, p.err = decodeModel(embeddedModel)
	})
	return p.err
}

// Parse tags and parses one sentence of words.
func (p *Parser) Parse(words []string) (Sentence, error) {
	s := Sentence{Tokens: make([]Token, len(words))}
	for i, w := range words {
		s.Tokens[i].Form = w
	}
	err := p.ParseSentence(&s, Options{})
	return s, err
}

// Tag fills UPOS and XPOS of the sentence's words.
func (p *Parser) Tag(s *Sentence) error {
	if err := p.load(); err != nil {
		return err
	}
	if len(s.Tokens) > MaxWords {
		return ErrTooLong
	}
	st := p.state()
	defer p.pool.Put(st)
	w := plainCopy(s)
	p.m.tag(st, w, false)
	if w != s {
		for i := range s.Tokens {
			s.Tokens[i].UPOS, s.Tokens[i].XPOS = w.Tokens[i].UPOS, w.Tokens[i].XPOS
		}
	}
	return nil
}

// ParseSentence fills the tags (unless opt.KeepTags), heads and relations of
// the sentence's words in place.
func (p *Parser) ParseSentence(s *Sentence, opt Options) error {
	if err := p.load(); err != nil {
		return err
	}
	if len(s.Tokens) > MaxWords {
		return ErrTooLong
	}
	if len(s.Tokens) == 0 {
		return nil
	}
	st := p.state()
	defer p.pool.Put(st)
	w := plainCopy(s)
	p.m.tag(st, w, opt.KeepTags)
	p.m.parse(st, w, opt.Beam)
	if w != s {
		for i := range s.Tokens {
			t, u := &s.Tokens[i], &w.Tokens[i]
			t.UPOS, t.XPOS, t.Head, t.DepRel = u.UPOS, u.XPOS, u.Head, u.DepRel
		}
	}
	return nil
}

// PlainRune maps typographic quotes and dashes to their ASCII forms, the
// forms that dominate the training text (EWT has about 200 typographic
// quotes and dashes among 200,000 words), so "“" is read as the well-known
// '"'. prose's tokenizer emits the same forms.
func PlainRune(r rune) rune {
	switch r {
	case '“', '”', '„', '‟', '″':
		return '"'
	case '‘', '’', '‚', '‛', '′':
		return '\''
	case '–', '—', '‑':
		return '-'
	}
	return r
}

// Plain returns w with typographic quotes and dashes read as ASCII.
func Plain(w string) string {
	return strings.Map(PlainRune, w)
}

// plainCopy returns s itself when none of its words has a typographic quote
// or dash (no allocation), else a copy whose forms are Plain.
func plainCopy(s *Sentence) *Sentence {
	need := false
	for i := range s.Tokens {
		if strings.IndexFunc(s.Tokens[i].Form, func(r rune) bool { return PlainRune(r) != r }) >= 0 {
			need = true
			break
		}
	}
	if !need {
		return s
	}
	c := &Sentence{Tokens: append([]Token(nil), s.Tokens...)}
	for i := range c.Tokens {
		c.Tokens[i].Form = Plain(c.Tokens[i].Form)
	}
	return c
}

func (p *Parser) state() *state {
	if st, ok := p.pool.Get().(*state); ok {
		return st
	}
	return &state{quotes: true}
}
