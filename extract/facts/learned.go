package facts

import (
	"bytes"
	"compress/gzip"
	"context"
	_ "embed"
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"sync"
)

// The rules of attribution.go read the attribution forms news uses most;
// PolNeAR annotates many more (a cue can be "did not supply", "lifted",
// "made little secret of"). A perceptron learned on PolNeAR's train split
// (internal/train/attrib) says which other words are cues; the tree says
// what each reports and who by. It only adds statements the rules did not
// find, so everything the rules read stays as it was.

//go:embed data/cues.model.gz
var cueModelGz []byte

// linearModel weighs string features: a word being an attribution cue
// (cues.model.gz), a fact being right (confidence.model.gz).
type linearModel struct {
	Threshold float64            `json:"threshold"`
	Weights   map[string]float64 `json:"weights"`
}

// modelLoader decodes an embedded model once, on first use.
type modelLoader struct {
	name string // for errors: "cue model"
	gz   []byte
	once sync.Once
	m    *linearModel
	err  error
}

func (l *modelLoader) get() (*linearModel, error) {
	l.once.Do(func() { l.m, l.err = decodeModel(l.name, l.gz) })
	return l.m, l.err
}

func decodeModel(name string, gz []byte) (*linearModel, error) {
	zr, err := gzip.NewReader(bytes.NewReader(gz))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	raw, err := io.ReadAll(zr)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	var m linearModel
	if err := json.Unmarshal(raw, &m); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return &m, nil
}

// EncodeCueModel writes weights and a threshold in the embedded model's form
// (for internal/train/attrib).
func EncodeCueModel(w io.Writer, weights map[string]float64, threshold float64) error {
	return encodeModel(w, "cue model", weights, threshold)
}

func encodeModel(w io.Writer, name string, weights map[string]float64, threshold float64) error {
	zw, _ := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err := json.NewEncoder(zw).Encode(linearModel{Threshold: threshold, Weights: weights}); err != nil {
		return fmt.Errorf("encode %s: %w", name, err)
	}
	return zw.Close()
}

func (m *linearModel) score(feats []string) float64 { return score(m.Weights, feats) }

// score sums the weights of feats, a numeric signal's weight times its value
// ("sn#0.5"; see Signal).
func score(weights map[string]float64, feats []string) float64 {
	s := 0.0
	for _, f := range feats {
		if strings.IndexByte(f, '#') < 0 {
			s += weights[f]
			continue
		}
		name, v := Signal(f)
		s += weights[name] * v
	}
	return s
}

// cueCandidate reports whether token k could head a cue: a verb, a noun or
// an adjective ("convinced", "admission", "according").
func cueCandidate(t *tree, k int) bool {
	switch t.upos[k] {
	case "VERB", "NOUN", "ADJ":
		return true
	}
	return false
}

// cueFeatures describes token k of sentence si, whose tree offers content c
// (nil: none), for the cue model: the word,
// its lemma and tags, where it hangs and what hangs on it, its neighbours,
// and how often PolNeAR's annotators made the word a cue.
func (d *docState) cueFeatures(si, k int, c *content) []string {
	s := d.sents[si]
	t, toks := s.tree, s.toks
	l := d.x.lx.lemmatize(toks[k].lower, t.upos[k] != "VERB")
	f := []string{"b", "w=" + toks[k].lower, "l=" + l, "p=" + t.upos[k], "x=" + toks[k].tag, "r=" + t.rel[k],
		"lp=" + l + "|" + t.upos[k]}
	if h := t.head[k]; h >= 0 {
		f = append(f, "hp="+t.upos[h], "hr="+t.rel[k]+"|"+t.upos[h], "hl="+d.x.lx.lemmatize(toks[h].lower, t.upos[h] != "VERB"))
	} else {
		f = append(f, "root")
	}
	for _, c := range t.kids[k] {
		r := t.rel[c]
		f = append(f, "c="+r, "lc="+l+"|"+r)
		if t.base(c) == "mark" || t.base(c) == "case" {
			f = append(f, "m="+toks[c].lower, "lm="+l+"|"+toks[c].lower)
		}
		for _, g := range t.children(c, "mark") {
			f = append(f, "cm="+r+"|"+toks[g].lower)
		}
		if t.base(c) == "nsubj" {
			if m := d.mentionAt(si, c); m != nil && m.ent != nil {
				f = append(f, "subj="+m.ent.typ)
			} else {
				f = append(f, "subjp="+t.upos[c])
			}
			f = append(f, "subjw="+d.x.lx.lemmatize(toks[c].lower, true), "lsubj="+l+"|"+t.upos[c])
		}
	}
	if k+1 < len(toks) {
		f = append(f, "n1="+toks[k+1].lower, "ln1="+l+"|"+toks[k+1].lower)
	}
	if k > 0 {
		f = append(f, "p1="+toks[k-1].lower)
	}
	if d.quoted[si][k] {
		f = append(f, "quoted")
	}
	n := polnearCues[toks[k].lower]
	share := "none"
	switch {
	case n.seen == 0:
	case n.cue*2 >= n.seen:
		share = "half"
	case n.cue*5 >= n.seen:
		share = "fifth"
	case n.cue*20 >= n.seen:
		share = "twentieth"
	default:
		share = "rare"
	}
	f = append(f, "share="+share, "sharep="+share+"|"+t.upos[k])
	if d.x.lx.cues[l] {
		f = append(f, "lexcue")
	}
	// what the tree offers as content, alone and with the word: a clause after
	// "said" is a cue's, an object after "signed" seldom
	kind := "none"
	if c != nil {
		kind = c.kind
	}
	f = append(f, "ck="+kind, "lck="+l+"|"+kind, "pck="+t.upos[k]+"|"+kind)
	return f
}

