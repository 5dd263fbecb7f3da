// Methods that recover, deferred: the receiver is the one the defer
// statement saw, and recover in them ends the panic as in a func.
package main

import (
	"errors"
	"fmt"
)

type guard struct {
	name   string
	caught []string
}

func (g *guard) catch() {
	if r := recover(); r != nil {
		g.caught = append(g.caught, fmt.Sprint(r))
	}
}

func (g guard) report(step int) {
	r := recover()
	fmt.Printf("%s step %d: %v\n", g.name, step, r)
}

type worker struct{ id int }

func (w worker) safely(err *error) {
	if r := recover(); r != nil {
		*err = fmt.Errorf("worker %d: %v", w.id, r)
	}
}

func (w worker) run(n int) (err error) {
	defer w.safely(&err)
	w.id = 99 // the deferred call has its own copy
	if n == 0 {
		panic(errors.New("nothing to do"))
	}
	return nil
}

func divide(g *guard, a, b int) int {
	defer g.catch()
	return a / b
}

func steps() {
	for i := range 3 {
		g := guard{name: fmt.Sprint("loop", i)}
		func() {
			defer g.report(i)
			g.name = "changed"
			if i == 1 {
				panic(fmt.Sprint("step ", i, " failed"))
			}
		}()
	}
}

func main() {
	g := &guard{name: "div"}
	fmt.Println(divide(g, 6, 3), divide(g, 1, 0), g.caught)
	fmt.Println(worker{1}.run(1), worker{2}.run(0))
	steps()
	var direct guard
	direct.catch() // not deferred: recover returns nil
	fmt.Println(len(direct.caught))
	defer guard{name: "main"}.report(0)
	panic("end of main")
}
