package main

import (
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// wordClass is what kind of name a capitalised corpus word is, judged from
// where it stands; it picks the pool its replacement comes from.
type wordClass int

const (
	classSurname wordClass = iota // a name standing alone: Putin, Hegseth
	classGiven                    // a word usually followed by another name: Donald, Vladimir
	classPlace                    // a name usually after in/to/from: Ukraine, Brussels
	classAcronym                  // all capitals: NATO
	classDemonym                  // Russian, Ukrainian
)

// Corpus is the material articles are made from.
type Corpus struct {
	Headlines []string
	// Sentences are body sentences; a quotation running over several
	// sentences stays in one, so every sentence has balanced quotes.
	Sentences []string
	// Entities are the capitalised words renamed in every article.
	Entities map[string]wordClass
}

// Options size the archive.
type Options struct {
	Articles     int
	Seed         uint64
	MinSentences int
	MaxSentences int
}

// notNames are capitalised words that are titles, function words or parts of
// institution names rather than names; they are kept as they are.
var notNames = setOf(
	"President", "Vice", "Secretary", "Defense", "Defence", "Minister", "Prime", "Foreign",
	"State", "Chancellor", "General", "Senator", "Governor", "King", "Queen", "Mr", "Mrs", "Ms",
	"Dr", "Sir", "Chief", "Director", "Ambassador", "Spokesman", "Spokeswoman", "Deputy",
	"Mayor", "Councillor", "Judge", "Speaker", "Leader", "Commander", "Representative",
	"The", "And", "But", "In", "On", "At", "For", "With", "Of", "To", "He", "She", "It", "We",
	"They", "His", "Her", "Their", "This", "That", "These", "Those", "When", "While", "During",
	"After", "Before", "However", "As", "If", "By", "From", "An", "Is", "Was", "Our", "My", "You",
	"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
	"January", "February", "March", "April", "May", "June", "July", "August", "September",
	"October", "November", "December",
	"House", "Office", "Department", "Ministry", "Council", "Group", "Union", "Party",
	"Committee", "Agency", "Forces", "Army", "Administration", "Government", "Congress",
	"Senate", "Parliament", "Contact", "War", "Post", "News", "Press",
)

var placePrepositions = setOf("in", "to", "from", "at", "into", "across", "toward", "towards", "with", "visit", "visited")

func setOf(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}

// LoadCorpus reads the .txt articles in dir: the first line of each is a
// headline, the paragraphs after it are split into sentences, and short lines
// without a full stop (share buttons, tickers) are dropped.
func LoadCorpus(dir string) (*Corpus, error) {
	paths, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil {
		return nil, fmt.Errorf("corpus %s: %w", dir, err)
	}
	if len(paths) == 0 {
		return nil, fmt.Errorf("corpus %s: no .txt articles", dir)
	}
	sort.Strings(paths)
	c := &Corpus{}
	seen := map[string]bool{}
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			return nil, fmt.Errorf("corpus: %w", err)
		}
		head, sents := splitArticle(string(b))
		if head != "" {
			c.Headlines = append(c.Headlines, head)
		}
		for _, s := range sents {
			if !seen[s] {
				seen[s] = true
				c.Sentences = append(c.Sentences, s)
			}
		}
	}
	if len(c.Sentences) == 0 {
		return nil, fmt.Errorf("corpus %s: no sentences found", dir)
	}
	c.Entities = classify(c.Sentences)
	return c, nil
}

// splitArticle returns an article's headline and its body sentences.
func splitArticle(text string) (string, []string) {
	text = strings.ReplaceAll(text, "\r\n", "\n")
	var head string
	var sents []string
	// Some scraped articles separate paragraphs by blank lines, others by
	// single line breaks: each non-empty line is a paragraph.
	for _, para := range strings.Split(text, "\n") {
		para = strings.Join(strings.Fields(para), " ")
		if para == "" || para == head {
			continue
		}
		if head == "" {
			if len(strings.Fields(para)) < 4 {
				continue // a site banner ("Hot Posts") before the headline
			}
			head = para
			continue
		}
		if len(para) < 60 && !strings.ContainsAny(para[len(para)-1:], ".?!\"”") {
			continue // boilerplate or a subheading
		}
		sents = append(sents, splitSentences(para)...)
	}
	return head, sents
}

