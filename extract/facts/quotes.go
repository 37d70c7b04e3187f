package facts

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// quoteSpan is a quotation in the article: open and close are the byte offsets
// of its marks (close is after the closing mark), inner the words inside.
type quoteSpan struct {
	open, close    int
	inner0, inner1 int
	line           int
}

// findQuotes finds the quotations of a line. “ ” and " are one kind of mark (scraped
// text mixes them: “…," ); ‘ ’ quote only at word edges, since ’ is also an
// apostrophe. A quotation left open at the end of the line closes there.
func findQuotes(s string, base, li int) []quoteSpan {
	var out []quoteSpan
	open := -1
	single := -1
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		// Archives that write quotation marks as two apostrophes (''…'') or
		// the typewriter's ``…'': read them as the marks they stand for.
		switch {
		case strings.HasPrefix(s[i:], "''"):
			r, size = '"', 2
		case strings.HasPrefix(s[i:], "``"):
			r, size = '“', 2
		}
		prev, _ := utf8.DecodeLastRuneInString(s[:i])
		next, _ := utf8.DecodeRuneInString(s[i+size:])
		switch {
		case (r == '“' || r == '"') && open >= 0 && reopens(s, open, i, size):
			// Newswire paragraphs of one quotation each open a mark and only the
			// last closes it: “… first. “Second …” — a mark that opens a word after
			// a finished sentence starts the next part of the quotation.
			out = append(out, makeQuote(s, base, li, open, i))
			open = i
		case r == '“' || r == '"' && open < 0 && (i == 0 || !unicode.IsLetter(prev)):
			if open < 0 {
				open = i
			}
		case r == '”' || r == '"':
			if open >= 0 {
				out = append(out, makeQuote(s, base, li, open, i+size))
				open = -1
			} else if r == '"' {
				open = i
			}
		case r == '‘' && open < 0 && (i == 0 || !unicode.IsLetter(prev)):
			single = i
		case r == '’' && single >= 0 && open < 0 && (i+size >= len(s) || !unicode.IsLetter(next)):
			out = append(out, makeQuote(s, base, li, single, i+size))
			single = -1
		}
		i += size
	}
	if open >= 0 && len(s)-open > 2 {
		out = append(out, makeQuote(s, base, li, open, len(s)))
	}
	return out
}

// reopens reports whether the quotation mark at i, inside a quotation opened
// at open, opens the next paragraph of it rather than closing it: a space or
// the line start before it, a word right after it, and the quotation's last
// sentence finished before it.
func reopens(s string, open, i, size int) bool {
	if i > 0 {
		if r, _ := utf8.DecodeLastRuneInString(s[:i]); !unicode.IsSpace(r) {
			return false
		}
	}
	next, _ := utf8.DecodeRuneInString(s[i+size:])
	if !unicode.IsLetter(next) && !unicode.IsDigit(next) {
		return false
	}
	before := strings.TrimRight(s[open:i], " ")
	return len(before) > 1 && strings.ContainsAny(before[len(before)-1:], ".?!")
}

func makeQuote(s string, base, li, open, close int) quoteSpan {
	_, osz := utf8.DecodeRuneInString(s[open:])
	if strings.HasPrefix(s[open:], "''") || strings.HasPrefix(s[open:], "``") {
		osz = 2
	}
	in0, in1 := open+osz, close
	if strings.HasSuffix(s[:close], "''") {
		in1 = close - 2
	} else if r, sz := utf8.DecodeLastRuneInString(s[:close]); r == '”' || r == '"' || r == '’' {
		in1 = close - sz
	}
	inner := s[in0:in1]
	// Trailing punctuation that belongs to the sentence around the quote: “… peace,”
	trimmed := strings.TrimRight(inner, " ,.;:")
	trimmed = strings.TrimLeft(trimmed, " ")
	lead := strings.Index(inner, trimmed)
	if lead < 0 {
		lead = 0
	}
	return quoteSpan{open: base + open, close: base + close, inner0: base + in0 + lead, inner1: base + in0 + lead + len(trimmed), line: li}
}

