package graph

import (
	"context"
	"database/sql"
	"fmt"
	"strconv"
	"strings"
	"time"

	cgraph "github.com/cayleygraph/cayley/graph"
	graphlog "github.com/cayleygraph/cayley/graph/log"
	csql "github.com/cayleygraph/cayley/graph/sql"
	"github.com/cayleygraph/quad"
	"github.com/lib/pq"
)

// Bulk writes into the tables Cayley's SQL backend reads. Cayley inserts a
// node and a quad per statement (5.7k quads/s here); this writes the same
// rows — node hashes and value columns from Cayley's own csql.NodeValues,
// reference counts as its ApplyDeltas keeps them — with multi-row INSERTs,
// COPY and set-based DELETE/UPDATE, in one transaction. Cayley reads them as
// its own.

// maxParams keeps a statement under PostgreSQL's 65,535 bind parameters.
const maxParams = 60000

func (s *Store) pgApply(ctx context.Context, in []cgraph.Delta) error {
	if s.pgw == nil {
		return fmt.Errorf("%s: no connection for bulk writes", s.Name())
	}
	d := graphlog.SplitDeltas(in)
	tx, err := s.pgw.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	if err := pgWrite(ctx, tx, d); err != nil {
		tx.Rollback()
		return err
	}
	if err := tx.Commit(); err != nil {
		return err
	}
	// Cayley caches its quad and node counts; an empty ApplyDeltas is the
	// one way to tell it they changed.
	return s.qs.ApplyDeltas(nil, cgraph.IgnoreOpts{})
}

func pgWrite(ctx context.Context, tx *sql.Tx, d *graphlog.Deltas) error {
	// Nodes first (quads reference them by hash), grouped by the value
	// columns they fill.
	byType := map[csql.ValueType][][]any{}
	var order []csql.ValueType
	for _, n := range d.IncNode {
		key, vals, err := csql.NodeValues(csql.NodeHash{ValueHash: n.Hash}, n.Val)
		if err != nil {
			return err
		}
		if _, ok := byType[key]; !ok {
			order = append(order, key)
		}
		byType[key] = append(byType[key], append([]any{n.RefInc}, vals...))
	}
	for _, key := range order {
		rows := byType[key]
		cols := append([]string{"refs", "hash"}, key.Columns()...)
		if err := insertRows(ctx, tx, "INSERT INTO nodes("+strings.Join(cols, ", ")+") VALUES ", len(cols), rows,
			" ON CONFLICT (hash) DO UPDATE SET refs = nodes.refs + EXCLUDED.refs"); err != nil {
			return fmt.Errorf("inserting nodes: %w", err)
		}
	}
	if len(d.QuadAdd) > 0 {
		stmt, err := tx.PrepareContext(ctx, pq.CopyIn("quads", "subject_hash", "predicate_hash", "object_hash", "label_hash", "ts"))
		if err != nil {
			return fmt.Errorf("copying quads: %w", err)
		}
		now := time.Now()
		for _, q := range d.QuadAdd {
			row := make([]any, 0, 5)
			for _, dir := range quad.Directions {
				row = append(row, csql.NodeHash{ValueHash: q.Quad.Get(dir)}.SQLValue())
			}
			if _, err := stmt.ExecContext(ctx, append(row, now)...); err != nil {
				stmt.Close()
				return fmt.Errorf("copying quads: %w", err)
			}
		}
		if _, err := stmt.ExecContext(ctx); err != nil {
			stmt.Close()
			return fmt.Errorf("copying quads: %w", err)
		}
		if err := stmt.Close(); err != nil {
			return fmt.Errorf("copying quads: %w", err)
		}
	}
	if len(d.QuadDel) > 0 {
		var rows [][]any
		for _, q := range d.QuadDel {
			var row []any
			for _, dir := range quad.Directions {
				row = append(row, csql.NodeHash{ValueHash: q.Quad.Get(dir)}.SQLValue())
			}
			if row[3] == nil {
				return fmt.Errorf("deleting quads: an unlabelled quad")
			}
			rows = append(rows, row)
		}
		for start := 0; start < len(rows); start += maxParams / 4 {
			chunk := rows[start:min(start+maxParams/4, len(rows))]
			res, err := tx.ExecContext(ctx, "DELETE FROM quads q USING (VALUES "+placeholders(len(chunk), 4, "::bytea")+
				") v(s, p, o, l) WHERE q.subject_hash = v.s AND q.predicate_hash = v.p AND q.object_hash = v.o AND q.label_hash = v.l",
				flatten(chunk)...)
			if err != nil {
				return fmt.Errorf("deleting quads: %w", err)
			}
			if n, err := res.RowsAffected(); err != nil || int(n) != len(chunk) {
				// Strict, as Cayley's ApplyDeltas: a missing quad is a bug.
				return fmt.Errorf("deleting quads: %d of %d found (%v): %w", n, len(chunk), err, cgraph.ErrQuadNotExist)
			}
		}
	}
	if len(d.DecNode) > 0 {
		var rows [][]any
		var hashes [][]byte
		for _, n := range d.DecNode {
			h := csql.NodeHash{ValueHash: n.Hash}.SQLValue().([]byte)
			rows = append(rows, []any{n.RefInc, h})
			hashes = append(hashes, h)
		}
		for start := 0; start < len(rows); start += maxParams / 2 {
			chunk := rows[start:min(start+maxParams/2, len(rows))]
			if _, err := tx.ExecContext(ctx, "UPDATE nodes SET refs = nodes.refs + v.d FROM (VALUES "+
				placeholders(len(chunk), 2, "::int", "::bytea")+") v(d, h) WHERE nodes.hash = v.h", flatten(chunk)...); err != nil {
				return fmt.Errorf("updating node references: %w", err)
			}
		}
		// Only the nodes that lost references can have none left: no scan
		// of the whole table as Cayley does.
		if _, err := tx.ExecContext(ctx, "DELETE FROM nodes WHERE hash = ANY($1) AND refs <= 0", pq.ByteaArray(hashes)); err != nil {
			return fmt.Errorf("removing unused nodes: %w", err)
		}
	}
	return nil
}

// insertRows runs prefix VALUES (...),(...) suffix over rows in chunks.
func insertRows(ctx context.Context, tx *sql.Tx, prefix string, width int, rows [][]any, suffix string) error {
	per := maxParams / width
	for start := 0; start < len(rows); start += per {
		chunk := rows[start:min(start+per, len(rows))]
		if _, err := tx.ExecContext(ctx, prefix+placeholders(len(chunk), width)+suffix, flatten(chunk)...); err != nil {
			return err
		}
	}
	return nil
}

// placeholders writes n rows of width parameters: ($1,$2),($3,$4)...; casts,
// when given, apply to the columns in order (the last one to the rest).
func placeholders(n, width int, casts ...string) string {
	var b strings.Builder
	p := 1
	for i := 0; i < n; i++ {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteByte('(')
		for j := 0; j < width; j++ {
			if j > 0 {
				b.WriteByte(',')
			}
			b.WriteByte('$')
			b.WriteString(strconv.Itoa(p))
			p++
			if len(casts) > 0 {
				b.WriteString(casts[min(j, len(casts)-1)])
			}
		}
		b.WriteByte(')')
	}
	return b.String()
}

func flatten(rows [][]any) []any {
	var out []any
	for _, r := range rows {
		out = append(out, r...)
	}
	return out
}
