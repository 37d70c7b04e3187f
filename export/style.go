package export

import "newsgraph/extract/record"

// nodeStyle is how one entity type is drawn, on the map and in GEXF.
type nodeStyle struct {
	legend string // legend text
	shape  string
	style  string
	fill   string
	border string
}

// Colours are from a colour-blind-safe palette and differ in lightness as
// well as hue, so the legend still works printed in grey; shapes repeat the
// distinction for readers who cannot tell the colours apart.
var typeStyles = map[string]nodeStyle{
	record.TypePerson:  {"Person", "ellipse", "filled", "#fde2c4", "#d55e00"},
	record.TypeOrg:     {"Organisation", "box", "rounded,filled", "#cfe3f5", "#0072b2"},
	record.TypeGPE:     {"Place (GPE / LOC)", "hexagon", "filled", "#d4efe4", "#009e73"},
	record.TypeConcept: {"Concept", "box", "dashed,filled", "#eeeeee", "#555555"},
	record.TypeUnnamed: {"Unnamed person or body", "ellipse", "dashed,filled", "#fdf1e4", "#d55e00"},
	TypeStatement:      {"Statement (what was said)", "note", "filled", "#fffbe6", "#8a7300"},
}

var otherStyle = nodeStyle{"Other / unknown", "octagon", "dashed,filled", "#ffffff", "#888888"}

// typeOrder is the legend's order.
var typeOrder = []string{record.TypePerson, record.TypeUnnamed, record.TypeOrg, record.TypeGPE, record.TypeConcept, TypeStatement, ""}

// legendKey folds types that share a style (LOC draws as GPE).
func legendKey(typ string) string {
	switch typ {
	case record.TypeLoc:
		return record.TypeGPE
	case record.TypePerson, record.TypeUnnamed, record.TypeOrg, record.TypeGPE, record.TypeConcept, TypeStatement:
		return typ
	}
	return ""
}

func styleFor(typ string) nodeStyle {
	if s, ok := typeStyles[legendKey(typ)]; ok {
		return s
	}
	return otherStyle
}

// Stance colours of statement edges.
var stanceColors = map[string]string{
	record.StanceRejects:  "#c62828",
	record.StanceSupports: "#2e7d32",
	record.StanceNeutral:  "#8c8c8c",
}

// stanceFills are the light backgrounds of statement nodes.
var stanceFills = map[string]string{
	record.StanceRejects:  "#fde8e8",
	record.StanceSupports: "#e6f4e6",
	record.StanceNeutral:  "#f4f4f4",
}

func stanceColor(s string) string {
	if c, ok := stanceColors[s]; ok {
		return c
	}
	return stanceColors[record.StanceNeutral]
}

func stanceFill(s string) string {
	if c, ok := stanceFills[s]; ok {
		return c
	}
	return stanceFills[record.StanceNeutral]
}

const relationColor = "#37474f"
