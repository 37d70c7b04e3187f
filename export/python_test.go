package export

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// pythonsWith returns the Python interpreters on this machine that can
// import every module in mods, one per distinct interpreter: python3 on
// PATH and the system's /usr/bin/python3, which often differ (a pyenv with
// networkx 3.x beside Debian's python3-networkx 2.8), so a test that runs
// them all checks both library versions. None found skips the test, naming
// the Debian packages that provide the modules.
func pythonsWith(t *testing.T, debPkgs string, mods ...string) []string {
	t.Helper()
	var found []string
	seen := map[string]bool{}
	for _, name := range []string{"python3", "/usr/bin/python3"} {
		p, err := exec.LookPath(name)
		if err != nil {
			continue
		}
		ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
		out, err := exec.CommandContext(ctx, p, "-c",
			"import sys, "+strings.Join(mods, ", ")+"; print(sys.prefix)").Output()
		cancel()
		if err != nil {
			continue
		}
		prefix := strings.TrimSpace(string(out))
		if seen[prefix] {
			continue
		}
		seen[prefix] = true
		found = append(found, p)
	}
	if len(found) == 0 {
		t.Skipf("no python3 with %s (apt-get install %s; .ci/run installs them)", strings.Join(mods, ", "), debPkgs)
	}
	return found
}

// runPython runs script (a file under testdata) with args and returns its stdout.
func runPython(t *testing.T, python, script string, args ...string) []byte {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, python, append([]string{filepath.Join("testdata", script)}, args...)...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("%s %s: %v\n%s", python, script, err, stderr.String())
	}
	return out
}

// writeTemp writes data to name in a fresh temporary directory.
func writeTemp(t *testing.T, name string, data []byte) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}
