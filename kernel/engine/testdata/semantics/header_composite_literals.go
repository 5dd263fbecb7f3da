package main

import (
	"fmt"
	"strings"
)

type P struct{ X, Y int }

func main() {
	if x := map[string]int{"a": 1}; x["a"] == 1 {
		fmt.Println("map literal in an if header")
	}
	for m := (map[string]int{"b": 2}); len(m) > 0; {
		fmt.Println(m)
		break
	}
	switch s := []int{1, 2}; {
	case len(s) == 2:
		fmt.Println("two")
	}
	if b := []byte("abc"); len(b) == 3 {
		fmt.Println("conversion", string(b))
	}
	if fs := []func() int{func() int { return 7 }}; fs[0]() == 7 {
		fmt.Println("func type elements")
	}
	if p := (struct{ A int }{3}); p.A == 3 {
		fmt.Println("struct literal", p)
	}
	if q := struct{ A, B int }{4, 5}; q.A+q.B == 9 {
		fmt.Println("bare struct literal", q)
	}
	if arr := [...]string{"x", "y"}; arr[1] == "y" {
		fmt.Println("array literal", len(arr))
	}
	if ps := []P{{1, 2}, {3, 4}}; ps[1].X == 3 {
		fmt.Println("elided element types", ps)
	}
	for i, w := range strings.Fields("a b") {
		fmt.Println(i, w)
	}
	for _, v := range []int{5, 6} {
		fmt.Println(v)
	}
	if m := map[string][]int{"k": {1}}; len(m["k"]) == 1 {
		fmt.Println("nested", m)
	}
	n := 0
	for i := range [3]int{} {
		n += i
	}
	fmt.Println(n)
}
