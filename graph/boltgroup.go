package graph

import (
	"context"
	"errors"
	"fmt"
	"runtime/debug"
	"sync"
	"sync/atomic"

	hkv "github.com/hidal-go/hidalgo/kv"
)

// groupKV wraps the bolt key-value store so that several Cayley
// ApplyDeltas calls can share ONE bolt write transaction.
//
// Why: Cayley's kv backend mis-writes a transaction in which a node's net
// reference count goes down while a quad being added uses that node (the
// added quad gets a nil direction). Replacing a document's revision does
// exactly that ("Putin" loses three quads and gains one). Applying the
// deletions and the additions as two ApplyDeltas calls avoids the bug; running
// both inside one bolt transaction keeps the replacement atomic, so a crash or
// error in between leaves the old revision in place.
type groupKV struct {
	hkv.KV

	mu     sync.Mutex
	outer  hkv.Tx // the shared write transaction while a group is open
	failed bool   // an inner transaction was closed without commit

	// release, when set, drops the file pages mapped so far (releaseMapped);
	// ops counts the reads and writes of every transaction, writing or
	// reading, to call it now and then.
	release func()
	ops     atomic.Int64
}

// releaseEvery is how many reads and writes may map file pages before they
// are released: a large load reads index pages all over the file, and so do
// the lookups around it (the counts, the documents it replaces); they would
// otherwise all stay resident, and a build's RSS would grow with the store.
const releaseEvery = 4096

func (g *groupKV) touched(n int) {
	if g.release == nil {
		return
	}
	if g.ops.Add(int64(n)) >= releaseEvery {
		g.ops.Store(0)
		// Safe beside readers: the pages stay in the page cache and fault
		// back in; the store's writer lock keeps bbolt from remapping.
		g.release()
	}
}

// Tx hands out the shared write transaction while a group is open.
func (g *groupKV) Tx(ctx context.Context, rw bool) (hkv.Tx, error) {
	if rw {
		g.mu.Lock()
		outer := g.outer
		g.mu.Unlock()
		if outer != nil {
			return &innerTx{Tx: outer, g: g}, nil
		}
	}
	tx, err := g.KV.Tx(ctx, rw)
	if err != nil || rw {
		return tx, err
	}
	return &readTx{Tx: tx, g: g}, nil
}

// readTx is a read transaction whose reads count towards releasing the
// pages they map.
type readTx struct {
	hkv.Tx
	g *groupKV
}

func (t *readTx) Get(ctx context.Context, k hkv.Key) (hkv.Value, error) {
	t.g.touched(1)
	return t.Tx.Get(ctx, k)
}

func (t *readTx) GetBatch(ctx context.Context, keys []hkv.Key) ([]hkv.Value, error) {
	t.g.touched(len(keys))
	return t.Tx.GetBatch(ctx, keys)
}

func (t *readTx) Scan(ctx context.Context, opts ...hkv.IteratorOption) hkv.Iterator {
	return &countingIter{Iterator: t.Tx.Scan(ctx, opts...), g: t.g}
}

func (g *groupKV) View(ctx context.Context, fn func(tx hkv.Tx) error) error {
	return hkv.View(ctx, g, fn)
}

func (g *groupKV) Update(ctx context.Context, fn func(tx hkv.Tx) error) error {
	return hkv.Update(ctx, g, fn)
}

// group runs fn with every write transaction bound to one bolt transaction,
// committed only when fn and every inner transaction succeeded.
func (g *groupKV) group(ctx context.Context, fn func() error) error {
	outer, err := g.KV.Tx(ctx, true)
	if err != nil {
		return err
	}
	g.mu.Lock()
	g.outer, g.failed = outer, false
	g.mu.Unlock()
	err = runGuarded(fn)
	g.mu.Lock()
	failed := g.failed
	g.outer = nil
	g.mu.Unlock()
	if err == nil && failed {
		err = errors.New("a write inside the transaction failed")
	}
	if err == nil {
		err = ctx.Err()
	}
	if err != nil {
		outer.Close()
		return err
	}
	return outer.Commit(ctx)
}

// innerTx is a view of the shared transaction: committing it does nothing
// (the group commits), closing it uncommitted marks the group failed.
type innerTx struct {
	hkv.Tx
	g         *groupKV
	committed bool
	closed    bool
}

func (t *innerTx) Get(ctx context.Context, k hkv.Key) (hkv.Value, error) {
	t.g.touched(1)
	return t.Tx.Get(ctx, k)
}

func (t *innerTx) GetBatch(ctx context.Context, keys []hkv.Key) ([]hkv.Value, error) {
	t.g.touched(len(keys))
	return t.Tx.GetBatch(ctx, keys)
}

func (t *innerTx) Put(ctx context.Context, k hkv.Key, v hkv.Value) error {
	t.g.touched(1)
	return t.Tx.Put(ctx, k, v)
}

func (t *innerTx) Del(ctx context.Context, k hkv.Key) error {
	t.g.touched(1)
	return t.Tx.Del(ctx, k)
}

// Scan counts every key it steps over: an index scan maps a page per few keys.
func (t *innerTx) Scan(ctx context.Context, opts ...hkv.IteratorOption) hkv.Iterator {
	return &countingIter{Iterator: t.Tx.Scan(ctx, opts...), g: t.g}
}

type countingIter struct {
	hkv.Iterator
	g *groupKV
}

func (it *countingIter) Next(ctx context.Context) bool {
	it.g.touched(1)
	return it.Iterator.Next(ctx)
}

func (t *innerTx) Commit(ctx context.Context) error {
	t.committed = true
	return nil
}

func (t *innerTx) Close() error {
	if !t.committed && !t.closed {
		t.g.mu.Lock()
		t.g.failed = true
		t.g.mu.Unlock()
	}
	t.closed = true
	return nil
}

// runGuarded runs fn, turning a panic or memory fault inside bbolt or Cayley
// (a damaged file) into an error, so that the transaction is rolled back
// and the process lives on to say what happened.
func runGuarded(fn func() error) (err error) {
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%w: %v", errPanic, r)
		}
	}()
	return fn()
}
