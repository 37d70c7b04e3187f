package graphtest

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"fmt"
	"net/url"
	"os"
	"testing"
	"time"

	_ "github.com/lib/pq" // database/sql driver for creating throwaway databases

	"newsgraph/graph"
)

// PostgresEnv names the environment variable that overrides the server the
// postgres tests use. It must point at an existing database the user may
// CREATE DATABASE from.
const PostgresEnv = "NEWSGRAPH_TEST_POSTGRES"

// DefaultPostgres is the local server the tests use by default (trust auth).
const DefaultPostgres = "postgres://root@127.0.0.1:5432/test?sslmode=disable"

// PostgresAdmin returns the admin URL and skips t when no server answers.
func PostgresAdmin(t testing.TB) string {
	t.Helper()
	admin := os.Getenv(PostgresEnv)
	if admin == "" {
		admin = DefaultPostgres
	}
	db, err := sql.Open("postgres", admin)
	if err != nil {
		t.Skipf("postgres tests skipped: %s=%q is not usable: %v", PostgresEnv, admin, err)
	}
	defer db.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Second)
	defer cancel()
	if err := db.PingContext(ctx); err != nil {
		t.Skipf("postgres tests skipped: no server at %s (set %s to use another): %v", admin, PostgresEnv, err)
	}
	return admin
}

// PostgresDatabase creates a throwaway database on the admin server, returns
// its URL, and drops it when t ends.
func PostgresDatabase(t testing.TB, admin string) string {
	t.Helper()
	u := throwaway(t, admin, "database", "CREATE DATABASE %s", "DROP DATABASE IF EXISTS %s WITH (FORCE)")
	u.Path = "/" + u.Fragment
	u.Fragment = ""
	return u.String()
}

// PostgresSchema creates a throwaway schema in the admin database, returns a
// URL whose search_path puts the store's tables there, and drops the schema
// when t ends. Much cheaper than a database per store.
func PostgresSchema(t testing.TB, admin string) string {
	t.Helper()
	u := throwaway(t, admin, "schema", "CREATE SCHEMA %s", "DROP SCHEMA IF EXISTS %s CASCADE")
	q := u.Query()
	q.Set("search_path", u.Fragment) // lib/pq passes it to the server as a run-time parameter
	u.RawQuery = q.Encode()
	u.Fragment = ""
	return u.String()
}

// throwaway creates a randomly named database object with create (a format
// taking the name), drops it with drop when t ends, and returns the admin URL
// with the name in its fragment for the caller to place.
func throwaway(t testing.TB, admin, what, create, drop string) *url.URL {
	t.Helper()
	var b [6]byte
	if _, err := rand.Read(b[:]); err != nil {
		t.Fatal(err)
	}
	name := "newsgraph_test_" + hex.EncodeToString(b[:])
	db, err := sql.Open("postgres", admin)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.Exec(fmt.Sprintf(create, name)); err != nil {
		db.Close()
		t.Fatalf("creating test %s %s: %v", what, name, err)
	}
	t.Cleanup(func() {
		defer db.Close()
		if _, err := db.Exec(fmt.Sprintf(drop, name)); err != nil {
			t.Errorf("dropping test %s %s: %v", what, name, err)
		}
	})
	u, err := url.Parse(admin)
	if err != nil {
		t.Fatalf("parsing %s: %v", admin, err)
	}
	u.Fragment = name
	return u
}

// PostgresConfig is the Config of a store in a fresh schema.
func PostgresConfig(t *testing.T) graph.Config {
	t.Helper()
	return graph.Config{Backend: graph.BackendPostgres, Address: PostgresSchema(t, PostgresAdmin(t))}
}

// OpenPostgres is an Opener giving each test a store in a fresh schema.
func OpenPostgres(t *testing.T) *graph.Store {
	t.Helper()
	addr := PostgresSchema(t, PostgresAdmin(t))
	s, err := graph.Open(context.Background(), graph.Config{Backend: graph.BackendPostgres, Address: addr})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}
