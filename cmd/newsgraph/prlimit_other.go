//go:build !linux

package main

// prlimitAS is a no-op where prlimit(2) does not exist; the query's heap
// budget still applies.
func prlimitAS(pid int, limit uint64) error { return nil }
