// Two funcs declare a struct type of one name and the same fields, and a
// third has the fields of a package-level type: held in interfaces, they
// are three types, as a type switch, ==, map keys and %T tell.
package main

import (
	"encoding/json"
	"fmt"
	"sort"
)

type Point struct{ X, Y int }

func first() any {
	type point struct{ X, Y int }
	return point{1, 2}
}

func second() any {
	type point struct {
		X int `json:"x"`
		Y int
	}
	return point{1, 2}
}

func third() any {
	type pt struct{ X, Y int }
	return pt{1, 2}
}

func kind(v any) string {
	switch v.(type) {
	case Point:
		return "package Point"
	default:
		return fmt.Sprintf("other %T", v)
	}
}

func main() {
	a, b, c := first(), second(), third()
	fmt.Println(a == b, a == first(), b == second(), c == any(Point{1, 2}))
	fmt.Printf("%v %+v %#v\n", a, b, c)
	fmt.Printf("%T %T %T\n", a, b, c)
	fmt.Println(kind(a), kind(c), kind(Point{1, 2}))
	seen := map[any]int{}
	for _, v := range []any{a, b, c, first(), Point{1, 2}} {
		seen[v]++
	}
	var counts []int
	for _, n := range seen {
		counts = append(counts, n)
	}
	sort.Ints(counts)
	fmt.Println(len(seen), counts)
	out, _ := json.Marshal([]any{a, b, c})
	fmt.Println(string(out))
	_, isPoint := c.(Point)
	fmt.Println(isPoint)
}
