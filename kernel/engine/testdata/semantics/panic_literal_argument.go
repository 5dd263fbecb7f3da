// A literal handed to a func as its argument panics when the func calls
// it; the call is the cell's last expression, whose value a cell shows.
package main

import "fmt"

func apply(f func(int) int, v int) int {
	return f(v)
}

func main() {
	fmt.Println(apply(func(i int) int { return i * i }, 4))
	apply(func(i int) int { return 10 / i }, 0)
}
