package main

import (
	"errors"
	"fmt"
)

type shape interface{ area() int }

type sq struct{ n int }

func (s sq) area() int { return s.n * s.n }

var calls int

func next() int {
	calls++
	return calls
}

func main() {
	// A switch with an init statement evaluates its tag once, whatever
	// the tag is.
	x := []int{1, 2, 3}
	switch y := x; len(y) {
	case 3:
		fmt.Println("len three")
	default:
		fmt.Println("len other")
	}
	switch y := 5; y + 1 {
	case 6:
		fmt.Println("six")
	default:
		fmt.Println("not six")
	}
	switch n := 2; n * 2 {
	case 1, 4:
		fmt.Println("four")
	}
	switch z := 1; next() + z {
	case 2:
		fmt.Println("two, calls:", calls)
	case 3:
		fmt.Println("three")
	}
	// break, labelled break and fallthrough.
	for i := 0; i < 3; i++ {
	outer:
		switch j := i; j % 2 {
		case 0:
			if i == 2 {
				break outer
			}
			fmt.Println("even", i)
			fallthrough
		case 1:
			if i == 1 {
				break
			}
			fmt.Println("after even", i)
			continue
		}
		fmt.Println("end of iteration", i)
	}
	// A name or a constant tag, an interface tag.
	switch y := 7; y {
	case 7:
		fmt.Println("seven")
	}
	switch s := shape(sq{3}); s.area() {
	case 9:
		fmt.Println("area nine")
	}
	err := errors.New("boom")
	switch e := err; e.Error() {
	case "boom":
		fmt.Println("boom")
	}
	// A type switch with an init statement.
	switch v := any(len(x)); w := v.(type) {
	case int:
		fmt.Println("int", w)
	}
}
