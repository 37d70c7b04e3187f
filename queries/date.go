package queries

import (
	"regexp"
	"strings"
	"time"
)

// isoDay matches an ISO 8601 date or its prefix: 2005, 2005-02, 2005-02-16.
var isoDay = regexp.MustCompile(`^\d{4}(-\d{2}(-\d{2})?)?`)

// IsISODay reports whether s is exactly 2005, 2005-02 or 2005-02-16.
func IsISODay(s string) bool { return s != "" && isoDay.FindString(s) == s }

// dateLayouts are the other ways articles give dates, tried in turn.
var dateLayouts = []string{time.RFC1123Z, time.RFC1123, time.RFC850, time.ANSIC, time.RFC822Z, time.RFC822,
	"January 2, 2006", "Jan 2, 2006", "2 January 2006", "2 Jan 2006", "Monday, 2 January 2006", "Monday, January 2, 2006",
	"02/01/2006"} // the last is day first, as British outlets write it

// Day is an article's date as YYYY-MM-DD (or the shorter ISO prefix that is
// all it gives), "" when it cannot be read. Articles give dates as they
// like (graph.Document.Date keeps them so): ISO 8601 first, then the common
// written forms ("Wed, 12 Feb 2025 08:00:00 +0000", "17 February 2025").
// Days compare as text, which is date order.
func Day(date string) string {
	date = strings.TrimSpace(date)
	if m := isoDay.FindString(date); m != "" {
		return m
	}
	for _, l := range dateLayouts {
		if t, err := time.Parse(l, date); err == nil {
			return t.Format(time.DateOnly)
		}
	}
	return ""
}
