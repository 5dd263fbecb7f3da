package layout

import "testing"

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