// CueExample is a word the cue model weighs: its byte span in the document
// and its features (for internal/train/attrib).
type CueExample struct {
	Start, End int
	Features   []string
}

// CueExamples parses doc and returns every word that could head a cue, with
// its features, in document order (for internal/train/attrib).
func (x *Extractor) CueExamples(ctx context.Context, doc Document) ([]CueExample, error) {
	d, err := x.prepare(ctx, doc)
	if err != nil {
		return nil, err
	}
	var out []CueExample
	for si, s := range d.sents {
		if s.tree == nil {
			continue
		}
		for k := range s.toks {
			if cueCandidate(s.tree, k) {
				out = append(out, CueExample{Start: s.toks[k].start, End: s.toks[k].end, Features: d.cueFeatures(si, k, d.learnedContent(si, k))})
			}
		}
	}
	return out, nil
}

// learnedCues adds the statements of the cues the model finds and the rules
// did not: what the cue governs (a clause, an infinitive, an object) is the
// content, its subject the speaker; facts inside become theirs.
func (d *docState) learnedCues() error {
	if d.x.opts.SingleSentence || d.x.opts.NoLearnedCues {
		return nil
	}
	m, err := d.x.cueModel.get()
	if err != nil {
		return err
	}
	for si, s := range d.sents {
		t := s.tree
		if t == nil {
			continue
		}
		for k := range s.toks {
			if !cueCandidate(t, k) || d.quoted[si][k] || d.demandedAct(si, k) || frontedParticiple(t, s.toks, k) {
				continue
			}
			// the content is read once: the model weighs what it is, then it is kept
			c := d.learnedContent(si, k)
			if m.score(d.cueFeatures(si, k, c)) <= m.Threshold || c == nil {
				continue
			}
			covered, nested := d.statementCovers(si, c, s.toks[k].start)
			if covered {
				continue
			}
			if c.kind == "infinitive" && (!verbalXcomp(t, k) || seemVerbs[d.verbLemma(si, k)]) {
				continue // "make clear", "cut short": an adjective completes the verb; "seemed to feel": the feeling is said, not the seeming
			}
			if c.kind == "object" && !d.objectStated(si, k) {
				// "signed the agreement", "saw strong profits", "denied Otto Brandt his
				// number one", "showed off their prowess": an object is what a verb
				// states only for the verbs known to state one, and then not always
				continue
			}
			speakers := d.learnedSpeakers(si, k)
			if nested && len(speakers) > 0 && speakers[0].ent != nil && speakers[0].ent.typ == TypeConcept && d.nounSpeakerType(speakers[0].text) == "" {
				continue // "Cook said Goldsmith's admission suggested …": the statement is Cook's
			}
			if len(speakers) == 0 || speakers[0].ent == nil {
				// a cue the rules missed, with nobody the article names, not even
				// by a pronoun it resolves: too weak to add ("We want choice" in an
				// interview digest; on five unseen BBC articles seven of the seventeen
				// wrong statements the model added were such)
				continue
			}
			if sp := speakers[0]; sp.ent != nil && sp.ent.typ == TypeConcept {
				if typ, _ := d.speakerType(sp.ent.name, d.doc.Text[sp.start:sp.end]); typ == "" {
					continue // a thing for a speaker ("the move", "ideas"); typeSpeakers types the rest
				}
			}
			before := len(d.pendingSts)
			d.addStatement(si, k, s.toks[k].text, speakers, c)
			if len(d.pendingSts) > before {
				d.pendingSts[len(d.pendingSts)-1].conf = 0.55
				d.attributeInside(si, c, d.pendingSts[len(d.pendingSts)-1])
			}
		}
	}
	return nil
}

