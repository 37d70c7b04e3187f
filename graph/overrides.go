package graph

import (
	"context"
	"encoding/json"
	"fmt"
	"sort"

	"github.com/cayleygraph/quad"

	"newsgraph/extract/record"
)

// PredOverride carries one correction an analyst made to linking, on
// <newsgraph>, labelled <meta>: a JSON object {"seq":n,"op":...}.
const PredOverride = quad.IRI("ng:override")

// Override operations.
const (
	OpMerge  = "merge"  // Into absorbs ID: every reference to ID goes to Into, named Name
	OpSplit  = "split"  // references named Name that link to ID get an entity of their own
	OpRetype = "retype" // ID gets type Type
	// OpWrong (wrong.go): a fact is wrong.
)

// Override is one recorded correction. Corrections apply after linking, in
// the order they were made, to every load that follows, so rebuilding the
// store from its articles keeps them.
type Override struct {
	Seq  int    `json:"seq"`
	Op   string `json:"op"`
	ID   string `json:"id"`
	Into string `json:"into,omitempty"`
	Name string `json:"name,omitempty"`
	Type string `json:"type,omitempty"`
	// A fact marked wrong (OpWrong): ID is the relation's subject or the
	// statement's speaker; Content the statement's contentKey.
	Predicate string `json:"predicate,omitempty"`
	Object    string `json:"object,omitempty"`
	Content   string `json:"content,omitempty"`
	Doc       string `json:"doc,omitempty"`
	Sentence  *int   `json:"sentence,omitempty"`
	// docs are the stored documents a new OpWrong changes (not recorded).
	docs []string
}

type overrides []Override

// apply turns what linking resolved reference k to into what the analyst
// decided.
func (ov overrides) apply(k linkRef, id, name string) (string, string) {
	for _, o := range ov {
		switch o.Op {
		case OpMerge:
			if id == o.ID {
				id, name = o.Into, o.Name
			}
		case OpSplit:
			if id == o.ID && record.Slug(k.Name) == record.Slug(o.Name) {
				id, name = record.Slug(o.Name), k.Name
			}
		}
	}
	return id, name
}

// retype applies the recorded type corrections to a linked result.
func (ov overrides) retype(res *record.Result) {
	types := map[string]string{}
	for _, o := range ov {
		if o.Op == OpRetype {
			types[o.ID] = o.Type
		}
	}
	if len(types) == 0 {
		return
	}
	fix := func(r *record.Ref) {
		if r != nil {
			if t, ok := types[r.ID]; ok {
				r.Type = t
			}
		}
	}
	for i := range res.Entities {
		if t, ok := types[res.Entities[i].ID]; ok {
			res.Entities[i].Type = t
		}
	}
	for i := range res.Relations {
		fix(&res.Relations[i].Subject)
		fix(&res.Relations[i].Object)
		fix(res.Relations[i].AttributedTo)
	}
	for i := range res.Statements {
		fix(&res.Statements[i].Speaker)
		for j := range res.Statements[i].About {
			fix(&res.Statements[i].About[j])
		}
	}
}

func (o Override) quad() quad.Quad {
	b, _ := json.Marshal(o)
	return quad.Make(MetaNode, PredOverride, quad.String(string(b)), MetaLabel)
}

// readOverrides returns the recorded corrections in the order they were made.
func (s *Store) readOverrides(ctx context.Context) (overrides, error) {
	var out overrides
	err := s.eachQuad(ctx, quad.Subject, MetaNode, func(q quad.Quad) error {
		if q.Predicate != PredOverride {
			return nil
		}
		var o Override
		if err := json.Unmarshal([]byte(Text(q.Object)), &o); err != nil {
			return fmt.Errorf("%s: %w: override %v: %v", s.Name(), ErrCorrupt, q.Object, err)
		}
		out = append(out, o)
		return nil
	})
	sort.SliceStable(out, func(i, j int) bool { return out[i].Seq < out[j].Seq })
	return out, err
}

// Overrides lists the corrections recorded in the store, oldest first.
func (s *Store) Overrides(ctx context.Context) ([]Override, error) {
	defer s.readLock()()
	return s.readOverrides(ctx)
}

// Merge records that entity id is the same as entity into and relinks every
// document that names it, in one transaction. into keeps its id and name; id's
// names become its aliases.
func (s *Store) Merge(ctx context.Context, into, id string) (LoadStats, error) {
	if into == id {
		return LoadStats{}, fmt.Errorf("merge: %s with itself", id)
	}
	target, err := s.Entity(ctx, into)
	if err != nil {
		return LoadStats{}, fmt.Errorf("merge: %w", err)
	}
	if _, err := s.Entity(ctx, id); err != nil {
		return LoadStats{}, fmt.Errorf("merge: %w", err)
	}
	return s.change(ctx, nil, Override{Op: OpMerge, ID: id, Into: into, Name: target.Name}, "")
}

// Split records that the references named name which link to entity id name
// another entity, and relinks the documents concerned.
func (s *Store) Split(ctx context.Context, id, name string) (LoadStats, error) {
	if record.Slug(name) == "" {
		return LoadStats{}, fmt.Errorf("split: empty name")
	}
	if _, err := s.Entity(ctx, id); err != nil {
		return LoadStats{}, fmt.Errorf("split: %w", err)
	}
	return s.change(ctx, nil, Override{Op: OpSplit, ID: id, Name: name}, "")
}

// Retype records that entity id has type typ (PERSON, ORG, GPE, ...).
func (s *Store) Retype(ctx context.Context, id, typ string) (LoadStats, error) {
	if typ == "" {
		return LoadStats{}, fmt.Errorf("retype: empty type")
	}
	if _, err := s.Entity(ctx, id); err != nil {
		return LoadStats{}, fmt.Errorf("retype: %w", err)
	}
	return s.change(ctx, nil, Override{Op: OpRetype, ID: id, Type: typ}, "")
}
