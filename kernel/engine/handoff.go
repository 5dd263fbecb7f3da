package engine

import (
	"sync"
	"sync/atomic"

	"github.com/goteach/goteach/internal/layout"
)

// handoffs are the panics handed to the declared func a goroutine's
// deferred call is about to call (the front end's recoveringCall): a
// panic a later deferred call of the same func raised, newer than the
// one the interpreter's recover returns. Keyed by goroutine, since the
// literal that hands it over and the recover that takes it run in the
// same one and others may recover meanwhile.
type handoffs struct {
	mu sync.Mutex
	n  atomic.Int32
	by map[uint64]*any
}

// hand makes p what the goroutine's next Handed returns; nil clears it.
func (h *handoffs) hand(p *any) {
	if p == nil && h.n.Load() == 0 {
		return
	}
	id := layout.Goroutine()
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.by == nil {
		h.by = map[uint64]*any{}
	}
	if _, ok := h.by[id]; ok {
		delete(h.by, id)
		h.n.Add(-1)
	}
	if p != nil {
		h.by[id] = p
		h.n.Add(1)
	}
}

// handed returns and clears the goroutine's handed panic (nil: none).
func (h *handoffs) handed() *any {
	if h.n.Load() == 0 {
		return nil
	}
	id := layout.Goroutine()
	h.mu.Lock()
	defer h.mu.Unlock()
	p, ok := h.by[id]
	if ok {
		delete(h.by, id)
		h.n.Add(-1)
	}
	return p
}
