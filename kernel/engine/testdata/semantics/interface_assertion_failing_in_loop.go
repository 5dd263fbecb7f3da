package main

import "fmt"

// An assertion to an interface fails inside a loop of main's
// statements: the traceback names the assertion's line.

type Shape interface{ Area() float64 }

type Square struct{ S float64 }

func (s Square) Area() float64 { return s.S * s.S }

type Label string

func main() {
	items := []any{Square{2}, Square{3}, Label("door")}
	total := 0.0
	for i := range len(items) {
		fmt.Println("item", i)
		s := items[i].(Shape)
		total += s.Area()
	}
	fmt.Println(total)
}
