// Package gvcache keeps go-graphviz's WebAssembly compilation cache private
// to the user running newsgraph.
//
// go-graphviz compiles Graphviz (WebAssembly) when its internal package is
// initialised, before main runs, and caches the machine code in
// os.TempDir()/go-graphviz, a fixed folder shared by every user of the
// machine: the first user to create it decides who may write the code that
// everyone else's newsgraph executes (wazero checks the files with CRC32C
// only), and a second user's commands panic at start-up when they cannot
// write to it. go-graphviz offers no option for the folder, and reads it from
// TMPDIR during its own init, so this package's init points TMPDIR at a
// per-user folder, os.UserCacheDir()/newsgraph/graphviz, created with mode
// 0700. The folder is used only when it is a directory owned by the
// effective user, not writable by group or others, and every folder above it
// is owned by root or the user and not writable by others unless sticky.
// Otherwise TMPDIR points at /dev/null, under which no folder can exist, so
// go-graphviz compiles in memory every run (about 0.6 s) and writes nothing.
//
// The override works because of Go's initialisation order: among packages
// whose imports are initialised, the one first by import path goes next.
// This package imports only errors, os and syscall (all initialised before
// path/filepath, which go-graphviz's internal package imports) and
// "newsgraph/…" sorts before "path/filepath", so it always runs first; a
// test checks the order in a built binary with GODEBUG=inittrace=1. Do not
// add imports here that sort after "newsgraph" (strings, strconv,
// path/filepath, …): they would let go-graphviz initialise first.
//
// Restore puts TMPDIR back as it was; the export package calls it from its
// init, which runs after go-graphviz's.
package gvcache
