// Package examples holds the short articles that `newsgraph demo` builds its
// graph from. They were written for newsgraph: a made-up fishing dispute between
// two fictional countries, in the three input formats (.txt, .md, .html), with
// the web boilerplate, quotes and titles that real scraped news has.
package examples

import "embed"

// Articles are the example articles, under "articles/".
//
//go:embed articles
var Articles embed.FS
