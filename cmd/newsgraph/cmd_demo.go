package main

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"io/fs"
	"path"
	"path/filepath"
	"strings"
	"time"

	"newsgraph/examples"
	"newsgraph/export"
	"newsgraph/extract"
	"newsgraph/extract/read"
	"newsgraph/extract/record"
	"newsgraph/graph"
)

func runDemo(ctx context.Context, e *env, args []string) error {
	flags := newFlagSet(e, "demo", "",
		"Build a graph from the example articles built into newsgraph (a made-up fishing dispute, as\n"+
			".txt, .md and .html) in an in-memory store, print what was found, and draw the map.")
	out := flags.String("o", "demo.svg", "where to write the map; the extension decides the format (.svg, .png, .dot)")
	if _, err := parseFlags(flags, args); err != nil {
		return err
	}
	// The same rule as export: demo.png is a PNG, never SVG under a .png name.
	format, ok := map[string]string{".svg": "svg", ".png": "png", ".dot": "dot", ".gv": "dot"}[strings.ToLower(filepath.Ext(*out))]
	if !ok {
		return usageErrorf("demo draws a map: -o %s must end in .svg, .png or .dot", *out)
	}
	docs, err := exampleDocuments()
	if err != nil {
		return err
	}
	x, err := extract.New(extract.Options{})
	if err != nil {
		return err
	}
	results, err := x.ExtractAll(ctx, docs, extract.RunOptions{})
	if err != nil {
		return err
	}
	s, err := graph.Open(ctx, graph.Config{Backend: graph.BackendMemory})
	if err != nil {
		return err
	}
	defer s.Close()
	before, err := s.Count(ctx)
	if err != nil {
		return err
	}
	st, err := s.LoadBatch(ctx, results)
	if err != nil {
		return err
	}
	after, err := s.Count(ctx)
	if err != nil {
		return err
	}
	counts, err := storeCounts(ctx, s)
	if err != nil {
		return err
	}
	var ext buildCounts
	ext.add(results)
	writeBuildSummary(e.stdout, "memory (demo)", inputs{docs: docs}, 0, ext, st, before, after, counts)
	snap, err := s.Snapshot(ctx)
	if err != nil {
		return err
	}
	var buf bytes.Buffer
	opts := export.MapOptions{Title: "newsgraph demo: " + fmt.Sprint(len(docs)) + " example articles", Date: time.Now().Format("2006-01-02")}
	draw := map[string]func(context.Context, io.Writer, *graph.Snapshot, export.MapOptions) error{
		"svg": export.SVG, "png": export.PNG, "dot": export.DOT,
	}[format]
	if err := draw(ctx, &buf, snap, opts); err != nil {
		return fmt.Errorf("drawing the map: %w", err)
	}
	if err := export.WriteFile(*out, func(w io.Writer) error { _, err := w.Write(buf.Bytes()); return err }); err != nil {
		return fmt.Errorf("writing the map: %w", err)
	}
	sum, err := export.SummarizeMap(snap, opts)
	if err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "map         %s: %d of the %d entities, %d relations, %d statements (those linked to something drawn)\n",
		*out, sum.Entities, sum.Of, sum.Relations, sum.Statements)
	return nil
}

// exampleDocuments reads the articles embedded in the binary.
func exampleDocuments() ([]record.Document, error) {
	var docs []record.Document
	err := fs.WalkDir(examples.Articles, "articles", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := fs.ReadFile(examples.Articles, p)
		if err != nil {
			return fmt.Errorf("example %s: %w", p, err)
		}
		doc, err := read.Bytes(path.Base(p), data, read.Options{})
		if err != nil {
			return fmt.Errorf("example %s: %w", p, err)
		}
		docs = append(docs, doc)
		return nil
	})
	return docs, err
}
