// Command gen writes a synthetic news archive for benchmarks: articles made
// of the reference corpus's sentences (../shared/corpus), shuffled and with
// their entity names replaced by invented ones, so that `newsgraph build` can
// be measured on 10,000 articles without scraping 10,000 pages.
//
// Usage:
//
//	go run ./internal/gen -n 10000 -o /tmp/archive [-corpus ../shared/corpus] [-seed 1]
//
// The output is deterministic for a given corpus, -n and -seed. Names recur
// across articles with a skewed popularity (a few invented people and places
// appear in many articles, most in few), as in a real archive, so entity
// linking and the store see hubs as well as a long tail.
package main
