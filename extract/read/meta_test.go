package read

import (
	"testing"

	"newsgraph/extract/record"
)

func TestReadMeta(t *testing.T) {
	tests := []struct {
		name, path, src string
		want            record.Meta
	}{
		{"text: first line is the title", "a.txt", "\n\nBlair congratulates Bush on win\n\nTony Blair has...\n",
			record.Meta{Title: "Blair congratulates Bush on win"}},
		{"html head", "p.html", `<html><head><title>Blair wins | BBC News</title>
<meta property="og:title" content="Blair congratulates Bush on win">
<meta property="og:site_name" content="BBC News">
<meta property="article:published_time" content="2005-02-16T10:00:00Z">
<meta name="author" content="Nick Assinder">
<link rel="canonical" href="https://www.bbc.co.uk/news/1">
</head><body><p>Tony Blair has congratulated George Bush.</p></body></html>`,
			record.Meta{Title: "Blair congratulates Bush on win", Date: "2005-02-16T10:00:00Z", Outlet: "BBC News", URL: "https://www.bbc.co.uk/news/1", Author: "Nick Assinder"}},
		{"html: title tag, outlet from the url", "p.html", `<html><head><title> Blair
 wins </title><meta property="og:url" content="https://www.example.org/x"></head><body><p>Tony Blair won.</p></body></html>`,
			record.Meta{Title: "Blair wins", Outlet: "example.org", URL: "https://www.example.org/x"}},
		{"markdown front matter", "a.md", "---\ntitle: \"Blair wins\"\ndate: 2005-02-16\nauthor: Nick\nsource: BBC\n---\n# Heading\n\nTony Blair won.\n",
			record.Meta{Title: "Blair wins", Date: "2005-02-16", Author: "Nick", Outlet: "BBC"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc, err := Bytes(tc.path, []byte(tc.src), Options{})
			if err != nil {
				t.Fatal(err)
			}
			if doc.Meta != tc.want {
				t.Errorf("meta = %+v\nwant %+v", doc.Meta, tc.want)
			}
		})
	}
}
