// A func that asserts to an interface (the program's or a standard one)
// finds the methods of a generic type's instance that the program first
// uses after the func, in main (cut over cells: in a later cell).
package main

import (
	"fmt"
	"sort"
)

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }

func (s Stack[T]) String() string { return fmt.Sprint("stack", s.items) }

type ByLen[T ~string] []T

func (b ByLen[T]) Len() int           { return len(b) }
func (b ByLen[T]) Less(i, j int) bool { return len(b[i]) < len(b[j]) }
func (b ByLen[T]) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

type Getter interface{ Get() float64 }

type Box[T any] struct{ V T }

func (b Box[T]) Get() T { return b.V }

func describe(x any) string {
	if g, ok := x.(Getter); ok {
		return fmt.Sprint("getter: ", g.Get())
	}
	if s, ok := x.(fmt.Stringer); ok {
		return "stringer: " + s.String()
	}
	if _, ok := x.(sort.Interface); ok {
		return "sortable"
	}
	return fmt.Sprintf("plain %v", x)
}

func main() {
	var s Stack[int]
	s.Push(1)
	s.Push(2)
	fmt.Println(describe(s))
	fmt.Println(describe(&s))
	words := ByLen[string]{"ccc", "a", "bb"}
	fmt.Println(describe(words))
	sort.Sort(words)
	fmt.Println(words)
	fmt.Println(describe(Box[float64]{2.5}))
	fmt.Println(describe(Box[int]{3}))
	fmt.Println(describe(42))
}
