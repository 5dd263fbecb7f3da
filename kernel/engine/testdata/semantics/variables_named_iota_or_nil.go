// Predeclared names are not keywords: a program may declare a variable
// of its own named iota or nil. At the package's top level (or, cut over
// cells, a cell's) the notebook refuses it with a message: the
// interpreter reads Go's own iota there, and printed 0 without an error.
package main

import "fmt"

var iota = 7

func steps(n int) []int {
	nil := []int{}
	for i := range n {
		nil = append(nil, i*iota)
	}
	return nil
}

func main() {
	fmt.Println("iota is", iota)
	fmt.Println(steps(3))
}