// learnedSpeakers is who speaks through cue k: a verb's subject or agent;
// for a noun or an adjective its owner ("Trump's admission"), the subject it
// is said of ("aides were coy about"), or the subject of the verb it is the
// object of ("left little doubt").
func (d *docState) learnedSpeakers(si, k int) []arg {
	t := d.sents[si].tree
	if t.upos[k] == "VERB" {
		return d.cueSpeakers(si, k)
	}
	if w := t.child(k, "nmod:poss"); w >= 0 {
		return d.speakerArgs(si, w)
	}
	if sb := t.child(k, "nsubj"); sb >= 0 {
		return d.speakerArgs(si, sb)
	}
	if h := t.head[k]; h >= 0 && t.upos[h] == "VERB" && (t.base(k) == "obj" && claimHoldingVerbs[d.verbLemma(si, h)] || t.base(k) == "obl") {
		// "made the claim", "said in a statement" — but who "played down claims"
		// answers someone else's
		if sb := t.child(h, "nsubj"); sb >= 0 {
			return d.speakerArgs(si, sb)
		}
	}
	return nil
}

// learnedContent is what cue k reports, read off the tree: a clause, an
// infinitive, an object, or a noun's complement.
func (d *docState) learnedContent(si, k int) *content {
	s := d.sents[si]
	t, toks := s.tree, s.toks
	punct := set(`punct`)
	pick := func(c int, kind string) *content {
		lo, hi := t.span(c, punct)
		for lo < hi && (t.base(lo) == "mark" && toks[lo].lower == "that" || t.base(lo) == "case") {
			lo++ // "pooh-poohed the idea that …", "coy about whether …": what follows is said
		}
		lo, hi = trimSpan(toks, lo, hi)
		if hi < lo || lo <= k && k <= hi {
			return nil
		}
		return &content{lo: lo, hi: hi, kind: kind}
	}
	for _, c := range t.kids[k] {
		if c > k && (t.base(c) == "ccomp" || t.base(c) == "csubj") {
			return pick(c, "clause")
		}
	}
	for _, c := range t.kids[k] {
		if c > k && t.base(c) == "xcomp" {
			return pick(c, "infinitive")
		}
	}
	if t.upos[k] == "VERB" {
		if o := t.child(k, "obj"); o > k {
			c := pick(o, "object")
			if c == nil {
				return nil
			}
			// "derided the proposal as toothless", with the "as" phrase hung on
			// the verb: what the object is judged to be is part of what is said
			for _, x := range t.kids[k] {
				if b := t.base(x); x > c.hi && (b == "obl" || b == "xcomp" || b == "advcl") && d.caseOf(si, x) == "as" {
					if _, hi := t.span(x, punct); hi > c.hi {
						_, c.hi = trimSpan(toks, c.lo, hi)
					}
					break
				}
			}
			return c
		}
		for _, o := range t.children(k, "obl") {
			if o > k && topicPrepositions[d.caseOf(si, o)] && !d.isTemporal(si, o) {
				return pick(o, "about") // "talked about the economy", "warned against cuts"
			}
		}
		return nil
	}
	for _, c := range t.kids[k] {
		if c > k && (t.base(c) == "acl" || t.base(c) == "nmod" && (d.caseOf(si, c) == "of" || d.caseOf(si, c) == "about" || d.caseOf(si, c) == "on")) {
			return pick(c, "noun")
		}
	}
	return nil
}

// objectStated reports whether the noun object of cue k — one the model
// found or one PolNeAR's annotators often made a cue — is what its subject
// states: only for verbs known to take what they judge or
// report as object ("criticised the deal", "backed the plan") or an object
// that names something said ("repeated the claim"). The model scores a verb
// by its context, and in news most verbs with an object do something to it
// ("spent three weeks", "made her debut", "acknowledged the apology"); a verb
// of saying with an object has the reported clause's subject cut off
// ("says Tory leader Michael Howard").
func (d *docState) objectStated(si, k int) bool {
	t, toks := d.sents[si].tree, d.sents[si].toks
	o := t.child(k, "obj")
	l := d.verbLemma(si, k)
	if o < 0 || deedVerbs[l] || doubleObject(t, toks, k) || t.child(k, "compound:prt") >= 0 {
		return false // "denied Otto Brandt his number one", "showed off their prowess"
	}
	if clauseOnlyCues[l] || l == "tell" {
		return false // "told the BBC": the one spoken to
	}
	n := d.x.lx.lemmatize(toks[o].lower, true)
	if !objectCues[l] && !judgeVerbs[l] && !clauseCues[l] && !infinitiveCues[l] && !senseVerbs[l] && !thingObjectVerbs[l] && !cueNounLemmas[n] && !stanceNouns[n] {
		return false
	}
	return d.statedObject(si, k, o)
}

