package graph

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"runtime/debug"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/iterator"
	"github.com/cayleygraph/cayley/graph/kv"
	"github.com/cayleygraph/cayley/graph/memstore"
	_ "github.com/cayleygraph/cayley/graph/sql/postgres" // registers the "postgres" quad store
	"github.com/cayleygraph/quad"
	hbolt "github.com/hidal-go/hidalgo/kv/bbolt"
	bolt "go.etcd.io/bbolt"
)

// Backend names accepted by Config.Backend.
const (
	BackendBolt     = "bolt"
	BackendMemory   = "memory"
	BackendPostgres = "postgres"
)

// DefaultAddress is where the bolt backend keeps its store when Config.Address is empty.
const DefaultAddress = "newsgraph.db"

// Files inside a bolt store directory. boltFile is the name Cayley's own
// bbolt backend uses, so the cayley tool can open a newsgraph store.
const (
	boltFile = "indexes.bolt"
	lockFile = "newsgraph.lock"
)

// Errors callers may test for with errors.Is.
var (
	// ErrInUse means another process holds the bolt store.
	ErrInUse = errors.New("store is in use")
	// ErrNotStore means the address holds something other than a newsgraph store.
	ErrNotStore = errors.New("not a newsgraph store")
	// ErrCorrupt means the store's files could not be read.
	ErrCorrupt = errors.New("store is corrupt")
	// ErrNewerSchema means the store was written by a newer newsgraph.
	ErrNewerSchema = errors.New("store has a newer schema version")
	// ErrReadOnly means a write through a store opened with Config.ReadOnly.
	ErrReadOnly = errors.New("store is open read-only")
	// ErrNotFound means a document or entity is not in the store.
	ErrNotFound = errors.New("not found")
)

// Config selects and locates a backend.
type Config struct {
	// Backend is "bolt" (default), "memory" or "postgres".
	Backend string
	// Address is the store directory for bolt (default ./newsgraph.db) or the
	// connection URL for postgres, e.g.
	// postgres://root@127.0.0.1:5432/test?sslmode=disable. Ignored for memory.
	Address string
	// NoSync skips bolt's fsync at each commit: faster bulk loads, at the risk
	// of losing the last commits (never of corrupting the store) on power loss.
	NoSync bool
	// LockTimeout bounds the wait for another process's bolt lock; default 1s.
	LockTimeout time.Duration
	// ReadOnly opens an existing store for reading: nothing is created or
	// written, not even a lock file (bolt takes a shared lock on its own
	// file, postgres runs read-only transactions), so a store on a read-only
	// filesystem can be read, and a missing or foreign store is an error.
	ReadOnly bool

	// beforeSchema, set by tests, runs just before a new store's schema
	// version is written, to make initialisation fail.
	beforeSchema func() error
}

// Store is a newsgraph knowledge graph over one Cayley quad store. Its
// methods are safe for concurrent use; writes are serialised.
type Store struct {
	cfg  Config
	qs   cgraph.QuadStore
	lock *os.File // held flock on the bolt store's lock file
	// created lists what Open created (directory, lock file, bolt file), in
	// order, so a failed Open removes it and leaves things as it found them.
	created []string
	// group lets one bolt transaction span several ApplyDeltas calls (bolt only).
	group *groupKV

	// mu serialises writers (Load and Remove compute their deltas from the
	// current contents, so two writers would race) and keeps readers out
	// while one writes: the memory backend is not safe for concurrent use.
	mu sync.RWMutex
	// reg is the entity registry, read on the first write (under mu).
	reg *registry
	// version is the schema version the store says it has; the first
	// write migrates an older one (see change).
	version int64
	// pgw holds the advisory lock of a postgres store's builders (pglock.go);
	// gen is the store generation the registry was read at.
	pgw *pgWriter
	gen int64
	// gzips reuses the registry's record compressors.
	gzips sync.Pool
}

