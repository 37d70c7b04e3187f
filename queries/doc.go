// Package queries answers the questions analysts ask of a newsgraph store
// without a query language: what was said about an entity and by whom, how
// two entities are related and in which sources, an entity's ego network, the
// shortest connection between two entities, the most connected entities, the
// facts several documents agree on and those they contradict each other on —
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
package queries
