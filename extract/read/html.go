package read

import (
	"io"
	"regexp"
	"strings"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
)

// metaCharset finds the charset a page declares for itself, in
// <meta charset=...> or <meta http-equiv content="text/html; charset=...">.
// Browsers look only in the first 1024 bytes, and so does this.
var metaCharset = regexp.MustCompile(`(?i)<meta[^>]*charset\s*=\s*["']?\s*([a-z0-9_:.-]+)`)

// declaredCharset returns the legacy encoding a page declares, or nil when it
// declares none, declares UTF-8, or names an unknown charset.
func declaredCharset(data []byte) encoding.Encoding {
	head := data
	if len(head) > 1024 {
		head = head[:1024]
	}
	m := metaCharset.FindSubmatch(head)
	if m == nil {
		return nil
	}
	enc, name := charset.Lookup(string(m[1]))
	if enc == nil || name == "utf-8" || name == "utf-16le" || name == "utf-16be" {
		// A page cannot really be UTF-16 if this ASCII regexp matched it.
		return nil
	}
	return enc
}

// Elements whose content is never article text.
var htmlSkip = map[atom.Atom]bool{
	atom.Head: true, atom.Title: true, atom.Script: true, atom.Style: true, atom.Noscript: true,
	atom.Template: true, atom.Nav: true, atom.Aside: true, atom.Footer: true,
	atom.Iframe: true, atom.Object: true, atom.Embed: true, atom.Svg: true, atom.Math: true,
	atom.Canvas: true, atom.Form: true, atom.Button: true, atom.Select: true, atom.Textarea: true,
	atom.Input: true, atom.Dialog: true, atom.Menu: true, atom.Figure: true, atom.Video: true,
	atom.Audio: true, atom.Picture: true, atom.Map: true,
}

// ARIA roles that mark page furniture rather than content.
var htmlSkipRoles = map[string]bool{
	"navigation": true, "banner": true, "contentinfo": true, "complementary": true,
	"search": true, "menu": true, "menubar": true, "dialog": true, "alert": true,
}

// Elements that start a new paragraph (two line breaks) or a new line (one).
var htmlParagraph = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true,
	atom.H5: true, atom.H6: true, atom.Blockquote: true, atom.Pre: true, atom.Section: true,
	atom.Article: true, atom.Main: true, atom.Header: true, atom.Ul: true, atom.Ol: true,
	atom.Dl: true, atom.Table: true, atom.Hr: true, atom.Address: true, atom.Details: true,
	atom.Summary: true, atom.Figcaption: true, atom.Center: true, atom.Fieldset: true,
	atom.Body: true, atom.Html: true,
}

var htmlLine = map[atom.Atom]bool{
	atom.Br: true, atom.Li: true, atom.Tr: true, atom.Dt: true, atom.Dd: true,
	atom.Caption: true, atom.Thead: true, atom.Tbody: true, atom.Tfoot: true,
}

// htmlTreeLimit is the largest page parsed into a tree. The tree costs about
// fourteen times the page (680 MB for a 50 MB page); bigger pages, which are
// not news articles anyway, are read token by token in about four times
// their size, without choosing an article root.
const htmlTreeLimit = 8 << 20

// htmlText returns the readable text of an HTML page: the main article when
// the page marks one (<main>, or the biggest <article>), without scripts,
// styles, navigation, asides, footers and forms; one paragraph per block
// element, separated by blank lines, entities decoded, whitespace collapsed.
func htmlText(page string) (string, error) {
	if len(page) > htmlTreeLimit {
		return htmlTextTokens(page)
	}
	doc, err := html.Parse(strings.NewReader(page))
	if err != nil {
		// The parser gives up on pages nested more than 512 elements deep
		// (usually thousands of unclosed tags). Their text is still there:
		// read it token by token, without choosing an article root.
		return htmlTextTokens(page)
	}
	root := htmlContentRoot(doc)
	w := htmlWriter{}
	w.write(root)
	return strings.TrimSpace(cleanText(w.b.String())), nil
}

