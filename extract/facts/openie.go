package facts

import (
	"context"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"unicode"
)

// Tuple kinds: where an Open IE tuple came from.
const (
	TupleRelation  = "relation"  // a Relation: subject, predicate, object, qualifiers
	TupleStatement = "statement" // a Statement: speaker, cue, content
)

// Tuple is one Open IE extraction from one sentence: a relation phrase and its
// arguments, subject first, in the shape Open IE benchmarks (CaRB) score.
type Tuple struct {
	Kind       string   `json:"kind"` // TupleRelation or TupleStatement
	Relation   string   `json:"relation"`
	Args       []string `json:"args"` // Arg1 (subject), Arg2 (object), then qualifiers by position
	Confidence float64  `json:"confidence"`
	Negated    bool     `json:"negated,omitempty"`
	Modality   string   `json:"modality,omitempty"`
	// AttributedTo is who the sentence says reported the fact, as written
	// ("Peskov revealed that Putin invited Trump"): context, not an argument.
	AttributedTo string `json:"attributed_to,omitempty"`
}

// OpenIE extracts tuples from one sentence. It runs the same Extract as
// articles get, on a one-sentence document, so the benchmark measures the
// extractor the graph is built from. The Extractor should be made with
// Options.SingleSentence so that short or Title Case sentences are not taken
// for headlines.
//
// Benchmark sentences often come tokenised the Penn Treebank way ("Pittsburgh
// 's", "“ a quote ”", "-LRB-"); they are joined back into running text for
// the tagger, and every argument is cut from the sentence as given.
func (x *Extractor) OpenIE(ctx context.Context, sentence string) ([]Tuple, error) {
	text, back := detokenise(sentence)
	if strings.TrimSpace(text) == "" {
		return nil, nil
	}
	res, err := x.Extract(ctx, Document{ID: "openie", Text: text})
	if err != nil {
		return nil, fmt.Errorf("openie: %w", err)
	}
	// orig maps a span of text to the words of the sentence as given. Without a
	// span there are no words to give ("unknown" speakers, speakers of an earlier
	// sentence): the argument is empty and the tuple is left out, since an Open
	// IE argument is always text of its sentence.
	orig := func(span []int) string {
		if len(span) != 2 || span[0] < 0 || span[1] > len(text) || span[0] >= span[1] {
			return ""
		}
		return strings.TrimSpace(sentence[back[span[0]]:back[span[1]]])
	}
	var out []Tuple
	seen := map[string]bool{}
	add := func(t Tuple) {
		key := t.Relation + "\x00" + strings.Join(t.Args, "\x00")
		if seen[key] || t.Relation == "" || len(t.Args) < 2 || t.Args[0] == "" || t.Args[1] == "" {
			return
		}
		seen[key] = true
		out = append(out, t)
	}
	for _, r := range res.Relations {
		rel := asGiven(r.PredicateText, text, sentence, back)
		if rel == "" {
			rel = r.Predicate
		}
		subj, obj := r.Subject, r.Object
		if isAgentPhrase(text, rel, subj) {
			// The records keep the agent as subject ("Eiffel design bridge"); Open IE
			// keeps the sentence's order: (the bridge, was designed by, Eiffel).
			subj, obj = obj, subj
		}
		if r.Predicate == predicateHoldRole {
			// Implicit in the sentence ("President Bush"): Open IE writes such facts with "is".
			rel = "is"
		}
		sspan, ospan := widen(text, subj.MentionSpan), widen(text, obj.MentionSpan)
		if overlaps(sspan, obj.MentionSpan) {
			sspan = subj.MentionSpan
		}
		if overlaps(ospan, subj.MentionSpan) {
			ospan = obj.MentionSpan // "Nordbank's chief": the object stops at the possessor
		}
		t := Tuple{Kind: TupleRelation, Relation: rel, Confidence: r.Confidence, Negated: r.Negated, Modality: r.Modality,
			Args: []string{orig(sspan), orig(ospan)}}
		t.Args = append(t.Args, qualifierArgs(text, r, orig)...)
		if r.AttributedTo != nil {
			t.AttributedTo = orig(r.AttributedTo.MentionSpan)
		}
		add(t)
	}
	for _, st := range res.Statements {
		speaker := orig(widen(text, st.Speaker.MentionSpan))
		content := orig(st.ContentSpan[:])
		add(Tuple{Kind: TupleStatement, Relation: asGiven(st.Cue, text, sentence, back), Args: []string{speaker, content}, Confidence: st.Confidence,
			Modality: ModalityReported})
	}
	return out, nil
}

