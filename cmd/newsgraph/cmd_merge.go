package main

import (
	"context"
	"flag"
	"fmt"
	"io"

	"newsgraph/graph"
	"newsgraph/queries"
)

// Corrections to linking, and facts marked wrong: recorded in the store (graph.Override), so that
// every later build, and a rebuild from the same articles, keeps them.

func runMerge(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet(e, "merge", "A B",
		"Record that entities A and B are one: B's references go to A, which keeps its id and name; B's\n"+
			"names become aliases. Every stored article that names B is rewritten in one transaction, and\n"+
			"later builds keep the merge. A and B are names, aliases or ids.")
	return correct(ctx, e, fs, 2, func(s *graph.Store, ents []graph.Entity, _ []string) (graph.LoadStats, error) {
		return s.Merge(ctx, ents[0].ID, ents[1].ID)
	})(args)
}

func runSplit(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet(e, "split", "X NAME",
		"Record that the references named NAME which linked to entity X are another entity (two people\n"+
			"who share a surname): they get an entity of their own, in every stored article and every\n"+
			"later build.")
	return correct(ctx, e, fs, 1, func(s *graph.Store, ents []graph.Entity, rest []string) (graph.LoadStats, error) {
		return s.Split(ctx, ents[0].ID, rest[0])
	})(args)
}

func runRetype(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet(e, "retype", "X TYPE",
		"Record that entity X has type TYPE (PERSON, ORG, GPE, LOC, ...), in every stored article and\n"+
			"every later build.")
	return correct(ctx, e, fs, 1, func(s *graph.Store, ents []graph.Entity, rest []string) (graph.LoadStats, error) {
		return s.Retype(ctx, ents[0].ID, rest[0])
	})(args)
}

func runWrong(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet(e, "wrong", "SUBJECT PREDICATE OBJECT | --statement ID",
		"Record that a fact is wrong: the relation SUBJECT PREDICATE OBJECT (entities by name, alias or\n"+
			"id; PREDICATE the lemma, as query between prints it) or the statement ID (its id in query's\n"+
			"JSON). It leaves every query and export, in every stored article and every later build; with\n"+
			"--doc only as that article reports it (--sentence: that sentence).")
	stmt := fs.String("statement", "", "the statement `ID` that is wrong")
	doc := fs.String("doc", "", "only as this document reports it")
	sentence := fs.Int("sentence", -1, "only as this sentence of --doc reports it (from 0)")
	sf := storeFlagsFor(fs)
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if want := map[bool]int{true: 0, false: 3}[*stmt != ""]; len(pos) != want {
		fs.Usage()
		return fmt.Errorf("%w: want SUBJECT PREDICATE OBJECT or --statement ID, got %d argument(s)", errUsage, len(pos))
	}
	if *sentence >= 0 && *doc == "" {
		return usageErrorf("wrong: --sentence needs --doc")
	}
	s, err := openStore(ctx, sf, false)
	if err != nil {
		return err
	}
	defer s.Close()
	w := graph.Wrong{Statement: *stmt, Doc: *doc}
	if *sentence >= 0 {
		w.Sentence = sentence
	}
	if len(pos) == 3 {
		subj, err := queries.Resolve(ctx, s, pos[0])
		if err != nil {
			return err
		}
		obj, err := queries.Resolve(ctx, s, pos[2])
		if err != nil {
			return err
		}
		w.Subject, w.Predicate, w.Object = subj.ID, pos[1], obj.ID
	}
	st, err := s.MarkWrong(ctx, w)
	if err != nil {
		return err
	}
	writeCorrection(e.stdout, s.Name(), st)
	return nil
}

// correct parses "ENTITY... [ARG]" (entities resolved like query does),
// runs fn on the store and reports what it rewrote.
func correct(ctx context.Context, e *env, fs *flag.FlagSet, nEnt int, fn func(*graph.Store, []graph.Entity, []string) (graph.LoadStats, error)) func([]string) error {
	return func(args []string) error {
		sf := storeFlagsFor(fs)
		pos, err := parseFlags(fs, args)
		if err != nil {
			return err
		}
		want := 2
		if len(pos) != want {
			fs.Usage()
			return fmt.Errorf("%w: want %d arguments, got %d", errUsage, want, len(pos))
		}
		s, err := openStore(ctx, sf, false)
		if err != nil {
			return err
		}
		defer s.Close()
		ents := make([]graph.Entity, nEnt)
		for i := range ents {
			if ents[i], err = queries.Resolve(ctx, s, pos[i]); err != nil {
				return err
			}
		}
		st, err := fn(s, ents, pos[nEnt:])
		if err != nil {
			return err
		}
		writeCorrection(e.stdout, s.Name(), st)
		return nil
	}
}

func writeCorrection(w io.Writer, store string, st graph.LoadStats) {
	fmt.Fprintf(w, "store       %s\n", store)
	fmt.Fprintf(w, "recorded    (kept by later builds)\n")
	fmt.Fprintf(w, "relinked    %d stored article(s)\n", st.Relinked)
	fmt.Fprintf(w, "quads       +%d added, -%d removed\n", st.QuadsAdded, st.QuadsRemoved)
}
