// Run-time errors recovered as Go's: a slice expression with constant
// bounds past the capacity, comparing or hashing a struct of the
// program's that holds a slice (named main.T), and an unrecovered one.
package main

import "fmt"

var x = make([]byte, 10)

type T struct {
	a, b int
	c    []int
}

func try(name string, f func()) {
	defer func() {
		r := recover()
		err, ok := r.(error)
		fmt.Println(name+":", err, ok)
	}()
	f()
}

func main() {
	try("println", func() { println(x[5:15]) })
	try("print", func() { fmt.Println(x[5:15]) })
	try("assign", func() { y := x[5:15]; _ = y })
	try("low", func() { _ = x[11:] })
	try("vars", func() { var lo, hi = 11, 9; _ = x[lo:hi] })
	try("compare", func() { var z interface{} = T{}; println(z != z) })
	try("hash", func() { var z interface{} = T{}; m := map[any]int{}; m[z] = 1 })
	var z any = T{c: []int{1}}
	counts := map[any]int{}
	fmt.Println("counting")
	counts[z]++
}
