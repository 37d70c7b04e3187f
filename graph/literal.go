package graph

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/cayleygraph/quad"
)

// This file decodes the literals the schema stores, for every reader of the
// quads (Snapshot here, the queries package, exports).

// Text is the plain text of a literal or IRI value ("" for nil).
func Text(v quad.Value) string {
	switch v := v.(type) {
	case nil:
		return ""
	case quad.String:
		return string(v)
	case quad.IRI:
		return string(v)
	case quad.TypedString:
		return string(v.Value)
	case quad.LangString:
		return string(v.Value)
	default:
		return fmt.Sprint(quad.NativeOf(v))
	}
}

// Int reads an integer literal (ng:sentence, ng:mentions), however it was typed.
func Int(v quad.Value) int64 {
	switch v := v.(type) {
	case quad.Int:
		return int64(v)
	case quad.Float:
		return int64(v)
	}
	n, _ := strconv.ParseInt(Text(v), 10, 64)
	return n
}

// Float reads a float literal (ng:confidence).
func Float(v quad.Value) float64 {
	switch v := v.(type) {
	case quad.Float:
		return float64(v)
	case quad.Int:
		return float64(v)
	}
	f, _ := strconv.ParseFloat(Text(v), 64)
	return f
}

// Bool reads a boolean literal (ng:negated, ng:direct).
func Bool(v quad.Value) bool {
	if b, ok := v.(quad.Bool); ok {
		return bool(b)
	}
	b, _ := strconv.ParseBool(Text(v))
	return b
}

// ParseSpan reads an ng:span literal, "start-end".
func ParseSpan(s string) [2]int {
	a, b, ok := strings.Cut(s, "-")
	if !ok {
		return [2]int{}
	}
	x, _ := strconv.Atoi(a)
	y, _ := strconv.Atoi(b)
	return [2]int{x, y}
}