// asGiven returns the words of phrase, found in text, as the sentence gives
// them ("don't" → "do n't" when the sentence came tokenised). A phrase that is
// not one stretch of text (a light verb and its noun) keeps its words, with
// clitics split off the way the sentence splits them.
func asGiven(phrase, text, sentence string, back []int) string {
	if phrase == "" || text == sentence {
		return phrase
	}
	if i := indexWord(text, phrase, 0); i >= 0 {
		return strings.TrimSpace(sentence[back[i]:back[i+len(phrase)]])
	}
	words := strings.Fields(phrase)
	for k, w := range words {
		lw := strings.ToLower(w)
		for _, c := range []string{"n't", "'s", "'re", "'ll", "'ve", "'d", "'m"} {
			if strings.HasSuffix(lw, c) && len(w) > len(c) {
				words[k] = w[:len(w)-len(c)] + " " + w[len(w)-len(c):]
				break
			}
		}
	}
	return strings.Join(words, " ")
}

// predicateHoldRole is the predicate of the role facts the extractor reads off
// titles ("U.S. Defense Secretary Pete Hegseth").
const predicateHoldRole = "hold-role"

// overlaps reports whether spans a and b, each [start, end) or empty, share a byte.
func overlaps(a, b []int) bool {
	return len(a) == 2 && len(b) == 2 && a[0] < b[1] && b[0] < a[1]
}

// isAgentPhrase reports a passive relation phrase ending in "by" whose subject
// is the by-phrase's noun phrase, i.e. the agent written after the verb.
func isAgentPhrase(text, rel string, subj Ref) bool {
	if !strings.HasSuffix(rel, " by") && rel != "by" || len(subj.MentionSpan) != 2 {
		return false
	}
	before := strings.TrimRight(text[:subj.MentionSpan[0]], " ")
	for _, det := range []string{" the", " a", " an"} {
		before = strings.TrimSuffix(before, det)
	}
	return strings.HasSuffix(before, " by")
}

// TSV formats t as one line of the tab-separated format CaRB's scorer reads:
// sentence, confidence, relation, then the arguments, ending in a newline. Tabs
// and line breaks inside a field would shift the columns; they become spaces.
func (t Tuple) TSV(sentence string) string {
	clean := strings.NewReplacer("\t", " ", "\n", " ", "\r", " ")
	var b strings.Builder
	b.WriteString(clean.Replace(sentence))
	b.WriteByte('\t')
	b.WriteString(strconv.FormatFloat(t.Confidence, 'f', 2, 64))
	b.WriteByte('\t')
	b.WriteString(clean.Replace(t.Relation))
	for _, a := range t.Args {
		b.WriteByte('\t')
		b.WriteString(clean.Replace(a))
	}
	b.WriteByte('\n')
	return b.String()
}

// qualifierArgs turns a relation's qualifiers into "preposition value" arguments
// ordered by where they occur in the sentence ("at Kettering" before "in 1941"
// when the sentence says so); orig maps a span of text to the sentence as given.
// A qualifier's value may leave out words of the sentence (its determiner: "for
// army" from "for an army"), so the argument runs from the preposition to the
// value's last word as written.
func qualifierArgs(text string, r Relation, orig func([]int) string) []string {
	type qa struct {
		pos int
		arg string
	}
	var qs []qa
	from := 0
	if len(r.Object.MentionSpan) == 2 {
		from = r.Object.MentionSpan[1]
	}
	for prep, val := range r.Qualifiers {
		if val == "" {
			continue
		}
		sp, ok := locatePhrase(text, prep, val, from)
		if !ok {
			sp, ok = locatePhrase(text, prep, val, 0)
		}
		if !ok {
			// A value the extractor normalised ("of: United States" for "U.S.") is a
			// fact about the sentence, not words of it: Open IE arguments are text.
			continue
		}
		qs = append(qs, qa{sp[0], orig(sp[:])})
	}
	sort.Slice(qs, func(i, j int) bool {
		if qs[i].pos != qs[j].pos {
			return qs[i].pos < qs[j].pos
		}
		return qs[i].arg < qs[j].arg
	})
	out := make([]string, len(qs))
	for i, q := range qs {
		out[i] = q.arg
	}
	return out
}

