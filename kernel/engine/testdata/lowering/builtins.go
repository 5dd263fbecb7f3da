package main

import (
	"fmt"
	"math"
)

func main() {
	a, b := 3, 7
	fmt.Println(min(a, b), max(a, b), min(2.5, 1), max("go", "gopher"))
	fmt.Println(min(math.NaN(), 1), max(-0.0, 0.0), min(a, b, -4))
	m := map[string]int{"x": 1, "y": 2}
	clear(m)
	s := []int{1, 2, 3}
	clear(s)
	fmt.Println(len(m), s)
	p := new(42)
	q := new("hi")
	*p++
	fmt.Println(*p, *q)
	println("to standard error", 7, true)
}
