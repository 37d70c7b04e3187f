//go:build !unix

package read

import "testing"

func runAsNobody(t *testing.T, testName, path string) {
	t.Skip("cannot re-run as another user on this platform")
}

func filepathWalkChmod(string) {}
