//go:build linux

package graph

import (
	"reflect"
	"syscall"
	"unsafe"

	bolt "go.etcd.io/bbolt"
)

// releaseMapped drops the pages of the bolt file mapped into this process
// (they stay in the kernel's page cache; the next read maps them again
// cheaply). bbolt maps the whole file read-only and shared, and every page a
// load touched stays in the process's resident set, so without this a build's
// RSS grows with the store however small its batches. bbolt does not export
// its mapping: it is found by field name, and nothing is done when a bbolt
// version names it otherwise.
func releaseMapped(db *bolt.DB) {
	v := reflect.ValueOf(db).Elem()
	data, size := v.FieldByName("data"), v.FieldByName("datasz")
	if !data.IsValid() || !size.IsValid() || data.Kind() != reflect.Pointer || size.Kind() != reflect.Int {
		return
	}
	if data.IsNil() || size.Int() <= 0 {
		return
	}
	b := unsafe.Slice((*byte)(unsafe.Pointer(data.Pointer())), size.Int())
	_ = syscall.Madvise(b, syscall.MADV_DONTNEED)
}
