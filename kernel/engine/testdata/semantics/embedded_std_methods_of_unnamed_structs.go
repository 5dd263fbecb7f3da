// Struct literal types and func-local struct types that get a standard
// interface's methods from an embedded standard type: a mutex-guarded
// counter as a sync.Locker, a sync.Cond on it, writers embedding a
// bytes.Buffer or a strings.Builder.
package main

import (
	"bytes"
	"fmt"
	"io"
	"strings"
	"sync"
)

var counter = struct {
	sync.Mutex
	n int
}{}

func lockAndCount(l sync.Locker, n *int) {
	l.Lock()
	*n++
	l.Unlock()
}

func main() {
	var wg sync.WaitGroup
	for range 50 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			counter.Lock()
			counter.n++
			counter.Unlock()
		}()
	}
	wg.Wait()
	fmt.Println("count:", counter.n)

	var l sync.Locker = &counter
	l.Lock()
	counter.n += 10
	l.Unlock()
	lockAndCount(&counter, &counter.n)
	fmt.Println("count:", counter.n)

	type queue struct {
		sync.Mutex
		items []string
	}
	q := &queue{}
	ready := sync.NewCond(q)
	done := make(chan string)
	go func() {
		q.Lock()
		for len(q.items) == 0 {
			ready.Wait()
		}
		item := q.items[0]
		q.Unlock()
		done <- item
	}()
	q.Lock()
	q.items = append(q.items, "job-1")
	q.Unlock()
	ready.Signal()
	fmt.Println("got", <-done)

	w := struct {
		*bytes.Buffer
		name string
	}{&bytes.Buffer{}, "log"}
	fmt.Fprintf(w, "%s: %d lines", w.name, 3)
	var out io.Writer = w
	io.WriteString(out, "!")
	fmt.Println(w.String())

	type report struct {
		strings.Builder
		title string
	}
	var r report
	r.title = "summary"
	fmt.Fprintf(&r, "[%s]", r.title)
	fmt.Println(r.String(), r.Len())
}
