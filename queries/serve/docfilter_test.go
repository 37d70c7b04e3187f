package serve

import "testing"

func TestDocFilterKeeps(t *testing.T) {
	for _, tc := range []struct {
		f            docFilter
		outlet, date string
		want         bool
	}{
		{docFilter{outlet: "bbc"}, "BBC", "", true},
		{docFilter{outlet: "bbc"}, "BBC News", "", false},
		{docFilter{from: "2005-02"}, "", "2005-02-01", true},
		{docFilter{from: "2005-02-02"}, "", "2005-02-01", false},
		{docFilter{to: "2005-02"}, "", "2005-02-28T23:00:00Z", true},
		{docFilter{to: "2005-02"}, "", "2005-03-01", false},
		{docFilter{from: "2005"}, "", "", false},
		{docFilter{from: "2005"}, "", "sometime", false},
	} {
		if got := tc.f.keeps(tc.outlet, tc.date); got != tc.want {
			t.Errorf("%+v keeps (%q, %q) = %v, want %v", tc.f, tc.outlet, tc.date, got, tc.want)
		}
	}
}