// Open opens the store described by cfg, creating it when absent.
func Open(ctx context.Context, cfg Config) (*Store, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if cfg.LockTimeout <= 0 {
		cfg.LockTimeout = time.Second
	}
	s := &Store{cfg: cfg}
	var err error
	switch cfg.Backend {
	case "", BackendBolt, "bbolt":
		s.cfg.Backend = BackendBolt
		if s.cfg.Address == "" {
			s.cfg.Address = DefaultAddress
		}
		err = s.openBolt()
	case BackendMemory:
		s.qs = memstore.New()
	case BackendPostgres:
		if !cfg.ReadOnly {
			// Creating the tables and the schema version is one builder's job.
			unlock, lerr := s.pgLock(ctx)
			if lerr != nil {
				s.closePG()
				return nil, lerr
			}
			defer unlock()
		}
		err = s.openPostgres()
		if err == nil && !cfg.ReadOnly {
			err = s.initGeneration(ctx)
		}
	default:
		return nil, fmt.Errorf("unknown backend %q (want bolt, memory or postgres)", cfg.Backend)
	}
	if err != nil {
		s.abandon()
		return nil, err
	}
	if err := s.checkSchema(ctx); err != nil {
		s.abandon()
		return nil, err
	}
	if s.group != nil && !cfg.ReadOnly {
		// Cayley's kv store, opened on an empty file, allocates a 100M-entry
		// bloom filter (~75 MB) to speed up a first bulk load; feeding it costs
		// more than it saves here. The store is no longer empty (it holds the
		// schema version), so reopening skips it.
		// The first quad store is dropped, not closed: closing it would
		// close the bolt file both share.
		qs, err := kv.New(s.group, kvOptions())
		if err != nil {
			s.qs = nil
			s.abandon()
			return nil, fmt.Errorf("%s: reopening: %w", s.Name(), err)
		}
		s.qs = qs
	}
	s.created = nil
	return s, nil
}

// abandon undoes a failed Open: closes what is open and removes, newest
// first, what Open created. A directory is removed only when empty, so a
// store another process created meanwhile stays.
func (s *Store) abandon() {
	if s.qs != nil {
		s.qs.Close()
		s.qs = nil
	} else if s.group != nil {
		s.group.KV.Close()
	}
	s.group = nil
	s.releaseLock()
	s.closePG()
	for i := len(s.created) - 1; i >= 0; i-- {
		os.Remove(s.created[i])
	}
	s.created = nil
}

