//go:build unix

package read

import (
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"syscall"
	"testing"
)

const nobody = 65534

// runAsNobody re-runs testName in a copy of the test binary as uid/gid
// 65534, passing path in the environment, and fails if that run fails.
func runAsNobody(t *testing.T, testName, path string) {
	t.Helper()
	self, err := os.Executable()
	if err != nil {
		t.Skipf("running as root and cannot find the test binary to re-run unprivileged: %v", err)
	}
	// The build cache folder is private to root: copy the binary out.
	binDir := shareableTempDir(t)
	bin := filepath.Join(binDir, "reader.test")
	if err := copyExecutable(self, bin); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(bin, "-test.run=^"+testName+"$", "-test.v")
	cmd.Env = append(os.Environ(), unprivilegedEnv+"="+path, "HOME=/", "GOCOVERDIR=")
	cmd.Dir = binDir
	cmd.SysProcAttr = &syscall.SysProcAttr{Credential: &syscall.Credential{Uid: nobody, Gid: nobody}}
	out, err := cmd.CombinedOutput()
	if err != nil {
		if _, ok := err.(*exec.ExitError); !ok {
			t.Skipf("running as root and cannot re-run as user nobody (%v); chmod 000 does not stop root, so this case is not tested here", err)
		}
		t.Fatalf("as user nobody: %v\n%s", err, out)
	}
	t.Logf("re-run as user nobody:\n%s", out)
}

func copyExecutable(src, dst string) error {
	in, err := os.Open(src)
	if err != nil {
		return err
	}
	defer in.Close()
	out, err := os.OpenFile(dst, os.O_CREATE|os.O_WRONLY|os.O_TRUNC, 0o755)
	if err != nil {
		return err
	}
	if _, err := io.Copy(out, in); err != nil {
		out.Close()
		return err
	}
	return out.Close()
}

// filepathWalkChmod makes everything under dir removable again after a test
// locked parts of it.
func filepathWalkChmod(dir string) {
	filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if d != nil && d.IsDir() {
			os.Chmod(p, 0o755)
		}
		return nil
	})
}
