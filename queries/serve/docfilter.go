package serve

import (
	"context"
	"net/http"
	"sort"
	"strings"

	"newsgraph/queries"
)

// docFilter keeps the articles of an outlet and of a period.
type docFilter struct {
	outlet   string // compared without case; "" keeps every outlet
	from, to string // ISO dates or prefixes; "" is open
}

func (f docFilter) empty() bool { return f.outlet == "" && f.from == "" && f.to == "" }

// keeps reports whether an article with this outlet and date passes. A
// period keeps only articles whose date can be read; "to" a month keeps
// that whole month.
func (f docFilter) keeps(outlet, date string) bool {
	if f.outlet != "" && !strings.EqualFold(strings.TrimSpace(outlet), f.outlet) {
		return false
	}
	if f.from == "" && f.to == "" {
		return true
	}
	d := queries.Day(date)
	if d == "" {
		return false
	}
	if f.from != "" && d < f.from[:min(len(f.from), len(d))] {
		return false
	}
	if f.to != "" && d[:min(len(f.to), len(d))] > f.to {
		return false
	}
	return true
}

// docFilterParams reads outlet=, from= and to=.
func docFilterParams(r *http.Request) (docFilter, error) {
	var f docFilter
	var err error
	if f.outlet, err = param(r, "outlet"); err != nil {
		return f, err
	}
	f.outlet = strings.TrimSpace(f.outlet)
	for _, p := range []struct {
		name string
		v    *string
	}{{"from", &f.from}, {"to", &f.to}} {
		if *p.v, err = param(r, p.name); err != nil {
			return f, err
		}
		if *p.v != "" && !queries.IsISODay(*p.v) {
			return f, badRequest("parameter %q must be a date YYYY, YYYY-MM or YYYY-MM-DD, got %q", p.name, *p.v)
		}
	}
	if f.from != "" && f.to != "" && f.from > f.to && !strings.HasPrefix(f.from, f.to) {
		return f, badRequest("parameter \"from\" %s is after \"to\" %s", f.from, f.to)
	}
	return f, nil
}

// matching returns the stored articles f keeps.
func (d *docIndex) matching(ctx context.Context, f docFilter) (map[string]bool, error) {
	d.mu.Lock()
	defer d.mu.Unlock()
	if err := d.list(ctx); err != nil {
		return nil, err
	}
	out := map[string]bool{}
	for id, doc := range d.docs {
		if f.keeps(doc.Outlet, doc.Date) {
			out[id] = true
		}
	}
	return out, nil
}

// Outlet is one outlet of the stored articles, with how many they are.
type Outlet struct {
	Name     string `json:"name"`
	Articles int    `json:"articles"`
}

// outlets lists the stored articles' outlets (most articles first) and the
// first and last of their dates that can be read.
func (d *docIndex) outlets(ctx context.Context) ([]Outlet, string, string, error) {
	d.mu.Lock()
	defer d.mu.Unlock()
	if err := d.list(ctx); err != nil {
		return nil, "", "", err
	}
	n := map[string]int{}
	var first, last string
	for _, doc := range d.docs {
		if o := strings.TrimSpace(doc.Outlet); o != "" {
			n[o]++
		}
		if day := queries.Day(doc.Date); day != "" {
			if first == "" || day < first {
				first = day
			}
			if day > last {
				last = day
			}
		}
	}
	out := make([]Outlet, 0, len(n))
	for name, c := range n {
		out = append(out, Outlet{Name: name, Articles: c})
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Articles != out[j].Articles {
			return out[i].Articles > out[j].Articles
		}
		return out[i].Name < out[j].Name
	})
	return out, first, last, nil
}
