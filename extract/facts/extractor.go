package facts

import (
	"context"
	"fmt"
	"maps"
	"slices"
	"sort"
	"strings"
	"unicode"

	"newsgraph/extract/syntax"
)

// Options configure an Extractor.
type Options struct {
	// IncludeTeasers keeps the teasers of unrelated stories that scraped pages
	// carry after the main article. They are dropped by default.
	IncludeTeasers bool
	// SingleSentence says each document is one sentence of running text, as in
	// Open IE benchmarks: no boilerplate or headline detection, no sentence
	// splitting, and the finer tuples such benchmarks count are kept too —
	// arguments that are pronouns nothing in the sentence resolves ("He was born
	// …"), and possessives ("Gen-Probe's shares" → Gen-Probe has shares).
	SingleSentence bool
	// NoLearnedCues leaves out the statements only the learned cue model
	// finds (rules only), to measure what it adds.
	NoLearnedCues bool
	// MinConfidence holds back the relations and statements whose learned
	// confidence (the chance a reader judges them right) is below it, counted
	// among the facts held back; 0 keeps them all. Open IE (SingleSentence)
	// keeps every tuple: its benchmarks rank them by confidence themselves.
	MinConfidence float64
	// Signals keeps on each record the features its confidence was weighed
	// from (Provenance.Signals), to see why a fact scored as it did and to
	// train the model (internal/train/confidence).
	Signals bool
}

// Extractor turns documents into records. It loads its word lists once (the
// parser's model on first use) and is safe for concurrent use by several
// goroutines.
type Extractor struct {
	opts   Options
	parser *syntax.Parser
	lx     *lexicon
	// objectCues are reporting verbs whose object is what they attribute
	// ("endorsed Clinton"), learned with the cue words.
	objectCues map[string]bool
	// attrCues are the verbs read as cues of attributions, a wider set than
	// lx.cues (see attributionCues).
	attrCues map[string]bool
	// treeOf, when set, gives the tree of a sentence instead of the parser:
	// tests read clauses off gold trees with it.
	treeOf func(text string, toks []token) *tree
	// cueModel is the learned cue detector, decoded on first use.
	cueModel modelLoader
	// confModel weighs how likely a fact is right, decoded on first use.
	confModel modelLoader
}

// New loads the word lists and returns an Extractor.
func New(opts Options) (*Extractor, error) {
	lx := newLexicon()
	for l := range learnedCues(lx) {
		lx.cues[l] = true // the reporting verbs news uses, learned from PolNeAR's train split
	}
	return &Extractor{opts: opts, parser: syntax.New(), lx: lx, objectCues: learnedObjectCues(lx), attrCues: attributionCues(lx),
		cueModel: modelLoader{name: "cue model", gz: cueModelGz}, confModel: modelLoader{name: "confidence model", gz: confModelGz}}, nil
}

// docState is the working state of one document's extraction.
type docState struct {
	x     *Extractor
	doc   Document
	lines []line
	sents []*sentence
	// per sentence: token-level quotation mask and mentions by token
	quoted   [][]bool
	mentions [][]mention
	quotes   []quoteSpan
	table    *entityTable
	res      *Result
	// coreference: the most recent salient entities
	lastPerson *docEntity
	lastThing  *docEntity
	lastGroup  []*docEntity
	// salientAt is the salience before each sentence: quotations are attributed
	// after all sentences are read, and their pronouns resolve as of their sentence.
	salientAt []salience
	// inQuote is the speaker while the words of one of their quotations are read.
	inQuote     *docEntity
	seen        map[string]bool // facts already emitted for this document (roles)
	added       map[addedKey]*docEntity
	pronouns    map[[2]int]*docEntity // resolved pronouns by sentence and token (see pronoun) // mentions the rules added, by span and type (see addOnce)
	pendingRels []pendingRelation
	pendingSts  []pendingStatement
	resolvedIn  map[int]bool // sentences whose personal pronouns were all resolved (resolvePersonalPronouns)
	// describedAs holds the person a description's head noun was taken for
	// by the sentence before ("… Britney Spears … The pop star cancelled"),
	// by the noun's offset: a later "the 22-year-old star" may be them too.
	describedAs map[int]*docEntity
}

// Extract finds the entities, relations and statements of one document.
func (x *Extractor) Extract(ctx context.Context, doc Document) (*Result, error) {
	d, err := x.prepare(ctx, doc)
	if err != nil {
		return nil, err
	}
	for si := range d.sents {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		d.clauses(si)
	}
	d.transcriptTurns()
	d.attributeQuotes()
	if err := d.learnedCues(); err != nil {
		return nil, fmt.Errorf("extract %s: %w", doc.ID, err)
	}
	if err := d.finish(); err != nil {
		return nil, fmt.Errorf("extract %s: %w", doc.ID, err)
	}
	return d.res, nil
}

