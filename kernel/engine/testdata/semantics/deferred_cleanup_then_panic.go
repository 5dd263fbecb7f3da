// A func whose first statement defers a cleanup literal that does not
// recover, and that then panics: the cleanup runs, and the traceback
// names the panic's line and the caller's, as Go's does.
package main

import "fmt"

type resource struct{ name string }

func open(name string) *resource {
	fmt.Println("open", name)
	return &resource{name}
}

func (r *resource) close() { fmt.Println("close", r.name) }

func step(n int) int {
	defer func() {
		fmt.Println("step", n, "done")
	}()
	if n > 2 {
		panic(fmt.Sprintf("step %d failed", n))
	}
	return n * 10
}

func process() {
	defer func() {
		fmt.Println("cleanup")
	}()
	r := open("db")
	defer r.close()
	for i := 1; i <= 3; i++ {
		fmt.Println(step(i))
	}
}

func main() {
	process()
}
