// A nil pointer of a declared struct type prints with every verb as fmt
// prints a nil pointer: <nil> for %v, 0 for %d and %x, a bad verb with
// the pointer's type.
package main

import "fmt"

type Point struct{ X, Y int }

type Holder struct {
	P *Point
	N int
}

func main() {
	var np *Point
	fmt.Printf("%v|%+v|%d|%x|%s|%q|%5v|%-6d|%t\n", np, np, np, np, np, np, np, np, np)
	fmt.Printf("%v|%+v|%d|%s\n", Holder{nil, 1}, Holder{nil, 2}, Holder{nil, 3}, Holder{nil, 4})
	fmt.Printf("%v %d\n", []*Point{nil}, []*Point{nil})
	fmt.Println(np, Holder{})
}