// prepare reads a document up to its trees: the main story, sentences,
// tokens, quotations, names and a parse of every sentence.
func (x *Extractor) prepare(ctx context.Context, doc Document) (*docState, error) {
	d := &docState{x: x, doc: doc, table: newEntityTable(x.lx), res: &Result{Doc: doc}, seen: map[string]bool{}}
	if err := d.segment(ctx); err != nil {
		return nil, fmt.Errorf("extract %s: %w", doc.ID, err)
	}
	d.table.sentOf = d.sentenceAt
	midCaps := capitalisedMidSentence(d.sents)
	x.addFirstNames(d.sents, midCaps)
	titles := x.workTitles(d.sents)
	for si := range d.sents {
		d.mentions[si] = x.findMentions(d.sents[si], d.quoted[si], midCaps, titles)
		for k := range d.mentions[si] {
			d.table.add(&d.mentions[si][k])
		}
	}
	for si, s := range d.sents {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		var err error
		if s.tree, err = x.parse(s.text, s.toks, d.mentions[si]); err != nil {
			return nil, fmt.Errorf("extract %s: sentence %d: %w", doc.ID, si, err)
		}
		s.parsed = true
		d.appositiveRoles(si) // after the parse, which tells an apposition from a clause's subject
	}
	return d, nil
}

// segment finds the main story, its sentences, their tokens and the quotations.
func (d *docState) segment(ctx context.Context) error {
	d.lines = splitLines(d.doc.Text)
	first, last := 0, len(d.lines)-1
	if d.x.opts.SingleSentence {
		for i := range d.lines {
			d.lines[i].kind = lineProse
		}
	} else if !d.x.opts.IncludeTeasers {
		first, last = mainStory(d.lines)
	}
	for li := first; li >= 0 && li <= last; li++ {
		l := d.lines[li]
		if l.kind != lineProse && !(l.kind == lineHeadline && reportingHeadline(l.text)) {
			continue
		}
		if err := ctx.Err(); err != nil {
			return err
		}
		qs := findQuotes(l.text, l.start, li)
		d.quotes = append(d.quotes, qs...)
		spans := [][2]int{{0, len(l.text)}}
		if !d.x.opts.SingleSentence {
			spans = splitSentences(l.text)
		}
		for _, sp := range spans {
			s := &sentence{index: len(d.sents), start: l.start + sp[0], end: l.start + sp[1], line: li}
			s.text = d.doc.Text[s.start:s.end]
			toks, err := d.x.tag(s.text, s.start)
			if err != nil {
				return fmt.Errorf("sentence %d: %w", s.index, err)
			}
			s.toks = toks
			q := make([]bool, len(toks))
			for k, t := range toks {
				if d.x.opts.SingleSentence {
					// Open IE reads quoted words as part of the sentence
					// ("An “Dangaioh” adventure game was released"); statements
					// still come from the quotations found above.
					break
				}
				for _, qq := range qs {
					if t.start >= qq.open && t.end <= qq.close {
						q[k] = true
					}
				}
			}
			d.sents = append(d.sents, s)
			d.quoted = append(d.quoted, q)
		}
	}
	d.res.Sentences = len(d.sents)
	d.mentions = make([][]mention, len(d.sents))
	return nil
}

// prov builds the provenance of sentences si..sj.
func (d *docState) prov(si, sj int, conf float64, signals []string) Provenance {
	a, b := d.sents[si], d.sents[sj]
	return Provenance{Doc: d.doc.ID, Sentence: a.index, Span: [2]int{a.start, b.end},
		Text: d.doc.Text[a.start:b.end], Confidence: round2(conf), Signals: signals}
}

// wordPredicate reports whether a predicate is made of words: an amount or
// a stray mark read as a verb ("dollars 27.5bn" parsed with "27.5bn" the
// predicate: "be-27bn") relates nothing.
func wordPredicate(pred string) bool {
	for _, r := range pred {
		if r != '-' && r != ' ' && !unicode.IsLetter(r) {
			return false
		}
	}
	return pred != ""
}

func round2(f float64) float64 {
	if f > 0.99 {
		f = 0.99
	}
	if f < 0.01 {
		f = 0.01
	}
	return float64(int(f*100+0.5)) / 100
}

