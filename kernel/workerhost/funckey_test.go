package workerhost

import (
	"runtime"
	"testing"

	"github.com/traefik/yaegi/interp"
)

// junk has the size class of a func wrapper's closure, and pointers, as
// the closure has: it is allocated from the same spans.
type junk struct {
	p *junk //lint:ignore U1000 makes junk a pointerful allocation
	w [7]uintptr
}

// litter fills freed small allocations with pattern, so that a later
// allocation of the same size finds it in whatever it does not write.
func litter(pattern uintptr) {
	ps := make([]*junk, 0, 1<<15)
	for i := 0; i < 1<<15; i++ {
		j := &junk{}
		for k := range j.w {
			j.w[k] = pattern
		}
		ps = append(ps, j)
	}
	ps = ps[:0]
	runtime.KeepAlive(ps)
	runtime.GC()
}

// A func's key depends on the func alone: not on what the memory around
// its wrapper held before, however the calibration found it.
func TestFuncKeyIgnoresAllocationSlack(t *testing.T) {
	litter(6)
	stableWords, calibrateErr, makeFuncStub = nil, nil, 0
	calibrate()
	if calibrateErr != nil {
		t.Fatal(calibrateErr)
	}
	it := interp.New(interp.Options{})
	if _, err := it.Eval("func job(n int) {}\nfunc other(n int) {}"); err != nil {
		t.Fatal(err)
	}
	key := func() funcKey {
		v, err := it.Eval("job")
		if err != nil {
			t.Fatal(err)
		}
		k, err := keyOf(v)
		if err != nil {
			t.Fatal(err)
		}
		return k
	}
	first := key()
	for _, pattern := range []uintptr{0, 7, 6, 0x55} {
		litter(pattern)
		if k := key(); k != first {
			t.Fatalf("after littering with %#x the key is %x, first %x", pattern, k, first)
		}
	}
	o, _ := it.Eval("other")
	if k, _ := keyOf(o); k == first {
		t.Fatalf("two funcs share the key %x", k)
	}
}
