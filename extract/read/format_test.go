package read

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestReadFileFormats reads the fixtures in testdata/reader: the text that
// matters must be there, in order, and the page furniture and markup must
// not. The fixtures tag furniture with upper-case markers (NAV-LINK,
// SCRIPT-TEXT, IMAGE-URL) so that one rule catches them all.
func TestReadFileFormats(t *testing.T) {
	tests := []struct {
		file    string
		want    []string // in this order
		wantNot []string
	}{
		{
			file: "page.html",
			want: []string{
				"Trump and Putin agree to begin talks on Ukraine\n\n",
				"By A. Reporter · 12 February 2025", // entities decoded, &nbsp; a space
				"President Donald Trump said on Wednesday that he and Russian President Vladimir Putin had agreed to begin negotiations.",
				"Moscow—a first since 2019. “We are ready,” Peskov said, quoting Putin’s words: ‘the door is open’.",
				"Volodymyr Zelenskyy said there can be \"no talks on Ukraine without Ukraine\" & asked for guarantees.\nHe spoke in Kyiv.",
				"\n\nTalks may take place in Saudi Arabia.\nHegseth ruled out NATO membership.",
			},
			wantNot: []string{"<", ">", "&amp;", "&nbsp;", "\u00AD", "  ", " \n", "\n "},
		},
		{
			file: "article.md",
			want: []string{
				"Peskov: Putin invited Trump to Moscow\n\n",
				"Kremlin spokesman Dmitry Peskov said that Putin invited Trump to Moscow, according to Reuters.",
				"\"We are ready,\" Peskov said.",
				"Talks may take place in Saudi Arabia.\nHegseth ruled out NATO membership.",
				"See for more.",
			},
			wantNot: []string{"#", "**", "](", "`", "---", "title:", "\n\n\n"},
		},
		{
			file:    "legacy-charset.html",
			want:    []string{"Zelenskyy’s café visit – “no talks”."},
			wantNot: []string{"\uFFFD"},
		},
		{
			file: "sniffed-page",
			want: []string{"Sniffed page: Putin spoke."},
		},
		{
			// Without an extension, text that merely contains a tag stays text.
			file: "sniffed-text",
			want: []string{"Sniffed text: Peskov spoke <b>plainly</b>.\n"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			doc, err := File(filepath.Join("testdata", "reader", tt.file), Options{})
			if err != nil {
				t.Fatal(err)
			}
			rest := doc.Text
			for _, w := range tt.want {
				i := strings.Index(rest, w)
				if i < 0 {
					t.Errorf("missing or out of order: %q\ntext:\n%s", w, doc.Text)
					continue
				}
				rest = rest[i+len(w):]
			}
			for _, w := range tt.wantNot {
				if strings.Contains(doc.Text, w) {
					t.Errorf("text contains %q:\n%s", w, doc.Text)
				}
			}
			for _, marker := range furnitureMarkers(t, tt.file) {
				if strings.Contains(doc.Text, marker) {
					t.Errorf("page furniture %q left in the text", marker)
				}
			}
		})
	}
}

// furnitureMarkers lists the upper-case MARKER-WORDS of a fixture.
func furnitureMarkers(t *testing.T, file string) []string {
	data, err := os.ReadFile(filepath.Join("testdata", "reader", file))
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, f := range strings.FieldsFunc(string(data), func(r rune) bool {
		return !(r >= 'A' && r <= 'Z' || r == '-')
	}) {
		if strings.Count(f, "-") == 1 && len(f) > 6 && !strings.HasPrefix(f, "-") && !strings.HasSuffix(f, "-") {
			out = append(out, f)
		}
	}
	return out
}

// TestHTMLRoot checks the choice of the article inside a page.
func TestHTMLRoot(t *testing.T) {
	long := strings.Repeat("Story text goes on. ", 20)
	tests := []struct {
		name, page, want, wantNot string
	}{
		{"main wins", "<body><div>Outside main.</div><main><p>Inside main.</p></main></body>", "Inside main.", "Outside main."},
		{"biggest article", "<body><article><p>Short teaser.</p></article><article><p>" + long + "</p></article></body>", "Story text", "Short teaser."},
		{"teaser cards are not the article", "<body><div><p>" + long + "</p></div><article><p>Teaser.</p></article></body>", "Story text", ""},
		{"header outside article is dropped", "<body><header>Site banner</header><p>Body text.</p></body>", "Body text.", "Site banner"},
		{"pre keeps lines", "<body><pre>line one\n  line two</pre></body>", "line one\n  line two", ""},
		{"table cells spaced", "<table><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></table>", "a b\nc", ""},
		// Too deep for the tree parser: read token by token instead.
		{"deep nesting", "<script>x()</script>" + strings.Repeat("<div>", 100_000) + "Deep <i>text</i>.<nav><nav>Menu</nav>Nav</nav><p>End." + strings.Repeat("</div>", 100_000), "Deep text.\n\nEnd.", "x()"},
		{"deep nesting skips navigation", strings.Repeat("<b>", 1000) + "<nav><nav>Menu</nav>Nav</nav>Story.", "Story.", "Nav"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := htmlText(tt.page)
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(got, tt.want) || (tt.wantNot != "" && strings.Contains(got, tt.wantNot)) {
				t.Errorf("htmlText = %q; want %q and not %q", got, tt.want, tt.wantNot)
			}
		})
	}
}