// attributedToHeld reports whether relation p was read inside the words of a
// statement the gate held back, and attributed to its speaker: the words were
// no one's ("the Tories' attempt to open …" read as the Tories saying it), so
// what they state is no one's either.
func attributedToHeld(p pendingRelation, held []pendingStatement) bool {
	for _, st := range held {
		if p.attr != nil && p.attr == st.speaker && p.si >= st.si && p.si <= st.sj &&
			p.subj.start >= st.content[0] && p.subj.end <= st.content[1] {
			return true
		}
		// one attributeInsideWords would have given to a speaker held back as
		// unnamed, or inside a story told: left alone it would read as the
		// writer's own fact
		if p.attr == nil && st.speaker != nil && st.dropInside && p.si >= st.si && p.si <= st.sj &&
			p.subj.start >= st.content[0] && p.subj.end <= st.content[1] && p.obj.start >= st.content[0] && p.obj.end <= st.content[1] {
			return true
		}
	}
	return false
}

// attributeInsideWords gives a relation the tree left asserted to the
// speaker of the statement whose words hold it: "IBM, which argues that its
// service is cheaper" — the parse hung the cue where the clause rules did not
// see it, the statement rules did. Both arguments must lie in the words, outside
// the cue that interrupts them.
func attributeInsideWords(rels []pendingRelation, sts []pendingStatement) {
	inside := func(a arg, st pendingStatement) bool {
		if a.start < st.content[0] || a.end > st.content[1] {
			return false
		}
		for _, g := range st.gaps {
			if a.start < g[1] && a.end > g[0] {
				return false
			}
		}
		return true
	}
	for i := range rels {
		p := &rels[i]
		if p.attr != nil || p.modality != "" && p.modality != ModalityAsserted && p.modality != ModalityPossible {
			continue
		}
		for _, st := range sts {
			if st.speaker != nil && p.si >= st.si && p.si <= st.sj && inside(p.subj, st) && inside(p.obj, st) {
				p.attr, p.attrSpan = st.speaker, st.speakerSpan
				if p.modality != ModalityPossible {
					p.modality = ModalityReported // (what someone says could happen stays possible, and theirs)
				}
				break
			}
		}
	}
}

// directedInsideWords makes possible a reported relation whose subject
// opens the words of a statement whose cue asks for something to be done: "It
// recommends that developing countries reduce their tariffs" reports a
// recommendation, not that they reduce them. The speaker stays. A relation
// further inside the words is not the thing asked for ("urged the government
// to redraft clauses relating to …": the clauses do relate to it).
func directedInsideWords(rels []pendingRelation, sts []pendingStatement, text string, lemma func(string) string) {
	for i := range rels {
		p := &rels[i]
		if p.modality != ModalityReported || p.attr == nil || p.pred == "hold role" {
			continue
		}
		for _, st := range sts {
			if st.speaker != p.attr || st.direct || p.si < st.si || p.si > st.sj || !directiveCues[lemma(st.cue)] ||
				p.subj.start < st.content[0] || p.obj.end > st.content[1] || p.subj.start > len(text) {
				continue
			}
			if lead := strings.ToLower(strings.TrimSpace(text[st.content[0]:p.subj.start])); lead == "" || lead == "that" {
				p.modality = ModalityPossible
				break
			}
		}
	}
}

