// A struct type embedding an interface (sort.Reverse's reverse), held in
// a standard interface, is asserted back to its own type.
package main

import (
	"fmt"
	"sort"
)

type reverse struct{ sort.Interface }

func (r reverse) Less(i, j int) bool { return r.Interface.Less(j, i) }

type Shape interface{ Area() float64 }

type square float64

func (s square) Area() float64 { return float64(s * s) }

type framed struct {
	Shape
	width int
}

func main() {
	var r sort.Interface = reverse{sort.IntSlice{3, 1, 2}}
	sort.Sort(r)
	v, ok := r.(reverse)
	fmt.Println(v.Len(), ok, v.Interface)
	fmt.Println(r.(reverse).Less(0, 1))
	_, ok = r.(sort.IntSlice)
	fmt.Println(ok)
	var s Shape = framed{square(2), 1}
	f, ok := s.(framed)
	fmt.Println(f.width, f.Area(), ok)
}
