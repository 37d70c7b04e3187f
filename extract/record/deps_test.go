package record

import (
	"os/exec"
	"strings"
	"testing"
)

// TestConsumersDoNotImportExtractor keeps the point of this package: the
// store, the queries and the exporters read records without building the
// extractor (its parser model, word lists and tagger).
func TestConsumersDoNotImportExtractor(t *testing.T) {
	goTool, err := exec.LookPath("go")
	if err != nil {
		t.Skip("the go tool is not on PATH, so the import graph cannot be listed")
	}
	consumers := []string{"newsgraph/graph", "newsgraph/queries", "newsgraph/export"}
	out, err := exec.Command(goTool, append([]string{"list", "-deps"}, consumers...)...).Output()
	if err != nil {
		t.Fatalf("go list -deps %s: %v", strings.Join(consumers, " "), err)
	}
	var sawRecord bool
	for _, pkg := range strings.Fields(string(out)) {
		if pkg == "newsgraph/extract/record" {
			sawRecord = true
		}
		if pkg == "newsgraph/extract" || strings.HasPrefix(pkg, "newsgraph/extract/") && pkg != "newsgraph/extract/record" {
			t.Errorf("%s depend on %s; they should need only newsgraph/extract/record", strings.Join(consumers, ", "), pkg)
		}
	}
	if !sawRecord {
		t.Errorf("none of %s imports newsgraph/extract/record: the check looks at the wrong packages", strings.Join(consumers, ", "))
	}
}
