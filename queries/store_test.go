package queries_test

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"newsgraph/extract/record"
	"newsgraph/graph"
)

// pgAdminURL is the local PostgreSQL server the tests use (trust auth).
// NEWSGRAPH_TEST_POSTGRES overrides it; each test run creates and drops its
// own database on that server.
func pgAdminURL() string {
	if u := os.Getenv("NEWSGRAPH_TEST_POSTGRES"); u != "" {
		return u
	}
	return "postgres://root@127.0.0.1:5432/test?sslmode=disable"
}

// backends are the store backends every query test runs against.
var backends = []string{graph.BackendMemory, graph.BackendBolt, graph.BackendPostgres}

// openStore opens an empty store of the given backend, closed (and for
// postgres, dropped) when the test ends. A postgres server that cannot be
// reached skips the test, saying so.
func openStore(tb testing.TB, backend string) *graph.Store {
	tb.Helper()
	ctx := context.Background()
	cfg := graph.Config{Backend: backend}
	switch backend {
	case graph.BackendBolt:
		cfg.Address = filepath.Join(tb.TempDir(), "q.db")
		cfg.NoSync = true
	case graph.BackendPostgres:
		cfg.Address = freshPostgresDB(tb)
	}
	s, err := graph.Open(ctx, cfg)
	if err != nil {
		tb.Fatalf("open %s store: %v", backend, err)
	}
	// Registered after freshPostgresDB's cleanup, so it runs first: the
	// store lets go of its connections before the database is dropped.
	tb.Cleanup(func() { s.Close() })
	return s
}

// freshPostgresDB creates a database with a random name on the test server
// and returns its URL; it is dropped when the test ends.
func freshPostgresDB(tb testing.TB) string {
	tb.Helper()
	admin, err := sql.Open("postgres", pgAdminURL())
	if err != nil {
		tb.Skipf("postgres backend: cannot use %s: %v", pgAdminURL(), err)
	}
	if err := admin.Ping(); err != nil {
		admin.Close()
		tb.Skipf("postgres backend: no server at %s (%v); start one or set NEWSGRAPH_TEST_POSTGRES", pgAdminURL(), err)
	}
	b := make([]byte, 6)
	if _, err := rand.Read(b); err != nil {
		tb.Fatal(err)
	}
	name := "newsgraph_queries_" + hex.EncodeToString(b)
	if _, err := admin.Exec("CREATE DATABASE " + name); err != nil {
		admin.Close()
		tb.Skipf("postgres backend: cannot create a database: %v", err)
	}
	tb.Cleanup(func() {
		defer admin.Close()
		if _, err := admin.Exec("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)"); err != nil {
			tb.Errorf("dropping test database %s: %v", name, err)
		}
	})
	return fmt.Sprintf("postgres://root@127.0.0.1:5432/%s?sslmode=disable", name)
}

// loadStore opens a store of backend and loads results into it.
func loadStore(tb testing.TB, backend string, results []*record.Result) *graph.Store {
	tb.Helper()
	s := openStore(tb, backend)
	if _, err := s.LoadBatch(context.Background(), results); err != nil {
		tb.Fatalf("load into %s: %v", backend, err)
	}
	return s
}

// Hand-made records: a small world with the shapes the queries must handle —
// aliases, one fact from several documents, qualifiers, a negation, statements.
var (
	putin    = record.Ref{ID: "vladimir-putin", Name: "Vladimir Putin", Type: record.TypePerson}
	trump    = record.Ref{ID: "donald-trump", Name: "Donald Trump", Type: record.TypePerson}
	melania  = record.Ref{ID: "melania-trump", Name: "Melania Trump", Type: record.TypePerson}
	zelensky = record.Ref{ID: "volodymyr-zelenskyy", Name: "Volodymyr Zelenskyy", Type: record.TypePerson}
	hegseth  = record.Ref{ID: "pete-hegseth", Name: "Pete Hegseth", Type: record.TypePerson}
	ukraine  = record.Ref{ID: "ukraine", Name: "Ukraine", Type: record.TypeGPE}
	russia   = record.Ref{ID: "russia", Name: "Russia", Type: record.TypeGPE}
	nato     = record.Ref{ID: "nato", Name: "NATO", Type: record.TypeOrg}
	orphan   = record.Ref{ID: "iceland", Name: "Iceland", Type: record.TypeGPE}
)

func ent(r record.Ref, mentions int, docID string, aliases ...string) record.Entity {
	return record.Entity{Kind: record.KindEntity, ID: r.ID, Name: r.Name, Type: r.Type, Aliases: aliases, Docs: []string{docID}, Mentions: mentions}
}

