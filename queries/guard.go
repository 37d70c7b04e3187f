package queries

import (
	"errors"
	"fmt"
	"reflect"
	"strconv"
	"unsafe"

	"github.com/cayleygraph/cayley/query/gizmo"
	"github.com/dop251/goja"
)

// Limits on what a Gizmo script may do inside the JavaScript runtime.
const (
	// MaxCallDepth bounds the script's call stack. Beyond it the script
	// fails with a RangeError instead of growing the Go stack until the
	// runtime aborts the process (calls through native functions such as
	// Array.prototype.map recurse on the Go stack).
	MaxCallDepth = 1000
	// MaxValueDepth bounds the nesting of a value handed to the graph API
	// (g.emit, g.V, Has, ...): Cayley copies such values recursively.
	MaxValueDepth = 100
	// MaxValueItems bounds the number of array elements and object
	// properties in one value handed to the graph API.
	MaxValueItems = 1 << 20
)

// errUnguarded means the Cayley version in use keeps its JavaScript runtime
// where guardGizmo cannot reach it; running scripts unguarded is refused.
var errUnguarded = errors.New("cannot apply the safety limits to this Cayley version's Gizmo runtime")

// guardGizmo makes a Gizmo session safe to hand an untrusted script:
//
//   - a bounded call stack (MaxCallDepth);
//   - every global Cayley defines (g, graph, iri, ...) replaced by a proxy
//     whose methods, and the methods of every path they return, check their
//     arguments first: a cyclic value is refused, a deeply nested or huge
//     one too, and the rest is passed on as a fresh copy, so a getter
//     cannot hand Cayley a different value from the one checked.
//
// Why: Cayley exports arguments with a recursive walk that has no cycle
// check, so g.emit(x) with x.self = x overflows the Go stack, a fatal error
// that no recover catches. Cayley's Session keeps its goja runtime in an
// unexported field, and Cayley offers no option for any of this; the field
// is read through reflection, and a Cayley whose Session lacks it is refused
// (errUnguarded) rather than run without the limits.
func guardGizmo(s *gizmo.Session) error {
	vm, err := gizmoRuntime(s)
	if err != nil {
		return err
	}
	vm.SetMaxCallStackSize(MaxCallDepth)
	g := &guard{vm: vm, targets: map[*goja.Object]*goja.Object{}}
	global := vm.GlobalObject()
	for _, name := range global.Keys() {
		v := global.Get(name)
		obj, ok := v.(*goja.Object)
		if !ok {
			continue
		}
		if fn, ok := goja.AssertFunction(obj); ok {
			err = global.Set(name, g.wrapFunc(fn, goja.Undefined()))
		} else {
			err = global.Set(name, g.wrapObject(obj))
		}
		if err != nil {
			return fmt.Errorf("%w: %v", errUnguarded, err)
		}
	}
	return nil
}

// gizmoRuntime digs the goja runtime out of Cayley's session.
func gizmoRuntime(s *gizmo.Session) (*goja.Runtime, error) {
	f := reflect.ValueOf(s).Elem().FieldByName("vm")
	if !f.IsValid() || f.Type() != reflect.TypeOf((*goja.Runtime)(nil)) {
		return nil, errUnguarded
	}
	vm := *(**goja.Runtime)(unsafe.Pointer(f.UnsafeAddr()))
	if vm == nil {
		return nil, errUnguarded
	}
	return vm, nil
}

// guard holds the proxies of one session: targets maps each proxy handed to
// the script back to the Cayley object behind it.
type guard struct {
	vm      *goja.Runtime
	targets map[*goja.Object]*goja.Object
}

// wrapObject returns a proxy of a Cayley object (the graph, a path) whose
// methods check their arguments.
func (g *guard) wrapObject(target *goja.Object) goja.Value {
	var self *goja.Object
	// The proxy stands over an empty object, not over target: Cayley's
	// methods are read-only properties, and a proxy must hand out a read-only
	// property of its target unchanged, not wrapped.
	p := g.vm.NewProxy(g.vm.NewObject(), &goja.ProxyTrapConfig{
		Get: func(_ *goja.Object, prop string, receiver goja.Value) goja.Value {
			v := target.Get(prop)
			if fn, ok := goja.AssertFunction(v); ok {
				return g.wrapFunc(fn, self)
			}
			return g.result(v)
		},
	})
	self = g.vm.ToValue(p).(*goja.Object)
	g.targets[self] = target
	return self
}