// splitSentences splits a paragraph after . ? or ! (and any closing quote)
// followed by a space and a capital or an opening quote, but never inside a
// quotation, so a reused sentence cannot leave a quote open.
func splitSentences(para string) []string {
	var out []string
	start, open := 0, false
	for i, r := range para {
		switch r {
		case '“':
			open = true
		case '”':
			open = false
		case '"':
			open = !open
		}
		if open || (r != '.' && r != '?' && r != '!' && r != '”' && r != '"') {
			continue
		}
		end := i + utf8.RuneLen(r)
		for end < len(para) && (para[end] == '"' || strings.HasPrefix(para[end:], "”")) {
			_, n := utf8.DecodeRuneInString(para[end:])
			end += n
		}
		if end+1 >= len(para) || para[end] != ' ' {
			continue
		}
		if r == '"' || r == '”' {
			// A closing quote ends a sentence only after . ? or !.
			prev, _ := utf8.DecodeLastRuneInString(para[:i])
			if !strings.ContainsRune(".?!", prev) {
				continue
			}
		}
		next, _ := utf8.DecodeRuneInString(para[end+1:])
		if !unicode.IsUpper(next) && next != '“' && next != '"' {
			continue
		}
		if w := lastWord(para[start:i]); len(w) <= 2 && w != "" && unicode.IsUpper(rune(w[0])) {
			continue // an initial or abbreviation: U.S., D.C.
		}
		out = append(out, strings.TrimSpace(para[start:end]))
		start = end + 1
	}
	if rest := strings.TrimSpace(para[start:]); rest != "" {
		out = append(out, rest)
	}
	return out
}

func lastWord(s string) string {
	i := strings.LastIndexFunc(s, func(r rune) bool { return !unicode.IsLetter(r) })
	return s[i+1:]
}

// word is one run of letters in a sentence.
type word struct {
	start, end int
	text       string
	initial    bool // first word of the sentence or of a quotation
}

func words(s string) []word {
	var out []word
	start := -1
	initial := true
	for i, r := range s + " " {
		if unicode.IsLetter(r) {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			out = append(out, word{start, i, s[start:i], initial})
			initial = false
			start = -1
		}
		switch r {
		case '“', '"', ':':
			initial = true
		case ' ', '\'', '’', '-':
		default:
			initial = false
		}
	}
	return out
}

func capitalised(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return len(w) >= 2 && unicode.IsUpper(r)
}

func allCaps(w string) bool {
	return strings.IndexFunc(w, unicode.IsLower) < 0
}

// classify finds the names in the sentences — capitalised words seen away
// from the start of a sentence that are not titles — and guesses each one's
// class from its neighbours.
func classify(sents []string) map[string]wordClass {
	type tally struct{ n, followed, afterPrep int }
	t := map[string]*tally{}
	for _, s := range sents {
		for _, w := range words(s) {
			if !w.initial && capitalised(w.text) && !notNames[w.text] {
				t[w.text] = &tally{}
			}
		}
	}
	for _, s := range sents {
		ws := words(s)
		for i, w := range ws {
			tw := t[w.text]
			if tw == nil {
				continue
			}
			tw.n++
			if i+1 < len(ws) && t[ws[i+1].text] != nil && strings.TrimSpace(s[w.end:ws[i+1].start]) == "" {
				tw.followed++
			}
			if i > 0 && placePrepositions[strings.ToLower(ws[i-1].text)] {
				tw.afterPrep++
			}
		}
	}
	out := make(map[string]wordClass, len(t))
	for w, tw := range t {
		if allCaps(w) && len(w) > 5 {
			continue // shouting ("DEATH AND DESTRUCTION"), not an acronym
		}
		switch {
		case allCaps(w) && len(w) <= 5:
			out[w] = classAcronym
		case strings.HasSuffix(w, "ian") || strings.HasSuffix(w, "ean") || strings.HasSuffix(w, "ese"):
			out[w] = classDemonym
		case 2*tw.followed > tw.n:
			out[w] = classGiven
		case 10*tw.afterPrep >= 3*tw.n:
			out[w] = classPlace
		default:
			out[w] = classSurname
		}
	}
	return out
}

