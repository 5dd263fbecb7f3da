// A lesson on nil interfaces: methods called through values first (a
// nil *Square in a Shape is no nil Shape), then on a Shape variable
// that holds nothing, which panics at that call.
package main

import "fmt"

type Shape interface {
	Area() float64
	Name() string
}

type Square struct{ side float64 }

func (q *Square) Area() float64 {
	if q == nil {
		return 0
	}
	return q.side * q.side
}

func (q *Square) Name() string { return "square" }

type Stack struct{ items []Shape }

func (st *Stack) Push(s Shape) { st.items = append(st.items, s) }

func main() {
	st := &Stack{}
	st.Push(&Square{2})
	var sq *Square
	st.Push(sq)
	for _, s := range st.items {
		fmt.Println(s.Area(), s == nil)
	}
	var s Shape
	fmt.Println(s == nil)
	fmt.Println(s.Name())
}