// sentenceOf returns the index of the sentence containing byte offset off.
func (d *docState) sentenceOf(off int) int {
	for i, s := range d.sents {
		if off >= s.start && off < s.end {
			return i
		}
	}
	return -1
}

// attributeQuotes gives each quotation a speaker: the subject of a reporting verb
// before it in its sentence ("Trump said, “…”"), or after it (“…,” Peskov said),
// or the speaker of the quotation just before it when it continues one; else unknown.
func (d *docState) attributeQuotes() {
	var prevSpeaker *docEntity
	prevLine, prevEndSentence := -1, -1
	prevSt := -1 // the statement the last quotation made, if it made one
	for _, qs := range d.quotes {
		if qs.inner1-qs.inner0 < 2 {
			continue
		}
		si := d.sentenceOf(qs.open)
		// A quotation cut where the next part reopens ends on the space
		// between two sentences: its last sentence holds its last word.
		sj := d.sentenceOf(max(qs.inner1, qs.inner0+1) - 1)
		if si < 0 || sj < 0 {
			continue
		}
		if d.inTurn(qs) {
			continue // a transcript turn printed in quotation marks is read as the turn
		}
		var speaker *docEntity
		var spSpan [2]int
		var cue string
		var conf float64
		found, partial := false, false
		{
			if st := d.reportedAround(si, qs); st != nil {
				// 'expressed "serious misgivings"': a partial quotation inside reported
				// speech is part of that statement, not one of its own.
				speaker, spSpan, cue, conf, found, partial = st.speaker, st.speakerSpan, st.cue, st.conf, true, true
			} else if sp, c, cf, ok := d.quoteTreeSpeaker(si, sj, qs); ok {
				speaker, spSpan, cue, conf, found = sp.ent, [2]int{sp.start, sp.end}, c, cf, true
			} else if sp, sps, c, cf := d.speechNounSpeaker(si, qs); sp != nil {
				speaker, spSpan, cue, conf, found = sp, sps, c, cf, true
			} else if sp, c, ok := d.openingSpeaker(si, qs); ok {
				speaker, spSpan, cue, conf, found = sp.ent, [2]int{sp.start, sp.end}, c, 0.7, true
			} else if sp, c, ok := d.closingQuoteSpeaker(sj, qs); ok {
				speaker, spSpan, cue, conf, found = sp.ent, [2]int{sp.start, sp.end}, c, 0.8, true
			}
		}
		if !found && d.scareQuote(si, qs) {
			continue // a scare quote or a title ("deplorables", "Fox News Sunday", "something to hand", "Virtual weight" measurements): nobody is quoted
		}
		startsSentence := strings.TrimSpace(d.doc.Text[d.sents[si].start:qs.open]) == ""
		if !found && prevSpeaker != nil && startsSentence && (prevLine == qs.line || prevLine == qs.line-1) && si <= prevEndSentence+1 {
			// A quotation continued in the next sentence or paragraph keeps its speaker.
			speaker, conf, cue = prevSpeaker, 0.65, "continued"
			spSpan = [2]int{}
		}
		if !found && speaker == nil && startsSentence && si > 0 && d.sents[si-1].line == qs.line {
			// "But despite his defeat, the world number 14 was pleased with his
			// performance. “I had a chance …”": a quotation opening the sentence
			// after one about someone, in the same paragraph, is theirs
			if sp, ok := d.narratedSpeaker(si - 1); ok && !d.namedInside(sp.ent, si, sj, qs) {
				speaker, spSpan, cue, conf = sp.ent, [2]int{sp.start, sp.end}, "", 0.5
			}
		}
		if !found && speaker == nil && startsSentence && si > 0 && d.sents[si-1].line < qs.line {
			// "…, Mr Howard said. ¶ “We watched the scenes …”": a paragraph
			// opening with quoted words after one that ends in someone's
			// reported speech goes on with that speech
			if sp := d.reporterOfSentence(si - 1); sp != nil {
				speaker, spSpan, cue, conf = sp, [2]int{}, "", 0.5
			}
		}
		if !found && speaker == nil && startsSentence && !d.scareQuote(si, qs) {
			// "… she said. Still images do not provide all those cues. “It could
			// really take off …”": a quotation with no cue, after narration that
			// names no one else, goes on with the last person quoted
			if sp := d.lastQuotedSpeaker(si, qs); sp != nil {
				speaker, spSpan, cue, conf = sp, [2]int{}, "", 0.45
			}
		}
		if speaker == nil {
			conf = 0.3
		}
		// A speaker the article does not name ("he said" with no one to resolve
		// "he" to) still speaks the next part of the quotation.
		unnamed := speaker == nil && !found && prevSt >= 0 && d.pendingSts[prevSt].speaker == nil && d.pendingSts[prevSt].speakerSpan[1] > 0
		if !partial && prevSt >= 0 && (speaker != nil || unnamed) && d.continuesQuote(&d.pendingSts[prevSt], speaker, qs) {
			// “…,” he said. “…” — one quotation the cue interrupts, or a
			// paragraph reopened by its mark: one statement, as news means it.
			p := &d.pendingSts[prevSt]
			p.gaps = append(p.gaps, [2]int{p.content[1], qs.inner0})
			p.content[1], p.sj = qs.inner1, sj
			p.about = append(p.about, d.mentionsInSpan(si, sj, qs.inner0, qs.inner1)...)
			p.about = append(p.about, d.conceptsInSpan(si, sj, qs.inner0, qs.inner1)...)
			p.stance = d.stanceOfSpan(p.si, sj, p.content[0], p.content[1])
		} else if !partial {
			prevSt = len(d.pendingSts)
			about := d.mentionsInSpan(si, sj, qs.inner0, qs.inner1)
			about = append(about, d.conceptsInSpan(si, sj, qs.inner0, qs.inner1)...)
			stance := d.stanceOfSpan(si, sj, qs.inner0, qs.inner1)
			d.pendingSts = append(d.pendingSts, pendingStatement{si: si, sj: sj, speaker: speaker, speakerSpan: spSpan,
				cue: cue, content: [2]int{qs.inner0, qs.inner1}, direct: true, about: about, stance: stance, conf: conf})
		}
		if speaker != nil {
			inner := d.quoteRelations(si, sj, qs, speaker, spSpan)
			d.stanceRelation(si, arg{ent: speaker, start: spSpan[0], end: spSpan[1]}, cue, "", inner, nil, 0.5)
			prevSpeaker = speaker
		} else {
			prevSpeaker = nil
		}
		if partial {
			prevSt = -1
		}
		prevLine, prevEndSentence = qs.line, sj
	}
}

