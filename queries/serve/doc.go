// Package serve is the web side of newsgraph: a JSON API over a store and a
// page, embedded in the binary, that an analyst uses to search entities, read
// every statement and relation with the sentence and article behind it, see
// an entity's neighbourhood as a map and run the named queries or Gizmo.
//
// The API (see the README for curl examples):
//
//	GET  /api/info                                     store, limits, counts
//	GET  /api/search?q=NAME[&type=PERSON][&outlet=BBC][&from=2005-01][&to=2005-03-31][&limit=20]
//	                                                   entities by name or alias, in an outlet's or a period's articles
//	GET  /api/entity/{id}[?max=N]                      an entity's page as JSON
//	GET  /api/neighbors/{id}[?depth=1&view=both&type=PERSON,ORG&no-concepts=true&predicate=meet&max=60&format=json|svg|png|gexf|csv]
//	GET  /api/doc/{id}[?span=START-END]                an article, a span cut out
//	GET  /api/queries                                  the named queries and parameters
//	GET  /api/query/{name}?x=..&y=..[&format=csv]      a named query (package queries)
//	POST /api/gizmo                                    {"query": "g.V()...", "limit": 100}
//	POST /api/curate/{merge|split|retype|wrong}        only with Options.Curate
//	GET  /api/curations                                the corrections recorded, oldest first
//
// Search reads an in-memory index (queries.NameIndex) made, like the maps,
// from one snapshot of the whole store taken at the first request (or by
// Warm); the other answers read the store directly. With Curate, a
// curation drops both, and the answers cached for the whole-graph queries.
//
// Every request runs under Options.QueryTimeout and a bound on its answer
// (Options.MaxResultBytes of JSON, Options.MaxRows rows a list, the rest
// counted in "more"); at most Options.MaxConcurrent run at once. Errors are
// JSON {"error": "..."} with a status that says whose fault: 400 a bad
// parameter (every parameter is checked, unknown ones refused), 404 no such
// entity (with suggestions), 409 an ambiguous name, 422 an answer over its
// size limit, 504 the time limit, 403 a write to a read-only server, a
// POST from another site's page (Origin) or, with Options.LoopbackOnly, a
// Host header other than localhost or an IP address (DNS rebinding).
//
// The server does not decide how the store is opened: the newsgraph command
// opens it read-only unless --curate, so that without --curate no request
// can change it however the server's own checks fare. Gizmo scripts are code
// from the client; Options.Gizmo lets the command run each in a child
// process (see queries' package documentation for why).
//
// Queries are package queries' — the server adds no query logic of its own,
// only parameters, limits and shapes; the map is package export's SVG.
package serve