// openBolt opens or creates the bolt store directory. Anything at the address
// that is not a store is refused before a single byte is written.
func (s *Store) openBolt() error {
	dir := s.cfg.Address
	ro := s.cfg.ReadOnly
	fi, err := os.Stat(dir)
	switch {
	case errors.Is(err, os.ErrNotExist) && ro:
		return fmt.Errorf("opening store %s: %w", dir, err)
	case errors.Is(err, os.ErrNotExist):
		if err := os.MkdirAll(filepath.Dir(dir), 0o755); err != nil {
			return fmt.Errorf("creating store %s: %w", dir, err)
		}
		// Mkdir, not MkdirAll: when two first builds race, only the one that
		// made the directory counts it as its own.
		switch err := os.Mkdir(dir, 0o755); {
		case err == nil:
			s.created = append(s.created, dir)
		case !errors.Is(err, os.ErrExist):
			return fmt.Errorf("creating store %s: %w", dir, err)
		}
	case err != nil:
		return fmt.Errorf("opening store %s: %w", dir, err)
	case !fi.IsDir():
		return fmt.Errorf("%s: %w: it is a regular file, not a store directory", dir, ErrNotStore)
	default:
		entries, err := os.ReadDir(dir)
		if err != nil {
			return fmt.Errorf("opening store %s: %w", dir, err)
		}
		hasBolt := false
		var other []string
		for _, e := range entries {
			switch e.Name() {
			case boltFile:
				hasBolt = true
			case lockFile:
			default:
				other = append(other, e.Name())
			}
		}
		if !hasBolt && len(other) > 0 {
			return fmt.Errorf("%s: %w: the directory holds other files (%s) and no %s",
				dir, ErrNotStore, strings.Join(firstN(other, 3), ", "), boltFile)
		}
	}
	// A reader takes no lock of its own: bbolt's shared lock on its file
	// keeps it from reading while a writer holds the file.
	if !ro {
		if err := s.acquireLock(dir); err != nil {
			return err
		}
	}
	path := filepath.Join(dir, boltFile)
	fi, err = os.Stat(path)
	switch {
	case err == nil && !fi.Mode().IsRegular():
		return fmt.Errorf("%s: %w: %s is not a regular file", dir, ErrNotStore, boltFile)
	case errors.Is(err, os.ErrNotExist) && ro:
		return fmt.Errorf("%s: %w: it has no %s", dir, ErrNotStore, boltFile)
	case errors.Is(err, os.ErrNotExist):
		s.created = append(s.created, path)
	}
	db, err := openBoltFile(path, s.cfg.LockTimeout, ro)
	if err != nil {
		switch {
		case errors.Is(err, bolt.ErrTimeout):
			return fmt.Errorf("%s: %w by another process", dir, ErrInUse)
		case errors.Is(err, bolt.ErrInvalid), errors.Is(err, bolt.ErrChecksum), errors.Is(err, bolt.ErrVersionMismatch), errors.Is(err, errPanic):
			return fmt.Errorf("%s: %w: %v", dir, ErrCorrupt, err)
		}
		return fmt.Errorf("opening store %s: %w", dir, err)
	}
	db.DB().NoSync = s.cfg.NoSync
	s.group = &groupKV{KV: db}
	bdb := db.DB()
	s.group.release = func() { releaseMapped(bdb) }
	qs, err := openKV(s.group, ro)
	if err != nil {
		switch {
		case errors.Is(err, errPanic):
			return fmt.Errorf("%s: %w: %v", dir, ErrCorrupt, err)
		case errors.Is(err, errNotKV):
			return fmt.Errorf("%s: %w: %s: %v", dir, ErrNotStore, path, err)
		}
		return fmt.Errorf("opening store %s: %w", dir, err)
	}
	s.qs = qs
	return nil
}

// errNotKV marks a bolt file that holds no Cayley quad store.
var errNotKV = errors.New("no Cayley quad store")

// errPanic marks a damaged file: bbolt or Cayley panicked reading it, or it
// is shorter than its own header says.
var errPanic = errors.New("damaged file")

func openBoltFile(path string, timeout time.Duration, readOnly bool) (db *hbolt.DB, err error) {
	// A truncated file makes bbolt read its mmap past the end of the file:
	// SIGBUS, fatal unless turned into a panic for this goroutine.
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
	defer func() {
		if r := recover(); r != nil {
			if db != nil {
				db.Close()
			}
			db, err = nil, fmt.Errorf("%w: %v", errPanic, r)
		}
	}()
	// A large initial mmap avoids remapping the file again and again while
	// it grows during a bulk load; it reserves address space, not memory.
	db, err = hbolt.Open(path, &bolt.Options{Timeout: timeout, InitialMmapSize: 1 << 30, ReadOnly: readOnly})
	if err != nil {
		return nil, err
	}
	// The file must hold every page the last commit says it has; a shorter
	// one was truncated and would fault on the first read of a missing page.
	tx, err := db.DB().Begin(false)
	if err != nil {
		db.Close()
		return nil, err
	}
	want := tx.Size()
	tx.Rollback()
	if fi, err := os.Stat(path); err == nil && fi.Size() < want {
		db.Close()
		return nil, fmt.Errorf("%w: %s is %d bytes but its pages need %d (truncated?)", errPanic, filepath.Base(path), fi.Size(), want)
	}
	return db, nil
}

