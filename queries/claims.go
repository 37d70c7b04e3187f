package queries

import (
	"fmt"
	"sort"

	"newsgraph/extract/record"
	"newsgraph/graph"
)

// Voices of a relation's source: who, according to the sentence, says the
// relation holds. A fact under attribution is never a plain fact.
const (
	// VoiceAsserted: the article states the relation in its own voice.
	VoiceAsserted = "asserted"
	// VoiceReported: the article reports someone saying it ("…, Trump
	// said"); the claim is that speaker's, not the article's.
	VoiceReported = "reported"
	// VoicePossible: the relation is hedged or asked ("may", "whether"):
	// nobody says it holds, so it supports nothing.
	VoicePossible = "possible"
)

// OwnVoice names the article as the one who says so, where a table names
// who says so ("ACCORDING TO").
const OwnVoice = "the article"

// VoiceOf says in whose voice a source states its relation: possible when
// hedged or asked, reported when attributed to someone (or marked reported
// with nobody named), asserted otherwise.
func VoiceOf(src graph.Source) string {
	switch {
	case src.Modality == record.ModalityPossible:
		return VoicePossible
	case src.AttributedTo != "" || src.Modality == record.ModalityReported:
		return VoiceReported
	}
	return VoiceAsserted
}

// Claim is what the sources of one relation say in one voice: asserted by
// the articles themselves, reported by one speaker, or merely possible;
// negated or not. Independent counts how many separate sources stand
// behind it.
type Claim struct {
	Voice string `json:"voice"` // VoiceAsserted, VoiceReported, VoicePossible
	// AccordingTo is the entity the sources attribute the relation to; nil
	// when the article states it itself or a report names nobody.
	AccordingTo *EntityRef `json:"according_to,omitempty"`
	// Negated claims deny the relation: they contradict, never corroborate.
	Negated bool     `json:"negated"`
	Docs    []string `json:"docs"`
	// Outlets are the distinct known outlets of Docs, sorted.
	Outlets []string `json:"outlets,omitempty"`
	// Independent is the number of independent sources: distinct outlets
	// among documents whose outlet is known, plus each document whose
	// outlet is not (two articles of one paper are one source).
	Independent int            `json:"independent"`
	Sources     []graph.Source `json:"sources"`
}

// Supports reports whether the claim says the relation holds: not negated,
// not merely possible.
func (c Claim) Supports() bool { return !c.Negated && c.Voice != VoicePossible }

// Who names who says so: OwnVoice for the article's own voice, the
// speaker's name, or "an unnamed source" for a report that names nobody.
func (c Claim) Who() string {
	switch {
	case c.AccordingTo != nil:
		return c.AccordingTo.String()
	case c.Voice == VoiceReported:
		return "an unnamed source"
	}
	return OwnVoice
}

// String says the claim for a table cell: "asserted by 2 documents",
// "according to Donald Trump: 2 documents", "possible: 1 document",
// "negated according to Dmitry Peskov: 1 document".
func (c Claim) String() string {
	var s string
	switch {
	case c.Voice == VoiceAsserted:
		s = "asserted by"
		if c.Negated {
			s = "negated by"
		}
		return fmt.Sprintf("%s %s", s, plural(len(c.Docs), "document"))
	case c.Voice == VoicePossible && c.AccordingTo == nil:
		s = "possible"
	case c.Voice == VoicePossible:
		s = "possible according to " + c.Who()
	default:
		s = "according to " + c.Who()
	}
	if c.Negated {
		s = "negated " + s
	}
	return fmt.Sprintf("%s: %s", s, plural(len(c.Docs), "document"))
}

func plural(n int, noun string) string {
	if n == 1 {
		return fmt.Sprintf("1 %s", noun)
	}
	return fmt.Sprintf("%d %ss", n, noun)
}

// claimsOf groups the sources of one relation by voice, speaker and
// negation. Claims that support come first, then merely possible ones,
// then negations; within each, the article's own voice, then speakers with
// the most independent sources, then by name.
func claimsOf(srcs []graph.Source, names entityNames, outlets map[string]string) []Claim {
	type key struct {
		voice, by string
		neg       bool
	}
	groups := map[key][]graph.Source{}
	var keys []key
	for _, s := range srcs {
		if s.Doc == "" {
			continue
		}
		k := key{VoiceOf(s), s.AttributedTo, s.Negated}
		if _, ok := groups[k]; !ok {
			keys = append(keys, k)
		}
		groups[k] = append(groups[k], s)
	}
	out := make([]Claim, 0, len(keys))
	for _, k := range keys {
		ss := append([]graph.Source(nil), groups[k]...)
		sortSources(ss)
		c := Claim{Voice: k.voice, Negated: k.neg, Docs: docsOf(ss), Sources: ss}
		if k.by != "" {
			r := names.ref(k.by)
			c.AccordingTo = &r
		}
		c.Outlets, c.Independent = independent(c.Docs, outlets)
		out = append(out, c)
	}
	rank := func(c Claim) int {
		switch {
		case c.Negated:
			return 3
		case c.Voice == VoicePossible:
			return 2
		case c.Voice == VoiceReported:
			return 1
		}
		return 0
	}
	sort.Slice(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if ra, rb := rank(a), rank(b); ra != rb {
			return ra < rb
		}
		if (a.Voice == VoiceAsserted) != (b.Voice == VoiceAsserted) {
			return a.Voice == VoiceAsserted
		}
		if a.Independent != b.Independent {
			return a.Independent > b.Independent
		}
		if a.Who() != b.Who() {
			return a.Who() < b.Who()
		}
		return a.Voice < b.Voice
	})
	return out
}

// independent returns the distinct known outlets of docs and the number of
// independent sources among them: one per outlet, one per document whose
// outlet is unknown.
func independent(docs []string, outlets map[string]string) ([]string, int) {
	seen := map[string]bool{}
	var known []string
	n := 0
	for _, d := range docs {
		o := outlets[d]
		if o == "" {
			n++
			continue
		}
		if k := record.IdentityKey(o); !seen[k] {
			seen[k] = true
			known = append(known, o)
			n++
		}
	}
	sort.Strings(known)
	return known, n
}

// outletIndex maps each document of the snapshot to its outlet, where known.
func outletIndex(snap *graph.Snapshot) map[string]string {
	m := map[string]string{}
	for _, d := range snap.Documents {
		if d.Outlet != "" {
			m[d.ID] = d.Outlet
		}
	}
	return m
}
