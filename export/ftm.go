package export

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"newsgraph/extract/record"
	"newsgraph/graph"
)

// ftmSchema maps entity types to FollowTheMoney schemata. FtM has no schema
// for places that can take part in a link, so GPE and LOC become
// LegalEntity, the most general linkable schema, with the newsgraph type in
// "description". Concepts ("negotiations", "$65.9 billion") are no FtM
// entity at all: see FTM.
var ftmSchema = map[string]string{
	record.TypePerson: "Person",
	record.TypeOrg:    "Organization",
}

type ftmEntity struct {
	ID         string              `json:"id"`
	Schema     string              `json:"schema"`
	Properties map[string][]string `json:"properties"`
}

// ftmID turns the IRI of an entity or document into an id FtM accepts:
// letters, digits, "." and "-", starting and ending with a letter or digit.
// The common case stays readable: "ent/vladimir-putin" → "ent-vladimir-putin"
// (prefix, one "/", lowercase letters, digits and inner hyphens). Anything
// else, which the readable form could merge with another IRI ("doc/x y",
// "doc/x-y" and "doc/x/y" all read "doc-x-y"), gets "." and 16 hex digits of
// the IRI's SHA-256 after its readable form. Readable ids hold no ".",
// hashed ones do, so two IRIs never share an id.
func ftmID(iri string) string {
	var b strings.Builder
	for _, r := range iri {
		switch {
		case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z', r >= '0' && r <= '9', r == '.', r == '-':
			b.WriteRune(r)
		default:
			b.WriteByte('-')
		}
	}
	id := strings.Trim(b.String(), "-.")
	if readableFTM(iri) {
		return id
	}
	sum := sha256.Sum256([]byte(iri))
	if id == "" {
		return hex.EncodeToString(sum[:8])
	}
	return id + "." + hex.EncodeToString(sum[:8])
}

// readableFTM reports whether iri is an entity or document IRI whose
// readable FtM id cannot be another IRI's.
func readableFTM(iri string) bool {
	var rest string
	switch {
	case strings.HasPrefix(iri, graph.PrefixEntity):
		rest = iri[len(graph.PrefixEntity):]
	case strings.HasPrefix(iri, graph.PrefixDoc):
		rest = iri[len(graph.PrefixDoc):]
	default:
		return false
	}
	if rest == "" || rest[0] == '-' || rest[len(rest)-1] == '-' || strings.Contains(rest, "--") {
		return false
	}
	for _, r := range rest {
		if !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '-') {
			return false
		}
	}
	return true
}

// FTM writes FollowTheMoney entities as JSON lines, the input of
// `alephclient write-entities` and `ftm` tools: one Person, Organization or
// LegalEntity (places) per named entity, one Article per document, and one
// UnknownLink per relation source or statement target, with the reporting
// sentence as its summary and "doc#sentence" as its recordId.
//
// Concepts are not entities in FtM's sense, and Aleph would list each as a
// company-like LegalEntity. A relation between a named entity and a concept
// links the named entity to the article that reports it, its role the whole
// fact ("Vladimir Putin reject negotiations"); a relation between two
// concepts is left out; a statement about concepts only links its speaker
// to the article. An Article's title is left empty: the store does not keep
// titles, and an id is not one; fileName holds the document id.
func FTM(w io.Writer, snap *graph.Snapshot) error {
	enc := json.NewEncoder(w)
	write := func(e ftmEntity) error {
		if err := enc.Encode(e); err != nil {
			return fmt.Errorf("ftm %s: %w", e.ID, err)
		}
		return nil
	}
	ents := map[string]graph.Entity{}
	known := map[string]bool{}
	docs := map[string]bool{}
	concept := func(id string) bool {
		e, ok := ents[id]
		return ok && graph.TypeClass(strings.ToUpper(e.Type)) == graph.ClassConcept
	}
	for _, e := range snap.Entities {
		ents[e.ID] = e
		for _, d := range e.Docs {
			docs[d] = true
		}
		if concept(e.ID) || e.ID == record.SpeakerUnknown {
			continue
		}
		id := ftmID(entityID(e.ID))
		known[e.ID] = true
		props := map[string][]string{"name": {e.Name}}
		if len(e.Aliases) > 0 {
			props["alias"] = e.Aliases
		}
		schema := ftmSchema[e.Type]
		if schema == "" {
			schema = "LegalEntity"
			props["description"] = []string{e.Type}
		}
		if err := write(ftmEntity{id, schema, props}); err != nil {
			return err
		}
	}
	// Ends that the snapshot does not describe (an unknown speaker) still
	// need an entity, or Aleph drops the link.
	need := func(entID string) (string, error) {
		if !known[entID] {
			known[entID] = true
			name := entID
			if entID == record.SpeakerUnknown {
				name = unknownSpeakerName
			}
			if err := write(ftmEntity{ftmID(entityID(entID)), "LegalEntity", map[string][]string{"name": {name}}}); err != nil {
				return "", err
			}
		}
		return ftmID(entityID(entID)), nil
	}
	for _, f := range snap.Facts {
		for _, s := range f.Sources {
			docs[s.Doc] = true
		}
	}
	for _, st := range snap.Statements {
		for _, s := range st.Sources {
			docs[s.Doc] = true
		}
	}
	for _, d := range sortedKeys(docs) {
		if err := write(ftmEntity{ftmID(docID(d)), "Article", map[string][]string{"fileName": {d}}}); err != nil {
			return err
		}
	}
	n := 0
	link := func(subj, obj, role string, s graph.Source) error {
		n++
		props := map[string][]string{
			"subject": {subj}, "object": {obj}, "role": {role},
			"summary": {s.Text}, "recordId": {fmt.Sprintf("%s#%d", s.Doc, s.Sentence)},
		}
		return write(ftmEntity{fmt.Sprintf("link-%d", n), "UnknownLink", props})
	}
	name := func(id string) string {
		if e, ok := ents[id]; ok {
			return e.Name
		}
		return id
	}
	for _, f := range snap.Facts {
		cs, co := concept(f.Subject), concept(f.Object)
		if cs && co {
			continue
		}
		for _, s := range f.Sources {
			role := f.Predicate
			if s.Negated {
				role = "not " + role
			}
			subj, obj := ftmID(docID(s.Doc)), ftmID(docID(s.Doc))
			var err error
			if cs || co {
				role = name(f.Subject) + " " + role + " " + name(f.Object)
			}
			if !cs {
				if subj, err = need(f.Subject); err != nil {
					return err
				}
			}
			if !co {
				if obj, err = need(f.Object); err != nil {
					return err
				}
			}
			if err := link(subj, obj, role, s); err != nil {
				return err
			}
		}
	}
	for _, st := range snap.Statements {
		spk, err := need(st.Speaker)
		if err != nil {
			return err
		}
		role := fmt.Sprintf("%s (%s): %s", st.Cue, st.Stance, st.Content)
		var targets []string
		for _, a := range uniq(st.About) {
			if !concept(a) {
				targets = append(targets, a)
			}
		}
		for _, s := range st.Sources {
			if len(targets) == 0 {
				// Said about nothing FtM can name: link the speaker to the article.
				if err := link(spk, ftmID(docID(s.Doc)), role, s); err != nil {
					return err
				}
				continue
			}
			for _, a := range targets {
				obj, err := need(a)
				if err != nil {
					return err
				}
				if err := link(spk, obj, role, s); err != nil {
					return err
				}
			}
		}
	}
	return nil
}

func sortedKeys(m map[string]bool) []string {
	xs := make([]string, 0, len(m))
	for k := range m {
		xs = append(xs, k)
	}
	return sortedSet(xs)
}