// openKV initialises Cayley's buckets in a fresh file (unless readOnly) and
// opens the quad store. A bolt file with buckets but not Cayley's belongs
// to another program: it is refused before anything is written to it.
func openKV(db *groupKV, readOnly bool) (qs cgraph.QuadStore, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%w: %v", errPanic, r)
		}
	}()
	if !readOnly {
		if foreign, err := foreignBuckets(db); err != nil {
			return nil, err
		} else if len(foreign) > 0 {
			return nil, fmt.Errorf("%w: it holds another program's buckets (%s)", errNotKV, strings.Join(firstN(foreign, 3), ", "))
		}
		if err := kv.Init(db, nil); err != nil && !errors.Is(err, cgraph.ErrDatabaseExists) {
			return nil, fmt.Errorf("creating Cayley's buckets in %s: %w", boltFile, err)
		}
	}
	qs, err = kv.New(db, kvOptions())
	if errors.Is(err, cgraph.ErrNotInitialized) {
		return nil, fmt.Errorf("%w in it", errNotKV)
	}
	return qs, err
}

// foreignBuckets lists the top-level buckets of a bolt file that has no
// Cayley "meta" bucket; empty for a new file or a Cayley store.
func foreignBuckets(db *groupKV) ([]string, error) {
	var names []string
	meta := false
	err := db.KV.(*hbolt.DB).DB().View(func(tx *bolt.Tx) error {
		return tx.ForEach(func(name []byte, _ *bolt.Bucket) error {
			if string(name) == "meta" {
				meta = true
			}
			names = append(names, strconv.Quote(string(name)))
			return nil
		})
	})
	if err != nil || meta {
		return nil, err
	}
	return names, nil
}

// acquireLock takes an exclusive flock on the store's lock file and writes our
// PID in it, so a second process can say who holds the store instead of
// waiting on bbolt's own lock.
func (s *Store) acquireLock(dir string) error {
	path := filepath.Join(dir, lockFile)
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE|os.O_EXCL, 0o644)
	created := err == nil
	if errors.Is(err, os.ErrExist) {
		f, err = os.OpenFile(path, os.O_RDWR, 0o644)
	}
	if err != nil {
		return fmt.Errorf("opening lock file %s: %w", path, err)
	}
	deadline := time.Now().Add(s.cfg.LockTimeout)
	for {
		err = syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB)
		if err == nil {
			break
		}
		if !errors.Is(err, syscall.EWOULDBLOCK) {
			f.Close()
			return fmt.Errorf("locking %s: %w", path, err)
		}
		if time.Now().After(deadline) {
			b, _ := os.ReadFile(path)
			f.Close()
			if pid, perr := strconv.Atoi(strings.TrimSpace(string(b))); perr == nil {
				return fmt.Errorf("%s: %w by PID %d", dir, ErrInUse, pid)
			}
			return fmt.Errorf("%s: %w by another process", dir, ErrInUse)
		}
		time.Sleep(50 * time.Millisecond)
	}
	if err := f.Truncate(0); err == nil {
		_, _ = f.WriteAt([]byte(strconv.Itoa(os.Getpid())+"\n"), 0)
	}
	s.lock = f
	// Counted as ours only once locked: a process that made the file but
	// lost the race for the lock must not remove the winner's file.
	if created {
		s.created = append(s.created, path)
	}
	return nil
}

func (s *Store) releaseLock() {
	if s.lock == nil {
		return
	}
	// The PID is left behind on purpose: the flock, not the file's
	// existence, says whether the store is held.
	_ = syscall.Flock(int(s.lock.Fd()), syscall.LOCK_UN)
	s.lock.Close()
	s.lock = nil
}

