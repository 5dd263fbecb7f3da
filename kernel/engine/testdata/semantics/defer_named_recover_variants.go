// Deferred named funcs and methods that recover, beside other deferred
// calls: the newest panic is the one recovered, every deferred call runs.
package main

import (
	"errors"
	"fmt"
)

type guard struct{ name string }

func (g *guard) handle() {
	if r := recover(); r != nil {
		fmt.Println(g.name, "recovered:", r)
	}
}

func (g guard) rethrow() {
	if r := recover(); r != nil {
		panic(fmt.Sprintf("%s: %v", g.name, r))
	}
}

func handle(tag string) {
	if r := recover(); r != nil {
		fmt.Println(tag, "recovered:", r)
	}
}

func wrap(err *error) {
	if r := recover(); r != nil {
		*err = fmt.Errorf("wrapped: %v", r)
		panic(*err)
	}
}

func methodRecovers() {
	g := &guard{"method"}
	defer g.handle()
	defer fmt.Println("method: unlock")
	panic("boom")
}

func newestPanic() {
	defer handle("newest")
	defer func() { panic("second") }()
	panic("first")
}

func methodRethrows() {
	defer handle("outer")
	defer fmt.Println("cleanup")
	defer guard{"inner"}.rethrow()
	panic("deep")
}

func errorRethrown() (err error) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("caught again:", r, errors.Is(r.(error), err))
		}
	}()
	defer fmt.Println("closing")
	defer wrap(&err)
	panic("disk full")
}

func loop() {
	for i := range 3 {
		func() {
			defer handle(fmt.Sprint("loop ", i))
			defer fmt.Println("step", i)
			if i%2 == 1 {
				panic(i)
			}
		}()
	}
}

func main() {
	methodRecovers()
	newestPanic()
	methodRethrows()
	fmt.Println(errorRethrown())
	loop()
}