// namedInside reports whether quotation qs names person e in the third
// person: "Simon Taylor is an outstanding player" is not Simon Taylor's own
// quotation, whoever the sentence before was about.
func (d *docState) namedInside(e *docEntity, si, sj int, qs quoteSpan) bool {
	for k := si; k <= sj && k < len(d.mentions); k++ {
		for _, m := range d.mentions[k] {
			if m.ent == e && m.start >= qs.inner0 && m.end <= qs.inner1 {
				return true
			}
		}
	}
	return false
}

// narratedSpeaker is the person sentence si is about: the subject of its
// main clause, when that is a person or someone unnamed.
func (d *docState) narratedSpeaker(si int) (arg, bool) {
	sb := d.rootSubject(si)
	if t := d.sents[si].tree; t != nil {
		// "The Tories, he said, can cut crime …": who speaks is the cue's subject
		for r := range t.head {
			if t.head[r] >= 0 {
				continue
			}
			for _, c := range t.children(r, "parataxis") {
				if s := t.child(c, "nsubj"); s >= 0 && sayCues[d.verbLemma(si, c)] {
					sb = s
				}
			}
		}
	}
	if sb < 0 {
		return arg{}, false
	}
	sp := d.speakerArgs(si, sb)
	if len(sp) == 0 || sp[0].ent == nil || sp[0].ent.typ != TypePerson && sp[0].ent.typ != TypeUnnamed {
		return arg{}, false
	}
	return sp[0], true
}

// maxQuoteGap is how many bytes may separate the parts of one quotation: room
// for the cue that interrupts it (“…,” said the party's Scottish spokesman, “…”).
const maxQuoteGap = 120