// renamer gives one article its cast: each corpus name maps to one invented
// name for the whole article, so "Donald Trump … Trump" stays one person.
type renamer struct {
	rng   *rand.Rand
	pools map[wordClass][]string
	class map[string]wordClass
	to    map[string]string
	used  map[string]bool
}

// pick draws from a pool with a skewed popularity: index ~ u³ puts the first
// entries in many articles and the last in few.
func (r *renamer) pick(pool []string) string {
	for range 8 {
		u := r.rng.Float64()
		w := pool[int(u*u*u*float64(len(pool)))]
		if !r.used[w] {
			return w
		}
	}
	for _, w := range pool {
		if !r.used[w] {
			return w
		}
	}
	return pool[r.rng.IntN(len(pool))] // more names in the article than in the pool
}

func (r *renamer) name(w string) string {
	if n, ok := r.to[w]; ok {
		return n
	}
	var n string
	if c := r.class[w]; c == classDemonym {
		n = demonym(r.pick(r.pools[classPlace]))
	} else {
		n = r.pick(r.pools[c])
	}
	r.to[w], r.used[n] = n, true
	return n
}

// rename replaces every name in s.
func (r *renamer) rename(s string) string {
	var b strings.Builder
	last := 0
	for _, w := range words(s) {
		if _, ok := r.class[w.text]; !ok {
			continue
		}
		b.WriteString(s[last:w.start])
		b.WriteString(r.name(w.text))
		last = w.end
	}
	b.WriteString(s[last:])
	return b.String()
}

// Article returns generated article number n: a renamed corpus headline, then
// paragraphs of one to three shuffled, renamed sentences.
func Article(c *Corpus, o Options, n int) string {
	rng := rand.New(rand.NewPCG(o.Seed, uint64(n)))
	r := &renamer{rng: rng, pools: namePools(), class: c.Entities, to: map[string]string{}, used: map[string]bool{}}
	count := o.MinSentences
	if o.MaxSentences > o.MinSentences {
		count += rng.IntN(o.MaxSentences - o.MinSentences + 1)
	}
	count = max(1, min(count, len(c.Sentences)))
	order := rng.Perm(len(c.Sentences))[:count]
	var b strings.Builder
	if len(c.Headlines) > 0 {
		b.WriteString(r.rename(c.Headlines[rng.IntN(len(c.Headlines))]))
		b.WriteString("\n\n")
	}
	for i := 0; i < len(order); {
		k := min(1+rng.IntN(3), len(order)-i)
		for j, si := range order[i : i+k] {
			if j > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(r.rename(c.Sentences[si]))
		}
		b.WriteString("\n\n")
		i += k
	}
	return b.String()
}

// WriteArchive writes o.Articles articles into dir as NNNNN_gen.txt and
// returns how many it wrote. dir is created; it must be empty or absent, so a
// run never mixes two archives.
func WriteArchive(ctx context.Context, dir string, c *Corpus, o Options) (int, error) {
	if o.Articles < 1 {
		return 0, fmt.Errorf("archive %s: want at least one article, got %d", dir, o.Articles)
	}
	if o.MinSentences < 1 || o.MaxSentences < o.MinSentences {
		return 0, fmt.Errorf("archive %s: bad sentence range %d..%d", dir, o.MinSentences, o.MaxSentences)
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return 0, fmt.Errorf("archive: %w", err)
	}
	if ents, err := os.ReadDir(dir); err != nil {
		return 0, fmt.Errorf("archive: %w", err)
	} else if len(ents) > 0 {
		return 0, fmt.Errorf("archive %s: folder is not empty", dir)
	}
	width := len(fmt.Sprint(o.Articles - 1))
	for n := range o.Articles {
		if err := ctx.Err(); err != nil {
			return n, fmt.Errorf("archive %s: %w", dir, err)
		}
		name := filepath.Join(dir, fmt.Sprintf("%0*d_gen.txt", max(width, 5), n))
		if err := os.WriteFile(name, []byte(Article(c, o, n)), 0o644); err != nil {
			return n, fmt.Errorf("archive: %w", err)
		}
	}
	return o.Articles, nil
}
