// fmt prints &[...] and &map[...] only for an operand: a pointer to a
// slice, array or map inside a []any or a map prints as its address,
// once the program declares a type of its own.
package main

import "fmt"

type Level int

func (l Level) String() string { return fmt.Sprintf("L%d", int(l)) }

type Box struct{ items *[]int }

func main() {
	s := []int{5}
	m := map[string]int{"a": 1}
	a := [2]Level{1, 2}
	fmt.Println(&s, &m, &a)
	fmt.Println([]any{&s}, map[string]any{"m": &m}, []any{&a, Level(3)})
	fmt.Printf("%v %+v\n", []any{&s, &m}, Box{&s})
	fmt.Printf("%#v\n", []any{(*[]int)(nil), &s}[0])
	fmt.Println([]any{(*int)(nil)}, fmt.Sprint(&a))
}
