// A lesson uses a pointer and an interface, then shows what a nil one
// does: the panic names the line that read through nil.
package main

import "fmt"

type Shape interface {
	Area() float64
	Name() string
}

type Sq struct{ S float64 }

func (s Sq) Area() float64 { return s.S * s.S }
func (s Sq) Name() string  { return "square" }

type Node struct {
	Val  int
	Next *Node
}

func main() {
	n := &Node{Val: 1, Next: &Node{Val: 2}}
	fmt.Println(n.Val, n.Next.Val)
	var s Shape = Sq{2}
	fmt.Println(s.Area())
	var empty *Node
	fmt.Println(empty == nil)
	defer func() {
		fmt.Println("recovered:", recover())
		s = nil
		fmt.Println(s.Name())
	}()
	fmt.Println(empty.Val)
}
