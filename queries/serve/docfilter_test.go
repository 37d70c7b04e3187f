package serve

import "testing"

func TestIsoDate(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"2005-02-16", "2005-02-16"},
		{"2005-02-16T10:00:00Z", "2005-02-16"},
		{"2005-02", "2005-02"},
		{"Wed, 16 Feb 2005 10:00:00 +0000", "2005-02-16"},
		{"February 16, 2005", "2005-02-16"},
		{"16 February 2005", "2005-02-16"},
		{"16/02/2005", "2005-02-16"},
		{"last Tuesday", ""},
		{"", ""},
	} {
		if got := isoDate(tc.in); got != tc.want {
			t.Errorf("isoDate(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

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
