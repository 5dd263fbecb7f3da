package server

import (
	"sync"
	"time"

	"github.com/goteach/goteach/kernel"
)

// rateLimiter keeps a flood of complaints (a misconfigured client
// sending badly signed messages, say) from drowning the log: at most
// rateBurst lines a second, then a count of what was left out.
type rateLimiter struct {
	mu         sync.Mutex
	window     time.Time
	n          int
	suppressed int
}

const rateBurst = 10

func (r *rateLimiter) logf(format string, args ...any) {
	r.mu.Lock()
	now := time.Now()
	if now.Sub(r.window) >= time.Second {
		if r.suppressed > 0 {
			kernel.Logf("(%d similar messages not shown)", r.suppressed)
		}
		r.window, r.n, r.suppressed = now, 0, 0
	}
	r.n++
	if r.n > rateBurst {
		r.suppressed++
		r.mu.Unlock()
		return
	}
	r.mu.Unlock()
	kernel.Logf(format, args...)
}
