// A map keyed by any, read and written with keys held in the program's
// own interface type.
package main

import "fmt"

type Shape interface{ Area() int }

type Rect struct{ W, H int }

func (r Rect) Area() int { return r.W * r.H }

type Sq int

func (s Sq) Area() int { return int(s * s) }

func main() {
	m := map[any]string{Rect{1, 2}: "r", Sq(3): "s"}
	var s Shape = Rect{1, 2}
	fmt.Println(m[s], m[Rect{1, 2}])
	_, ok := m[s]
	fmt.Println(ok)
	var t Shape = Sq(3)
	fmt.Println(m[t])
	m[t] = "square"
	fmt.Println(len(m), m[Sq(3)])
	delete(m, s)
	fmt.Println(len(m))
}

func init() {
	var s Shape = Rect{2, 2}
	n := map[any]int{s: 4}
	fmt.Println(n[Rect{2, 2}], len(n))
}