// htmlTextTokens is the fallback of htmlText for pages the tree parser
// rejects. It applies the same skipping and layout rules to a token stream.
func htmlTextTokens(page string) (string, error) {
	z := html.NewTokenizer(strings.NewReader(page))
	w := htmlWriter{}
	w.b.Grow(len(page) / 2) // text is usually well under half of a page
	var skipping atom.Atom  // the element being skipped, with nesting depth
	depth := 0
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			if err := z.Err(); err != io.EOF {
				return "", err
			}
			return strings.TrimSpace(cleanText(w.b.String())), nil
		case html.TextToken:
			if depth == 0 {
				w.textBytes(z.Text())
			}
		case html.StartTagToken, html.SelfClosingTagToken:
			// TagName and TagAttr, not Token: Token allocates every tag
			// and attribute, and a big page has millions.
			name, hasAttr := z.TagName()
			a := atom.Lookup(name)
			if depth > 0 {
				if a == skipping && tt == html.StartTagToken {
					depth++
				}
				continue
			}
			n := &html.Node{Type: html.ElementNode, DataAtom: a}
			for hasAttr {
				var k, v []byte
				k, v, hasAttr = z.TagAttr()
				n.Attr = append(n.Attr, html.Attribute{Key: string(k), Val: string(v)})
			}
			if !w.open(n) {
				if tt == html.StartTagToken && !htmlVoid[a] {
					skipping, depth = a, 1
				}
				continue
			}
			if tt == html.SelfClosingTagToken || htmlVoid[a] {
				w.close(n)
			}
		case html.EndTagToken:
			name, _ := z.TagName()
			a := atom.Lookup(name)
			if depth > 0 {
				if a == skipping {
					depth--
				}
				continue
			}
			w.close(&html.Node{Type: html.ElementNode, DataAtom: a})
		}
	}
}

// Void elements have no end tag, so they never open a skipped region.
var htmlVoid = map[atom.Atom]bool{
	atom.Area: true, atom.Base: true, atom.Br: true, atom.Col: true, atom.Embed: true,
	atom.Hr: true, atom.Img: true, atom.Input: true, atom.Link: true, atom.Meta: true,
	atom.Source: true, atom.Track: true, atom.Wbr: true,
}

func skippedElement(n *html.Node, inArticle bool) bool {
	if n.Type != html.ElementNode {
		return n.Type == html.CommentNode || n.Type == html.DoctypeNode
	}
	if htmlSkip[n.DataAtom] {
		return true
	}
	// Outside an article a <header> is the site's banner; inside one it
	// holds the headline.
	if n.DataAtom == atom.Header && !inArticle {
		return true
	}
	for _, a := range n.Attr {
		switch strings.ToLower(a.Key) {
		case "hidden":
			return true
		case "aria-hidden":
			if strings.EqualFold(strings.TrimSpace(a.Val), "true") {
				return true
			}
		case "role":
			if htmlSkipRoles[strings.ToLower(strings.TrimSpace(a.Val))] {
				return true
			}
		case "style":
			v := strings.ToLower(strings.Join(strings.Fields(a.Val), ""))
			if strings.Contains(v, "display:none") || strings.Contains(v, "visibility:hidden") {
				return true
			}
		}
	}
	return false
}

// htmlContentRoot picks the element holding the article: the first <main>,
// else the <article> with the most text if it holds a fair share of the
// page's text (a page of teaser cards has many small ones), else <body>.
func htmlContentRoot(doc *html.Node) *html.Node {
	var body, main *html.Node
	var articles []*html.Node
	walkNodes(doc, func(n *html.Node) bool {
		if skippedElement(n, true) {
			return false
		}
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Body:
				if body == nil {
					body = n
				}
			case atom.Main:
				if main == nil {
					main = n
				}
			case atom.Article:
				articles = append(articles, n)
				return false // nested articles are comments or teasers
			}
		}
		return true
	})
	if main != nil {
		return main
	}
	if body == nil {
		body = doc
	}
	var best *html.Node
	bestLen := 0
	for _, a := range articles {
		if l := visibleTextLen(a); l > bestLen {
			best, bestLen = a, l
		}
	}
	if best != nil && bestLen*4 >= visibleTextLen(body) {
		return best
	}
	return body
}

