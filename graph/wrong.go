package graph

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"

	"github.com/cayleygraph/quad"

	"newsgraph/extract/record"
)

// OpWrong records that a fact is wrong: a relation (ID -Predicate-> Object)
// or a statement (speaker ID, content Content), everywhere or only as
// article Doc (sentence Sentence) reports it. It is a correction like the
// others: the fact is left out of every document rendered after it, so a
// rebuild, or the same article extracted again, does not bring it back.
const OpWrong = "wrong"

// ErrBadCorrection marks a correction that names no fact.
var ErrBadCorrection = errors.New("not a fact")

// Wrong names a fact an analyst says is wrong: a relation by its subject,
// predicate and object, or a statement by its id. Doc, when set, limits the
// mark to what that article reports, and Sentence (when not nil) to one of its
// sentences: the extraction misread a sentence, other articles may still
// report the fact.
type Wrong struct {
	Subject   string `json:"subject,omitempty"`   // entity id
	Predicate string `json:"predicate,omitempty"` // lemma: "invite"
	Object    string `json:"object,omitempty"`    // entity id
	Statement string `json:"statement,omitempty"` // statement id (Statement.ID)
	Doc       string `json:"doc,omitempty"`
	Sentence  *int   `json:"sentence,omitempty"`
}

func (w Wrong) String() string {
	s := w.Subject + " " + w.Predicate + " " + w.Object
	if w.Statement != "" {
		s = "statement " + w.Statement
	}
	if w.Doc != "" {
		s += " in " + w.Doc
		if w.Sentence != nil {
			s += "#" + strconv.Itoa(*w.Sentence)
		}
	}
	return s
}

// MarkWrong records that a fact is wrong and rewrites, in one transaction,
// the stored articles that report it (as w limits), so that no query or
// export sees it again; later builds keep the mark. A fact the store does
// not hold (or not from w.Doc) is an error wrapping ErrNotFound.
func (s *Store) MarkWrong(ctx context.Context, w Wrong) (LoadStats, error) {
	isRel := w.Subject != "" || w.Predicate != "" || w.Object != ""
	switch {
	case isRel && w.Statement != "":
		return LoadStats{}, fmt.Errorf("mark wrong: %w: give a relation or a statement, not both", ErrBadCorrection)
	case isRel && (w.Subject == "" || w.Predicate == "" || w.Object == ""):
		return LoadStats{}, fmt.Errorf("mark wrong: %w: a relation needs its subject, predicate and object", ErrBadCorrection)
	case !isRel && w.Statement == "":
		return LoadStats{}, fmt.Errorf("mark wrong: %w: name a relation (subject, predicate, object) or a statement", ErrBadCorrection)
	case w.Sentence != nil && (w.Doc == "" || *w.Sentence < 0):
		return LoadStats{}, fmt.Errorf("mark wrong: %w: a sentence needs its document and is 0 or more", ErrBadCorrection)
	}
	ov := Override{Op: OpWrong, Doc: w.Doc, Sentence: w.Sentence}
	var srcs []string // labels of the sources reporting the fact
	release := s.readLock()
	err := func() error {
		if isRel {
			ov.ID, ov.Predicate, ov.Object = w.Subject, w.Predicate, w.Object
			pred, obj := RelationIRI(w.Predicate), EntityIRI(w.Object)
			return s.eachQuad(ctx, quad.Subject, EntityIRI(w.Subject), func(q quad.Quad) error {
				if q.Predicate == pred && q.Object == obj {
					srcs = append(srcs, Text(q.Label))
				}
				return nil
			})
		}
		return s.eachQuad(ctx, quad.Subject, StatementIRI(w.Statement), func(q quad.Quad) error {
			switch q.Predicate {
			case PredSpeaker:
				ov.ID, _ = ParseID(q.Object, PrefixEntity)
			case PredContent:
				ov.Content = contentKey(Text(q.Object))
			case PredSource:
				srcs = append(srcs, Text(q.Label))
			}
			return nil
		})
	}()
	release()
	if err != nil {
		return LoadStats{}, fmt.Errorf("mark wrong %s: %w", w, err)
	}
	docs := map[string]bool{}
	for _, l := range srcs {
		id := strings.TrimPrefix(l, PrefixSource)
		i := strings.LastIndex(id, "/")
		if i < 0 {
			continue
		}
		doc, sent := id[:i], id[i+1:]
		if w.Doc != "" && doc != w.Doc || w.Sentence != nil && sent != strconv.Itoa(*w.Sentence) {
			continue
		}
		docs[doc] = true
	}
	if len(docs) == 0 {
		return LoadStats{}, fmt.Errorf("mark wrong %s: fact %w in %s", w, ErrNotFound, s.Name())
	}
	for d := range docs {
		ov.docs = append(ov.docs, d)
	}
	sort.Strings(ov.docs)
	return s.change(ctx, nil, ov, "")
}

// contentKey identifies what a statement says whoever says it: its
// normalised content, hashed as statement ids are.
func contentKey(content string) string { return shortHash(normaliseContent(content)) }

// follow returns what entity id became through the merges recorded after
// correction seq: a fact marked wrong stays wrong when its entities are
// merged later.
func (ov overrides) follow(id string, seq int) string {
	for _, o := range ov {
		if o.Seq > seq && o.Op == OpMerge && o.ID == id {
			id = o.Into
		}
	}
	return id
}

// dropWrong leaves out of a linked result the facts marked wrong.
func (ov overrides) dropWrong(res *record.Result) {
	var marks []Override
	for _, o := range ov {
		if o.Op == OpWrong {
			marks = append(marks, o)
		}
	}
	if len(marks) == 0 {
		return
	}
	here := func(o Override, sentence int) bool {
		return (o.Doc == "" || o.Doc == res.Doc.ID) && (o.Sentence == nil || *o.Sentence == sentence)
	}
	rels := res.Relations[:0]
	for _, r := range res.Relations {
		wrong := false
		for _, o := range marks {
			wrong = wrong || o.Predicate != "" && o.Predicate == r.Predicate && here(o, r.Sentence) &&
				ov.follow(o.ID, o.Seq) == r.Subject.ID && ov.follow(o.Object, o.Seq) == r.Object.ID
		}
		if !wrong {
			rels = append(rels, r)
		}
	}
	res.Relations = rels
	stmts := res.Statements[:0]
	for _, st := range res.Statements {
		speaker := st.Speaker.ID
		if speaker == "" {
			speaker = record.SpeakerUnknown
		}
		wrong, key := false, ""
		for _, o := range marks {
			if o.Content == "" || !here(o, st.Sentence) || ov.follow(o.ID, o.Seq) != speaker {
				continue
			}
			if key == "" {
				key = contentKey(st.Content)
			}
			wrong = wrong || key == o.Content
		}
		if !wrong {
			stmts = append(stmts, st)
		}
	}
	res.Statements = stmts
}