// locatePhrase finds preposition prep as a word at or after from, followed
// closely by the words of val, and returns the span from prep to val's last word.
func locatePhrase(text, prep, val string, from int) ([2]int, bool) {
	words := strings.Fields(val)
	if len(words) == 0 {
		return [2]int{}, false
	}
	// ASCII folding keeps byte offsets: strings.ToLower rewrites invalid UTF-8
	// as U+FFFD (three bytes), and offsets into it then overrun text.
	lower := asciiLower(text)
	for at := from; at <= len(text); {
		i := indexWord(lower, asciiLower(prep), at)
		if i < 0 {
			return [2]int{}, false
		}
		// The value's words must follow in order, with at most a few words between.
		pos, ok := i+len(prep), true
		for k, w := range words {
			j := strings.Index(text[pos:], w)
			limit := 2 * len(w)
			if k == 0 {
				limit = len(w) + 24 // room for "an", "the most", "its own"
			}
			if j < 0 || j > limit {
				ok = false
				break
			}
			pos += j + len(w)
		}
		if ok {
			return [2]int{i, pos}, true
		}
		at = i + 1
	}
	return [2]int{}, false
}

// indexWord finds w in s at or after from where it stands as a whole word.
// asciiLower lowercases ASCII letters only, so the result has text's length
// and every offset into it is an offset into text.
func asciiLower(text string) string {
	b := []byte(text)
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

func indexWord(s, w string, from int) int {
	for from <= len(s) {
		i := strings.Index(s[from:], w)
		if i < 0 {
			return -1
		}
		i += from
		before := i == 0 || !isWordByte(s[i-1])
		after := i+len(w) == len(s) || !isWordByte(s[i+len(w)])
		if before && after {
			return i
		}
		from = i + 1
	}
	return -1
}

func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= 0x80
}

// determiners open a noun phrase; an argument whose mention starts just after
// one takes it along ("the Flemish Region", not "Flemish Region"), since Open IE
// arguments are whole noun phrases.
var determiners = set(`the a an this these those his her its their our my your some any each every
	no all both another such`)

// openIEPronouns take no determiner or possessor.
var openIEPronouns = set(`i me we us you he him she her it they them this these those who which what`)

// titleWords are abbreviated titles that belong to the name after them ("Mr.
// Baker"); the extractor strips them from entity names, an Open IE argument keeps them.
var titleWords = set(`mr. mrs. ms. dr. prof. st. sen. rep. gen. gov. lt. col. capt. sgt. rev. fr.`)

// widen extends the span [start, end) of text left to the whole noun phrase as
// written: over a title ("Mr. Baker"), a possessor ("Pittsburgh's mayor", "the
// company's chief"), and one determiner ("the Flemish Region"). "that" is left
// out of the determiners: it is far more often the complementiser of a clause.
func widen(text string, span []int) []int {
	if len(span) != 2 || span[0] <= 0 || span[1] > len(text) || span[0] >= span[1] {
		return span
	}
	if openIEPronouns[strings.ToLower(text[span[0]:span[1]])] {
		return span
	}
	start := span[0]
	possessor := false
	for steps := 0; steps < 8; steps++ {
		i, j := prevWord(text, start)
		if i == j {
			break
		}
		w := text[i:j]
		lw := strings.ToLower(w)
		switch {
		case determiners[lw]:
			return []int{i, span[1]}
		case titleWords[lw]:
			start = i
		case strings.HasSuffix(lw, "'s") && len(w) > 2 || strings.HasSuffix(lw, "s'") && len(w) > 2:
			start, possessor = i, true
		case possessor && w[0] >= 'A' && w[0] <= 'Z':
			start = i // the rest of a capitalised possessor: "New York's"
		default:
			return []int{start, span[1]}
		}
	}
	return []int{start, span[1]}
}

