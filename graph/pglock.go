package graph

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"fmt"
)

// Several builders on one PostgreSQL store take turns through a session
// advisory lock on their own connection: creating the tables and the schema
// version (two first builds at once otherwise collide in CREATE TABLE), and
// each load, from reading the registry to Cayley's commit. A builder whose
// registry is older than the store's generation (another builder loaded
// since) reads it again before linking. PostgreSQL releases the lock when a
// builder's session ends, killed or not.

// pgWriter is a postgres store's connection for the advisory lock.
type pgWriter struct {
	db   *sql.DB
	conn *sql.Conn
}

// lockSQL takes the lock of the store the session's search path names.
const (
	lockSQL   = "SELECT pg_advisory_lock(hashtext('newsgraph/' || current_schema()))"
	unlockSQL = "SELECT pg_advisory_unlock(hashtext('newsgraph/' || current_schema()))"
)

// pgLock takes the store's advisory lock, waiting for another builder, and
// returns its release.
func (s *Store) pgLock(ctx context.Context) (func(), error) {
	if s.pgw == nil {
		db, err := sql.Open("postgres", s.cfg.Address)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", s.Name(), err)
		}
		s.pgw = &pgWriter{db: db}
	}
	conn, err := s.pgw.db.Conn(ctx)
	if err != nil {
		return nil, fmt.Errorf("%s: connecting for the builders' lock: %w", s.Name(), err)
	}
	if _, err := conn.ExecContext(ctx, lockSQL); err != nil {
		conn.Close()
		return nil, fmt.Errorf("%s: waiting for the builders' lock: %w", s.Name(), err)
	}
	return func() {
		// A failed unlock (connection lost) is released by the server
		// with the session; closing the connection ends it.
		if _, err := conn.ExecContext(context.Background(), unlockSQL); err != nil {
			// Discard the connection: its session, and the lock, end.
			_ = conn.Raw(func(any) error { return driver.ErrBadConn })
		}
		conn.Close()
	}, nil
}

func (s *Store) closePG() {
	if s.pgw != nil {
		s.pgw.db.Close()
		s.pgw = nil
	}
}

// The generation lives in a table of its own, not in the quads: it is bumped
// before each load's commit (in the lock), so a builder that dies between
// the two only makes the others read the registry once more.
const (
	genTableSQL = "CREATE TABLE IF NOT EXISTS newsgraph_generation (gen bigint NOT NULL)"
	genInitSQL  = "INSERT INTO newsgraph_generation (gen) SELECT 0 WHERE NOT EXISTS (SELECT 1 FROM newsgraph_generation)"
	genReadSQL  = "SELECT gen FROM newsgraph_generation"
	genBumpSQL  = "UPDATE newsgraph_generation SET gen = gen + 1 RETURNING gen"
)

// initGeneration creates the generation table (under the lock).
func (s *Store) initGeneration(ctx context.Context) error {
	for _, q := range []string{genTableSQL, genInitSQL} {
		if _, err := s.pgw.db.ExecContext(ctx, q); err != nil {
			return fmt.Errorf("%s: creating the builders' table: %w", s.Name(), err)
		}
	}
	return nil
}

// generation reads the store's load counter.
func (s *Store) generation(ctx context.Context) (int64, error) {
	var g int64
	if err := s.pgw.db.QueryRowContext(ctx, genReadSQL).Scan(&g); err != nil {
		return 0, fmt.Errorf("%s: reading the builders' generation: %w", s.Name(), err)
	}
	return g, nil
}

// bumpGeneration tells the other builders that the store is changing.
func (s *Store) bumpGeneration(ctx context.Context) (int64, error) {
	var g int64
	if err := s.pgw.db.QueryRowContext(ctx, genBumpSQL).Scan(&g); err != nil {
		return 0, fmt.Errorf("%s: bumping the builders' generation: %w", s.Name(), err)
	}
	return g, nil
}
