// Command parser trains the tagger and dependency parser of extract/syntax
// on UD English EWT and writes the compressed model; with the default
// flags it rebuilds the committed model byte for byte:
//
//	go run ./internal/train/parser -ud ../shared/ud -out extract/syntax/model.bin.gz
//
// With -pred DIR it also writes the parses of the dev and test files (own
// tags and gold tags) and of any -extra CoNLL-U files for ud_eval.py.
// Training is deterministic: the same flags give the same bytes.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"os"
	"os/signal"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"time"

	"newsgraph/extract/syntax"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	if err := run(ctx, os.Args[1:]); err != nil {
		fmt.Fprintln(os.Stderr, "train parser:", err)
		os.Exit(1)
	}
}

func run(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("parser", flag.ContinueOnError)
	ud := fs.String("ud", "../shared/ud", "directory with en_ewt-ud-{train,dev,test}.conllu")
	out := fs.String("out", "extract/syntax/model.bin.gz", "model file to write")
	pred := fs.String("pred", "", "directory to write dev/test parses into (optional)")
	extra := fs.String("extra", "", "comma-separated CoNLL-U files or directories to parse into -pred as well")
	tagIters := fs.Int("tag-iters", 6, "tagger epochs")
	parseIters := fs.Int("parse-iters", 20, "parser epochs")
	tagFolds := fs.Int("tag-folds", 0, "above 1: add a second tagger pass reading the first pass's right-context tags, trained on first-pass tags jackknifed over this many folds")
	folds := fs.Int("folds", 5, "jackknife folds for the parser's training tags (1: gold tags)")
	seed := fs.Uint64("seed", 1, "random seed")
	beam := fs.Int("beam", 8, "beam width (1: greedy with a dynamic oracle)")
	save := fs.String("save", "", "with -eval-only, write the (pruned) model here")
	prune := fs.Int("prune", 300, "drop parser feature rows whose largest weight (int16 scale) is below this (0: keep all)")
	tagPrune := fs.Int("tag-prune", 0, "drop tagger feature rows whose largest weight (int16 scale) is below this (0: keep all)")
	modelBeam := fs.Int("model-beam", 0, "beam width stored in the model for decoding (0: the training width)")
	decodeBeam := fs.Int("decode-beam", 0, "beam width for the parses written to -pred (0: the model's)")
	evalOnly := fs.Bool("eval-only", false, "skip training; parse with the model in -out")
	withProse := fs.Bool("prose", false, "with -pred, also parse with prose's tags (DIR/NAME.prose.conllu)")
	extraTrain := fs.String("extra-train", "", "directory of GUM CoNLL-U files (GUM's dep/) to train on as well, filtered by -extra-genres and -holdout")
	extraGenres := fs.String("extra-genres", defaultExtraGenres, "comma-separated GUM genres taken from -extra-train (never news)")
	extraTag := fs.Bool("extra-tag", false, "let the tagger learn from -extra-train too (default: the parser only, so tags stay EWT's)")
	extraTagOnly := fs.Bool("extra-tag-only", false, "let only the tagger learn from -extra-train: the parser trains on EWT's trees alone")
	replaceTagger := fs.String("replace-tagger", "", "retrain only the tagger of the model in -out and write the result to this file (the parser is kept; a quick look at a tagger change)")
	holdout := fs.String("holdout", "../shared/eval/gum-news/conllu", "comma-separated CoNLL-U files or directories whose sentences are never trained on")
	quoteParity := fs.Bool("quote-parity", false, "give the tagger features for whether a double quotation mark opens or closes (odd or even number before it)")
	plain := fs.Bool("plain", false, "read typographic quotes and dashes in the training words as ASCII, as the parser reads them at run time")
	extraRepeat := fs.Int("extra-repeat", 1, "give each -extra-train sentence this many times per epoch (weights GUM against EWT)")
	seeds := fs.String("seeds", "", "comma-separated seeds: train one model per seed (concurrently), each pruned by -prune, and sum them into one (-merge's ensemble); overrides -seed")
	ewtSeeds := fs.String("ewt-seeds", "", "with -seeds: also train one model per seed on EWT alone (no -extra-train), with the same tag classes, and sum it in")
	saveMembers := fs.String("save-members", "", "with -seeds: also write each member model into this directory (member-N.bin.gz)")
	merge := fs.String("merge", "", "with -eval-only: comma-separated model files (same data, other seeds) to sum into one model, written to -save")
	tagOnly := fs.Bool("tag-only", false, "train only the tagger and print its UPOS/XPOS accuracy on EWT dev and on every 5th -extra-train document (those documents then left out of training); writes no model")
	if err := fs.Parse(args); err != nil {
		return err
	}
	compactOpt := syntax.CompactOptions{MinWeight: *prune, Beam: *modelBeam, MinTagWeight: *tagPrune}
	read := func(name string) ([]syntax.Sentence, error) {
		f, err := os.Open(name)
		if err != nil {
			return nil, err
		}
		defer f.Close()
		return syntax.ReadCoNLLU(f, name)
	}
	var modelBytes []byte
	if *evalOnly {
		var b []byte
		var err error
		if *merge != "" {
			var models [][]byte
			for _, name := range strings.Split(*merge, ",") {
				mb, err := os.ReadFile(name)
				if err != nil {
					return err
				}
				models = append(models, mb)
			}
			if b, err = syntax.Merge(models, compactOpt); err != nil {
				return err
			}
		} else if b, err = os.ReadFile(*out); err != nil {
			return err
		} else if *prune > 0 || *modelBeam > 0 || *tagPrune > 0 {
			if b, err = syntax.Compact(b, compactOpt); err != nil {
				return err
			}
		}
		modelBytes = b
		if *save != "" {
			if err := os.WriteFile(*save, b, 0o644); err != nil {
				return err
			}
		}
	} else {
		train, err := read(filepath.Join(*ud, "en_ewt-ud-train.conllu"))
		if err != nil {
			return err
		}
		var parseExtra, tagExtra, extraDev []syntax.Sentence
		ewtTrain := train
		var repeat []int
		if *extraTrain != "" {
			var held []syntax.Sentence
			for _, name := range expand(*holdout) {
				s, err := read(name)
				if err != nil {
					return err
				}
				held = append(held, s...)
			}
			extra, docOf, st, err := readExtra(*extraTrain, strings.Split(*extraGenres, ","), train, held)
			if err != nil {
				return err
			}
			fmt.Fprintf(os.Stderr, "extra training data: %s\n", st)
			if *tagOnly {
				var kept []syntax.Sentence
				for i, s := range extra {
					if docOf[i]%5 == 4 {
						extraDev = append(extraDev, s)
					} else {
						kept = append(kept, s)
					}
				}
				extra = kept
			}
			switch {
			case *extraTagOnly:
				tagExtra = extra
			case *extraTag:
				train = append(train, extra...)
			default:
				parseExtra = extra
			}
			if *extraRepeat > 1 && !*extraTagOnly {
				repeat = make([]int, len(train)+len(parseExtra))
				for i := len(train) + len(parseExtra) - len(extra); i < len(repeat); i++ {
					repeat[i] = *extraRepeat
				}
			}
		}
		if *plain {
			for _, ss := range [][]syntax.Sentence{train, parseExtra, tagExtra} {
				plainForms(ss)
			}
		}
		start := time.Now()
		if *replaceTagger != "" {
			old, err := os.ReadFile(*out)
			if err != nil {
				return err
			}
			b, err := syntax.ReplaceTagger(ctx, old, syntax.TrainOptions{Train: train, TagExtra: tagExtra, TagIters: *tagIters, TagFolds: *tagFolds, Seed: *seed, QuoteParity: *quoteParity})
			if err != nil {
				return err
			}
			return os.WriteFile(*replaceTagger, b, 0o644)
		}
		if *tagOnly {
			dev, err := read(filepath.Join(*ud, "en_ewt-ud-dev.conllu"))
			if err != nil {
				return err
			}
			upos, xpos, err := syntax.TagAccuracy(ctx, syntax.TrainOptions{Train: train, TagExtra: tagExtra, TagIters: *tagIters, TagFolds: *tagFolds, Seed: *seed, QuoteParity: *quoteParity}, [][]syntax.Sentence{dev, extraDev})
			if err != nil {
				return err
			}
			fmt.Printf("EWT dev UPOS %.2f XPOS %.2f; GUM dev docs (%d sentences) UPOS %.2f XPOS %.2f (%s)\n",
				upos[0], xpos[0], len(extraDev), upos[1], xpos[1], time.Since(start).Round(time.Second))
			return nil
		}
		parseSeeds := func(flag, list string) ([]uint64, error) {
			var out []uint64
			for _, f := range strings.Split(list, ",") {
				v, err := strconv.ParseUint(strings.TrimSpace(f), 10, 64)
				if err != nil {
					return nil, fmt.Errorf("%s: %q: %w", flag, f, err)
				}
				out = append(out, v)
			}
			return out, nil
		}
		seedList := []uint64{*seed}
		if *seeds != "" {
			if seedList, err = parseSeeds("-seeds", *seeds); err != nil {
				return err
			}
		}
		// An ensemble's members must number tags alike: all take the classes
		// of the full training data in its frequency order (what a single
		// model computes for itself anyway).
		opts := make([]syntax.TrainOptions, 0, len(seedList))
		classes := syntax.TagClasses(train)
		for _, sd := range seedList {
			opts = append(opts, syntax.TrainOptions{
				Train: train, ParseExtra: parseExtra, TagExtra: tagExtra, Repeat: repeat, QuoteParity: *quoteParity, TagIters: *tagIters, TagFolds: *tagFolds, ParseIters: *parseIters, Folds: *folds, Seed: sd, Beam: *beam, Classes: classes,
			})
		}
		if *ewtSeeds != "" {
			if *seeds == "" {
				return errors.New("-ewt-seeds needs -seeds")
			}
			more, err := parseSeeds("-ewt-seeds", *ewtSeeds)
			if err != nil {
				return err
			}
			for _, sd := range more {
				opts = append(opts, syntax.TrainOptions{
					Train: ewtTrain, QuoteParity: *quoteParity, TagIters: *tagIters, TagFolds: *tagFolds, ParseIters: *parseIters, Folds: *folds, Seed: sd, Beam: *beam, Classes: classes,
				})
			}
		}
		members := make([][]byte, len(opts))
		errs := make([]error, len(opts))
		var wg sync.WaitGroup
		for i, o := range opts {
			wg.Add(1)
			go func() {
				defer wg.Done()
				if i == 0 {
					o.Log = os.Stderr // one member's progress; the others run alike
				}
				b, err := syntax.Train(ctx, o)
				if err == nil && (*prune > 0 || *modelBeam > 0 || *tagPrune > 0) {
					b, err = syntax.Compact(b, compactOpt)
				}
				if err != nil {
					err = fmt.Errorf("member %d (seed %d): %w", i+1, o.Seed, err)
				}
				members[i], errs[i] = b, err
			}()
		}
		wg.Wait()
		if err := errors.Join(errs...); err != nil {
			return err
		}
		if *saveMembers != "" {
			if err := os.MkdirAll(*saveMembers, 0o755); err != nil {
				return err
			}
			for i, mb := range members {
				if err := os.WriteFile(filepath.Join(*saveMembers, fmt.Sprintf("member-%d.bin.gz", i+1)), mb, 0o644); err != nil {
					return err
				}
			}
		}
		b := members[0]
		if len(members) > 1 {
			var err error
			if b, err = syntax.Merge(members, compactOpt); err != nil {
				return err
			}
		}
		if err := os.WriteFile(*out, b, 0o644); err != nil {
			return err
		}
		fmt.Fprintf(os.Stderr, "wrote %s: %d bytes in %s\n", *out, len(b), time.Since(start).Round(time.Second))
		modelBytes = b
	}
	if *pred == "" {
		return nil
	}
	p, err := syntax.LoadModel(modelBytes)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(*pred, 0o755); err != nil {
		return err
	}
	inputs := []string{filepath.Join(*ud, "en_ewt-ud-dev.conllu"), filepath.Join(*ud, "en_ewt-ud-test.conllu")}
	if *extra != "" {
		inputs = append(inputs, expand(*extra)...)
	}
	var pt *proseTagger
	if *withProse {
		if pt, err = newProseTagger(); err != nil {
			return err
		}
	}
	for _, in := range inputs {
		sents, err := read(in)
		if err != nil {
			return err
		}
		base := strings.TrimSuffix(filepath.Base(in), ".conllu")
		if err := parseAll(p, sents, nil, filepath.Join(*pred, base+".own.conllu"), *decodeBeam); err != nil {
			return err
		}
		gold := func(s, g *syntax.Sentence) error {
			for i := range s.Tokens {
				s.Tokens[i].UPOS, s.Tokens[i].XPOS = g.Tokens[i].UPOS, g.Tokens[i].XPOS
			}
			return nil
		}
		if err := parseAll(p, sents, gold, filepath.Join(*pred, base+".goldtags.conllu"), *decodeBeam); err != nil {
			return err
		}
		if pt != nil {
			withProse := func(s, _ *syntax.Sentence) error { return pt.tag(s) }
			if err := parseAll(p, sents, withProse, filepath.Join(*pred, base+".prose.conllu"), *decodeBeam); err != nil {
				return err
			}
		}
	}
	return nil
}

