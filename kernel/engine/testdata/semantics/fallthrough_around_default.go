// fallthrough into and out of a default clause written before other
// cases goes to the clause written next.
package main

import "fmt"

func f(l int) {
	switch l {
	case 0:
		fmt.Println("zero")
		fallthrough
	default:
		fmt.Println("default")
		fallthrough
	case 1:
		fmt.Println("one")
	case 2:
		fmt.Println("two")
	}
}

func g(x int) {
	switch {
	default:
		fmt.Println("first default")
	case x > 10:
		fmt.Println("big")
		fallthrough
	case x > 5:
		fmt.Println("medium")
	}
	switch y := x * 2; y {
	default:
		fmt.Println("y default", y)
		fallthrough
	case 4, 6:
		fmt.Println("y small", y)
	}
}

func h(s string) {
	switch {
	case len(s) > 2:
		fmt.Println("long")
	case s == "a":
		fmt.Println("a")
		fallthrough
	default:
		fmt.Println("default")
	case s == "b":
		fmt.Println("b")
	}
}

func main() {
	h("a")
	h("abc")
	h("b")
	f(0)
	f(5)
	f(2)
	g(12)
	g(1)
	g(2)
}