// continuesQuote reports whether quotation qs, said by speaker, is the next
// part of the direct statement p: same paragraph, same speaker, and nothing
// but a short stretch (the cue, a closing and a reopening mark) between them.
func (d *docState) continuesQuote(p *pendingStatement, speaker *docEntity, qs quoteSpan) bool {
	if !p.direct || p.speaker != speaker || qs.inner0 < p.content[1] || qs.open-p.content[1] > maxQuoteGap {
		return false
	}
	if d.sents[p.si].line != d.sents[d.sentenceOf(qs.open)].line {
		return false
	}
	if d.scareQuote(d.sentenceOf(qs.open), qs) {
		return false // “Virtual weight” measurements are …: a scare quote in the next sentence, not more words
	}
	if narrationBetween(d.doc.Text[p.content[1]:qs.open]) {
		return false // “…” He also defended the plan. “…”: a sentence of the writer's between
	}
	// another quotation between them belongs to someone else
	for _, o := range d.quotes {
		if o.open >= p.content[1] && o.close <= qs.open {
			return false
		}
	}
	return true
}

// lastQuotedSpeaker returns the speaker of the last direct quotation
// before qs when it is at most three sentences back, in this paragraph or the
// one before, and the sentences between quote no one and name no other
// person; else nil.
func (d *docState) lastQuotedSpeaker(si int, qs quoteSpan) *docEntity {
	var last *pendingStatement
	for i := len(d.pendingSts) - 1; i >= 0; i-- {
		if st := &d.pendingSts[i]; st.direct && st.content[1] <= qs.open {
			last = st
			break
		}
	}
	if last == nil || last.speaker == nil || last.speaker.typ != TypePerson || si-last.sj > 3 ||
		d.sents[si].line-d.sents[last.sj].line > 1 {
		return nil
	}
	for _, o := range d.quotes {
		if o.open >= last.content[1] && o.close <= qs.open && o.inner1-o.inner0 >= 2 {
			return nil // another quotation between
		}
	}
	for _, o := range d.pendingSts {
		if o.speaker != last.speaker && o.content[0] >= last.content[1] && o.content[0] < qs.open {
			return nil // someone else spoke between ("But her spokesman insisted …")
		}
	}
	for s := last.sj; s <= si; s++ {
		for _, m := range d.mentions[s] {
			if m.ent != nil && m.ent != last.speaker && m.ent.typ == TypePerson && m.start >= last.content[1] && m.start < qs.open {
				return nil // someone else named between
			}
		}
	}
	return last.speaker
}

// scareQuote reports whether quotation qs of sentence si is three words or
// fewer with no finite verb: a phrase held up, not words someone said.
func (d *docState) scareQuote(si int, qs quoteSpan) bool {
	return len(strings.Fields(d.doc.Text[qs.inner0:qs.inner1])) <= 3 && !d.hasFiniteVerb(si, qs)
}

// narrationBetween reports whether the text between two quotations holds a
// sentence of the writer's own — a full stop, the closing marks, a space and a
// capital outside the marks (“…as well.” He also defended the plan. “…”) —
// rather than only the cue (“…,” he said. “…”) or the marks.
func narrationBetween(gap string) bool {
	for i := 0; i < len(gap); i++ {
		if gap[i] != '.' {
			continue
		}
		rest := gap[i+1:]
		for {
			r, sz := utf8.DecodeRuneInString(rest)
			if r != '"' && r != '”' && r != '’' {
				break
			}
			rest = rest[sz:]
		}
		words := strings.TrimLeft(rest, " ")
		if r, _ := utf8.DecodeRuneInString(words); len(words) < len(rest) && unicode.IsUpper(r) {
			return true
		}
	}
	return false
}

// reporterOfSentence returns who reports, through a verb of saying, the
// words of sentence si, or nil.
func (d *docState) reporterOfSentence(si int) *docEntity {
	for i := len(d.pendingSts) - 1; i >= 0; i-- {
		st := d.pendingSts[i]
		if st.sj == si && !st.direct && st.speaker != nil && clauseCues[d.cueLemma(st.cue)] {
			return st.speaker
		}
	}
	return nil
}

