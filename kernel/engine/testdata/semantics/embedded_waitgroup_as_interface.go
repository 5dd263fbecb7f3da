// A struct embedding a sync.WaitGroup or a sync.Mutex has their methods,
// also through an interface, after later cells declared other types and
// methods.
package main

import (
	"bytes"
	"fmt"
	"sync"
)

type Group struct {
	sync.WaitGroup
	name string
}

type Guarded struct {
	sync.Mutex
	n int
}

type shout struct{ bytes.Buffer }

func (s *shout) Write(p []byte) (int, error) {
	return s.Buffer.Write(bytes.ToUpper(p))
}

type goer interface {
	Go(func())
	Wait()
}

func main() {
	var g Group
	var x goer = &g
	results := make([]int, 3)
	for i := range 3 {
		x.Go(func() { results[i] = i * i })
	}
	x.Wait()
	fmt.Println(results)
	var gd Guarded
	var l sync.Locker = &gd
	l.Lock()
	gd.n++
	l.Unlock()
	fmt.Println(gd.n, gd.TryLock())
	var s shout
	fmt.Fprintf(&s, "done %d", gd.n)
	fmt.Println(s.String())
}
