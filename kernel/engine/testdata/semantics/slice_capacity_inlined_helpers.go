// Small funcs growing a slice of their own, called from main's loops:
// the compiler inlines one into the loop, where the stack array is the
// loop's, used by its first call only; a func it does not inline gets
// one each call.
package main

import "fmt"

func f() {
	var s []int
	s = append(s, 1)
	fmt.Println(cap(s))
}

func g(n int) int {
	var s []int
	for i := 0; i < n; i++ {
		s = append(s, i)
	}
	return cap(s)
}

func main() {
	for i := 0; i < 3; i++ {
		f()
	}
	for i := 0; i < 3; i++ {
		fmt.Println(g(2))
	}
	f()
	f()
}
