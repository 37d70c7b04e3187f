package record

// Record kinds, as written in the "kind" field of the JSON Lines output.
const (
	KindEntity    = "entity"
	KindRelation  = "relation"
	KindStatement = "statement"
)

// Entity types (graph/doc.go documents them for the store). CONCEPT is a
// non-named thing that relations point at ("pre-2014 borders", "NATO membership").
const (
	TypePerson  = "PERSON"  // a named person
	TypeOrg     = "ORG"     // companies, parties, governments' bodies, outlets, teams
	TypeGPE     = "GPE"     // countries, regions, cities: places with a government
	TypeLoc     = "LOC"     // rivers, mountains, streets, buildings: places without one
	TypeNORP    = "NORP"    // nationalities, faiths and other groups of people ("Texans", "Muslims")
	TypeEvent   = "EVENT"   // named events ("Olympics", "Google Science Fair")
	TypeWork    = "WORK"    // laws, treaties, reports, titles ("Kyoto Protocol", "Police Bill")
	TypeConcept = "CONCEPT" // anything else relations point at
	// TypeUnnamed is a person or body the article describes but does not
	// name, seen speaking ("a council spokesman", "officials", "the
	// ministry"): someone, yet no name to look up or link across articles.
	TypeUnnamed = "UNNAMED"
)

// Modalities of a relation.
const (
	ModalityAsserted = "asserted"
	ModalityPossible = "possible"
	ModalityReported = "reported"
)

// Stances of a statement toward what it is about.
const (
	StanceRejects  = "rejects"
	StanceSupports = "supports"
	StanceNeutral  = "neutral"
)

// SpeakerUnknown is the id given to a quote whose speaker cannot be determined.
const SpeakerUnknown = "unknown"

// Ref names an entity inside a relation or statement.
type Ref struct {
	ID   string `json:"id"`
	Name string `json:"name"` // canonical name, shared by every mention of the entity
	Type string `json:"type"`
	// Mention is how this sentence names it ("he", "Zelensky", "the UK government")
	// and MentionSpan where, as byte offsets into the article.
	Mention     string `json:"mention,omitempty"`
	MentionSpan []int  `json:"mention_span,omitempty"`
}

// Provenance says where a record comes from. Every relation and statement has one.
type Provenance struct {
	Doc        string  `json:"doc"`      // document id: file name without extension
	Sentence   int     `json:"sentence"` // sentence index within the document, from 0
	Span       [2]int  `json:"span"`     // byte offsets [start, end) of the sentence in the article
	Text       string  `json:"text"`     // the sentence text (Text == article[Span[0]:Span[1]])
	Confidence float64 `json:"confidence"`
	// Signals are the features the confidence was weighed from, kept only
	// when asked (newsgraph extract --signals), to see why a fact scored as it
	// did.
	Signals []string `json:"signals,omitempty"`
}

// Entity is one real-world thing, merged across all mentions of a document.
type Entity struct {
	Kind     string   `json:"kind"` // KindEntity
	ID       string   `json:"id"`
	Name     string   `json:"name"`
	Type     string   `json:"type"`
	Aliases  []string `json:"aliases,omitempty"`
	Docs     []string `json:"docs,omitempty"`
	Mentions int      `json:"mentions"`
	// MixedScript flags a name whose letters come from several scripts
	// ("Vlаdimir Putin" with a Cyrillic "а"): it displays like another name
	// but is kept apart from it, and readers should be warned.
	MixedScript bool `json:"mixed_script,omitempty"`
}

// Ref returns the reference to e used by relations and statements.
func (e Entity) Ref() Ref { return Ref{ID: e.ID, Name: e.Name, Type: e.Type} }

// Relation is a subject–predicate–object fact stated by one sentence.
type Relation struct {
	Kind string `json:"kind"` // KindRelation
	Provenance
	Subject       Ref               `json:"subject"`
	Predicate     string            `json:"predicate"`      // lemma: "invite"
	PredicateText string            `json:"predicate_text"` // as written: "invited"
	Object        Ref               `json:"object"`
	Qualifiers    map[string]string `json:"qualifiers,omitempty"` // "to": "Moscow", "in": "2014"
	Negated       bool              `json:"negated"`
	Modality      string            `json:"modality"`                // ModalityAsserted, ModalityPossible, ModalityReported
	AttributedTo  *Ref              `json:"attributed_to,omitempty"` // who reported it, for reported facts
}

// Statement is something a speaker said: a direct quote or reported speech.
type Statement struct {
	Kind string `json:"kind"` // KindStatement
	Provenance
	Speaker Ref    `json:"speaker"`
	Cue     string `json:"cue"`     // the verb that introduces it, as written: "stated"
	Content string `json:"content"` // the quoted or reported words
	// ContentSpan is the byte range of Content in the article. A quotation a
	// cue interrupts (“…,” she said, “…”) is one statement: its span covers
	// both parts and Content holds their words without the cue between.
	ContentSpan [2]int `json:"content_span"`
	Direct      bool   `json:"direct"` // a quotation, not reported speech
	About       []Ref  `json:"about,omitempty"`
	Stance      string `json:"stance"`
}

// Result is everything extracted from one document.
type Result struct {
	Doc        Document    `json:"-"`
	Sentences  int         `json:"sentences"`
	Entities   []Entity    `json:"entities"`
	Relations  []Relation  `json:"relations"`
	Statements []Statement `json:"statements"`
	// HeldBack counts the candidate facts the extractor's checks left out
	// as unreliable, by reason ("relation: pronoun argument"); not written.
	HeldBack map[string]int `json:"-"`
}
