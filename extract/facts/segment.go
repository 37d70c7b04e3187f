package facts

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// lineKind classifies a line of a scraped article.
type lineKind int

const (
	lineProse    lineKind = iota // running text: facts come from here
	lineHeadline                 // a title or section heading: kept for structure, no facts
	lineJunk                     // web boilerplate: "Share this post", "- Region:", ticker ids
)

// line is one non-empty line of the article, trimmed, with its byte span.
type line struct {
	start, end int
	text       string
	kind       lineKind
	block      int // index of the run of lines it belongs to
}

// sentence is one sentence of running text with its byte span and tokens.
type sentence struct {
	index      int // position among the document's sentences
	start, end int
	line       int // index into the document's lines
	text       string
	toks       []token
	tree       *tree // nil when the sentence could not be parsed
	parsed     bool  // the parser has seen it (tree nil: too long)
}

// splitLines cuts text into trimmed, non-empty lines with their spans and kinds.
func splitLines(text string) []line {
	var out []line
	seen := map[string]bool{}
	pos := 0
	for pos <= len(text) {
		nl := strings.IndexByte(text[pos:], '\n')
		end := len(text)
		if nl >= 0 {
			end = pos + nl
		}
		raw := text[pos:end]
		lead := len(raw) - len(strings.TrimLeftFunc(raw, unicode.IsSpace))
		trimmed := strings.TrimSpace(raw)
		if trimmed != "" {
			l := line{start: pos + lead, end: pos + lead + len(trimmed), text: trimmed}
			l.kind = classifyLine(trimmed)
			key := strings.ToLower(trimmed)
			if seen[key] && l.kind != lineProse {
				l.kind = lineJunk // a repeated headline or boilerplate line
			}
			seen[key] = true
			out = append(out, l)
		}
		if nl < 0 {
			break
		}
		pos = end + 1
	}
	return out
}

// classifyLine decides whether a line is running text, a heading or boilerplate.
func classifyLine(s string) lineKind {
	words := strings.Fields(s)
	letters := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			letters++
		}
	}
	if letters < 2 || letters*2 < utf8.RuneCountInString(s) {
		return lineJunk // "6/recent/ticker-posts", "- - -", numbers
	}
	if strings.HasPrefix(s, "- ") || strings.HasSuffix(s, ":") && len(words) <= 3 {
		return lineJunk // "- Region:", "- World"
	}
	if strings.Contains(s, "/") && !strings.Contains(s, " ") {
		return lineJunk
	}
	last, _ := utf8.DecodeLastRuneInString(s)
	endsSentence := strings.ContainsRune(".!?\"”’)", last)
	if titleCase(words) && len(words) <= 20 {
		return lineHeadline
	}
	if len(words) >= 12 || endsSentence && len(words) >= 2 {
		return lineProse
	}
	return lineJunk // "Share this post", "Subscribing...", "Join our community and get notified"
}

// headlineCues are the verbs a headline reports with: "Trump Says He Will …".
var headlineCues = set(`says said claims warns vows tells insists admits denies urges pledges predicts rejects`)

// reportingHeadline reports whether a title-case line reports what someone
// said — "Sanders Vows To Eliminate Tax Breaks", "Poll: Voters Abandon …" —
// and so holds a statement, though it is no running text.
func reportingHeadline(s string) bool {
	words := strings.Fields(s)
	for i, w := range words {
		if i > 0 && i < len(words)-2 && headlineCues[strings.ToLower(w)] {
			return true
		}
		if i < 4 && strings.HasSuffix(w, ":") && i < len(words)-3 {
			return true // "Pat Caddell: Democrat Voters Worried …"
		}
	}
	return false
}

// titleCase reports whether most content words are capitalised, as in a headline.
func titleCase(words []string) bool {
	content, upper := 0, 0
	for _, w := range words {
		w = strings.Trim(w, "\"“”‘’'.,:;!?()[]—–-")
		if w == "" {
			continue
		}
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsLetter(r) {
			continue
		}
		switch strings.ToLower(w) {
		case "a", "an", "the", "and", "or", "but", "of", "to", "in", "on", "at", "for", "with", "by",
			"as", "from", "over", "into", "vs", "is", "are", "be":
			continue
		}
		content++
		if unicode.IsUpper(r) {
			upper++
		}
	}
	return content >= 2 && upper*10 >= content*8
}

