package main

import (
	"context"
	"encoding/json"
	"fmt"
	"sort"
	"strings"
)

func runStats(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet(e, "stats", "",
		"Count what the store holds: entities by type, relations (distinct facts and their sources),\n"+
			"statements, documents, source sentences and quads.")
	sf := storeFlagsFor(fs)
	asJSON := fs.Bool("json", false, "print JSON instead of a table")
	rest, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(rest) > 0 {
		return fmt.Errorf("%w: stats takes no arguments (got %q)", errUsage, rest)
	}
	s, err := openReadOnly(ctx, sf)
	if err != nil {
		return err
	}
	defer s.Close()
	st, err := s.Stats(ctx)
	if err != nil {
		return err
	}
	if *asJSON {
		enc := json.NewEncoder(e.stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(st)
	}
	types := make([]string, 0, len(st.EntitiesByType))
	for t := range st.EntitiesByType {
		types = append(types, t)
	}
	sort.Slice(types, func(i, j int) bool {
		a, b := st.EntitiesByType[types[i]], st.EntitiesByType[types[j]]
		return a > b || a == b && types[i] < types[j]
	})
	var byType []string
	for _, t := range types {
		byType = append(byType, fmt.Sprintf("%s %d", t, st.EntitiesByType[t]))
	}
	fmt.Fprintf(e.stdout, "store       %s\n", s.Name())
	fmt.Fprintf(e.stdout, "documents   %d (%d source sentences)\n", st.Documents, st.Sentences)
	fmt.Fprintf(e.stdout, "entities    %d", st.Entities)
	if len(byType) > 0 {
		fmt.Fprintf(e.stdout, " (%s)", strings.Join(byType, ", "))
	}
	fmt.Fprintln(e.stdout)
	fmt.Fprintf(e.stdout, "relations   %d facts, %d sources\n", st.Relations, st.RelationSources)
	fmt.Fprintf(e.stdout, "statements  %d, %d sources\n", st.Statements, st.StatementSources)
	fmt.Fprintf(e.stdout, "quads       %d\n", st.Quads)
	return nil
}
