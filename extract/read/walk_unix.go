//go:build unix

package read

import (
	"io/fs"
	"syscall"
)

// keyOf returns the device and inode of a file, which identify it whatever
// path or link reached it.
func keyOf(fi fs.FileInfo) (fileKey, bool) {
	st, ok := fi.Sys().(*syscall.Stat_t)
	if !ok {
		return fileKey{}, false
	}
	// The conversions are no-ops on linux/amd64 but not on every platform.
	return fileKey{dev: uint64(st.Dev), ino: uint64(st.Ino)}, true
}
