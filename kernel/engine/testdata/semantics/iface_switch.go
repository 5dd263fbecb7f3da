// A switch whose tag is a value of an interface the program declares
// compares what the interface holds, as == does: with other interface
// values, with concrete values, and with nil; with an init statement,
// fallthrough and a labelled break.
package main

import "fmt"

type shape interface{ area() int }

type square struct{ side int }

func (s square) area() int { return s.side * s.side }

type rect struct{ w, h int }

func (r rect) area() int { return r.w * r.h }

func describe(s shape) string {
	switch s {
	case nil:
		return "no shape"
	case square{1}, rect{1, 1}:
		return "unit"
	case square{2}:
		return "two by two"
	}
	return fmt.Sprint("area ", s.area())
}

func pick(i int) shape {
	return []shape{square{2}, rect{2, 3}, nil, rect{1, 1}}[i]
}

func main() {
	var a shape = square{2}
	var b shape = square{2}
	switch a {
	case b:
		fmt.Println("a and b hold the same square")
	default:
		fmt.Println("different")
	}
	for i := range 4 {
		fmt.Println(i, describe(pick(i)))
	}
	var seen []string
outer:
	for i := range 4 {
		switch s := pick(i); s {
		case rect{2, 3}:
			seen = append(seen, "rect")
			fallthrough
		case square{2}:
			seen = append(seen, "square-or-after-rect")
		case rect{1, 1}:
			break outer
		default:
			seen = append(seen, fmt.Sprint("other ", s == nil))
		}
	}
	fmt.Println(seen)
	var k any = square{2}
	byAny := map[any]string{k: "found"}
	fmt.Println(byAny[square{2}])
}
