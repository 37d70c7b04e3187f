package read

import (
	"net/url"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"newsgraph/extract/record"
)

// maxMetaLen bounds each value: a "title" that is a whole paragraph is no title.
const maxMetaLen = 300

func metaValue(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if len(s) > maxMetaLen {
		s = s[:maxMetaLen]
		for !utf8.ValidString(s) {
			s = s[:len(s)-1]
		}
	}
	return s
}

// readMeta reads the metadata of an article of the given format from its
// decoded source (raw) and its text.
func readMeta(format, raw, text string) record.Meta {
	var m record.Meta
	switch format {
	case formatHTML:
		m = htmlMeta(raw)
	case formatMarkdown:
		m = frontMatterMeta(raw)
	}
	if m.Title == "" {
		for _, line := range strings.SplitN(text, "\n", 20) {
			if t := metaValue(line); t != "" {
				m.Title = t
				break
			}
		}
	}
	if m.Outlet == "" && m.URL != "" {
		if u, err := url.Parse(m.URL); err == nil && u.Host != "" {
			m.Outlet = strings.TrimPrefix(u.Hostname(), "www.")
		}
	}
	return m
}

// htmlMeta reads <title>, OpenGraph and article meta tags, author and date
// meta tags and the canonical link from a page's head.
func htmlMeta(page string) record.Meta {
	var m record.Meta
	set := func(dst *string, v string) {
		if *dst == "" {
			*dst = metaValue(v)
		}
	}
	var title string
	z := html.NewTokenizer(strings.NewReader(page))
	inTitle := false
	for n := 0; n < 20000; n++ {
		switch z.Next() {
		case html.ErrorToken:
			set(&m.Title, title)
			return m
		case html.TextToken:
			if inTitle {
				title += string(z.Text())
			}
		case html.EndTagToken:
			name, _ := z.TagName()
			switch atom.Lookup(name) {
			case atom.Title:
				inTitle = false
			case atom.Head:
				set(&m.Title, title)
				return m
			}
		case html.StartTagToken, html.SelfClosingTagToken:
			name, hasAttr := z.TagName()
			a := atom.Lookup(name)
			if a == atom.Title {
				inTitle = true
				continue
			}
			if a == atom.Body {
				set(&m.Title, title)
				return m
			}
			if !hasAttr || (a != atom.Meta && a != atom.Link) {
				continue
			}
			attrs := map[string]string{}
			for {
				k, v, more := z.TagAttr()
				attrs[strings.ToLower(string(k))] = string(v)
				if !more {
					break
				}
			}
			if a == atom.Link {
				if strings.EqualFold(attrs["rel"], "canonical") {
					set(&m.URL, attrs["href"])
				}
				continue
			}
			key := strings.ToLower(attrs["property"])
			if key == "" {
				key = strings.ToLower(attrs["name"])
			}
			v := attrs["content"]
			switch key {
			case "og:title", "twitter:title":
				m.Title = metaValue(v) // the page's own headline beats <title>, which often adds the site
			case "og:site_name", "application-name", "publisher":
				set(&m.Outlet, v)
			case "og:url":
				set(&m.URL, v)
			case "article:published_time", "date", "pubdate", "publishdate", "dc.date", "dc.date.issued", "datepublished":
				set(&m.Date, v)
			case "author", "article:author", "dc.creator":
				set(&m.Author, v)
			}
		}
	}
	set(&m.Title, title)
	return m
}

// frontMatterMeta reads "key: value" (YAML) or "key = value" (TOML) lines
// of a front matter block.
func frontMatterMeta(src string) record.Meta {
	var m record.Meta
	lines := strings.Split(src, "\n")
	if len(lines) == 0 {
		return m
	}
	delim := strings.TrimSpace(lines[0])
	if delim != "---" && delim != "+++" {
		return m
	}
	for _, line := range lines[1:min(len(lines), 200)] {
		if strings.TrimSpace(line) == delim {
			break
		}
		k, v, ok := strings.Cut(line, ":")
		if delim == "+++" {
			k, v, ok = strings.Cut(line, "=")
		}
		if !ok || strings.HasPrefix(line, " ") {
			continue
		}
		v = strings.Trim(strings.TrimSpace(v), `"'`)
		switch strings.ToLower(strings.TrimSpace(k)) {
		case "title", "headline":
			m.Title = metaValue(v)
		case "date", "published", "pubdate":
			m.Date = metaValue(v)
		case "author", "byline":
			m.Author = metaValue(v)
		case "url", "link", "canonical", "source_url":
			m.URL = metaValue(v)
		case "outlet", "source", "site", "publisher":
			m.Outlet = metaValue(v)
		}
	}
	return m
}