func (s *Store) openPostgres() error {
	addr := s.cfg.Address
	if addr == "" {
		return fmt.Errorf("postgres backend needs an address such as postgres://user@host:5432/db?sslmode=disable")
	}
	exists, err := postgresHasTables(addr)
	if err != nil {
		return fmt.Errorf("opening postgres store %s: %w", redact(addr), err)
	}
	if s.cfg.ReadOnly {
		if !exists {
			return fmt.Errorf("%s: %w: it has no quads table", redact(addr), ErrNotStore)
		}
		if addr, err = readOnlySession(addr); err != nil {
			return fmt.Errorf("opening postgres store %s: %w", redact(s.cfg.Address), err)
		}
	}
	// Only a new database gets Init: on an existing one Cayley's Init fails
	// loudly (it logs "Cannot create nodes table" before returning).
	if !exists {
		if err := cgraph.InitQuadStore("postgres", addr, nil); err != nil && !errors.Is(err, cgraph.ErrDatabaseExists) {
			return fmt.Errorf("creating postgres store %s: %w", redact(addr), err)
		}
	}
	qs, err := cgraph.NewQuadStore("postgres", addr, nil)
	if err != nil {
		return fmt.Errorf("opening postgres store %s: %w", redact(addr), err)
	}
	s.qs = qs
	return nil
}

// readOnlySession makes statements outside explicit transactions on
// connections to addr read-only (lib/pq passes parameters it does not know to
// the server as session settings), so that Cayley cannot create tables for a
// reader. Explicit transactions escape it — lib/pq begins them READ WRITE —
// which is why Store.apply refuses writes of a read-only store itself.
func readOnlySession(addr string) (string, error) {
	const param = "default_transaction_read_only"
	if !strings.Contains(addr, "://") {
		return addr + " " + param + "=on", nil // key=value form
	}
	u, err := url.Parse(addr)
	if err != nil {
		return "", err
	}
	q := u.Query()
	q.Set(param, "on")
	u.RawQuery = q.Encode()
	return u.String(), nil
}

// postgresHasTables connects to addr (failing within seconds when no server
// answers) and says whether Cayley's quads table is on its search path.
func postgresHasTables(addr string) (bool, error) {
	db, err := sql.Open("postgres", addr)
	if err != nil {
		return false, err
	}
	defer db.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	var table sql.NullString
	if err := db.QueryRowContext(ctx, "SELECT to_regclass('quads')::text").Scan(&table); err != nil {
		return false, err
	}
	return table.Valid, nil
}

// redact hides a password in a connection URL before it goes into an error.
func redact(addr string) string {
	at := strings.LastIndex(addr, "@")
	scheme := strings.Index(addr, "://")
	if at < 0 || scheme < 0 || at < scheme {
		return addr
	}
	userinfo := addr[scheme+3 : at]
	if i := strings.Index(userinfo, ":"); i >= 0 {
		return addr[:scheme+3] + userinfo[:i] + ":***" + addr[at:]
	}
	return addr
}