// prevWord finds the word that ends just before offset at (spaces between),
// as a span; i == j when there is none.
func prevWord(text string, at int) (int, int) {
	j := at
	for j > 0 && text[j-1] == ' ' {
		j--
	}
	i := j
	for i > 0 && text[i-1] != ' ' {
		i--
	}
	w := text[i:j]
	if strings.ContainsAny(w, ",;:()[]\"") {
		return j, j
	}
	return i, j
}

// ptbEscapes are Penn Treebank escapes and the running-text form they stand for.
var ptbEscapes = map[string]string{
	"-LRB-": "(", "-RRB-": ")", "-LSB-": "[", "-RSB-": "]", "-LCB-": "{", "-RCB-": "}",
	"``": "\"", "''": "\"", "`": "'",
}

// detokenise joins a Penn-Treebank-tokenised sentence back into running text
// ("Pittsburgh 's" → "Pittsburgh's", "“ yes ”" → "\"yes\"", "fume - filled" →
// "fume-filled", "$ 4" → "$4"), so that the tagger and the quotation finder see
// what they were built for. back maps every byte offset of the result, and its
// end, to an offset in s, so a span found in the result can be cut from s as
// given. Text that does not look tokenised (no " ." at the end, no " , ")
// comes back unchanged.
func detokenise(s string) (string, []int) {
	trimmed := strings.TrimRight(s, " \t\r\n")
	if !strings.HasSuffix(trimmed, " .") && !strings.Contains(s, " , ") && !strings.Contains(s, " 's ") {
		back := make([]int, len(s)+1)
		for i := range back {
			back[i] = i
		}
		return s, back
	}
	words := strings.Fields(s)
	var b strings.Builder
	back := make([]int, 0, len(s)+1)
	pos := 0
	prev, next := "", ""
	openQuote, openSingle := false, false
	glueNext := false
	for wi, w := range words {
		at := strings.Index(s[pos:], w) + pos
		pos = at + len(w)
		next = ""
		if wi+1 < len(words) {
			next = words[wi+1]
		}
		// The final full stop stays apart: glued to "May" or "Corp" it makes the
		// tagger read an abbreviation and the stop becomes part of the last word.
		finalStop := w == "." && wi == len(words)-1
		out := w
		if r, ok := ptbEscapes[w]; ok {
			out = r
		}
		closes := w == "''" || w == "\"" && openQuote || w == "'" && openSingle
		opens := w == "``" || w == "\"" && !openQuote || w == "`"
		glue := wi > 0 && (glueNext || closes || isCliticWord(w) ||
			strings.ContainsAny(out, ".,;:?!%)]}") && len(strings.Trim(out, ".,;:?!%)]}")) == 0 && out != "..." && !finalStop ||
			w == "-" && isWordy(prev) && isWordy(next))
		glueNext = opens || out == "(" || out == "[" || out == "{" || out == "$" || out == "US$" ||
			w == "-" && isWordy(prev) && isWordy(next)
		switch {
		case w == "`":
			openSingle = true
		case w == "'" && openSingle:
			openSingle = false
		case opens:
			openQuote = true
		case closes:
			openQuote = false
		}
		if wi > 0 && !glue {
			b.WriteByte(' ')
			back = append(back, at)
		}
		for k := 0; k < len(out); k++ {
			if out == w {
				back = append(back, at+k)
			} else {
				back = append(back, at) // an escape maps to where it starts
			}
		}
		b.WriteString(out)
		prev = w
	}
	back = append(back, len(trimmed))
	return b.String(), back
}

// isWordy reports a word made of letters or digits ("fume", "1941"), the kind a
// tokenised hyphen is cut out of.
func isWordy(w string) bool {
	if w == "" {
		return false
	}
	for _, r := range w {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

// isCliticWord reports a PTB clitic that belongs to the word before it:
// "'s", "n't", "'re", "'ll", "'ve", "'d", "'m".
func isCliticWord(w string) bool {
	switch strings.ToLower(w) {
	case "'s", "n't", "'re", "'ll", "'ve", "'d", "'m":
		return true
	}
	return false
}