// hasVerb reports whether quotation qs holds a verb: a clause someone said,
// not a name or a phrase in scare quotes.
func (d *docState) hasVerb(si int, qs quoteSpan) bool {
	s := d.sents[si]
	for k, tk := range s.toks {
		if tk.start >= qs.inner0 && tk.end <= qs.inner1 && (tk.isVerb() || tk.tag == "MD" || s.tree != nil && (s.tree.upos[k] == "VERB" || s.tree.upos[k] == "AUX")) {
			return true
		}
	}
	return false
}

// hasFiniteVerb reports whether quotation qs holds a finite verb or a modal,
// a clause someone said ("We won"), not a phrase held up ("something to
// hand", "a bridge too far").
func (d *docState) hasFiniteVerb(si int, qs quoteSpan) bool {
	for _, tk := range d.sents[si].toks {
		if tk.start >= qs.inner0 && tk.end <= qs.inner1 {
			switch tk.tag {
			case "VBD", "VBZ", "VBP", "MD":
				return true
			}
		}
	}
	return false
}

// inTurn reports whether quotation qs holds a transcript turn ("PENCE: …").
func (d *docState) inTurn(qs quoteSpan) bool {
	for _, st := range d.pendingSts {
		if st.cue == ":" && st.content[0] >= qs.open && st.content[0] < qs.close {
			return true
		}
	}
	return false
}

// reportedAround returns the reported speech of sentence si whose content
// holds quotation qs, or nil.
func (d *docState) reportedAround(si int, qs quoteSpan) *pendingStatement {
	for k := range d.pendingSts {
		st := &d.pendingSts[k]
		if !st.direct && st.si == si && st.content[0] <= qs.inner0 && qs.inner1 <= st.content[1] {
			return st
		}
	}
	return nil
}

// speechNounSpeaker finds the speaker of a quotation in a possessed speech
// noun before it: "Hegseth's assertion that such membership is “unlikely”".
func (d *docState) speechNounSpeaker(si int, qs quoteSpan) (*docEntity, [2]int, string, float64) {
	toks := d.sents[si].toks
	for k := len(toks) - 1; k >= 2; k-- {
		if toks[k].end > qs.open || !speechNouns[toks[k].lower] {
			continue
		}
		if toks[k-1].tag == "POS" {
			if m := d.mentionAt(si, k-2); m != nil && m.ent != nil && m.ent.typ == TypePerson {
				return m.ent, [2]int{m.start, m.end}, toks[k].text, 0.7
			}
		}
	}
	return nil, [2]int{}, "", 0
}

// mentionsInSpan returns the entities named inside [b0, b1) across sentences si..sj.
func (d *docState) mentionsInSpan(si, sj, b0, b1 int) []arg {
	var out []arg
	for k := si; k <= sj; k++ {
		for _, m := range d.mentions[k] {
			if m.start >= b0 && m.end <= b1 && m.ent != nil {
				out = append(out, arg{ent: m.ent, start: m.start, end: m.end, text: m.surface})
			}
		}
	}
	return out
}

// conceptsInSpan returns the modified noun phrases inside [b0, b1) ("pre-2014 borders",
// "security guarantees"): what a quotation is about besides names.
func (d *docState) conceptsInSpan(si, sj, b0, b1 int) []arg {
	var out []arg
	for k := si; k <= sj; k++ {
		s := d.sents[k]
		t, toks := s.tree, s.toks
		if t == nil {
			continue
		}
		for h := range toks {
			if toks[h].start < b0 || toks[h].end > b1 || t.upos[h] != "NOUN" || d.mentionAt(k, h) != nil {
				continue
			}
			lo := h
			for _, c := range t.kids[h] {
				if c < h && (t.base(c) == "amod" || t.base(c) == "compound" || t.base(c) == "nummod") {
					a, _ := t.span(c, argDrop)
					lo = min(lo, a)
				}
			}
			if lo == h || toks[lo].start < b0 {
				continue
			}
			name := s.textOf(toks[lo].start, toks[h].end)
			ent := d.addOnce(&mention{surface: name, typ: TypeConcept, start: toks[lo].start, end: toks[h].end})
			out = append(out, arg{ent: ent, first: lo, last: h, start: toks[lo].start, end: toks[h].end, text: name})
		}
	}
	return out
}

