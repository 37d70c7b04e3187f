package record

import (
	"encoding/json"
	"io"
	"sort"
	"strings"
	"unicode"
)

// entityClass groups types that can name the same thing.
func entityClass(typ string) string {
	switch typ {
	case TypeGPE, TypeLoc:
		return "place"
	}
	return typ
}

// linkKey groups references that may name the same thing across documents.
// Concepts are identified by their id (made from what the phrase names, not its
// wording), the unnamed by theirs (one article's); names by their
// spelling-insensitive identity key.
func linkKey(r Ref) string {
	if r.Type == TypeConcept || r.Type == TypeUnnamed {
		return r.Type + "/" + r.ID
	}
	return entityClass(r.Type) + "/" + IdentityKey(r.Name)
}

// LinkKey groups references that may name the same thing across documents
// (see linkKey). A store that links articles run by run keeps it per entity.
func LinkKey(r Ref) string { return linkKey(r) }

// Linking is what linking decided for a set of documents: the id and name
// each reference resolves to. It depends only on the documents' entity
// lists, so a store can recompute it from what it keeps of each document.
type Linking struct {
	groups map[string]*linkGroup // class/identityKey → group
	alias  map[string]string     // group key → group key
}

type linkGroup struct {
	names    map[string]int // name → mentions
	docs     int            // entity lists naming it: documents, or a store's distinct names
	canon    string
	multi    bool
	lastWord string
}

// Link gives one id to each real-world thing across documents: spelling variants
// ("Zelensky", "Zelenskyy") and surnames ("Hegseth" where another article says
// "Pete Hegseth") join the fullest, most used name. Different people stay apart:
// a surname shared by two full names is left alone.
func Link(results []*Result) {
	ApplyLinks(results, NewLinking(results).Resolve)
}

// NewLinking decides the links among the entities of results (their
// Entities only; relations and statements are not read).
func NewLinking(results []*Result) *Linking {
	groups := map[string]*linkGroup{}
	keyOf := func(e Entity) string { return linkKey(e.Ref()) }
	for _, r := range results {
		for _, e := range r.Entities {
			k := keyOf(e)
			g := groups[k]
			if g == nil {
				g = &linkGroup{names: map[string]int{}}
				groups[k] = g
			}
			g.names[e.Name] += e.Mentions
			g.docs++
			if w := strings.Fields(e.Name); len(w) > 1 && fullName(w) {
				g.multi = true
				g.lastWord = IdentityKey(w[len(w)-1])
			}
		}
	}
	// Surname groups join the unique full-name group ending with that surname.
	alias := map[string]string{} // group key → group key
	bySurname := map[string][]string{}
	for k, g := range groups {
		if g.multi && strings.HasPrefix(k, TypePerson+"/") {
			bySurname[g.lastWord] = append(bySurname[g.lastWord], k)
		}
	}
	for k, g := range groups {
		if g.multi || !strings.HasPrefix(k, TypePerson+"/") {
			continue
		}
		if full := bySurname[strings.TrimPrefix(k, TypePerson+"/")]; len(full) == 1 {
			alias[k] = full[0] // the surname form becomes an alias, never the canonical name
		}
	}
	for k, g := range groups {
		if _, ok := alias[k]; ok {
			continue
		}
		best, bestN := "", -1
		if strings.HasPrefix(k, TypeConcept+"/") {
			// A concept is named the way most sentences name it, then most briefly.
			for n, c := range g.names {
				if c > bestN || c == bestN && (len(n) < len(best) || len(n) == len(best) && n < best) {
					best, bestN = n, c
				}
			}
			if g.docs > 1 {
				best = conceptName(strings.TrimPrefix(k, TypeConcept+"/"), g.names, best)
			}
			if i := strings.Index(best, " of "); i > 0 {
				for n := range g.names {
					if !strings.HasSuffix(n, best[i:]) {
						// "the success of Meet the Fockers" and "the success of other
						// projects" are one concept, success: no one's "of" names it
						best = best[:i]
						break
					}
				}
			}
			g.canon = best
			continue
		}
		for n, c := range g.names {
			if len(strings.Fields(n)) < len(strings.Fields(best)) {
				continue
			}
			if len(strings.Fields(n)) > len(strings.Fields(best)) || c > bestN || c == bestN && n < best {
				best, bestN = n, c
			}
		}
		g.canon = best
	}
	return &Linking{groups: groups, alias: alias}
}

// nameParticles are the lower-case words inside names: "Rafael van der
// Vaart", "Osama bin Laden", "Medecins sans Frontieres".
var nameParticles = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`bin ibn al el van von de da del della di du der den la le ter ten dos das y sans`) {
		m[w] = true
	}
	return m
}()

// IsNameParticle reports whether lower-case word w may stand inside a name
// between its capitalised words.
func IsNameParticle(w string) bool { return nameParticles[w] }

// fullName reports whether words can be a person's full name, which a
// surname alone may stand for elsewhere: "Ken Kutaragi", "Rafael van der
// Vaart", not "Operating Officer of Sony" (a role the tagger took for a name).
func fullName(words []string) bool {
	for _, w := range words {
		if r := w[0]; r >= 'a' && r <= 'z' && !nameParticles[w] {
			return false
		}
	}
	return true
}

