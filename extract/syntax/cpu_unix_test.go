//go:build unix

package syntax

import (
	"syscall"
	"time"
)

// cpuTime is the user+system CPU time this process has used; benchmarks
// report throughput per CPU second too, which stays meaningful when other
// processes share the machine.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