func visibleTextLen(root *html.Node) int {
	total := 0
	walkNodes(root, func(n *html.Node) bool {
		if skippedElement(n, true) {
			return false
		}
		if n.Type == html.TextNode {
			total += len(strings.TrimSpace(n.Data))
		}
		return true
	})
	return total
}

// walkNodes visits root and its descendants in document order without
// recursion, so that a page nested a million levels deep cannot overflow
// the stack. enter returns false to skip a node's children.
func walkNodes(root *html.Node, enter func(*html.Node) bool) {
	n := root
	for n != nil {
		if enter(n) && n.FirstChild != nil {
			n = n.FirstChild
			continue
		}
		for n != root && n.NextSibling == nil {
			n = n.Parent
		}
		if n == root {
			return
		}
		n = n.NextSibling
	}
}

// htmlWriter lays out text nodes. Breaks and spaces are held back until the
// next visible character, so that no line ends or starts with a space and
// no run of empty blocks yields a run of blank lines.
type htmlWriter struct {
	b       strings.Builder
	breaks  int  // line breaks owed before the next text: 0, 1 or 2
	space   bool // a space is owed before the next text
	pre     int  // depth inside <pre>
	article int  // depth inside <article> or <main>
}

func (w *htmlWriter) owe(breaks int) {
	if breaks > w.breaks {
		w.breaks = breaks
	}
}

func (w *htmlWriter) write(root *html.Node) {
	// An explicit stack of closing actions replaces recursion (see walkNodes).
	n := root
	for n != nil {
		descend := w.open(n)
		if descend && n.FirstChild != nil {
			n = n.FirstChild
			continue
		}
		if descend {
			w.close(n)
		}
		for n != root && n.NextSibling == nil {
			n = n.Parent
			w.close(n)
		}
		if n == root {
			return
		}
		n = n.NextSibling
	}
}

// open handles entering n and reports whether its children are wanted.
func (w *htmlWriter) open(n *html.Node) bool {
	switch n.Type {
	case html.TextNode:
		w.text(n.Data)
		return true
	case html.ElementNode:
	case html.DocumentNode:
		return true
	default:
		return false
	}
	if skippedElement(n, w.article > 0) {
		return false
	}
	w.edge(n, 1)
	return true
}

func (w *htmlWriter) close(n *html.Node) {
	if n.Type != html.ElementNode {
		return
	}
	w.edge(n, -1)
}

// edge is what entering (depth +1) or leaving (-1) element n does to the
// output: the same line breaks either way, and the pre/article nesting counts.
func (w *htmlWriter) edge(n *html.Node, depth int) {
	switch {
	case htmlParagraph[n.DataAtom]:
		w.owe(2)
	case htmlLine[n.DataAtom]:
		w.owe(1)
	case n.DataAtom == atom.Td || n.DataAtom == atom.Th:
		w.space = true
	}
	switch n.DataAtom {
	case atom.Pre, atom.Textarea:
		w.pre += depth
	case atom.Article, atom.Main:
		w.article += depth
	}
}

func (w *htmlWriter) text(s string) {
	for _, r := range s {
		w.rune(r)
	}
}

// textBytes is text for the tokenizer's buffer; ranging over string(b)
// does not copy b.
func (w *htmlWriter) textBytes(b []byte) {
	for _, r := range string(b) {
		w.rune(r)
	}
}

func (w *htmlWriter) rune(r rune) {
	switch {
	case r == '\u00AD' || r == '\u200B' || r == '\uFEFF':
		// soft hyphen, zero-width space, stray BOM: invisible on the page
		return
	case w.pre > 0 && r == '\n':
		w.owe(1)
		w.space = false
		return
	case w.pre == 0 && unicode.IsSpace(r):
		w.space = true
		return
	}
	if w.b.Len() > 0 {
		if w.breaks > 0 {
			w.b.WriteString("\n\n"[:w.breaks])
			w.space = false
		} else if w.space {
			w.b.WriteByte(' ')
		}
	}
	w.breaks, w.space = 0, false
	w.b.WriteRune(r)
}
