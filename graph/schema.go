package graph

import (
	"crypto/sha256"
	"encoding/hex"
	"strconv"
	"strings"
	"unicode"

	"github.com/cayleygraph/quad"
)

// SchemaVersion is the version of the quad layout described in doc.go that
// this code writes and reads. Version 2 added the entity registry
// (registry.go); a version 1 store is migrated by its first write: its
// documents take part in linking through their entity quads, and the
// version quad is rewritten.
const SchemaVersion = 2

// Predicates and classes of the schema (see doc.go).
const (
	PredType          = quad.IRI("rdf:type")
	PredName          = quad.IRI("schema:name")
	PredAlternateName = quad.IRI("schema:alternateName")
	PredNGType        = quad.IRI("ng:type")
	PredMentions      = quad.IRI("ng:mentions")
	PredMentionedIn   = quad.IRI("ng:mentionedIn")
	PredHash          = quad.IRI("ng:hash")
	PredPath          = quad.IRI("ng:path")
	PredSentences     = quad.IRI("ng:sentences")
	PredDoc           = quad.IRI("ng:doc")
	PredSentence      = quad.IRI("ng:sentence")
	PredText          = quad.IRI("ng:text")
	PredSpan          = quad.IRI("ng:span")
	PredSubject       = quad.IRI("ng:subject")
	PredPredicate     = quad.IRI("ng:predicate")
	PredObject        = quad.IRI("ng:object")
	PredSource        = quad.IRI("ng:source")
	PredPredicateText = quad.IRI("ng:predicateText")
	PredNegated       = quad.IRI("ng:negated")
	PredModality      = quad.IRI("ng:modality")
	PredConfidence    = quad.IRI("ng:confidence")
	PredAttributedTo  = quad.IRI("ng:attributedTo")
	PredSpeaker       = quad.IRI("ng:speaker")
	PredCue           = quad.IRI("ng:cue")
	PredContent       = quad.IRI("ng:content")
	PredDirect        = quad.IRI("ng:direct")
	PredAbout         = quad.IRI("ng:about")
	PredStance        = quad.IRI("ng:stance")
	PredSchemaVersion = quad.IRI("ng:schemaVersion")
	PredTitle         = quad.IRI("schema:headline")
	PredDate          = quad.IRI("schema:datePublished")
	PredOutlet        = quad.IRI("schema:publisher")
	PredURL           = quad.IRI("schema:url")
	PredAuthor        = quad.IRI("schema:author")

	ClassPerson       = quad.IRI("schema:Person")
	ClassOrganization = quad.IRI("schema:Organization")
	ClassPlace        = quad.IRI("schema:Place")
	ClassConcept      = quad.IRI("ng:Concept")
	ClassArticle      = quad.IRI("schema:Article")
	ClassStatement    = quad.IRI("ng:Statement")
	ClassMention      = quad.IRI("ng:Mention")

	// MetaNode carries store-wide facts such as the schema version.
	MetaNode = quad.IRI("newsgraph")
	// MetaLabel labels the store-wide quads.
	MetaLabel = quad.IRI("meta")
)

// IRI prefixes of the node kinds.
const (
	PrefixEntity    = "ent/"
	PrefixRelation  = "rel/"
	PrefixStatement = "stmt/"
	PrefixDoc       = "doc/"
	PrefixSource    = "src/"
	PrefixMention   = "mention/"
	PrefixQualifier = "ng:qualifier/"
)

// EntityIRI is the node of entity id ("vladimir-putin" → <ent/vladimir-putin>).
func EntityIRI(id string) quad.IRI { return quad.IRI(PrefixEntity + id) }

// RelationIRI is the predicate of a relation lemma ("invite" → <rel/invite>).
func RelationIRI(lemma string) quad.IRI { return quad.IRI(PrefixRelation + lemma) }

// StatementIRI is the node of statement id.
func StatementIRI(id string) quad.IRI { return quad.IRI(PrefixStatement + id) }

// DocIRI is the node (and label) of a document.
func DocIRI(docID string) quad.IRI { return quad.IRI(PrefixDoc + docID) }

// SourceIRI is the node (and label) of one sentence of a document.
func SourceIRI(docID string, sentence int) quad.IRI {
	return quad.IRI(PrefixSource + docID + "/" + strconv.Itoa(sentence))
}

// QualifierIRI is the predicate of a relation qualifier ("to" → <ng:qualifier/to>).
func QualifierIRI(key string) quad.IRI { return quad.IRI(PrefixQualifier + key) }

// MentionIRI is the node of a mention id.
func MentionIRI(id string) quad.IRI { return quad.IRI(PrefixMention + id) }

// StatementID is the id of what speaker said, independent of where it was
// reported: the same words from the same speaker in two articles get one id.
func StatementID(speakerID, content string) string {
	return shortHash(speakerID, normaliseContent(content))
}

// normaliseContent lower-cases s and collapses every run of characters other
// than letters and digits into one space, so that curly vs straight quotes,
// punctuation and spacing differences between articles don't split a quote.
func normaliseContent(s string) string {
	var b strings.Builder
	space := false
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(r)
		} else {
			space = true
		}
	}
	return b.String()
}

// shortHash is the first 16 hex digits of sha256 over the NUL-joined parts.
func shortHash(parts ...string) string {
	h := sha256.New()
	for i, p := range parts {
		if i > 0 {
			h.Write([]byte{0})
		}
		h.Write([]byte(p))
	}
	return hex.EncodeToString(h.Sum(nil))[:16]
}

// ParseID strips prefix from an IRI value: ParseID(<ent/x>, "ent/") = "x", true.
func ParseID(v quad.Value, prefix string) (string, bool) {
	iri, ok := v.(quad.IRI)
	if !ok {
		return "", false
	}
	s := string(iri)
	if !strings.HasPrefix(s, prefix) {
		return "", false
	}
	return s[len(prefix):], true
}

// TypeClass maps an extract entity type string to its rdf:type class.
func TypeClass(typ string) quad.IRI {
	switch typ {
	case "PERSON":
		return ClassPerson
	case "ORG", "ORGANIZATION":
		return ClassOrganization
	case "GPE", "LOC", "LOCATION", "FACILITY", "GSP":
		return ClassPlace
	default:
		return ClassConcept
	}
}
