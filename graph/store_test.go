package graph_test

import (
	"context"
	"path/filepath"
	"testing"

	"newsgraph/graph"
	"newsgraph/graph/graphtest"
)

func openMemory(t *testing.T) *graph.Store {
	t.Helper()
	s, err := graph.Open(context.Background(), graph.Config{Backend: graph.BackendMemory})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func openBolt(t *testing.T) *graph.Store {
	t.Helper()
	s, err := graph.Open(context.Background(), graph.Config{Backend: graph.BackendBolt, Address: filepath.Join(t.TempDir(), "ng.db"), NoSync: true})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func TestMemory(t *testing.T) { graphtest.RunAll(t, openMemory) }

func TestBolt(t *testing.T) { graphtest.RunAll(t, openBolt) }

func TestPostgres(t *testing.T) {
	graphtest.PostgresAdmin(t) // skip early, with the reason, when there is no server
	graphtest.RunAll(t, graphtest.OpenPostgres)
}

func TestBoltReadOnly(t *testing.T) {
	graphtest.RunReadOnly(t, func(t *testing.T) graph.Config {
		return graph.Config{Backend: graph.BackendBolt, Address: filepath.Join(t.TempDir(), "ng.db"), NoSync: true}
	})
}

func TestPostgresReadOnly(t *testing.T) {
	graphtest.PostgresAdmin(t)
	graphtest.RunReadOnly(t, graphtest.PostgresConfig)
}
