package extract

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
)

func markdownText(s string) string {
	lines := strings.Split(s, "\n")
	lines = dropFrontMatter(lines)
	out := make([]string, 0, len(lines))
	for _, line := range lines {
		switch {
		case mdFence.MatchString(line), mdRefDef.MatchString(line), mdRule.MatchString(line):
			out = append(out, "")
			continue
		}
		line = mdQuote.ReplaceAllString(line, "")
		if mdHeading.MatchString(line) {
			line = mdHeadingEnd.ReplaceAllString(mdHeading.ReplaceAllString(line, ""), "")
		}
		line = mdBullet.ReplaceAllString(line, "$1")
		line = mdImage.ReplaceAllString(line, "")
		line = mdLink.ReplaceAllString(line, "$1$2")
		line = mdAutolink.ReplaceAllString(line, "")
		line = mdCode.ReplaceAllString(line, "$1")
		line = mdStrong.ReplaceAllString(line, "")
		line = mdEmphasis.ReplaceAllString(line, "$1$2$3")
		out = append(out, strings.TrimRight(line, " \t"))
	}
	return strings.TrimSpace(strings.Join(out, "\n"))
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
