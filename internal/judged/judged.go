// Package judged reads the facts judged by hand (internal/precision/judged.tsv)
// and names records the way that file does: a key per fact, the first 16 hex
// digits of the SHA-256 of everything a reader judges, so that a fact the
// rules change in any part is a new fact. Read by internal/precision (to
// score a build) and internal/train/confidence (to learn from the verdicts).
package judged

import (
	"bufio"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"maps"
	"os"
	"slices"
	"strings"

	"newsgraph/extract/record"
)

// RelationKey is how judged.tsv names a relation: everything a reader
// judges, so that a fact the rules changed in any part is new.
func RelationKey(r record.Relation) string {
	var q []string
	for _, k := range slices.Sorted(maps.Keys(r.Qualifiers)) {
		q = append(q, k+"="+r.Qualifiers[k])
	}
	by := ""
	if r.AttributedTo != nil {
		by = r.AttributedTo.Name
	}
	return hashKey(fmt.Sprintf("R|%d|%v|%s|%s|%v|%s|%s|%t|%s|%s|%v", r.Sentence, span(r.Subject.MentionSpan), r.Subject.Name,
		r.Predicate, span(r.Object.MentionSpan), r.Object.Name, strings.Join(q, " "), r.Negated, r.Modality, by, r.Span))
}

// StatementKey is how judged.tsv names a statement.
func StatementKey(s record.Statement) string {
	return hashKey(fmt.Sprintf("S|%d|%v|%s|%s|%v|%t", s.Sentence, span(s.Speaker.MentionSpan), s.Speaker.Name, s.Cue, s.ContentSpan, s.Direct))
}

func span(s []int) string {
	if len(s) == 0 {
		return "[]"
	}
	return fmt.Sprint(s)
}

func hashKey(k string) string {
	h := sha256.Sum256([]byte(k))
	return hex.EncodeToString(h[:8])
}

// Read reads article<TAB>key<TAB>R|W<TAB>kind lines, # comments.
func Read(path string) (labels, kinds map[string]map[string]string, err error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, nil, fmt.Errorf("judged facts: %w", err)
	}
	defer f.Close()
	out := map[string]map[string]string{}
	kinds = map[string]map[string]string{}
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		c := strings.Split(line, "\t")
		if len(c) < 3 || c[2] != "R" && c[2] != "W" {
			return nil, nil, fmt.Errorf("%s:%d: want article, key, R or W", path, n)
		}
		if out[c[0]] == nil {
			out[c[0]] = map[string]string{}
			kinds[c[0]] = map[string]string{}
		}
		out[c[0]][c[1]] = c[2]
		if len(c) > 3 {
			kinds[c[0]][c[1]] = c[3]
		}
	}
	if err := sc.Err(); err != nil {
		return nil, nil, fmt.Errorf("judged facts: %w", err)
	}
	return out, kinds, nil
}