// finish turns the document's entities and pending records into the Result.
func (d *docState) finish() error {
	d.typeSpeakers()
	// "it" took a name nothing typed yet; a speaker's type came later and
	// says it is a person, whom "it" never stands for
	keptSts := d.pendingSts[:0]
	var heldSts []pendingStatement
	for _, p := range d.pendingSts {
		why := ""
		if !d.x.opts.SingleSentence {
			why = d.heldBackStatement(p)
		}
		if why == "" {
			keptSts = append(keptSts, p)
		} else {
			p.dropInside = why == heldUnnamedSpeaker || why == heldStory
			heldSts = append(heldSts, p)
			d.hold("statement: " + why)
		}
	}
	d.pendingSts = keptSts
	kept := d.pendingRels[:0]
	for _, p := range d.pendingRels {
		if itPerson(p.subj) || itPerson(p.obj) || itIsA(p) || !wordPredicate(p.pred) {
			continue
		}
		if !d.x.opts.SingleSentence {
			if why := d.heldBackRelation(p); why != "" {
				d.hold("relation: " + why)
				continue
			}
			if attributedToHeld(p, heldSts) {
				d.hold("relation: inside words held back")
				continue
			}
		}
		kept = append(kept, p)
	}
	d.pendingRels = kept
	d.pendingSts = withoutNestedRepeats(d.pendingSts, d.cueLemma)
	if !d.x.opts.SingleSentence {
		attributeInsideWords(d.pendingRels, d.pendingSts)
		for i := range d.pendingRels {
			if p := &d.pendingRels[i]; p.pred == "hold role" && p.modality == ModalityReported {
				// "They pointed out that President George W Bush's administration
				// …": the title is the writer's description, not the speakers' claim
				p.modality, p.attr = "", nil
			}
		}
		directedInsideWords(d.pendingRels, d.pendingSts, d.doc.Text, d.cueLemma)
	}
	if err := d.weigh(); err != nil {
		return err
	}

	used := map[*docEntity]bool{}
	for _, p := range d.pendingRels {
		used[p.subj.ent] = true
		used[p.obj.ent] = true
		if p.attr != nil {
			used[p.attr] = true
		}
	}
	for _, p := range d.pendingSts {
		used[p.speaker] = true
		for _, a := range p.about {
			used[a.ent] = true
		}
	}
	for _, e := range d.table.list {
		if e.typ == TypeConcept && !used[e] {
			continue // a noun phrase nothing points at is not worth a node
		}
		d.res.Entities = append(d.res.Entities, Entity{
			Kind: KindEntity, ID: d.entityID(e), Name: e.name, Type: e.typ,
			Aliases: e.sortedAliases(), Docs: []string{d.doc.ID}, Mentions: e.mentions,
			MixedScript: mixedScript(e.name),
		})
	}
	// One fact a sentence states once: "Ernst & Young urged him" is read from
	// both names of the one firm, a conjunct and its head.
	seen := map[string]bool{}
	for _, p := range d.pendingRels {
		r := p.record(d)
		if k := relationKey(r); !seen[k] {
			seen[k] = true
			d.res.Relations = append(d.res.Relations, r)
		}
	}
	// One statement once: two readings of a sentence ("backed Gerrard's view
	// that …" through the noun and through the verb) can give the same
	// speaker, cue and content twice.
	said := map[string]bool{}
	for _, p := range d.pendingSts {
		st := p.record(d)
		k := fmt.Sprint(st.Speaker.ID, "\x00", st.Cue, "\x00", st.ContentSpan)
		if !said[k] {
			said[k] = true
			d.res.Statements = append(d.res.Statements, st)
		}
	}
	sort.SliceStable(d.res.Relations, func(i, j int) bool {
		return d.res.Relations[i].Span[0] < d.res.Relations[j].Span[0]
	})
	sort.SliceStable(d.res.Statements, func(i, j int) bool {
		return d.res.Statements[i].Span[0] < d.res.Statements[j].Span[0]
	})
	return nil
}

// hold counts a candidate fact the gate held back, by reason, so that the
// caller can say how many were left out and why.
func (d *docState) hold(why string) {
	if d.res.HeldBack == nil {
		d.res.HeldBack = map[string]int{}
	}
	d.res.HeldBack[why]++
}

// relationKey is what makes two relations of a sentence the same fact.
func relationKey(r Relation) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%d\x00%s\x00%s\x00%s\x00%t\x00%s", r.Sentence, r.Subject.ID, r.Predicate, r.Object.ID, r.Negated, r.Modality)
	if r.AttributedTo != nil {
		b.WriteString("\x00" + r.AttributedTo.ID)
	}
	for _, k := range slices.Sorted(maps.Keys(r.Qualifiers)) {
		b.WriteString("\x00" + k + "=" + r.Qualifiers[k])
	}
	return b.String()
}

// ref names entity e as mentioned by the text at [start, end).
// itPerson reports an argument written "it" that was resolved to a person.
func itPerson(a arg) bool {
	switch strings.ToLower(a.text) {
	case "it", "its", "itself":
		return a.resolved && a.ent != nil && a.ent.typ == TypePerson
	}
	return false
}

// itIsA reports "it is a …" read as a fact about the thing "it" was resolved
// to: such sentences judge a situation more often than a thing ("it wasn't a
// problem", "it was not a good feeling", "it has been a fantastic few weeks").
func itIsA(p pendingRelation) bool {
	if p.pred != "be" || !p.subj.resolved || strings.ToLower(p.subj.text) != "it" {
		return false
	}
	o := strings.ToLower(strings.TrimSpace(p.obj.text))
	return strings.HasPrefix(o, "a ") || strings.HasPrefix(o, "an ")
}

// entityID is e's id in the records. Someone unnamed is someone of this
// article only: "a spokesman" here is not "a spokesman" elsewhere.
func (d *docState) entityID(e *docEntity) string {
	if e.typ == TypeUnnamed {
		return e.id() + "-in-" + Slug(d.doc.ID)
	}
	return e.id()
}

func (d *docState) ref(e *docEntity, start, end int) Ref {
	if e == nil { // a speaker the article does not name: "they", or none found
		r := Ref{ID: SpeakerUnknown, Name: SpeakerUnknown, Type: TypePerson}
		if end > start {
			r.Mention, r.MentionSpan = d.doc.Text[start:end], []int{start, end}
		}
		return r
	}
	r := Ref{ID: d.entityID(e), Name: e.name, Type: e.typ}
	if end > start {
		r.Mention = d.doc.Text[start:end]
		r.MentionSpan = []int{start, end}
	}
	return r
}
