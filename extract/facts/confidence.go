package facts

import (
	_ "embed"
	"io"
	"math"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A fact's confidence is the chance that a reader would judge it right. The
// rules give each reading a prior (a clause 0.85, a possessive 0.55, less
// through a pronoun); on 1,849 BBC facts judged by hand those priors hardly
// told right facts from wrong ones (AUC 0.58). A logistic model over
// what the extractor knows of each fact — the reading that found it, the
// tree around its verb and arguments, how its arguments were named, the
// sentence's shape — learned from the facts judged by hand in
// internal/precision/judged.tsv (internal/train/confidence), orders them
// better (0.68 held out over articles), so that a confidence threshold keeps
// the facts more likely right.

//go:embed data/confidence.model.gz
var confModelGz []byte

// The signals are few and mostly dense — numbers scaled to about 0..2
// ("sn#0.73": the name's weight times 0.73), flags and types — because a
// thousand or so judged facts cannot weigh many rare ones: a richer set of
// tree features (relations and tags of every argument head and verb)
// scored lower on held-out articles (AUC 0.65 against 0.69).

// scaled is a numeric signal: n capped at most, over unit.
func scaled(name string, n, most, unit int) string {
	return name + "#" + strconv.FormatFloat(float64(min(n, most))/float64(unit), 'f', 3, 64)
}

// sentenceSignals describe sentence si's shape: long sentences, asides and
// quotations are where the parser and the clause rules go wrong.
func (d *docState) sentenceSignals(si int, f []string) []string {
	s := d.sents[si]
	commas, quote := 0, false
	for _, tk := range s.toks {
		switch tk.text {
		case ",":
			commas++
		case `"`, "“", "”", "‘", "’":
			quote = true
		}
	}
	f = append(f, scaled("sn", len(s.toks), 60, 30), scaled("sc", commas, 6, 3))
	if quote {
		f = append(f, "squote")
	}
	if si == 0 {
		f = append(f, "lead")
	}
	return f
}

// argSignals describe argument a of a fact.
func (d *docState) argSignals(role string, a arg, f []string) []string {
	typ := "nil"
	if a.ent != nil {
		typ = a.ent.typ
	}
	words := strings.Fields(a.text)
	f = append(f, role+"t="+typ, scaled(role+"n", len(words), 15, 5))
	if a.ent != nil {
		// named again and again, or once: a fragment of a misparse is seldom repeated
		f = append(f, scaled(role+"m", a.ent.mentions, 10, 5))
	}
	// named otherwise than its entity: a pronoun, a description, a part of the name
	if a.resolved || a.ent != nil && !strings.Contains(strings.ToLower(a.text), strings.ToLower(a.ent.name)) {
		f = append(f, role+"res")
	}
	if strings.Contains(a.text, ",") {
		f = append(f, role+"comma")
	}
	if len(words) > 0 {
		w := strings.ToLower(words[0])
		if determiners[w] {
			f = append(f, role+"det="+w)
		}
		if r, _ := utf8.DecodeRuneInString(words[0]); unicode.IsLower(r) {
			f = append(f, role+"lower")
		}
	}
	return f
}

// relationSignals are what the confidence model weighs of relation p.
func (d *docState) relationSignals(p pendingRelation, perSentence int) []string {
	f := []string{"b", "rel", "o=" + p.origin, "c#" + strconv.FormatFloat(p.conf, 'f', 2, 64), scaled("sf", perSentence, 8, 4)}
	f = d.sentenceSignals(p.si, f)
	f = d.argSignals("s", p.subj, f)
	f = d.argSignals("o", p.obj, f)
	f = append(f, "p="+p.pred, scaled("pn", len(strings.Fields(p.text)), 6, 1), "m="+p.modality, scaled("q", len(p.quals), 3, 1))
	if p.negated {
		f = append(f, "neg")
	}
	if p.attr != nil {
		f = append(f, "attr")
	}
	if p.subj.start > p.obj.start {
		f = append(f, "safter")
	}
	gap := p.obj.start - p.subj.end
	if gap < 0 {
		gap = p.subj.start - p.obj.end
	}
	f = append(f, scaled("gap", max(gap, 0), 200, 50))
	s := d.sents[p.si]
	if v := p.verb; v >= 0 && s.tree != nil && v < len(s.toks) {
		f = append(f, "vr="+s.tree.rel[v])
		if h := d.argHead(p.si, p.subj); h >= 0 && s.tree.head[h] != v {
			f = append(f, "sfar") // the subject was not the verb's own: shared, inherited or repaired
		}
		if h := d.argHead(p.si, p.obj); h >= 0 {
			dist := h - v
			if dist < 0 {
				dist = -dist
			}
			f = append(f, scaled("odist", dist, 12, 4))
		}
	}
	return f
}

// statementSignals are what the confidence model weighs of statement p.
func (d *docState) statementSignals(p pendingStatement) []string {
	f := []string{"b", "st", "c#" + strconv.FormatFloat(p.conf, 'f', 2, 64)}
	f = d.sentenceSignals(p.si, f)
	typ := "unknown"
	if p.speaker != nil {
		typ = p.speaker.typ
	}
	f = append(f, "spt="+typ, "cue="+strings.ToLower(p.cue), "dir="+strconv.FormatBool(p.direct),
		scaled("cn", len(strings.Fields(d.doc.Text[p.content[0]:p.content[1]])), 60, 30))
	if p.sj > p.si {
		f = append(f, "multi")
	}
	return f
}

// weigh gives every pending fact of an article its learned confidence and
// holds back those under Options.MinConfidence.
func (d *docState) weigh() error {
	if d.x.opts.SingleSentence {
		// Open IE tuples keep the rules' priors: the model learned from whole
		// articles ranked CaRB's tuples worse (dev AUC 0.335 → 0.281, F1
		// 0.517 → 0.511), its sentences being no article's.
		return nil
	}
	m, err := d.x.confModel.get()
	if err != nil {
		return err
	}
	// weighed gives a fact with signals f and the rules' prior conf its
	// confidence, says whether the model gave it and whether the gate keeps it
	weighed := func(f []string, prior float64, kind string) (conf float64, learned, keep bool) {
		conf = prior
		if learned = !m.unseen(f); learned {
			conf = m.prob(f)
		}
		if floor := d.x.opts.MinConfidence; floor > 0 && round2(conf) < floor { // as written in the record
			d.hold(kind + ": low confidence")
			return conf, learned, false
		}
		return conf, learned, true
	}
	// facts per sentence: a sentence read into many facts was often misread
	count := map[int]int{}
	for _, p := range d.pendingRels {
		count[p.si]++
	}
	rels := d.pendingRels[:0]
	for _, p := range d.pendingRels {
		f := d.relationSignals(p, count[p.si])
		var keep bool
		p.conf, p.learned, keep = weighed(f, p.conf, "relation")
		if d.x.opts.Signals {
			p.signals = f
		}
		if keep {
			rels = append(rels, p)
		}
	}
	d.pendingRels = rels
	sts := d.pendingSts[:0]
	for _, p := range d.pendingSts {
		f := d.statementSignals(p)
		var keep bool
		p.conf, _, keep = weighed(f, p.conf, "statement")
		if d.x.opts.Signals {
			p.signals = f
		}
		if keep {
			sts = append(sts, p)
		}
	}
	d.pendingSts = sts
	return nil
}

// kindSignals name the kind of a fact's parts: who speaks, what reading
// found it, what its arguments are.
var kindSignals = []string{"spt=", "o=", "st=", "ot="}

// unseen reports whether f names a kind of part no judged fact had (a
// speaker nobody could name: "unknown"), so that the model, which never
// weighed one, leaves the fact its rules' prior.
func (m *linearModel) unseen(f []string) bool {
	for _, s := range f {
		for _, k := range kindSignals {
			if strings.HasPrefix(s, k) {
				if _, ok := m.Weights[s]; !ok {
					return true
				}
			}
		}
	}
	return false
}

// prob is the logistic model's chance for features f.
func (m *linearModel) prob(f []string) float64 { return Chance(m.Weights, f) }

// Chance is the logistic model's chance for signals f under weights (for
// internal/train/confidence, which learns the weights).
func Chance(weights map[string]float64, f []string) float64 {
	return 1 / (1 + math.Exp(-score(weights, f)))
}

// Signal splits signal f into the name its weight is kept under and the
// value the weight is multiplied by: "sn#0.5" is sn times 0.5, "neg" is neg
// times 1.
func Signal(f string) (name string, value float64) {
	name, v, ok := strings.Cut(f, "#")
	if !ok {
		return f, 1
	}
	x, err := strconv.ParseFloat(v, 64)
	if err != nil {
		return f, 1
	}
	return name, x
}

// EncodeConfidenceModel writes the confidence model's weights in the
// embedded form (for internal/train/confidence). Its threshold is 0: where to
// hold facts back is Options.MinConfidence, the caller's choice.
func EncodeConfidenceModel(w io.Writer, weights map[string]float64) error {
	return encodeModel(w, "confidence model", weights, 0)
}
