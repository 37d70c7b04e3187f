package main

import (
	"syscall"
	"unsafe"
)

// prlimitAS sets the address-space limit of process pid (prlimit(2)).
func prlimitAS(pid int, limit uint64) error {
	lim := &syscall.Rlimit{Cur: limit, Max: limit}
	_, _, errno := syscall.RawSyscall6(syscall.SYS_PRLIMIT64, uintptr(pid), syscall.RLIMIT_AS, uintptr(unsafe.Pointer(lim)), 0, 0, 0)
	if errno != 0 {
		return errno
	}
	return nil
}
