//go:build !linux

package graph

import bolt "go.etcd.io/bbolt"

// releaseMapped is a no-op where MADV_DONTNEED semantics are not those of Linux.
func releaseMapped(*bolt.DB) {}
