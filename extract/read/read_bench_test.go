package read

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// BenchmarkReadFile reads the reference corpus (five scraped articles),
// reporting throughput in bytes of article per second.
func BenchmarkReadFile(b *testing.B) {
	files, _ := filepath.Glob(filepath.Join(corpusDir, "*.txt"))
	if len(files) == 0 {
		b.Skipf("reference corpus not found at %s; skipping", corpusDir)
	}
	benchmarkFiles(b, files)
}

// BenchmarkReadFileHTML reads the HTML fixture: tree parsing and layout.
func BenchmarkReadFileHTML(b *testing.B) {
	benchmarkFiles(b, []string{filepath.Join("testdata", "reader", "page.html")})
}

// BenchmarkReadFileLarge reads one 8 MB article.
func BenchmarkReadFileLarge(b *testing.B) {
	p := filepath.Join(b.TempDir(), "large.txt")
	para := "Trump said he would meet Putin in Saudi Arabia. Zelenskyy said Ukraine must be at the table.\n\n"
	if err := os.WriteFile(p, []byte(strings.Repeat(para, 8<<20/len(para))), 0o644); err != nil {
		b.Fatal(err)
	}
	benchmarkFiles(b, []string{p})
}

func benchmarkFiles(b *testing.B, files []string) {
	var total int64
	for _, f := range files {
		fi, err := os.Stat(f)
		if err != nil {
			b.Fatal(err)
		}
		total += fi.Size()
	}
	b.SetBytes(total)
	b.ReportAllocs()
	for b.Loop() {
		for _, f := range files {
			if _, err := File(f, Options{}); err != nil {
				b.Fatal(err)
			}
		}
	}
}
