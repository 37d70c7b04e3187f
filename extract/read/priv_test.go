package read

import (
	"os"
	"testing"
)

// unprivilegedEnv carries the input path to a test re-run as another user.
const unprivilegedEnv = "NEWSGRAPH_TEST_UNPRIVILEGED_PATH"

// shareableTempDir is a temporary folder that another user may enter, for
// tests that re-run themselves unprivileged (t.TempDir is private to us).
func shareableTempDir(t *testing.T) string {
	t.Helper()
	if p := os.Getenv(unprivilegedEnv); p != "" {
		return t.TempDir() // in the child: unused
	}
	dir, err := os.MkdirTemp("", "newsgraph-reader-")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		filepathWalkChmod(dir)
		os.RemoveAll(dir)
	})
	if err := os.Chmod(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	return dir
}

// asUnprivileged runs check(path) as a user that file permissions apply to.
// Permission tests prove nothing as root, which reads everything; so as root
// the test binary re-runs just this test as user nobody (see
// reader_priv_unix_test.go), and is skipped with a message where that
// cannot be done.
func asUnprivileged(t *testing.T, testName, path string, check func(path string)) {
	t.Helper()
	if p := os.Getenv(unprivilegedEnv); p != "" {
		check(p)
		return
	}
	if os.Geteuid() != 0 {
		check(path)
		return
	}
	runAsNobody(t, testName, path)
}
