// A failed assertion names the operand's interface, also when the
// program asserts to the same type from an any with a comma-ok, which
// never fails.
package main

import "fmt"

type Shape interface{ Area() int }

type Sq struct{ S int }
type Circ struct{ R int }

func (s Sq) Area() int   { return s.S }
func (c Circ) Area() int { return c.R }

func try(f func()) {
	defer func() { fmt.Println(recover()) }()
	f()
}

func main() {
	var a any = 1
	_, ok := a.(Circ)
	fmt.Println(ok)
	if c, ok := a.(Sq); ok {
		fmt.Println(c)
	}
	var none Shape
	try(func() { fmt.Println(none.(Circ)) })
	var s Shape = Sq{1}
	fmt.Println(s.(Sq).S)
	fmt.Println(s.(Circ).R)
}
