//go:build race

package main

// raceDetector is true in binaries built with -race: ThreadSanitizer reserves
// terabytes of address space for its shadow memory, so an address-space limit
// on the query child would stop it before the script runs.
const raceDetector = true
