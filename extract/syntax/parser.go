package syntax

import (
	"errors"
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
	p.m.tag(st, s, false)
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
	p.m.tag(st, s, opt.KeepTags)
	p.m.parse(st, s, opt.Beam)
	return nil
}

func (p *Parser) state() *state {
	if st, ok := p.pool.Get().(*state); ok {
		return st
	}
	return &state{}
}
