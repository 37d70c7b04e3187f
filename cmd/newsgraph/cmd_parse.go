package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"os"

	"newsgraph/extract"
	"newsgraph/extract/syntax"
)

func runParse(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet(e, "parse", "[FILE|-]",
		"Tag and parse text into Universal Dependencies trees, written as CoNLL-U with UPOS, XPOS,\n"+
			"HEAD and DEPREL filled. Plain text is split into sentences and words as the extractor does;\n"+
			"with --tokens the input is CoNLL-U whose words, sentence breaks, comments and multi-word\n"+
			"token lines are kept. Reads stdin without FILE or with -.")
	tokens := fs.Bool("tokens", false, "input is CoNLL-U: keep its words and sentences")
	keepTags := fs.Bool("keep-tags", false, "with --tokens, parse with the file's UPOS/XPOS instead of tagging")
	paths, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(paths) > 1 {
		fs.Usage()
		return fmt.Errorf("%w: at most one FILE", errUsage)
	}
	if *keepTags && !*tokens {
		return fmt.Errorf("%w: --keep-tags needs --tokens", errUsage)
	}
	var in io.Reader = os.Stdin
	name := "stdin"
	if len(paths) == 1 && paths[0] != "-" {
		f, err := os.Open(paths[0])
		if err != nil {
			return fmt.Errorf("parse: %w", err)
		}
		defer f.Close()
		in, name = f, paths[0]
	}
	p, err := syntax.Load()
	if err != nil {
		return err
	}
	w := bufio.NewWriter(e.stdout)
	if *tokens {
		err = parseCoNLLU(ctx, p, in, name, w, *keepTags)
	} else {
		err = parseText(ctx, p, in, name, w)
	}
	if ferr := w.Flush(); err == nil && ferr != nil {
		err = fmt.Errorf("writing output: %w", ferr)
	}
	return err
}

// parseCoNLLU re-tags and re-parses each sentence of a CoNLL-U stream.
func parseCoNLLU(ctx context.Context, p *syntax.Parser, in io.Reader, name string, w io.Writer, keepTags bool) error {
	rd := syntax.NewReader(in, name)
	for {
		if err := ctx.Err(); err != nil {
			return err
		}
		s, err := rd.Next()
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return fmt.Errorf("parse: %w", err)
		}
		for i := range s.Tokens {
			t := &s.Tokens[i]
			t.Head, t.DepRel, t.Deps = 0, "", "" // the old graph does not fit the new tree
			if !keepTags {
				t.UPOS, t.XPOS = "", ""
			}
		}
		if err := p.ParseSentence(&s, syntax.Options{KeepTags: keepTags}); err != nil {
			return fmt.Errorf("parse %s: sentence of %d words: %w", name, len(s.Tokens), err)
		}
		if err := syntax.WriteCoNLLU(w, &s); err != nil {
			return fmt.Errorf("writing output: %w", err)
		}
	}
}

// parseText splits plain text into sentences and words and parses each.
func parseText(ctx context.Context, p *syntax.Parser, in io.Reader, name string, w io.Writer) error {
	text, err := io.ReadAll(in)
	if err != nil {
		return fmt.Errorf("parse: reading %s: %w", name, err)
	}
	for i, sent := range extract.Sentences(string(text)) {
		if err := ctx.Err(); err != nil {
			return err
		}
		words, err := extract.Words(sent)
		if err != nil {
			return fmt.Errorf("parse %s: sentence %d: %w", name, i+1, err)
		}
		// A run-on "sentence" longer than the parser takes (a table, a list
		// without stops) is parsed in pieces.
		for part := 0; len(words) > 0; part++ {
			chunk := words[:min(len(words), syntax.MaxWords)]
			words = words[len(chunk):]
			s, err := p.Parse(chunk)
			if err != nil {
				return fmt.Errorf("parse %s: sentence %d: %w", name, i+1, err)
			}
			s.Comments = []string{fmt.Sprintf("sent_id = %d", i+1)}
			if part > 0 {
				s.Comments[0] += fmt.Sprintf(".%d", part+1)
			} else {
				s.Comments = append(s.Comments, "text = "+sent)
			}
			if err := syntax.WriteCoNLLU(w, &s); err != nil {
				return fmt.Errorf("writing output: %w", err)
			}
		}
	}
	return nil
}
