// A func's deferred calls may call the func literals it made (stored in
// variables, called directly or from a deferred literal), after a panic
// too.
package main

import (
	"errors"
	"fmt"
	"strings"
)

func work(name string) (err error) {
	var log []string
	note := func(format string, args ...any) { log = append(log, fmt.Sprintf(format, args...)) }
	cleanup := func() { note("cleanup %s", name) }
	defer func() { fmt.Println(strings.Join(log, "; ")) }()
	defer cleanup()
	defer func() {
		if r := recover(); r != nil {
			note("recovered %v", r)
			err = errors.New(fmt.Sprint(r))
		}
	}()
	var fact func(n int) int
	fact = func(n int) int {
		if n <= 1 {
			return 1
		}
		return n * fact(n-1)
	}
	defer note("fact %d", fact(5))
	defer func() { note("late fact %d", fact(3)) }()
	if name == "bad" {
		panic("bad name")
	}
	note("working %s", name)
	return nil
}

type closer struct{ fns []func() }

func (c *closer) add(f func()) { c.fns = append(c.fns, f) }
func (c *closer) close() {
	for i := len(c.fns) - 1; i >= 0; i-- {
		c.fns[i]()
	}
}

func multi() {
	var c closer
	defer c.close()
	for i := 0; i < 3; i++ {
		c.add(func() { fmt.Println("close", i) })
	}
	done := func() { fmt.Println("multi done") }
	c.add(done)
}

func main() {
	fmt.Println(work("ok"))
	fmt.Println(work("bad"))
	multi()
	counter := 0
	inc := func() { counter++ }
	func() {
		defer inc()
		defer func() { inc() }()
	}()
	fmt.Println(counter)
}