func (d *docState) stanceOfSpan(si, sj, b0, b1 int) string {
	var toks []token
	for k := si; k <= sj; k++ {
		for _, t := range d.sents[k].toks {
			if t.start >= b0 && t.end <= b1 {
				toks = append(toks, t)
			}
		}
	}
	return d.stance(toks, "")
}

// openingSpeaker reads a quotation's speaker off the words before it when
// the tree has no cue there: "The French president told reporters: “…”"
// with the verb tagged as a noun. A speech verb, its speaker phrase before
// it from the sentence start or a comma, at most a short addressee after it,
// and a colon or comma right before the quotation mark.
func (d *docState) openingSpeaker(si int, qs quoteSpan) (arg, string, bool) {
	s := d.sents[si]
	t, toks := s.tree, s.toks
	if t == nil {
		return arg{}, "", false
	}
	q := -1 // the last token before the quotation
	for k := range toks {
		if toks[k].end <= qs.open {
			q = k
		}
	}
	if q < 1 || toks[q].text != ":" && toks[q].text != "," {
		return arg{}, "", false
	}
	for v := q - 1; v >= 1 && q-v <= 5; v-- {
		if toks[v].text == "," || toks[v].tag == "``" {
			break
		}
		l := d.x.lx.lemmatize(toks[v].lower, false)
		if !clauseCues[l] && !closingVerbs[l] || toks[v].tag == "VBG" || toks[v].isCap() {
			continue
		}
		if v < q-1 && !addresseeVerbs[l] {
			break // only "told reporters", "asked him" put words between the cue and the quotation
		}
		lo := v - 1
		for lo >= 0 && (toks[lo].tag == "MD" || t.upos[lo] == "AUX" || toks[lo].tag == "RB") {
			if toks[v].tag == "VBN" && beForms[toks[lo].lower] {
				return arg{}, "", false // "Kevin Donnellon was asked: “…”": the passive's subject heard the words
			}
			lo--
		}
		hi := lo
		for lo >= 0 && hi-lo <= 7 && toks[lo].text != "," && (toks[lo].isNoun() || toks[lo].tag == "DT" || toks[lo].tag == "JJ" || toks[lo].tag == "PRP" || toks[lo].tag == "PRP$" || toks[lo].tag == "POS" || t.upos[lo] == "PROPN" || t.upos[lo] == "NOUN" || t.upos[lo] == "ADJ" || t.upos[lo] == "DET") {
			lo--
		}
		lo++
		if lo > hi || lo > 0 && toks[lo-1].text != "," && toks[lo-1].tag != "CC" && toks[lo-1].tag != "RB" {
			return arg{}, "", false
		}
		if sp := d.closingSpeaker(si, closing{cue: v, spLo: lo, spHi: hi}); len(sp) > 0 {
			return sp[0], toks[v].text, true
		}
		return arg{}, "", false
	}
	return arg{}, "", false
}

// closingQuoteSpeaker gives a quotation the speaker of the reporting clause
// that closes its last sentence right after it: “…,” Lena Fischer, the
// council's finance chief, said in an interview — too far from the
// quotation for the tree's or the adjacent cue.
func (d *docState) closingQuoteSpeaker(sj int, qs quoteSpan) (arg, string, bool) {
	c, ok := d.closingCue(sj)
	if !ok {
		return arg{}, "", false
	}
	toks := d.sents[sj].toks
	end := toks[c.comma].end
	if c.comma+1 < len(toks) && (toks[c.comma+1].tag == "''" || toks[c.comma+1].tag == "``") {
		end = toks[c.comma+1].end // `…," a spokesman said`: the comma inside the closing mark
	}
	if qs.close > end || toks[c.comma].start-qs.close > 2 {
		return arg{}, "", false // the clause closes something else than the quotation
	}
	sp := d.closingSpeaker(sj, c)
	if len(sp) == 0 || sp[0].ent == nil {
		return arg{}, "", false
	}
	return sp[0], toks[c.cue].text, true
}