// mainStory marks which lines belong to the article proper. Scraped pages put
// teasers of unrelated stories after it, separated by runs of boilerplate: the
// lines are grouped into blocks split by two or more junk lines in a row, and
// the block with the most running text is the story.
func mainStory(lines []line) (first, last int) {
	block, junkRun := 0, 0
	words := map[int]int{}
	for i := range lines {
		if lines[i].kind == lineJunk && isSeparator(lines[i].text) {
			lines[i].block = block // "___" and "6:05 p.m." divide a live blog's entries, not the page
			continue
		}
		if lines[i].kind == lineJunk {
			junkRun++
			if junkRun == 2 {
				block++
			}
		} else {
			junkRun = 0
		}
		lines[i].block = block
		if lines[i].kind == lineProse {
			words[block] += len(strings.Fields(lines[i].text))
		}
	}
	best := 0
	for b := 0; b <= block; b++ {
		if words[b] > words[best] {
			best = b
		}
	}
	first, last = -1, -1
	for i := range lines {
		if lines[i].block == best {
			if first < 0 {
				first = i
			}
			last = i
		}
	}
	return first, last
}

// isSeparator reports a line that only divides entries of one story: a rule
// of underscores, dashes or stars, or a time of day ("6:05 p.m.", "7 p.m.").
func isSeparator(t string) bool {
	t = strings.TrimSpace(t)
	if t == "" {
		return false
	}
	if strings.Trim(t, "_-*=~.•· ") == "" {
		return true
	}
	l := strings.ToLower(t)
	for _, suf := range []string{"a.m.", "p.m.", "am", "pm", "a.m", "p.m", "edt", "est", "gmt", "bst", "et"} {
		if rest, ok := strings.CutSuffix(l, suf); ok {
			rest = strings.TrimSpace(rest)
			return rest != "" && strings.Trim(rest, "0123456789:") == "" && len(rest) <= 5
		}
	}
	return false
}

// abbreviations end with a full stop that does not end a sentence.
var abbreviations = set(`mr mrs ms dr st jr sr gen sen rep gov lt col sgt capt maj adm prof rev vs etc inc corp co ltd
	no nos jan feb mar apr jun jul aug sep sept oct nov dec mt ft est approx dept univ fig`)

// sentenceStarters are words that, after initials like "U.S.", show a new sentence begins.
var sentenceStarters = set(`the a an he she they it we i in on but however this that these those there his her their
	its our meanwhile while when after before since as if although yet so still also`)

// splitSentences cuts a prose line into sentences, returning their spans relative to the line.
func splitSentences(s string) [][2]int {
	var out [][2]int
	start := 0
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		if r != '.' && r != '!' && r != '?' {
			continue
		}
		j := i
		for j < len(s) { // closing quotes and brackets belong to this sentence
			c, cs := utf8.DecodeRuneInString(s[j:])
			if c == '"' || c == '”' || c == '’' || c == '\'' || c == ')' || c == ']' || c == '.' {
				j += cs
				continue
			}
			break
		}
		if j >= len(s) {
			break
		}
		c, _ := utf8.DecodeRuneInString(s[j:])
		if !unicode.IsSpace(c) {
			continue
		}
		k := j
		for k < len(s) {
			c, cs := utf8.DecodeRuneInString(s[k:])
			if !unicode.IsSpace(c) {
				break
			}
			k += cs
		}
		if k >= len(s) {
			break
		}
		next, _ := utf8.DecodeRuneInString(s[k:])
		if !(unicode.IsUpper(next) || unicode.IsDigit(next) || next == '"' || next == '“' || next == '‘' || next == '\'') {
			continue
		}
		if r == '.' && !endsSentence(s[start:i-1], s[k:]) {
			continue
		}
		out = append(out, [2]int{start, j})
		start = k
		i = k
	}
	if start < len(s) {
		out = append(out, [2]int{start, len(s)})
	}
	return out
}

// endsSentence decides whether a full stop after before ends the sentence, given what follows.
func endsSentence(before, after string) bool {
	w := before
	if i := strings.LastIndexFunc(before, unicode.IsSpace); i >= 0 {
		w = before[i+1:]
	}
	w = strings.TrimLeft(w, "\"“‘'(")
	lw := strings.ToLower(w)
	if abbreviations[lw] {
		return false
	}
	// Initials and dotted acronyms ("U.S", "J", "D.C"): a new sentence only if a
	// typical sentence opener follows.
	if isInitials(w) {
		next := strings.ToLower(strings.TrimLeft(strings.Fields(after + " x")[0], "\"“‘'"))
		return sentenceStarters[next]
	}
	return true
}

func isInitials(w string) bool {
	if w == "" {
		return false
	}
	for _, part := range strings.Split(w, ".") {
		if utf8.RuneCountInString(part) > 1 || part != "" && !unicode.IsUpper([]rune(part)[0]) {
			return false
		}
	}
	return true
}
