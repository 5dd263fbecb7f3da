// A slice expression or a call's result converted to an array or a
// pointer to one: the element values, and Go's run-time error when it
// is too short.
package main

import "fmt"

func tail(s []int) []int { return s[1:] }

func try(f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Printf("%T: %v\n", r, r)
		}
	}()
	f()
}

func main() {
	s := []int{1, 2, 3, 4}
	a := [3]int(s[1:])
	p := (*[2]int)(s[2:])
	p[0] = 30
	fmt.Println(a, *p, s, [2]int(tail(s)[1:]))
	try(func() { fmt.Println([3]int(s[2:])) })
	try(func() { fmt.Println((*[4]int)(tail(s))) })
	try(func() { fmt.Println([0]int(s[4:]), [1]int(s[3:])) })
}
