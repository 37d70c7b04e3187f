// Package export turns the knowledge graph into pictures people look at and
// files analysts load as they are.
//
// Everything except N-Quads works from the store's read model,
// graph.Snapshot, so it can be tested with hand-made snapshots and does not
// depend on the quad layout; N-Quads are read straight from the Cayley quad
// store so nothing is lost in translation.
//
// # Maps
//
// DOT, SVG and PNG draw a relationship map with go-graphviz (Graphviz
// compiled to WebAssembly: no cgo, no system packages). MapOptions choose the
// view (relations, statements — speaker → statement → what it is about,
// coloured by stance — or both), a focus entity and depth, and the Top most
// connected entities. Parallel relations between two entities are merged into
// one edge labelled with the predicates and the number of reporting
// sentences; its width grows with the number of documents. Node shape and
// colour follow the entity type, and a title block with a legend sits on top.
// Labels are shortened; the SVG tooltip of every node and edge has the full
// text and each source (document and sentence).
//
// PNG uses a render plugin (strokingRenderer) that fixes go-graphviz's image
// renderer, which otherwise fills every shape and never strokes, losing node
// outlines and edge lines. PDF is not possible with the WebAssembly Graphviz
// (no cairo); PDF returns ErrPDFUnsupported saying how to convert the SVG.
// go-graphviz caches the compiled WebAssembly in a folder shared by all users
// unless told otherwise before its package init; package gvcache does that,
// and this package's init undoes the TMPDIR change it needs.
//
// # Safe output
//
// Every file written with -o goes through WriteFile (a temporary file
// renamed on success). Text reaches XML outputs through xmlText, map and
// graph-tool labels through labelText, CSV cells through SafeCell, and IRIs
// through escapeIRI; each is the one place its rule lives.
//
// # Data
//
// CSV, GraphML, GEXF and NodeLink share one flattening, Table, so their node
// and edge counts always agree: nodes are entities and statements (an id an
// edge uses but the snapshot does not describe, such as the unknown speaker,
// becomes a node of type UNKNOWN); edges are relations (one per
// subject–predicate–object, split when some sources negate it), "said"
// (speaker → statement) and "about" (statement → entity). Ids are the store's
// IRIs ("ent/vladimir-putin", "stmt/…").
//
// JSONLD and NQuads write RDF with absolute IRIs (DefaultBase, urn:newsgraph:,
// for the store's relative ones; rdf:, schema: and ng: expanded), so the
// JSON-LD @ids are the N-Quads' IRIs. FTM writes FollowTheMoney entities for
// OCCRP Aleph; JSONL writes the extraction records back.
//
// # IBM i2 Analyst's Notebook
//
// Newsgraph does not write ANX XML. Analyst's Notebook imports the two CSV
// files with its tabular import (Import Data → specification per file);
// the specification is in I2.md beside this file.
package export
