//go:build !unix

package facts

import "time"

// perfCPUTime is unknown here; the cpu-s metrics then read as +Inf.
func perfCPUTime() time.Duration { return 0 }
