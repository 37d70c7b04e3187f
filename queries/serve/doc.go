// Package serve is the web side of newsgraph: a JSON API over a store and a
// page, embedded in the binary, that an analyst uses to search entities, read
// every statement and relation with the sentence and article behind it, see
// an entity's neighbourhood as a map and run the named queries or Gizmo.
//
// The API (see the README for curl examples):
//
//	GET  /api/search?q=NAME[&type=PERSON][&limit=20]   entities by name or alias
//	GET  /api/entity/{id}[?max=N]                      an entity's page as JSON
//	GET  /api/neighbors/{id}[?depth=1&view=both&format=json|svg]
//	GET  /api/doc/{id}[?span=START-END]                an article, a span cut out
//	GET  /api/queries                                  the named queries and parameters
//	GET  /api/query/{name}?x=..&y=..[&format=csv]      a named query (package queries)
//	POST /api/gizmo                                    {"query": "g.V()...", "limit": 100}
//	POST /api/curate/{op}                              only with Options.Curate
//
// Every request runs under Options.QueryTimeout and a bound on its answer
// (Options.MaxResultBytes of JSON, Options.MaxRows rows a list, the rest
// counted in "more"); at most Options.MaxConcurrent run at once. Errors are
// JSON {"error": "..."} with a status that says whose fault: 400 a bad
// parameter (every parameter is checked, unknown ones refused), 404 no such
// entity (with suggestions), 409 an ambiguous name, 422 an answer over its
// size limit, 504 the time limit, 403 a write to a read-only server.
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