// checkSchema writes the schema version into an empty store and refuses a
// store whose version this code does not know.
func (s *Store) checkSchema(ctx context.Context) error {
	var versions []int64
	err := s.eachQuad(ctx, quad.Subject, MetaNode, func(q quad.Quad) error {
		if q.Predicate == PredSchemaVersion {
			if v, ok := q.Object.(quad.Int); ok {
				versions = append(versions, int64(v))
			} else {
				return fmt.Errorf("%s: %w: schema version %v is not an integer", s.Name(), ErrNotStore, q.Object)
			}
		}
		return nil
	})
	if err != nil {
		return err
	}
	for _, v := range versions {
		if v > SchemaVersion {
			return fmt.Errorf("%s: %w: it was written with schema version %d and this newsgraph reads up to version %d; use a newer newsgraph",
				s.Name(), ErrNewerSchema, v, SchemaVersion)
		}
	}
	if len(versions) > 0 {
		s.version = versions[0]
		for _, v := range versions {
			s.version = max(s.version, v)
		}
		return nil
	}
	// Not Stats: Cayley's kv backend has no size record until the first write.
	it := s.qs.QuadsAllIterator().Iterate()
	nonEmpty := it.Next(ctx)
	err = it.Err()
	it.Close()
	if err != nil {
		return fmt.Errorf("%s: reading the store: %w", s.Name(), err)
	}
	if nonEmpty {
		return fmt.Errorf("%s: %w: it holds quads but no newsgraph schema version", s.Name(), ErrNotStore)
	}
	if s.cfg.ReadOnly {
		return fmt.Errorf("%s: %w: it is an empty quad store without a newsgraph schema version", s.Name(), ErrNotStore)
	}
	if s.cfg.beforeSchema != nil {
		if err := s.cfg.beforeSchema(); err != nil {
			return fmt.Errorf("%s: writing schema version: %w", s.Name(), err)
		}
	}
	tx := cgraph.NewTransaction()
	tx.AddQuad(quad.Make(MetaNode, PredSchemaVersion, quad.Int(SchemaVersion), MetaLabel))
	if err := s.qs.ApplyDeltas(tx.Deltas, cgraph.IgnoreOpts{}); err != nil {
		return fmt.Errorf("%s: writing schema version: %w", s.Name(), err)
	}
	s.version = SchemaVersion
	return nil
}

// Name describes the store for messages: its directory or redacted URL.
func (s *Store) Name() string {
	switch s.cfg.Backend {
	case BackendMemory:
		return "memory store"
	case BackendPostgres:
		return redact(s.cfg.Address)
	}
	return s.cfg.Address
}

// QuadStore returns the underlying Cayley quad store, for path queries and Gizmo.
func (s *Store) QuadStore() cgraph.QuadStore { return s.qs }

// Close closes the quad store and releases the bolt lock.
func (s *Store) Close() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	var err error
	if s.qs != nil {
		err = s.qs.Close()
		s.qs = nil
	}
	s.releaseLock()
	s.closePG()
	return err
}

// eachQuad calls fn for every quad that has v in direction dir, using the
// backend's index for that direction.
func (s *Store) eachQuad(ctx context.Context, dir quad.Direction, v quad.Value, fn func(quad.Quad) error) error {
	ref, err := s.qs.ValueOf(v)
	if err != nil {
		return fmt.Errorf("looking up %v: %w", v, err)
	}
	if ref == nil {
		return nil
	}
	it := s.qs.QuadIterator(dir, ref).Iterate()
	defer it.Close()
	if err := s.resolveQuads(ctx, it, fn); err != nil {
		return fmt.Errorf("reading quads of %v: %w", v, err)
	}
	return nil
}

// eachQuadAll calls fn for every quad in the store.
func (s *Store) eachQuadAll(ctx context.Context, fn func(quad.Quad) error) error {
	it := s.qs.QuadsAllIterator().Iterate()
	defer it.Close()
	return s.resolveQuads(ctx, it, fn)
}

func (s *Store) directQuads(ctx context.Context, it iterator.Scanner, fn func(quad.Quad) error) error {
	for it.Next(ctx) {
		q, err := s.qs.Quad(it.Result())
		if err != nil {
			return fmt.Errorf("reading quad: %w", err)
		}
		if err := fn(q); err != nil {
			return err
		}
	}
	if err := it.Err(); err != nil {
		if cerr := ctx.Err(); cerr != nil {
			return cerr
		}
		return fmt.Errorf("iterating quads: %w", err)
	}
	return ctx.Err()
}

// resolveBatch is how many quads resolveQuads names at once.
const resolveBatch = 1024

// maxNameCache bounds the node names a scan keeps; releaseEveryQuads is how
// many quads a scan reads between two releases of the bolt file's pages.
const (
	maxNameCache      = 1 << 18
	releaseEveryQuads = 1 << 16
)