func prov(sentence int, text string) record.Provenance {
	return record.Provenance{Sentence: sentence, Span: [2]int{sentence * 100, sentence*100 + len(text)}, Text: text, Confidence: 0.8}
}

func rel(p record.Provenance, s record.Ref, pred, text string, o record.Ref, negated bool, quals map[string]string) record.Relation {
	return record.Relation{Kind: record.KindRelation, Provenance: p, Subject: s, Predicate: pred, PredicateText: text, Object: o, Qualifiers: quals, Negated: negated, Modality: record.ModalityAsserted}
}

func stmt(p record.Provenance, speaker record.Ref, cue, content, stance string, about ...record.Ref) record.Statement {
	return record.Statement{Kind: record.KindStatement, Provenance: p, Speaker: speaker, Cue: cue, Content: content, Direct: true, About: about, Stance: stance}
}

func result(id string, ents []record.Entity, rels []record.Relation, stmts []record.Statement) *record.Result {
	for i := range rels {
		rels[i].Doc = id
	}
	for i := range stmts {
		stmts[i].Doc = id
	}
	return &record.Result{
		Doc:        record.Document{ID: id, Text: "text of " + id},
		Sentences:  10,
		Entities:   ents,
		Relations:  rels,
		Statements: stmts,
	}
}

// fixture is three articles about one event.
func fixture() []*record.Result {
	moscow := map[string]string{"to": "Moscow"}
	return []*record.Result{
		result("doc-a",
			[]record.Entity{ent(putin, 4, "doc-a", "Putin"), ent(trump, 3, "doc-a", "Trump", "President Trump"),
				ent(zelensky, 2, "doc-a", "Zelensky"), ent(ukraine, 5, "doc-a"), ent(melania, 1, "doc-a"),
				ent(orphan, 1, "doc-a")},
			[]record.Relation{
				rel(prov(0, "Putin invited Trump to Moscow."), putin, "invite", "invited", trump, false, moscow),
				rel(prov(1, "Trump called Putin on Tuesday."), trump, "call", "called", putin, false, nil),
				rel(prov(2, "Russia agreed to negotiate on Ukraine."), russia, "negotiate", "agreed to negotiate", ukraine, false, nil),
			},
			[]record.Statement{
				stmt(prov(3, `Zelensky said: "Ukraine will not give up its land."`), zelensky, "said", "Ukraine will not give up its land.", record.StanceRejects, ukraine),
			}),
		result("doc-b",
			[]record.Entity{ent(putin, 2, "doc-b", "Putin"), ent(trump, 2, "doc-b", "Trump"), ent(hegseth, 1, "doc-b", "Hegseth"),
				ent(ukraine, 2, "doc-b"), ent(nato, 1, "doc-b")},
			[]record.Relation{
				rel(prov(0, "Trump and Putin spoke by phone."), trump, "call", "spoke by phone", putin, false, nil),
				rel(prov(4, "Putin also invited Trump to visit Moscow."), putin, "invite", "invited", trump, false, moscow),
				rel(prov(5, "Russia agreed to negotiate."), russia, "negotiate", "agreed to negotiate", ukraine, false, nil),
				rel(prov(6, "Russia will not join NATO."), russia, "join", "will not join", nato, true, nil),
			},
			[]record.Statement{
				stmt(prov(2, `Hegseth stated that a return to Ukraine's pre-2014 borders is unrealistic.`), hegseth, "stated", "a return to Ukraine's pre-2014 borders is unrealistic", record.StanceRejects, ukraine),
				stmt(prov(3, `"Ukraine will not give up its land," Zelensky said.`), zelensky, "said", "Ukraine will not give up its land", record.StanceRejects, ukraine),
			}),
		result("doc-c",
			[]record.Entity{ent(putin, 1, "doc-c", "Putin"), ent(trump, 1, "doc-c", "Trump"), ent(russia, 2, "doc-c")},
			[]record.Relation{
				rel(prov(1, "Trump held a call with Putin."), trump, "call", "held a call", putin, false, nil),
				rel(prov(2, "Moscow said it would negotiate over Ukraine."), russia, "negotiate", "would negotiate", ukraine, false, nil),
				rel(prov(3, "Russia may join NATO talks."), russia, "join", "join", nato, false, nil),
				rel(prov(4, "Putin leads Russia."), putin, "lead", "leads", russia, false, nil),
			},
			nil),
	}
}
