package record

import (
	"bytes"
	"encoding/json"
	"reflect"
	"strings"
	"testing"
)

func TestSlug(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Vladimir Putin", "vladimir-putin"},
		{"Vla\u200bdimir  Putin", "vladimir-putin"}, // invisible characters do not change the id
		{"Pute\u0301", "puté"},                      // a decomposed accent gives the composed letter's id
		{"U.S.", "us"},
		{"O'Brien", "obrien"},
		{"Sinn Féin (party)", "sinn-féin-party"},
		{"--", ""},
	} {
		if got := Slug(tc.in); got != tc.want {
			t.Errorf("Slug(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestIdentityKey(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		same bool
	}{
		{"Zelenskyy", "Zelensky", true},
		{"Volodymyr Zelenskyy", "volodymyr zelensky", true},
		{"Hegseth", "Hegsteh", false},
		{"Boris Johnson", "Alan Johnson", false},
	} {
		if got := IdentityKey(tc.a) == IdentityKey(tc.b); got != tc.same {
			t.Errorf("IdentityKey(%q) == IdentityKey(%q) is %v, want %v", tc.a, tc.b, got, tc.same)
		}
	}
}

func person(id, name string, mentions int) Entity {
	return Entity{Kind: KindEntity, ID: id, Name: name, Type: TypePerson, Mentions: mentions}
}

// linkDocs are three documents as the extractor leaves them before linking:
// each names people as it does, with document-local ids.
func linkDocs() []*Result {
	return []*Result{
		{Doc: Document{ID: "a"}, Entities: []Entity{person("pete-hegseth", "Pete Hegseth", 2), person("zelenskyy", "Zelenskyy", 1)},
			Relations: []Relation{{Kind: KindRelation, Subject: Ref{ID: "pete-hegseth", Name: "Pete Hegseth", Type: TypePerson},
				Predicate: "meet", Object: Ref{ID: "zelenskyy", Name: "Zelenskyy", Type: TypePerson}, Modality: ModalityAsserted}}},
		{Doc: Document{ID: "b"}, Entities: []Entity{person("hegseth", "Hegseth", 3), person("volodymyr-zelensky", "Volodymyr Zelensky", 1),
			person("zelensky", "Zelensky", 2)},
			Statements: []Statement{{Kind: KindStatement, Speaker: Ref{ID: "hegseth", Name: "Hegseth", Type: TypePerson},
				About: []Ref{{ID: "zelensky", Name: "Zelensky", Type: TypePerson}}, Stance: StanceNeutral}}},
		{Doc: Document{ID: "c"}, Entities: []Entity{person("boris-johnson", "Boris Johnson", 1), person("alan-johnson", "Alan Johnson", 1),
			person("johnson", "Johnson", 1)}},
	}
}

func TestLink(t *testing.T) {
	res := linkDocs()
	Link(res)
	a, b, c := res[0], res[1], res[2]
	// A surname joins the one full name that ends with it, in another document too.
	if got := b.Statements[0].Speaker; got.ID != "pete-hegseth" || got.Name != "Pete Hegseth" {
		t.Errorf("speaker in b = %+v, want Pete Hegseth", got)
	}
	// Spelling variants join; the one-word "Zelensky" joins the full name only
	// through the surname rule, and the full name is canonical.
	if got := a.Relations[0].Object; got.Name != "Volodymyr Zelensky" {
		t.Errorf("object in a = %+v, want Volodymyr Zelensky", got)
	}
	// Two entities of b that end up one are merged, the lost name an alias.
	var ids []string
	for _, e := range b.Entities {
		ids = append(ids, e.ID)
		if e.ID == "volodymyr-zelensky" && (e.Mentions != 3 || !reflect.DeepEqual(e.Aliases, []string{"Zelensky"})) {
			t.Errorf("merged entity = %+v, want 3 mentions and alias Zelensky", e)
		}
	}
	if want := []string{"pete-hegseth", "volodymyr-zelensky"}; !reflect.DeepEqual(ids, want) {
		t.Errorf("entities of b = %v, want %v", ids, want)
	}
	// A surname two full names share is left alone.
	for _, e := range c.Entities {
		if e.Name != map[string]string{"boris-johnson": "Boris Johnson", "alan-johnson": "Alan Johnson", "johnson": "Johnson"}[e.ID] {
			t.Errorf("entity of c linked: %+v", e)
		}
	}
	merged := MergedEntities(res)
	var names []string
	for _, e := range merged {
		names = append(names, e.Name+"@"+strings.Join(e.Docs, ","))
	}
	t.Logf("merged: %v", names)
	if len(merged) != 5 {
		t.Errorf("MergedEntities = %v, want 5 entities", names)
	}
}

func TestWriteJSONL(t *testing.T) {
	res := linkDocs()
	Link(res)
	var buf bytes.Buffer
	if err := WriteJSONL(&buf, res); err != nil {
		t.Fatal(err)
	}
	var kinds []string
	for _, line := range strings.Split(strings.TrimSpace(buf.String()), "\n") {
		var r struct{ Kind string }
		if err := json.Unmarshal([]byte(line), &r); err != nil {
			t.Fatalf("line %q: %v", line, err)
		}
		kinds = append(kinds, r.Kind)
	}
	want := []string{KindEntity, KindEntity, KindEntity, KindEntity, KindEntity, KindRelation, KindStatement}
	if !reflect.DeepEqual(kinds, want) {
		t.Errorf("kinds = %v, want %v (merged entities first)", kinds, want)
	}
}

// TestConceptNamedByItsKey checks that a concept articles name by different
// "of" phrases ("the success of Meet the Fockers", "the success of other
// projects") is named by what they share, not by one article's phrase.
func TestConceptNamedByItsKey(t *testing.T) {
	concept := func(doc, name string, mentions int) *Result {
		return &Result{Doc: Document{ID: doc}, Entities: []Entity{{Kind: KindEntity, ID: "success", Name: name, Type: TypeConcept, Docs: []string{doc}, Mentions: mentions}}}
	}
	cases := []struct {
		names []string
		want  string
	}{
		{[]string{"success of Meet the Fockers", "success of other similar projects"}, "success"},
		{[]string{"success of the plan", "success of the plan"}, "success of the plan"},
		{[]string{"success", "success of the plan"}, "success"},
	}
	for _, c := range cases {
		var res []*Result
		for i, n := range c.names {
			res = append(res, concept(string(rune('a'+i)), n, 2-i))
		}
		Link(res)
		for _, r := range res {
			if got := r.Entities[0].Name; got != c.want {
				t.Errorf("%q: named %q, want %q", c.names, got, c.want)
			}
		}
	}
}

// TestUnnamedStaysInItsArticle checks that two articles' unnamed speakers of
// the same description are two entities, while two articles' named people
// of the same name are one.
func TestUnnamedStaysInItsArticle(t *testing.T) {
	doc := func(id string, e Entity) *Result {
		e.Kind, e.Docs, e.Mentions = KindEntity, []string{id}, 1
		return &Result{Doc: Document{ID: id}, Entities: []Entity{e}}
	}
	res := []*Result{
		doc("a", Entity{ID: "council-spokesman-in-a", Name: "council spokesman", Type: TypeUnnamed}),
		doc("b", Entity{ID: "council-spokesman-in-b", Name: "council spokesman", Type: TypeUnnamed}),
		doc("c", Entity{ID: "anna-berg", Name: "Anna Berg", Type: TypePerson}),
		doc("d", Entity{ID: "anna-berg", Name: "Anna Berg", Type: TypePerson}),
	}
	Link(res)
	if a, b := res[0].Entities[0].ID, res[1].Entities[0].ID; a == b {
		t.Errorf("two articles' unnamed spokesmen linked as one: %q", a)
	}
	if c, d := res[2].Entities[0].ID, res[3].Entities[0].ID; c != d {
		t.Errorf("one named person split across articles: %q, %q", c, d)
	}
}

// TestLinkNeedsAFullName: a one-word name joins only a full name a person
// could have, not a role the tagger took for one.
func TestLinkNeedsAFullName(t *testing.T) {
	person := func(doc, name string) *Result {
		e := Entity{Kind: KindEntity, ID: Slug(name), Name: name, Type: TypePerson, Docs: []string{doc}, Mentions: 1}
		return &Result{Doc: Document{ID: doc}, Entities: []Entity{e}}
	}
	for _, tc := range []struct{ full, short, want string }{
		{"Operating Officer of Sony", "Sony", "Sony"},
		{"Rafael van der Vaart", "Vaart", "Rafael van der Vaart"},
	} {
		res := []*Result{person("a", tc.full), person("b", tc.short)}
		Link(res)
		if got := res[1].Entities[0].Name; got != tc.want {
			t.Errorf("%q beside %q linked to %q, want %q", tc.short, tc.full, got, tc.want)
		}
	}
}

// TestConceptNamedByWhatDocumentsShare: a concept two articles name with
// their own modifiers is named by the concept, not by one article's words.
func TestConceptNamedByWhatDocumentsShare(t *testing.T) {
	doc := func(id, name string) *Result {
		return &Result{Entities: []Entity{{Kind: KindEntity, ID: "dialogue", Name: name, Type: TypeConcept, Docs: []string{id}, Mentions: 1}}}
	}
	cases := []struct {
		name  string
		names []string
		want  string
	}{
		{"modifiers that differ give way to the concept", []string{"perfectly sensible dialogue", "perfectly sensible dialogue", "global dialogue"}, "dialogue"},
		{"the concept alone is kept as written", []string{"global dialogue", "dialogues", "dialogues"}, "dialogues"},
		{"one name spelt two ways stays", []string{"global dialogue", "global dialogue"}, "global dialogue"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var rs []*Result
			for i, n := range c.names {
				rs = append(rs, doc(string(rune('a'+i)), n))
			}
			Link(rs)
			if got := rs[0].Entities[0].Name; got != c.want {
				t.Errorf("linked name %q, want %q", got, c.want)
			}
		})
	}
}
