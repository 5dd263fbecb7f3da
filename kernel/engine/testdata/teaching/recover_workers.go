// Workers that survive a failing job: each job runs under a deferred
// recover (a func literal, a named func, a method), results gathered in
// order.
package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
	"sync"
)

type result struct {
	id  int
	out string
	err error
}

type pool struct {
	mu      sync.Mutex
	results []result
}

func (p *pool) record(id int, out *string) {
	r := recover()
	p.mu.Lock()
	defer p.mu.Unlock()
	if r != nil {
		p.results = append(p.results, result{id: id, err: fmt.Errorf("job %d: %v", id, r)})
		return
	}
	p.results = append(p.results, result{id: id, out: *out})
}

func job(id int) string {
	switch id % 4 {
	case 1:
		var m map[string]int
		m["x"] = id
	case 2:
		xs := []int{1, 2, 3}
		return fmt.Sprint(xs[id])
	case 3:
		panic(errors.New("bad input"))
	}
	return strings.Repeat("*", id)
}

func safeGo(wg *sync.WaitGroup, errs chan<- error, f func()) {
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer func() {
			if r := recover(); r != nil {
				errs <- fmt.Errorf("recovered: %v", r)
			}
		}()
		f()
	}()
}

func main() {
	p := &pool{}
	var wg sync.WaitGroup
	for id := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var out string
			defer p.record(id, &out)
			out = job(id)
		}()
	}
	wg.Wait()
	sort.Slice(p.results, func(i, j int) bool { return p.results[i].id < p.results[j].id })
	for _, r := range p.results {
		if r.err != nil {
			fmt.Println("error:", r.err)
		} else {
			fmt.Println("ok:", r.id, r.out)
		}
	}

	errs := make(chan error, 3)
	var wg2 sync.WaitGroup
	safeGo(&wg2, errs, func() { panic("one") })
	safeGo(&wg2, errs, func() { var p *pool; p.results = nil })
	safeGo(&wg2, errs, func() {})
	wg2.Wait()
	close(errs)
	var msgs []string
	for e := range errs {
		msgs = append(msgs, e.Error())
	}
	sort.Strings(msgs)
	fmt.Println(strings.Join(msgs, "\n"))
}