// expand turns a comma-separated list of CoNLL-U files and directories into
// file names, a directory's *.conllu files in sorted order.
func expand(list string) []string {
	var out []string
	for _, e := range strings.Split(list, ",") {
		if e == "" {
			continue
		}
		if fi, err := os.Stat(e); err == nil && fi.IsDir() {
			files, _ := filepath.Glob(filepath.Join(e, "*.conllu"))
			out = append(out, files...)
		} else {
			out = append(out, e)
		}
	}
	return out
}

// parseAll parses the words of gold into name; tags, when not nil, sets the
// tags the parser keeps.
func parseAll(p *syntax.Parser, gold []syntax.Sentence, tags func(s, g *syntax.Sentence) error, name string, decodeBeam int) error {
	f, err := os.Create(name)
	if err != nil {
		return err
	}
	for _, g := range gold {
		s := syntax.Sentence{Comments: g.Comments, Extras: g.Extras, Tokens: make([]syntax.Token, len(g.Tokens))}
		for i, t := range g.Tokens {
			s.Tokens[i] = syntax.Token{Form: t.Form, Lemma: t.Lemma}
		}
		if tags != nil {
			if err := tags(&s, &g); err != nil {
				f.Close()
				return fmt.Errorf("%s: %w", name, err)
			}
		}
		if err := p.ParseSentence(&s, syntax.Options{KeepTags: tags != nil, Beam: decodeBeam}); err != nil {
			f.Close()
			return fmt.Errorf("%s: %w", name, err)
		}
		if err := syntax.WriteCoNLLU(f, &s); err != nil {
			f.Close()
			return err
		}
	}
	return errors.Join(f.Close())
}

// plainForms reads the words of sents as the parser does at run time
// (syntax.Plain), so training and parsing see the same forms.
func plainForms(sents []syntax.Sentence) {
	for i := range sents {
		for j := range sents[i].Tokens {
			t := &sents[i].Tokens[j]
			t.Form = syntax.Plain(t.Form)
		}
	}
}
