package export

import (
	"os"
	"os/exec"
	"strings"
	"testing"
)

// TestTMPDIRRestored: package gvcache points TMPDIR at the private cache
// while go-graphviz initialises; by the time anything else runs it must be
// what the user set (or unset), or temporary files and child processes
// would land in the cache folder.
func TestTMPDIRRestored(t *testing.T) {
	if os.Getenv("NEWSGRAPH_PRINT_TMPDIR") == "1" {
		v, ok := os.LookupEnv("TMPDIR")
		os.Stdout.WriteString("TMPDIR=" + v + "," + map[bool]string{true: "set", false: "unset"}[ok] + "\n")
		return
	}
	for _, tc := range []struct {
		env  []string
		want string
	}{
		{[]string{"TMPDIR=" + t.TempDir()}, ",set"},
		{nil, "TMPDIR=,unset"},
	} {
		cmd := exec.Command(os.Args[0], "-test.run=^TestTMPDIRRestored$", "-test.v")
		cmd.Env = append([]string{"NEWSGRAPH_PRINT_TMPDIR=1", "HOME=" + t.TempDir()}, tc.env...)
		out, err := cmd.CombinedOutput()
		if err != nil {
			t.Fatalf("%v\n%s", err, out)
		}
		want := tc.want
		if len(tc.env) > 0 {
			want = tc.env[0] + tc.want
		}
		if !strings.Contains(string(out), want+"\n") {
			t.Errorf("child with %v saw %s, want %s", tc.env, out, want)
		}
	}
}
