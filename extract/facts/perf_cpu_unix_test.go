//go:build unix

package facts

import (
	"syscall"
	"time"
)

// perfCPUTime is the user+system CPU time this process has used.
func perfCPUTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