// verbalXcomp reports whether the open complement of verb k is a verb ("vowed
// to fight") rather than an adjective or noun that completes k ("made clear").
func verbalXcomp(t *tree, k int) bool {
	x := t.child(k, "xcomp")
	return x >= 0 && (t.upos[x] == "VERB" || t.upos[x] == "AUX")
}

// clauseOnlyCues report speech only as a clause; a noun the parser makes
// their object is the speaker after an inversion ("…, says Tory leader
// Michael Howard") or the reported clause's subject cut off.
var clauseOnlyCues = set(`say add insist argue reply respond remark`)

// judgeVerbs take what a source judges, feels about, sets out or disputes as
// their object — verbs of judgement, attitude and communication about a topic
// (after VerbNet's judgment, admire, characterize and complain classes):
// "derided the deal", "admires Putin", "outlined his plan", "downplayed the
// risk". A cue the model or PolNeAR's counts propose ("learned Hindi",
// "issued a statement", "cast a vote") is read with a noun object as a
// statement only for such verbs and the lexicon's other cues.
var judgeVerbs = set(`applaud castigate censure chastise commend compliment denounce deride disparage excoriate
	extol fault laud rebuke reprimand reproach ridicule salute scold lambaste berate admonish
	admire adore appreciate cherish deplore despise detest dislike distrust loathe resent respect revere
	outline detail articulate proclaim recount recite mention discuss concede propose recommend advocate
	champion dispute contest challenge doubt downplay refute affirm reaffirm repeat reiterate echo predict
	forecast tout promote justify trumpet compare liken characterize characterise portray depict dub
	acknowledge admit confirm announce reveal disclose note stress emphasise emphasize highlight
	encourage implore exhort believe think consider view regard deem invoke reference cite bemoan lament
	express voice indicate recognize recognise charge estimate reckon calculate assess rate value`)

// topicPrepositions open what a cue is about when it has no object.
var topicPrepositions = set(`about on over against for of`)

// statementCovers reports whether a statement of sentence si already holds
// any of content c, its cue (a byte offset) outside that statement's content;
// nested when the cue is inside one, reporting something of its own.
func (d *docState) statementCovers(si int, c *content, cue int) (covered, nested bool) {
	toks := d.sents[si].toks
	start, end := toks[c.lo].start, toks[c.hi].end
	for _, p := range d.pendingSts {
		if p.content[0] < end && start < p.content[1] {
			if p.content[0] <= cue && cue < p.content[1] && (p.content[0] != start || p.content[1] != end) {
				nested = true // a report inside what someone said: "… said aides fear …"
				continue
			}
			return true, nested
		}
	}
	return false, nested
}

// attributeInside makes the asserted facts of sentence si inside content c
// the statement's: reported by its speaker, or possible when it asks or denies.
func (d *docState) attributeInside(si int, c *content, st pendingStatement) {
	toks := d.sents[si].toks
	start, end := toks[c.lo].start, toks[c.hi].end
	for i := range d.pendingRels {
		p := &d.pendingRels[i]
		if p.si != si || p.modality != "" && p.modality != ModalityAsserted || p.subj.start < start || p.subj.end > end {
			continue
		}
		p.modality = ModalityReported
		if st.speaker != nil {
			p.attr, p.attrSpan = st.speaker, st.speakerSpan
		}
	}
}

// doubleObject reports whether verb k has two objects ("denied Otto Brandt
// his number one"): an indirect object, two objects, or an object with an
// "appositive" no comma sets off, as parsers often read the second object.
func doubleObject(t *tree, toks []token, k int) bool {
	if t.child(k, "iobj") >= 0 || len(t.children(k, "obj")) > 1 {
		return true
	}
	o := t.child(k, "obj")
	if o < 0 {
		return false
	}
	a := t.child(o, "appos")
	return a > o && firstOf(t, a) > 0 && toks[firstOf(t, a)-1].text != ","
}
