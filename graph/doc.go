// Package graph stores extracted news records in a Cayley quad store and
// reads them back as a plain read model (Snapshot) for queries and export.
//
// One Store sits over one Cayley backend: "bolt" (an embedded go.etcd.io/bbolt
// file, the default, in ./newsgraph.db/indexes.bolt), "memory" (tests), or
// "postgres" (Cayley's SQL backend, for a shared server). Loads are
// transactional per document and keyed by the document's content hash, so
// loading the same articles twice adds nothing, and loading a revised article
// replaces only that article's quads.
//
// # Schema (version 2)
//
// Every node and predicate is a quad.IRI without angle brackets in Go
// (quad.IRI("ent/vladimir-putin")); N-Quads and Gizmo print/accept them as
// <ent/vladimir-putin>. No prefix expansion is done: "rdf:type" is stored as
// the IRI string "rdf:type", written <rdf:type>.
//
// Node IRIs:
//
//	<ent/{id}>                  entity; id is the record slug ("vladimir-putin")
//	<ent/unknown>               speaker of a quote nobody could be assigned to
//	<rel/{lemma}>               relation predicate ("rel/invite")
//	<stmt/{id}>                 statement; id = first 16 hex digits of
//	                            sha256(speakerID + "\x00" + normalised content),
//	                            normalised = lower case, runs of non-letters/digits
//	                            collapsed to one space, trimmed. The same quote in
//	                            two articles is one statement with two sources.
//	<doc/{docid}>               document ("doc/002_4866df658f764bf1")
//	<src/{docid}/{sentence}>    source sentence (sentence index from 0)
//	<mention/{hash}>            one source's report of one relation (reified
//	                            per-source attributes); hash = 16 hex digits
//
// Literal types (Go values from github.com/cayleygraph/quad; compare with the
// same types, quad.Int(3) is not quad.String("3")):
//
//	quad.String  names, text, hashes, type strings, "start-end" spans
//	quad.Int     counts and sentence indexes (ng:mentions, ng:sentences, ng:sentence, ng:schemaVersion)
//	quad.Bool    ng:negated, ng:direct
//	quad.Float   ng:confidence
//
// Quads. The fourth column is the label (graph) of the quad.
//
// Entities, labelled by each document that mentions them (so an entity in
// three documents has each of these quads three times, once per label; use
// Unique() in Gizmo):
//
//	<ent/x> <rdf:type>           <schema:Person>|<schema:Organization>|<schema:Place>|<ng:Concept>  <doc/d>
//	<ent/x> <ng:type>            "PERSON"   (the record type string as given)   <doc/d>
//	<ent/x> <schema:name>        "Vladimir Putin"                               <doc/d>
//	<ent/x> <schema:alternateName> "Putin"  (one per alias)                     <doc/d>
//	<ent/x> <ng:mentions>        3          (quad.Int, mentions in that doc)    <doc/d>
//	<ent/x> <ng:mentionedIn>     <doc/d>                                        <doc/d>
//
// rdf:type mapping: PERSON → schema:Person; ORG, ORGANIZATION → schema:Organization;
// GPE, LOC, LOCATION, FACILITY, GSP → schema:Place; anything else (NORP, EVENT, WORK,
// UNNAMED, CONCEPT) → ng:Concept, with ng:type keeping the exact type.
//
// Entity types (ng:type), as package extract assigns them from evidence — a
// gazetteer, the words a name ends with, a title, a given name, the words around
// it, a pronoun pointing back to it — never by default:
//
//	PERSON   a named person: "Tony Blair", "Mr Howard" (one node with its full name)
//	ORG      companies, parties, public bodies, news outlets, teams, churches:
//	         "Labour", "Home Office", "The Globe and Mail", "Church of Scientology"
//	GPE      places with a government: countries, regions, cities ("Wales", "Irving")
//	LOC      places without one: rivers, mountains, streets, buildings, regions of
//	         the world ("Selva River", "Kennedy Space Center", "North America")
//	NORP     nationalities, faiths and other groups of people: "Texans", "Muslims"
//	EVENT    named events: "Summer Olympics", "Google Science Fair", "World Cup"
//	WORK     laws, treaties, reports and titles: "Kyoto Protocol", "Police Bill"
//	UNNAMED  a person or body the article describes without naming, seen speaking:
//	         "a council spokesman", "officials", "the ministry" — one article's
//	         (its id ends "-in-" and the article's id), never linked across articles
//	CONCEPT  anything else a relation points at: noun phrases ("peace talks") and
//	         capitalised names nothing types ("Hajj", "Windows XP")
//
// Entities referenced only by a relation or statement (not in the document's
// entity list) still get these quads, from the reference, with ng:mentions 0.
//
// Documents, labelled <doc/d>:
//
//	<doc/d> <rdf:type>     <schema:Article>
//	<doc/d> <ng:hash>      "sha256 hex of the text"
//	<doc/d> <ng:path>      "path it was read from" (omitted when empty)
//	<doc/d> <ng:sentences> 12 (quad.Int)
//	<doc/d> <schema:headline>      "Blair congratulates Bush on win" (title; first line at least)
//	<doc/d> <schema:datePublished> "2005-02-16" (as the article gives it)
//	<doc/d> <schema:publisher>     "BBC" (outlet or site)
//	<doc/d> <schema:url>           "https://..."
//	<doc/d> <schema:author>        "..." (each omitted when the article has none)
//
// Source sentences (only those that report a relation or statement), labelled <doc/d>:
//
//	<src/d/s> <ng:doc>      <doc/d>
//	<src/d/s> <ng:sentence> s (quad.Int)
//	<src/d/s> <ng:text>     "the sentence"
//	<src/d/s> <ng:span>     "start-end" (byte offsets, end exclusive)
//
// Relation facts, labelled by the source sentence — a fact reported by four
// sentences is ONE subject–predicate–object with four labels:
//
//	<ent/s> <rel/p> <ent/o> <src/d/s>
//
// Per-source attributes of a fact, on a mention node labelled <src/d/s>:
//
//	<mention/h> <rdf:type>           <ng:Mention>
//	<mention/h> <ng:subject>         <ent/s>
//	<mention/h> <ng:predicate>       <rel/p>
//	<mention/h> <ng:object>          <ent/o>
//	<mention/h> <ng:source>          <src/d/s>
//	<mention/h> <ng:predicateText>   "invited"
//	<mention/h> <ng:negated>         false
//	<mention/h> <ng:modality>        "asserted"
//	<mention/h> <ng:confidence>      0.87
//	<mention/h> <ng:qualifier/to>    "Moscow"   (one per qualifier; predicate ng:qualifier/{key})
//	<mention/h> <ng:attributedTo>    <ent/y>    (only when present)
//
// Statements, labelled by each source sentence <src/d/s> that reports them:
//
//	<stmt/x> <rdf:type>      <ng:Statement>
//	<stmt/x> <ng:speaker>    <ent/y> (or <ent/unknown>)
//	<stmt/x> <ng:cue>        "said"
//	<stmt/x> <ng:content>    "..."
//	<stmt/x> <ng:direct>     true
//	<stmt/x> <ng:about>      <ent/z> (one per entity)
//	<stmt/x> <ng:stance>     "rejects"
//	<stmt/x> <ng:source>     <src/d/s>
//	<stmt/x> <ng:confidence> 0.9
//
// Store metadata, labelled <meta>:
//
//	<newsgraph> <ng:schemaVersion> 1 (quad.Int)
//
// A store whose schema version is newer than SchemaVersion is refused on Open.
//
// Entity registry (version 2), labelled <doc/d>, left out of EachQuad and
// of every read model:
//
//	<doc/d> <ng:links>  "{\"e\":[[id,name,type,mentions]...],\"r\":[[id,name,type]...]}"
//	<doc/d> <ng:record> "gzip+base64 JSON of the unlinked extraction result"
//
// and the analyst's corrections, labelled <meta>:
//
//	<newsgraph> <ng:override> "{\"seq\":1,\"op\":\"merge\",\"id\":\"b\",\"into\":\"a\",\"name\":\"A\"}"
//
// A fact marked wrong (op "wrong", wrong.go) is left out when a document is
// rendered from its record: a relation by subject, predicate and object, a
// statement by speaker and normalised content, for every article or one
// article (sentence); merges recorded after the mark carry it along.
//
// Every load links its documents' entities against the links of every
// stored document (record.NewLinking over their names and mentions summed
// per link key, which is all linking reads, then the corrections), in its
// own transaction, and rewrites from its record each stored document whose
// references now resolve elsewhere (for a load or removal, only documents
// with a reference whose link key or surname it touched can). So the graph is a
// function of the set of stored documents (and the corrections), whatever
// runs or batches they came in. A version 1 store is migrated by its first
// write (the version quad is rewritten; its documents link through their
// entity quads, and one whose links would change asks for a rebuild).
//
// What Stats reports (documents, sentences, entities by type, facts,
// statements and their sources), labelled <meta>, replaced by every load,
// removal and correction in its own transaction so that Stats reads one quad
// (counts.go), and likewise left out of EachQuad:
//
//	<newsgraph> <ng:counts> "{\"entities\":43800,\"entities_by_type\":{...},...}"
//
// Each entity's name and type as queries show them (the name and ng:type
// most of its documents give), labelled <meta>, replaced in the same
// transactions for the entities a change touches, so that naming the
// neighbours of a hub reads one quad each (labels.go), and left out of
// EachQuad; an entity without one (a store from before labels, until a
// change touches it) is named from its name and type quads:
//
//	<ent/x> <ng:label> "PERSON\tVladimir Putin"
//
// The speaker of a quote nobody could be assigned to is <ent/unknown>, with
// schema:name "unknown", rdf:type ng:Concept and no ng:type.
//
// # Writing
//
// Load (one document) and LoadBatch (several) write in ONE transaction: all
// of it or nothing, also when the process is killed. A document already stored
// with the same ng:hash adds nothing; one stored with another hash has the
// quads of its old revision that the new one lacks deleted and the new ones
// added, in the same transaction. Remove deletes every quad labelled <doc/d>
// or <src/d/*>, finding them from <doc/d> through ng:doc, ng:mentionedIn and
// ng:source (no backend indexes quads by label). Quads are deduplicated
// before writing and written strictly (Cayley's "ignore duplicates" leaks
// node refcounts), so Check's leaked-node test stays clean.
//
// On PostgreSQL, several processes may write one store: each load, and the
// creation of the tables by the first, runs under a session advisory lock
// (pglock.go), and a writer whose registry is older than the store's
// generation (table newsgraph_generation) reads it again first. Rows go into
// Cayley's nodes and quads tables in bulk (pgbulk.go).
//
// A bolt store is a directory holding indexes.bolt (Cayley's own file name,
// so the cayley tool can open it) and newsgraph.lock, flock-ed by the process
// using the store and holding its PID: a second process gets ErrInUse ("in use
// by PID n") within Config.LockTimeout (1 s) instead of hanging. A path that
// holds something else is refused with ErrNotStore (an indexes.bolt with
// another program's buckets too: Cayley's buckets are never added to it), a
// damaged file with ErrCorrupt, and a store of a newer schema with
// ErrNewerSchema, all without writing to it. A new store whose first open
// fails removes the files and directory it created.
//
// Config.ReadOnly opens an existing store for reading and creates or changes
// nothing: bolt is opened read-only and takes no newsgraph.lock (bbolt's
// shared lock on its file keeps a writer out), postgres gets no tables and a
// read-only session, and every write returns ErrReadOnly. A place holding no
// store is refused. The CLI's reading commands (stats, check, query, export)
// open stores this way, so they work on a read-only filesystem.
//
// # Reading
//
// Snapshot returns the whole graph as the read model in model.go (entities,
// facts with all their sources, statements with their sources), sorted by id.
// When documents disagree about an entity's name or type, the one most
// documents use wins (ties: the longer name); the other names become aliases.
// A statement's cue, content, direct flag and stance are those of its first
// source (by document id, then sentence). Entity, Documents and Stats read
// parts; Check verifies the invariants above. EachQuad streams every quad
// (for exports); it names nodes in batches, far faster on bolt and postgres
// than QuadStore().Quad per quad. QuadStore exposes Cayley's graph.QuadStore
// for path queries and Gizmo; on the memory backend, do not use it while
// another goroutine writes (Cayley's memory store is not safe for that).
package graph
