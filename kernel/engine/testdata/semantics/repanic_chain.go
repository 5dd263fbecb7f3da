// Panics recovered and raised again in two deferred calls of nested
// funcs: the crash names the chain, each recovered panic first.
package main

import "fmt"

func inner() {
	defer func() {
		r := recover()
		panic(fmt.Sprint("B after ", r))
	}()
	panic("A")
}

func main() {
	defer func() {
		r := recover()
		panic(fmt.Sprint("C after ", r))
	}()
	inner()
}
