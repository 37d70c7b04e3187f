package extract

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
		prev, _ := utf8.DecodeLastRuneInString(s[:i])
		next, _ := utf8.DecodeRuneInString(s[i+size:])
		switch {
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

func makeQuote(s string, base, li, open, close int) quoteSpan {
	_, osz := utf8.DecodeRuneInString(s[open:])
	in0, in1 := open+osz, close
	if r, sz := utf8.DecodeLastRuneInString(s[:close]); r == '”' || r == '"' || r == '’' {
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
	for _, qs := range d.quotes {
		if qs.inner1-qs.inner0 < 2 {
			continue
		}
		si := d.sentenceOf(qs.open)
		sj := d.sentenceOf(qs.close - 1)
		if si < 0 || sj < 0 {
			continue
		}
		var speaker *docEntity
		var spSpan [2]int
		var cue string
		var conf float64
		if d.sents[si].tree != nil {
			if sp, c, cf, ok := d.quoteTreeSpeaker(si, sj, qs); ok {
				speaker, spSpan, cue, conf = sp.ent, [2]int{sp.start, sp.end}, c, cf
			} else if sp, sps, c, cf := d.speechNounSpeaker(si, qs); sp != nil {
				speaker, spSpan, cue, conf = sp, sps, c, cf
			}
		} else {
			speaker, spSpan, cue, conf = d.quoteSpeaker(si, sj, qs)
		}
		startsSentence := strings.TrimSpace(d.doc.Text[d.sents[si].start:qs.open]) == ""
		if speaker == nil && prevSpeaker != nil && startsSentence && (prevLine == qs.line || prevLine == qs.line-1) && si <= prevEndSentence+1 {
			// A quotation continued in the next sentence or paragraph keeps its speaker.
			speaker, conf, cue = prevSpeaker, 0.65, "continued"
			spSpan = [2]int{}
		}
		if speaker == nil {
			conf = 0.3
		}
		about := d.mentionsInSpan(si, sj, qs.inner0, qs.inner1)
		about = append(about, d.conceptsInSpan(si, sj, qs.inner0, qs.inner1)...)
		stance := d.stanceOfSpan(si, sj, qs.inner0, qs.inner1)
		d.pendingSts = append(d.pendingSts, pendingStatement{si: si, sj: sj, speaker: speaker, speakerSpan: spSpan,
			cue: cue, content: [2]int{qs.inner0, qs.inner1}, direct: true, about: about, stance: stance, conf: conf})
		if speaker != nil {
			var inner []pendingRelation
			if d.sents[si].tree != nil {
				inner = d.quoteRelations(si, sj, qs, speaker, spSpan)
			} else {
				inner = d.quoteClauses(si, sj, qs, speaker, spSpan)
			}
			d.stanceRelation(si, arg{ent: speaker, start: spSpan[0], end: spSpan[1]}, cue, "", inner, nil, 0.5)
			prevSpeaker = speaker
		} else {
			prevSpeaker = nil
		}
		prevLine, prevEndSentence = qs.line, sj
	}
}

// quoteClauses reads the facts inside a quotation with the same clause rules,
// attributed to its speaker ("“President Putin emphasized the root causes,” Peskov
// said" → Putin emphasize root causes, according to Peskov). It returns them.
func (d *docState) quoteClauses(si, sj int, qs quoteSpan, speaker *docEntity, spSpan [2]int) []pendingRelation {
	before := len(d.pendingRels)
	d.inQuote = speaker
	for k := si; k <= sj; k++ {
		toks := d.sents[k].toks
		mask := make([]bool, len(toks))
		for i, t := range toks {
			mask[i] = t.start < qs.inner0 || t.end > qs.inner1
		}
		oldQ, oldG := d.quoted[k], d.groups[k]
		d.quoted[k] = mask
		groups := d.x.verbGroups(toks, mask)
		d.groups[k] = groups
		for gi, vg := range groups {
			vg.subj = d.subjectOf(k, groups, gi)
			vg.subjDone = true
		}
		for gi, vg := range groups {
			d.clause(k, groups, gi, vg)
		}
		d.quoted[k], d.groups[k] = oldQ, oldG
	}
	d.inQuote = nil
	for k := before; k < len(d.pendingRels); k++ {
		p := &d.pendingRels[k]
		if p.attr == nil && p.subj.ent != speaker {
			p.attr, p.attrSpan = speaker, spSpan
		}
		if p.modality == "" || p.modality == ModalityAsserted {
			p.modality = ModalityReported
		}
		p.conf -= 0.15
	}
	return append([]pendingRelation(nil), d.pendingRels[before:]...)
}

// quoteSpeaker looks for the reporting verb of a quotation in its sentences.
func (d *docState) quoteSpeaker(si, sj int, qs quoteSpan) (*docEntity, [2]int, string, float64) {
	// After the quotation: “…,” Trump said / “…,” said Trump / “…,” he stated.
	after := d.groups[sj]
	for _, vg := range after {
		t := d.sents[sj].toks
		if t[vg.first].start < qs.close || !d.x.lx.cues[vg.lemma] || vg.passive {
			continue
		}
		// Only a frame that closes the quotation: “…,” Trump said. The quotation ends
		// with punctuation, and nothing but the speaker stands between it and the verb
		// (no "while …", "and …": another clause).
		if !closesWithPunct(d.doc.Text, qs) {
			break
		}
		between := 0
		clause := false
		for _, tk := range t {
			if tk.start >= qs.close && tk.end <= t[vg.first].start {
				between++
				clause = clause || tk.tag == "CC" || tk.tag == "IN" || tk.isVerb()
			}
		}
		if clause || between > 8 {
			break
		}
		if len(vg.subj) > 0 && vg.subj[0].start >= qs.close {
			sp := vg.subj[0]
			return sp.ent, [2]int{sp.start, sp.end}, t[vg.main].text, 0.9 - boolf(sp.resolved, 0.1)
		}
		// inverted: “…,” said Peskov
		if a, _ := d.argsStartingAt(sj, vg.last+1); len(a) > 0 && a[0].ent.typ == TypePerson {
			return a[0].ent, [2]int{a[0].start, a[0].end}, t[vg.main].text, 0.85
		}
		break
	}
	// Before it: Trump said, “…” / Hegseth told officials that “…” / calling it “…”.
	var best *verbGroup
	for _, vg := range d.groups[si] {
		t := d.sents[si].toks
		if t[vg.last].end > qs.open {
			break
		}
		if d.x.lx.cues[vg.lemma] && !vg.passive {
			best = vg
		}
	}
	if best != nil && len(best.subj) > 0 && d.introduces(si, best, qs) {
		sp := best.subj[0]
		return sp.ent, [2]int{sp.start, sp.end}, d.sents[si].toks[best.main].text, 0.85 - boolf(sp.resolved, 0.1)
	}
	return d.speechNounSpeaker(si, qs)
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

// introduces reports whether reporting verb vg introduces quotation qs: the quote
// follows it closely ("said, “…”", "told reporters that “…”", "calling it “…”") or
// lies inside the reported speech it governs. A verb far away, with the quote
// modifying some noun ("agreed … following a “lengthy” call"), does not.
func (d *docState) introduces(si int, vg *verbGroup, qs quoteSpan) bool {
	sp := vg.subj[0].ent
	for _, st := range d.pendingSts {
		if !st.direct && st.speaker == sp && st.content[0] <= qs.open && qs.open < st.content[1] {
			return true
		}
	}
	toks := d.sents[si].toks
	gap := 0
	for k := vg.last + 1; k < len(toks) && toks[k].start < qs.open; k++ {
		if toks[k].isVerb() && toks[k].tag != "VBG" && toks[k].tag != "VBN" {
			return false // another clause in between
		}
		gap++
	}
	switch vg.lemma {
	case "call", "describe", "tell", "ask", "label", "term", "dub":
		return gap <= 8 // "calling his conversation with Trump “meaningful”"
	}
	if gap <= 3 { // "said, “", "wrote: “", "stated that “"
		return true
	}
	// "said that of his conversation with Putin, “…”": punctuation introduces it.
	before := strings.TrimSpace(d.doc.Text[:qs.open])
	return gap <= 10 && (strings.HasSuffix(before, ",") || strings.HasSuffix(before, ":"))
}

// closesWithPunct reports whether quotation qs ends with a comma, full stop,
// question or exclamation mark, inside or just outside its closing mark.
func closesWithPunct(text string, qs quoteSpan) bool {
	inner := strings.TrimRight(text[qs.open:qs.close], "”\"’'")
	if strings.HasSuffix(inner, ",") || strings.HasSuffix(inner, ".") || strings.HasSuffix(inner, "?") || strings.HasSuffix(inner, "!") {
		return true
	}
	after := strings.TrimLeft(text[qs.close:], " ")
	return strings.HasPrefix(after, ",") || strings.HasPrefix(after, ".")
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
		toks := d.sents[k].toks
		all := make([]bool, len(toks)) // inside the span everything is "quoted"; read it as plain text
		for i := 0; i < len(toks); i++ {
			if toks[i].start < b0 || toks[i].end > b1 || !toks[i].isNoun() && toks[i].tag != "JJ" {
				continue
			}
			e := nounPhraseAt(toks, i, all)
			if e < 0 || toks[e].end > b1 {
				continue
			}
			st := i
			for st < e && (toks[st].tag == "DT" || toks[st].tag == "PRP$" || toks[st].tag == "POS" || d.mentionAt(k, st) != nil) {
				st++
			}
			if e > st && !toks[e].isProper() && d.mentionAt(k, e) == nil {
				name := d.sents[k].textOf(toks[st].start, toks[e].end)
				ent := d.table.add(&mention{surface: name, typ: TypeConcept, start: toks[st].start, end: toks[e].end})
				out = append(out, arg{ent: ent, first: st, last: e, start: toks[st].start, end: toks[e].end, text: name})
			}
			i = e
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
