package mpkit

import (
	"sync/atomic"
	"syscall"
	"time"
)

// A Mark is a point in this process's history of process starts and pool
// submissions. The notebook kernel takes one when a cell starts, and
// CancelSince stops what the cell started when the user interrupts it.
type Mark uint64

var epoch atomic.Uint64

func currentEpoch() uint64 { return epoch.Load() }

// NewMark returns a Mark: processes started and pool tasks submitted after
// it belong to it.
func NewMark() Mark { return Mark(epoch.Add(1)) }

// CancelSince terminates the processes started since m (SIGTERM, then
// SIGKILL for those still running after grace) and aborts the pool tasks
// submitted since m: their results fail with ErrCancelled-wrapping errors
// and the workers running them are replaced.
func CancelSince(m Mark, grace time.Duration) {
	children.Lock()
	var victims []*Process
	for _, p := range children.list {
		if p.epoch >= uint64(m) && p.ch != nil && !p.ch.exited() {
			victims = append(victims, p)
		}
	}
	children.Unlock()
	for _, p := range victims {
		syscall.Kill(p.ch.pid, syscall.SIGTERM)
	}
	cancelPoolTasks(uint64(m))
	deadline := time.Now().Add(grace)
	for _, p := range victims {
		if !waitTimeout(p.ch.done, time.Until(deadline)) {
			syscall.Kill(p.ch.pid, syscall.SIGKILL)
			<-p.ch.done
		}
	}
}

// terminatePools terminates every pool this process made and has not
// terminated yet.
func terminatePools() {
	pools.Lock()
	var ps []*Pool
	for p := range pools.set {
		ps = append(ps, p)
	}
	pools.Unlock()
	for _, p := range ps {
		p.Terminate()
	}
}

// Shutdown terminates every process and pool this process started, and
// the spare children it keeps. The notebook kernel calls it when the
// session is reset or the kernel shuts down.
func Shutdown() {
	CancelSince(0, 500*time.Millisecond)
	terminatePools()
	spares.Lock()
	ready := spares.ready
	spares.ready = nil
	spares.Unlock()
	for _, c := range ready {
		c.conn.Close()
		syscall.Kill(c.pid, syscall.SIGKILL)
	}
	refillSpares()
}
