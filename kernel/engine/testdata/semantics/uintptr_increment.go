// ++ and -- of a uintptr count as Go counts, wrapping below zero.
package main

import "fmt"

type Addr uintptr

func count[T ~uintptr](n int) T {
	var c T
	for range n {
		c++
	}
	return c
}

func main() {
	n := uintptr(0)
	n++
	fmt.Println("after", n)
	n--
	n--
	fmt.Println(n, n == ^uintptr(0))
	var a Addr = 10
	a++
	fmt.Println(a, count[uintptr](5), count[Addr](3))
	p := &n
	*p++
	fmt.Println(*p)
}
