package layout

import (
	"runtime"
	"testing"
)

// TestGoroutine: the id is stable within a goroutine and differs between
// two live goroutines (the runtime's g pointer is in the TLS slot).
func TestGoroutine(t *testing.T) {
	g := Goroutine()
	if g == 0 || g != Goroutine() {
		t.Fatal("Goroutine not stable")
	}
	other := make(chan uint64)
	go func() { other <- Goroutine() }()
	if <-other == g {
		t.Fatal("two goroutines with one marker")
	}
}

// TestGoroutineID: assumption 9, the id GoroutineID reads is the one
// runtime.Stack names, in this goroutine and in others.
func TestGoroutineID(t *testing.T) {
	for range 5 {
		c := make(chan [2]uint64)
		go func() { c <- [2]uint64{GoroutineID(), stackID()} }()
		if ids := <-c; ids[0] == 0 || ids[0] != ids[1] {
			t.Fatalf("GoroutineID %d, runtime.Stack says %d", ids[0], ids[1])
		}
	}
	if runtime.GOARCH == "amd64" && idOffset < 0 {
		t.Fatal("no word of a g holds its id")
	}
}
