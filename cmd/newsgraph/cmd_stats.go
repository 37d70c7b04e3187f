package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"sort"
	"strings"

	"newsgraph/extract/record"
	"newsgraph/graph"
)

func runStats(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet(e, "stats", "",
		"Count what the store holds: entities by type, relations (distinct facts and their sources),\n"+
			"statements, documents, source sentences and quads. These are the counts build and demo\n"+
			"print too: an entity named in ten articles is one entity; the speaker \"unknown\" of\n"+
			"unattributed quotes is no entity; quads include the store's schema version.")
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
	st, err := storeCounts(ctx, s)
	if err != nil {
		return err
	}
	if *asJSON {
		enc := json.NewEncoder(e.stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(st)
	}
	fmt.Fprintf(e.stdout, "store       %s\n", s.Name())
	writeStoreCounts(e.stdout, st)
	fmt.Fprintf(e.stdout, "quads       %d\n", st.Quads)
	return nil
}

// storeCounts is the one count of each thing that stats, build and demo
// print: the store's, after merging (an entity in ten articles is one
// entity), without the placeholder "unknown" that the store keeps as the
// speaker of unattributed quotes, typed like a person.
func storeCounts(ctx context.Context, s *graph.Store) (graph.Stats, error) {
	st, err := s.Stats(ctx)
	if err != nil {
		return st, err
	}
	u, err := s.Entity(ctx, record.SpeakerUnknown)
	switch {
	case errors.Is(err, graph.ErrNotFound):
		return st, nil
	case err != nil:
		return st, err
	}
	st.Entities--
	if st.EntitiesByType[u.Type]--; st.EntitiesByType[u.Type] <= 0 {
		delete(st.EntitiesByType, u.Type)
	}
	return st, nil
}

// writeStoreCounts writes the documents, entities, relations and
// statements lines of stats.
func writeStoreCounts(w io.Writer, st graph.Stats) {
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
	fmt.Fprintf(w, "documents   %d (%d source sentences)\n", st.Documents, st.Sentences)
	fmt.Fprintf(w, "entities    %d", st.Entities)
	if len(byType) > 0 {
		fmt.Fprintf(w, " (%s)", strings.Join(byType, ", "))
	}
	fmt.Fprintln(w)
	fmt.Fprintf(w, "relations   %d facts, %d sources\n", st.Relations, st.RelationSources)
	fmt.Fprintf(w, "statements  %d, %d sources\n", st.Statements, st.StatementSources)
}
