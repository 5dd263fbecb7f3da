package layout

import (
	"runtime"
	"strconv"
	"strings"
	"sync"
	"unsafe"
)

// GoroutineID returns the calling goroutine's id, the number runtime.Stack
// and tracebacks give it ("goroutine 18 [chan send]:"). On amd64 it reads
// the id out of the goroutine's g (assumption 9), at the offset found by
// the first call; elsewhere, or when no offset matched, out of
// runtime.Stack, which costs a traceback.
func GoroutineID() uint64 {
	idOnce.Do(findIDOffset)
	if idOffset >= 0 {
		return wordAt(Goroutine(), idOffset)
	}
	return stackID()
}

var (
	idOnce   sync.Once
	idOffset = -1
)

// stackID reads the calling goroutine's id out of runtime.Stack.
func stackID() uint64 {
	var buf [64]byte
	s := string(buf[:runtime.Stack(buf[:], false)])
	s, _, _ = strings.Cut(strings.TrimPrefix(s, "goroutine "), " ")
	id, _ := strconv.ParseUint(s, 10, 64)
	return id
}

// findIDOffset finds the word of a g that holds the goroutine's id: the
// same offset in three goroutines, each word equal to the id runtime.Stack
// gives. It keeps idOffset at -1 when Goroutine is no g pointer (not
// amd64) or no word matches.
func findIDOffset() {
	if runtime.GOARCH != "amd64" {
		return
	}
	type probe struct {
		g, id uint64
	}
	// The probing goroutines stay alive until the words are read: the g
	// of one that exited could be another's already.
	release := make(chan struct{})
	defer close(release)
	var probes []probe
	for range 3 {
		c := make(chan probe)
		go func() {
			c <- probe{Goroutine(), stackID()}
			<-release
		}()
		probes = append(probes, <-c)
	}
	const gSize = 512
	for off := 0; off < gSize; off += 8 {
		ok := true
		for _, p := range probes {
			if p.id == 0 || wordAt(p.g, off) != p.id {
				ok = false
				break
			}
		}
		if ok {
			idOffset = off
			return
		}
	}
}

// wordAt reads the word at offset off of a g, whose address g is (the
// runtime never frees a g, so the address stays valid).
func wordAt(g uint64, off int) uint64 {
	p := uintptr(g)
	return *(*uint64)(unsafe.Add(*(*unsafe.Pointer)(unsafe.Pointer(&p)), off))
}