// resolveQuads turns the quad refs of it into quads for fn. Not through
// QuadStore.Quad: on the bolt backend that opens a transaction and decodes
// four log entries per quad (~30 µs). Instead the node refs of a batch of
// quads are named with one ValuesOf call, and names are cached for the scan.
func (s *Store) resolveQuads(ctx context.Context, it iterator.Scanner, fn func(quad.Quad) error) error {
	if s.group != nil {
		err := runGuarded(func() error { return s.resolveQuadsUnguarded(ctx, it, fn) })
		if errors.Is(err, errPanic) {
			return fmt.Errorf("%s: %w: %v", s.Name(), ErrCorrupt, err)
		}
		return err
	}
	return s.resolveQuadsUnguarded(ctx, it, fn)
}

func (s *Store) resolveQuadsUnguarded(ctx context.Context, it iterator.Scanner, fn func(quad.Quad) error) error {
	if s.cfg.Backend == BackendMemory {
		// In memory, Quad is a map lookup: batching only adds work.
		return s.directQuads(ctx, it, fn)
	}
	names := map[any]quad.Value{}
	buf := make([][4]cgraph.Ref, 0, resolveBatch)
	var missing []cgraph.Ref
	scanned := 0
	flush := func() error {
		if len(names) > maxNameCache {
			// A whole-store scan would otherwise end up holding every
			// node's value, every sentence and quote included.
			clear(names)
		}
		scanned += len(buf)
		if s.group != nil && s.group.release != nil && scanned >= releaseEveryQuads {
			// The pages read so far are in the page cache; the process
			// need not keep them mapped (see releaseMapped).
			scanned = 0
			s.group.release()
		}
		missing = missing[:0]
		for _, q := range buf {
			for _, r := range q {
				if r == nil {
					continue
				}
				if _, ok := names[r.Key()]; !ok {
					names[r.Key()] = nil // claimed: asked once per batch
					missing = append(missing, r)
				}
			}
		}
		if len(missing) > 0 {
			vals, err := cgraph.ValuesOf(ctx, s.qs, missing)
			if err != nil {
				return fmt.Errorf("naming %d nodes: %w", len(missing), err)
			}
			for i, v := range vals {
				names[missing[i].Key()] = v
			}
		}
		for _, r := range buf {
			var q quad.Quad
			for i, d := range quad.Directions {
				if r[i] != nil {
					q.Set(d, names[r[i].Key()])
				}
			}
			if err := fn(q); err != nil {
				return err
			}
		}
		buf = buf[:0]
		return nil
	}
	for it.Next(ctx) {
		ref := it.Result()
		var q [4]cgraph.Ref
		for i, d := range quad.Directions {
			r, err := s.qs.QuadDirection(ref, d)
			if err != nil {
				return fmt.Errorf("reading quad: %w", err)
			}
			q[i] = r
		}
		buf = append(buf, q)
		if len(buf) == resolveBatch {
			if err := flush(); err != nil {
				return err
			}
		}
	}
	if err := it.Err(); err != nil {
		if cerr := ctx.Err(); cerr != nil {
			return cerr // backends don't all wrap it
		}
		return fmt.Errorf("iterating quads: %w", err)
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	return flush()
}

func firstN(s []string, n int) []string {
	if len(s) > n {
		return append(s[:n:n], "...")
	}
	return s
}

// readLock takes the lock for a reader and returns its release. Cayley's
// memory store mutates itself while iterating (it caches a snapshot of its
// quad list), so there readers exclude each other too.
func (s *Store) readLock() func() {
	if s.cfg.Backend == BackendMemory {
		s.mu.Lock()
		return s.mu.Unlock
	}
	s.mu.RLock()
	return s.mu.RUnlock
}

// kvOptions open Cayley's bolt quad store without its duplicate-check bloom
// filter: building it scans every quad at each open (2.5 CPU-seconds on a
// 1M-quad store, paid by every command), while loads never write duplicates.
func kvOptions() cgraph.Options { return cgraph.Options{kv.OptNoBloom: true} }