// Resolve returns the id and name that reference e links to; a reference
// whose key no entity shares keeps its own.
func (l *Linking) Resolve(e Ref) (id, name string) {
	k := linkKey(e)
	if a, ok := l.alias[k]; ok {
		k = a
	}
	g := l.groups[k]
	if g == nil {
		return e.ID, e.Name
	}
	if e.Type == TypeConcept || e.Type == TypeUnnamed {
		return e.ID, g.canon // the id is the concept's key, the same in every document; the unnamed's, its article's
	}
	return Slug(g.canon), g.canon
}

// ApplyLinks rewrites every reference in results to the id and name resolve
// gives it, merging a document's entities that end up with one id (the
// names they lose become aliases).
func ApplyLinks(results []*Result, resolve func(Ref) (id, name string)) {
	fix := func(r *Ref) {
		if r == nil || r.ID == SpeakerUnknown {
			return
		}
		r.ID, r.Name = resolve(*r)
	}
	for _, r := range results {
		merged := map[string]int{}
		var ents []Entity
		for _, e := range r.Entities {
			old := e.Name
			ref := e.Ref()
			fix(&ref)
			e.ID, e.Name = ref.ID, ref.Name
			if old != e.Name {
				e.Aliases = append(e.Aliases, old)
			}
			if i, ok := merged[e.ID]; ok {
				ents[i].Mentions += e.Mentions
				ents[i].Aliases = append(ents[i].Aliases, e.Aliases...)
				ents[i].MixedScript = ents[i].MixedScript || e.MixedScript
				continue
			}
			merged[e.ID] = len(ents)
			ents = append(ents, e)
		}
		for i := range ents {
			ents[i].Aliases = uniqueSorted(ents[i].Aliases, ents[i].Name)
		}
		r.Entities = ents
		for i := range r.Relations {
			fix(&r.Relations[i].Subject)
			fix(&r.Relations[i].Object)
			fix(r.Relations[i].AttributedTo)
		}
		for i := range r.Statements {
			fix(&r.Statements[i].Speaker)
			for j := range r.Statements[i].About {
				fix(&r.Statements[i].About[j])
			}
		}
	}
}

func uniqueSorted(in []string, except string) []string {
	seen := map[string]bool{except: true}
	var out []string
	for _, s := range in {
		if !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	sort.Strings(out)
	return out
}

// MergedEntities returns one entity per id across results, with every document
// that mentions it, sorted by id.
func MergedEntities(results []*Result) []Entity {
	byID := map[string]*Entity{}
	var ids []string
	for _, r := range results {
		for _, e := range r.Entities {
			m := byID[e.ID]
			if m == nil {
				c := e
				c.Aliases = append([]string(nil), e.Aliases...)
				c.Docs = append([]string(nil), e.Docs...)
				byID[e.ID] = &c
				ids = append(ids, e.ID)
				continue
			}
			m.Mentions += e.Mentions
			m.Aliases = append(m.Aliases, e.Aliases...)
			m.Docs = append(m.Docs, e.Docs...)
			m.MixedScript = m.MixedScript || e.MixedScript
			if m.Type == TypeConcept && e.Type != TypeConcept {
				// "labour" the noun in one article, Labour the party in another: the
				// name's type says more than a noun phrase's.
				m.Type, m.Name = e.Type, e.Name
			}
		}
	}
	sort.Strings(ids)
	out := make([]Entity, 0, len(ids))
	for _, id := range ids {
		e := byID[id]
		e.Aliases = uniqueSorted(e.Aliases, e.Name)
		e.Docs = uniqueSorted(e.Docs, "")
		out = append(out, *e)
	}
	return out
}

// WriteJSONL writes results as JSON Lines: one record per line, the merged
// entities first (MergedEntities), then each document's relations and statements.
// This is the shape ../shared/eval/score.py and `newsgraph extract` use.
func WriteJSONL(w io.Writer, results []*Result) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for _, ent := range MergedEntities(results) {
		if err := enc.Encode(ent); err != nil {
			return err
		}
	}
	for _, r := range results {
		for _, rel := range r.Relations {
			if err := enc.Encode(rel); err != nil {
				return err
			}
		}
		for _, st := range r.Statements {
			if err := enc.Encode(st); err != nil {
				return err
			}
		}
	}
	return nil
}

// conceptName names a concept several documents share by what they share:
// "perfectly sensible dialogue" in one article and "global dialogue" in
// another are the concept "dialogue", and neither article's words belong
// on the other's facts. A name that is the concept alone ("conversations"
// beside "such conversation") is kept, the most used of them; with none,
// the concept's key spelled out. best is the choice so far.
func conceptName(key string, names map[string]int, best string) string {
	bare := func(n string) string {
		n = strings.ToLower(strings.ReplaceAll(n, "-", " "))
		if strings.HasSuffix(n, "es") && !strings.HasSuffix(key, "e") {
			n = strings.TrimSuffix(n, "es") // "taxes" for the concept "tax"
		}
		return strings.TrimSuffix(n, "s")
	}
	want := strings.TrimSuffix(strings.ReplaceAll(key, "-", " "), "s")
	if strings.IndexFunc(want, func(r rune) bool { return !unicode.IsLetter(r) && r != ' ' }) >= 0 {
		return best // "41%" spelt as its key would lose its sign
	}
	forms := map[string]bool{}
	for n := range names {
		forms[bare(n)] = true
	}
	if len(forms) == 1 {
		return best // one name, spelt a few ways: "end user", "end-user"
	}
	pick, pickN := "", -1
	for n, c := range names {
		if bare(n) == want && (c > pickN || c == pickN && n < pick) {
			pick, pickN = n, c
		}
	}
	if pick != "" {
		return pick
	}
	return strings.ReplaceAll(key, "-", " ")
}