// wrapFunc returns a function that checks and copies its arguments, calls fn
// with this, and wraps a Cayley object it returns.
func (g *guard) wrapFunc(fn goja.Callable, this goja.Value) goja.Value {
	return g.vm.ToValue(func(call goja.FunctionCall) goja.Value {
		args := make([]goja.Value, len(call.Arguments))
		for i, a := range call.Arguments {
			v, err := g.check(a)
			if err != nil {
				panic(g.vm.NewTypeError("argument %d: %v", i+1, err))
			}
			args[i] = v
		}
		r, err := fn(this, args...)
		if err != nil {
			panic(err) // a JS exception or an interrupt: goja carries it on
		}
		return g.result(r)
	})
}

// result wraps a Cayley object (a Go struct behind a pointer, such as a
// path) so that its methods are guarded too; other values pass.
func (g *guard) result(v goja.Value) goja.Value {
	obj, ok := v.(*goja.Object)
	if !ok {
		return v
	}
	if _, ok := g.targets[obj]; ok {
		return v
	}
	if t := obj.ExportType(); t != nil && t.Kind() == reflect.Pointer && t.Elem().Kind() == reflect.Struct {
		return g.wrapObject(obj)
	}
	return v
}

// check returns the argument Cayley is to see: a proxy's target for a
// proxy, a checked copy for data (objects, arrays, Go maps and slices), the
// value itself otherwise.
func (g *guard) check(v goja.Value) (goja.Value, error) {
	obj, ok := v.(*goja.Object)
	if !ok {
		return v, nil
	}
	if t, ok := g.targets[obj]; ok {
		return t, nil
	}
	if !isData(obj) {
		return v, nil
	}
	c := copier{g: g, onPath: map[*goja.Object]bool{}}
	out, err := c.copy(obj, 1)
	if err != nil {
		return nil, err
	}
	return g.vm.ToValue(out), nil
}

// isData says whether obj is a container Cayley would walk: a plain object
// or array, or a Go map or slice.
func isData(obj *goja.Object) bool {
	if _, ok := goja.AssertFunction(obj); ok {
		return false
	}
	t := obj.ExportType()
	if t == nil {
		return false
	}
	switch t.Kind() {
	case reflect.Map, reflect.Slice, reflect.Array:
		return true
	}
	return false
}

// copier copies one argument into plain Go values, refusing cycles (an
// object met again on the way down from the root) and too much depth or size.
type copier struct {
	g      *guard
	onPath map[*goja.Object]bool
	items  int
}

func (c *copier) copy(obj *goja.Object, depth int) (any, error) {
	if depth > MaxValueDepth {
		return nil, fmt.Errorf("value nested more than %d deep", MaxValueDepth)
	}
	if c.onPath[obj] {
		return nil, errors.New("value refers to itself (a cycle); emit a copy without the cycle")
	}
	c.onPath[obj] = true
	defer delete(c.onPath, obj)
	if k := obj.ExportType().Kind(); k == reflect.Slice || k == reflect.Array {
		n := obj.Get("length").ToInteger()
		if n < 0 || n > int64(MaxValueItems-c.items) {
			return nil, fmt.Errorf("value has more than %d items", MaxValueItems)
		}
		c.items += int(n)
		out := make([]any, n)
		for i := range out {
			v, err := c.elem(obj.Get(strconv.Itoa(i)), depth)
			if err != nil {
				return nil, err
			}
			out[i] = v
		}
		return out, nil
	}
	keys := obj.Keys()
	if c.items += len(keys); c.items > MaxValueItems {
		return nil, fmt.Errorf("value has more than %d items", MaxValueItems)
	}
	out := make(map[string]any, len(keys))
	for _, k := range keys {
		v, err := c.elem(obj.Get(k), depth)
		if err != nil {
			return nil, err
		}
		out[k] = v
	}
	return out, nil
}

func (c *copier) elem(v goja.Value, depth int) (any, error) {
	if v == nil {
		return nil, nil
	}
	obj, ok := v.(*goja.Object)
	switch {
	case !ok:
		return v.Export(), nil
	case c.g.targets[obj] != nil:
		return c.g.targets[obj].Export(), nil
	case isData(obj):
		return c.copy(obj, depth+1)
	}
	return v.Export(), nil
}
