// A deferred value method called through a pointer copies the value at
// the defer statement; a nil pointer panics there.
package main

import "fmt"

type Counter struct{ n int }

func (c Counter) Show(label string) { fmt.Println(label, c.n) }

func later() {
	pc := &Counter{10}
	defer pc.Show("pc")
	pc.n = 11
	cs := []*Counter{{1}, {2}}
	for _, c := range cs {
		defer c.Show("loop")
		c.n *= 10
	}
}

func nilRecv() {
	defer func() {
		fmt.Println("recover:", recover())
	}()
	var cp *Counter
	defer cp.Show("nil")
	fmt.Println("body")
}

func main() {
	later()
	nilRecv()
}
