package read

import (
	"regexp"
	"strings"
)

// Markdown is read lightly: the prose stays as written, and only the syntax
// that would end up inside sentences is removed — images, link targets,
// emphasis marks, heading and list markers, front matter, fences. A full
// CommonMark parser would buy little for news articles.
var (
	mdImage      = regexp.MustCompile(`!\[[^\]\n]*\]\([^)\n]*\)|!\[[^\]\n]*\]\[[^\]\n]*\]`)
	mdLink       = regexp.MustCompile(`\[([^\]\n]*)\]\([^)\n]*\)|\[([^\]\n]*)\]\[[^\]\n]*\]`)
	mdAutolink   = regexp.MustCompile(`<(?:https?|ftp|mailto):[^>\s]*>`)
	mdRefDef     = regexp.MustCompile(`^ {0,3}\[[^\]]+\]:\s*\S+.*$`)
	mdHeading    = regexp.MustCompile(`^ {0,3}#{1,6}(?:\s+|$)`)
	mdHeadingEnd = regexp.MustCompile(`\s+#+\s*$`)
	mdRule       = regexp.MustCompile(`^ {0,3}(?:(?:-\s*){3,}|(?:\*\s*){3,}|(?:_\s*){3,}|=+\s*)$`)
	mdBullet     = regexp.MustCompile(`^(\s*)[-*+]\s+`)
	mdQuote      = regexp.MustCompile(`^ {0,3}(?:>\s?)+`)
	mdFence      = regexp.MustCompile("^ {0,3}(?:```|~~~)")
	mdStrong     = regexp.MustCompile(`\*\*|__`)
	mdEmphasis   = regexp.MustCompile(`(^|[\s(\["'])[*_]([^\s*_][^*_\n]*?)[*_]([\s)\]"'.,;:!?]|$)`)
	mdCode       = regexp.MustCompile("`([^`\n]+)`")
	mdNumbered   = regexp.MustCompile(`^\s*\d{1,3}[.)]\s+`)
	mdTableRow   = regexp.MustCompile(`^\s*\|`)
	mdSpaces     = regexp.MustCompile(`[ \t]{2,}`)
)

func markdownText(s string) string {
	lines := strings.Split(s, "\n")
	lines = dropFrontMatter(lines)
	var b strings.Builder
	b.Grow(len(s))
	// Lines of one paragraph are joined, as Markdown renders them: the
	// sentence splitter treats a line break as a boundary, and a
	// hard-wrapped paragraph is not a list of headlines.
	const (
		blank = iota
		heading
		item
		para
	)
	prev := blank
	for _, line := range lines {
		kind := para
		switch {
		case mdFence.MatchString(line), mdRefDef.MatchString(line), mdRule.MatchString(line):
			line, kind = "", blank
		default:
			orig := line
			quoted := mdQuote.MatchString(line)
			line = mdQuote.ReplaceAllString(line, "")
			switch {
			case mdHeading.MatchString(line):
				line = mdHeadingEnd.ReplaceAllString(mdHeading.ReplaceAllString(line, ""), "")
				kind = heading
			case mdBullet.MatchString(line) || mdNumbered.MatchString(line):
				line = mdBullet.ReplaceAllString(line, "$1")
				kind = item
			case mdTableRow.MatchString(line):
				kind = item
			}
			line = mdImage.ReplaceAllString(line, "")
			line = mdLink.ReplaceAllString(line, "$1$2")
			line = mdAutolink.ReplaceAllString(line, "")
			line = mdCode.ReplaceAllString(line, "$1")
			line = mdStrong.ReplaceAllString(line, "")
			line = mdEmphasis.ReplaceAllString(line, "$1$2$3")
			if line != orig {
				line = mdSpaces.ReplaceAllString(line, " ")
			}
			line = strings.TrimSpace(line)
			if line == "" {
				kind = blank
			} else if quoted && prev == blank {
				kind = item // a quotation starts a paragraph of its own
			}
		}
		switch {
		case kind == blank:
			if prev != blank {
				b.WriteString("\n\n")
			}
		case kind == para && (prev == para || prev == item):
			b.WriteByte(' ')
		case prev != blank && b.Len() > 0:
			b.WriteByte('\n')
		}
		b.WriteString(line)
		prev = kind
	}
	return strings.TrimSpace(b.String())
}

// dropFrontMatter removes a YAML (---) or TOML (+++) block that static site
// generators put before the article.
func dropFrontMatter(lines []string) []string {
	if len(lines) == 0 {
		return lines
	}
	delim := strings.TrimSpace(lines[0])
	if delim != "---" && delim != "+++" {
		return lines
	}
	for i := 1; i < len(lines) && i < 200; i++ {
		if strings.TrimSpace(lines[i]) == delim {
			return lines[i+1:]
		}
	}
	return lines
}
