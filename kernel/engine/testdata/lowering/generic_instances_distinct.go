package main

import "fmt"

type ID int

type Name string

type Box[T any] struct{ v T }

func (b Box[T]) String() string { return fmt.Sprintf("Box of %T", b.v) }

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

type Plain struct{ v int }

type Tagged struct{ v ID }

func describe(x any) string {
	switch x.(type) {
	case Box[int]:
		return "Box[int]"
	case Box[ID]:
		return "Box[ID]"
	case Plain:
		return "Plain"
	case Tagged:
		return "Tagged"
	case Pair[string, int]:
		return "Pair[string,int]"
	case Pair[Name, int]:
		return "Pair[Name,int]"
	}
	return "other"
}

func main() {
	fmt.Println(Box[int]{1})
	fmt.Println(Box[ID]{1})
	var x any = Box[int]{1}
	_, ok := x.(Box[ID])
	fmt.Println(ok)
	for _, v := range []any{Box[int]{1}, Box[ID]{2}, Plain{3}, Tagged{4}, Pair[string, int]{"a", 1}, Pair[Name, int]{"b", 2}} {
		fmt.Printf("%s %T %v\n", describe(v), v, v)
	}
	fmt.Println(any(Plain{1}) == any(Tagged{1}))
}
