// Package queries answers the questions analysts ask of a newsgraph store
// without a query language: what was said about an entity and by whom, how
// two entities are related and in which sources, an entity's ego network, the
// shortest connection between two entities, the most connected entities, the
// facts several documents agree on — counted per voice: the articles' own,
// or one speaker's claim (Claim, VoiceOf) — and those they contradict each
// other on —
// and passes Gizmo (and GraphQL) through to Cayley for everything else.
//
// Entity arguments are names as a reader would type them: Resolve accepts an
// entity's name, any alias or its id, case-insensitively, and a miss is an
// error that suggests close matches.
//
// The per-entity queries (About, SaidBy, Between, Neighbors, Path) walk the
// quad indexes outward from the entities involved, so their cost grows with
// the size of the entities' neighbourhoods, not with the store. The
// whole-graph ones (Top, Corroborated, Contradictions) read graph.Snapshot.
// The quad layout they rely on is the one documented in package graph.
//
// Gizmo scripts are code from whoever types the query, so they run under
// limits: RawOptions.Timeout (the CLI's --timeout, 30 s by default), a heap
// budget (RawOptions.MemoryBudget, 512 MB of heap growth, sampled every 5 ms,
// which stops a string-doubling loop), a budget on the JSON size of the
// results (64 MB), a call stack of MaxCallDepth calls, and a check of every
// value a script hands to Cayley's graph API (g.emit, g.V, Has, ...): cyclic
// values and values nested deeper than MaxValueDepth are refused with a
// TypeError, since Cayley copies them with a recursion that would overflow
// the Go stack. Each limit ends the query with an error (ErrTimeLimit,
// ErrMemoryLimit, ErrResultLimit, ErrCallDepth) and leaves the process
// running. The JavaScript runtime's own builtins can still recurse on the Go
// stack (JSON.parse of a million nested brackets), which no recover survives;
// the CLI therefore runs Gizmo and GraphQL queries in a child process.
package queries
