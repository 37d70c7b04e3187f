package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	if err := run(ctx, os.Args[1:], os.Stderr); err != nil {
		fmt.Fprintf(os.Stderr, "gen: %v\n", err)
		os.Exit(1)
	}
}

func run(ctx context.Context, args []string, stderr io.Writer) error {
	fs := flag.NewFlagSet("gen", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var o Options
	corpusDir := fs.String("corpus", "../shared/corpus", "folder of .txt articles whose sentences are reused")
	out := fs.String("o", "", "output folder (created; must not hold articles already)")
	fs.IntVar(&o.Articles, "n", 10000, "number of articles")
	fs.Uint64Var(&o.Seed, "seed", 1, "random seed")
	fs.IntVar(&o.MinSentences, "min", 20, "fewest sentences per article")
	fs.IntVar(&o.MaxSentences, "max", 40, "most sentences per article")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *out == "" {
		fs.Usage()
		return fmt.Errorf("-o DIR is required")
	}
	src, err := LoadCorpus(*corpusDir)
	if err != nil {
		return err
	}
	n, err := WriteArchive(ctx, *out, src, o)
	if err != nil {
		return err
	}
	fmt.Fprintf(stderr, "gen: wrote %d articles (%d source sentences, %d entity words) to %s\n", n, len(src.Sentences), len(src.Entities), *out)
	return nil
}
