// A deferred named func recovers a panic and panics again: Go runs the
// func's other deferred calls before the crash.
package main

import "fmt"

func rethrow() {
	r := recover()
	panic(fmt.Sprint("rethrown: ", r))
}

func main() {
	defer fmt.Println("last words")
	defer rethrow()
	panic("first")
}
