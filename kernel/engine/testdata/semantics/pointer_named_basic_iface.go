// A pointer to a declared non-struct type (*Counter) held in an
// interface: its methods run, and %T names its type.
package main

import "fmt"

type Counter int

func (c *Counter) Inc() { *c++ }

type Incer interface{ Inc() }

func main() {
	var c Counter
	var i Incer = &c
	i.Inc()
	fmt.Printf("%T %v\n", i, c)
}
