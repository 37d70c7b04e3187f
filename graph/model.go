package graph

import "strings"

// This file holds the store's read model: plain structs that queries and
// export consume, so that neither needs to know the quad layout.

// Source is one sentence that reports a fact or statement, with what that
// sentence says about it (negation, modality, qualifiers) — the same
// subject–predicate–object can be asserted by one source and negated by another.
type Source struct {
	Doc           string            `json:"doc"`
	Sentence      int               `json:"sentence"`
	Span          [2]int            `json:"span"`
	Text          string            `json:"text"`
	Confidence    float64           `json:"confidence"`
	PredicateText string            `json:"predicate_text,omitempty"`
	Qualifiers    map[string]string `json:"qualifiers,omitempty"`
	Negated       bool              `json:"negated"`
	Modality      string            `json:"modality,omitempty"`
	AttributedTo  string            `json:"attributed_to,omitempty"` // entity id
}

// Entity is a node of the graph with what is known about it.
type Entity struct {
	ID       string   `json:"id"` // slug, without the "ent/" prefix: "vladimir-putin"
	Name     string   `json:"name"`
	Type     string   `json:"type"` // record.TypePerson, ...
	Aliases  []string `json:"aliases,omitempty"`
	Docs     []string `json:"docs,omitempty"`
	Mentions int      `json:"mentions"`
}

// Fact is one subject–predicate–object relation with every source reporting it.
type Fact struct {
	Subject   string   `json:"subject"`   // entity id
	Predicate string   `json:"predicate"` // lemma: "invite"
	Object    string   `json:"object"`    // entity id
	Sources   []Source `json:"sources"`
}

// Statement is something said: speaker, words, what it is about, and where it was reported.
type Statement struct {
	ID      string   `json:"id"`      // without the "stmt/" prefix
	Speaker string   `json:"speaker"` // entity id, or record.SpeakerUnknown
	Cue     string   `json:"cue"`
	Content string   `json:"content"`
	Direct  bool     `json:"direct"`
	About   []string `json:"about,omitempty"` // entity ids
	Stance  string   `json:"stance"`
	Sources []Source `json:"sources"`
}

// Snapshot is the whole graph in read-model form, sorted by id for stable output.
type Snapshot struct {
	Entities   []Entity    `json:"entities"`
	Facts      []Fact      `json:"facts"`
	Statements []Statement `json:"statements"`
	// Documents are the stored articles (title, date, outlet...), so that
	// what cites a source can name it for people (Document.Label).
	Documents []Document `json:"documents,omitempty"`
}

// DocumentLabels maps each document id of the snapshot to its Label.
func (s *Snapshot) DocumentLabels() map[string]string {
	m := make(map[string]string, len(s.Documents))
	for _, d := range s.Documents {
		m[d.ID] = d.Label()
	}
	return m
}

// Document is one stored article.
type Document struct {
	ID        string `json:"id"` // without the "doc/" prefix
	Hash      string `json:"hash"`
	Path      string `json:"path,omitempty"`
	Sentences int    `json:"sentences"`
	Title     string `json:"title,omitempty"`
	Date      string `json:"date,omitempty"` // as the article gives it
	Outlet    string `json:"outlet,omitempty"`
	URL       string `json:"url,omitempty"`
	Author    string `json:"author,omitempty"`
}

// Label names the document for people: "BBC · 2005-02-16 · Blair
// congratulates Bush on win", from what it has; its id when it has nothing.
func (d Document) Label() string {
	var parts []string
	for _, p := range []string{d.Outlet, d.Date, d.Title} {
		if p != "" {
			parts = append(parts, p)
		}
	}
	if len(parts) == 0 {
		return d.ID
	}
	return strings.Join(parts, " · ")
}
