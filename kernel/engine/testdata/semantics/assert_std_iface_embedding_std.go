// Values of the program's types that have their methods from an
// embedded standard type (sync.Mutex, bytes.Buffer), held in a standard
// interface (sync.Locker, io.Writer), asserted back to their own types.
package main

import (
	"bytes"
	"fmt"
	"io"
	"sync"
)

type SafeMap struct {
	sync.Mutex
	m map[string]int
}

type pipe struct {
	bytes.Buffer
	name string
}

func lockAndCount(lk sync.Locker) int {
	lk.Lock()
	defer lk.Unlock()
	if sm, ok := lk.(*SafeMap); ok {
		return len(sm.m)
	}
	return -1
}

func main() {
	sm := &SafeMap{m: map[string]int{"a": 1, "b": 2}}
	fmt.Println(lockAndCount(sm))
	fmt.Println(lockAndCount(&sync.Mutex{}))
	var w io.Writer = &pipe{name: "p1"}
	fmt.Fprintf(w, "hello %d", 42)
	p := w.(*pipe)
	fmt.Println(p.name, p.String())
	_, isBuf := w.(*bytes.Buffer)
	fmt.Println(isBuf)
}
