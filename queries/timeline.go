package queries

import (
	"context"
	"fmt"
	"sort"

	"newsgraph/graph"
)

// TimelineEntry is one report of a statement about the entity: the
// statement as one article reports it, with that article's metadata.
type TimelineEntry struct {
	Date      string         `json:"date,omitempty"` // as the article gives it
	Day       string         `json:"day,omitempty"`  // Date read as YYYY-MM-DD (Day), "" when unreadable
	Document  graph.Document `json:"document"`
	Statement Statement      `json:"statement"`
	Sentences []int          `json:"sentences"` // where in the article
}

// TimelineResult is the answer to Timeline: what was said about the entity, one
// entry per statement and reporting article, by publication day (articles
// whose date cannot be read last, then by id), so who reported it first
// reads first.
type TimelineResult struct {
	Entity  graph.Entity    `json:"entity"`
	Entries []TimelineEntry `json:"entries"`
}

// Timeline lists what was said about the entity called name, by date.
func Timeline(ctx context.Context, s *graph.Store, name string) (*TimelineResult, error) {
	about, err := About(ctx, s, name)
	if err != nil {
		return nil, err
	}
	r := newReader(ctx, s)
	docs := map[string]graph.Document{}
	docOf := func(id string) (graph.Document, error) {
		if d, ok := docs[id]; ok {
			return d, nil
		}
		props, err := r.props(graph.DocIRI(id))
		if err != nil {
			return graph.Document{}, fmt.Errorf("timeline: document %s: %w", id, err)
		}
		d := graph.Document{ID: id}
		for p, qs := range props {
			if len(qs) == 0 {
				continue
			}
			v := graph.Text(qs[0].Object)
			switch p {
			case graph.PredTitle:
				d.Title = v
			case graph.PredDate:
				d.Date = v
			case graph.PredOutlet:
				d.Outlet = v
			case graph.PredURL:
				d.URL = v
			case graph.PredAuthor:
				d.Author = v
			case graph.PredPath:
				d.Path = v
			}
		}
		docs[id] = d
		return d, nil
	}
	out := &TimelineResult{Entity: about.Entity, Entries: []TimelineEntry{}}
	for _, st := range about.Statements {
		byDoc := map[string][]int{}
		var order []string
		for _, src := range st.Sources {
			if _, ok := byDoc[src.Doc]; !ok {
				order = append(order, src.Doc)
			}
			byDoc[src.Doc] = append(byDoc[src.Doc], src.Sentence)
		}
		for _, id := range order {
			d, err := docOf(id)
			if err != nil {
				return nil, err
			}
			out.Entries = append(out.Entries, TimelineEntry{Date: d.Date, Day: Day(d.Date), Document: d, Statement: st, Sentences: byDoc[id]})
		}
	}
	sort.SliceStable(out.Entries, func(i, j int) bool {
		a, b := out.Entries[i], out.Entries[j]
		if (a.Day == "") != (b.Day == "") {
			return a.Day != ""
		}
		if a.Day != b.Day {
			return a.Day < b.Day
		}
		if a.Document.ID != b.Document.ID {
			return a.Document.ID < b.Document.ID
		}
		return a.Sentences[0] < b.Sentences[0]
	})
	return out, nil
}
