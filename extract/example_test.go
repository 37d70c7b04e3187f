package extract_test

import (
	"context"
	"fmt"
	"log"

	"newsgraph/extract"
	"newsgraph/extract/record"
)

// Extract reads an article and returns who did what to whom, and who said what,
// each record pointing back at the sentence it came from.
func ExampleExtractor_Extract() {
	x, err := extract.New(extract.Options{})
	if err != nil {
		log.Fatal(err)
	}
	doc := record.Document{ID: "example", Text: "Anna Berg and Peter Holm signed the agreement in Oslo on Monday.\n\n" +
		"“This is a good day for both banks,” Anna Berg said."}
	res, err := x.Extract(context.Background(), doc)
	if err != nil {
		log.Fatal(err)
	}
	for _, r := range res.Relations {
		fmt.Printf("%s —%s→ %s %v\n", r.Subject.Name, r.Predicate, r.Object.Name, r.Qualifiers)
	}
	for _, s := range res.Statements {
		fmt.Printf("%s %s: %q\n", s.Speaker.Name, s.Cue, s.Content)
	}
	// Output:
	// Anna Berg —sign→ agreement map[in:Oslo on:Monday]
	// Peter Holm —sign→ agreement map[in:Oslo on:Monday]
	// Anna Berg said: "This is a good day for both banks"
}
