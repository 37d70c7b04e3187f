package main

import (
	"newsgraph/extract/record"
	"newsgraph/graph/graphtest"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestWrongCommand: `newsgraph wrong` takes a relation by names, and the
// fact leaves query and export alike; mistakes are usage errors.
func TestWrongCommand(t *testing.T) {
	db := loadBoltStore(t, []*record.Result{graphtest.DocA(), graphtest.DocB(), graphtest.DocC()})
	code, out, errs := runCmd(t, "query", "--db", db, "between", "Putin", "Trump")
	if code != 0 || !strings.Contains(out, "invite") {
		t.Fatalf("before: exit %d, %s %s", code, out, errs)
	}
	for _, tc := range []struct {
		args []string
		code int
		want string // in stdout or stderr
	}{
		{[]string{"wrong", "--db", db, "Putin", "invite"}, 2, "want SUBJECT PREDICATE OBJECT"},
		{[]string{"wrong", "--db", db, "--statement", "x", "Putin"}, 2, "want SUBJECT PREDICATE OBJECT"},
		{[]string{"wrong", "--db", db, "--sentence", "1", "Putin", "invite", "Trump"}, 2, "--sentence needs --doc"},
		{[]string{"wrong", "--db", db, "Putin", "meet", "Trump"}, 1, "not found"},
		{[]string{"wrong", "--db", db, "Putin", "invite", "Trump"}, 0, "kept by later builds"},
	} {
		code, out, errs := runCmd(t, tc.args...)
		if code != tc.code || !strings.Contains(out+errs, tc.want) {
			t.Errorf("%v: exit %d, want %d saying %q:\n%s%s", tc.args[3:], code, tc.code, tc.want, out, errs)
		}
	}
	code, out, errs = runCmd(t, "query", "--db", db, "between", "Putin", "Trump")
	if code != 0 || strings.Contains(out, "invite") || !strings.Contains(out, "call") {
		t.Errorf("after: exit %d, want the call and no invitation:\n%s%s", code, out, errs)
	}
	nq := filepath.Join(t.TempDir(), "g.nq")
	if code, out, errs := runCmd(t, "export", "--db", db, "-o", nq); code != 0 {
		t.Fatalf("export: exit %d %s %s", code, out, errs)
	}
	b, err := os.ReadFile(nq)
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(string(b), "rel/invite>") || !strings.Contains(string(b), "rel/call>") {
		t.Errorf("the N-Quads export disagrees with the query: invitation present or call absent")
	}
}
