package main

import (
	"fmt"
	"path/filepath"
	"strings"
)

// Example makes one article from a two-article corpus: the same sentences,
// with the people and places renamed.
func Example() {
	c, err := LoadCorpus(filepath.Join("testdata", "corpus"))
	if err != nil {
		fmt.Println(err)
		return
	}
	a := Article(c, Options{Seed: 1, MinSentences: 2, MaxSentences: 2}, 0)
	fmt.Println(strings.Count(a, "\n\n") >= 2, strings.Contains(a, "Brandtner"))
	// Output: true false
}
