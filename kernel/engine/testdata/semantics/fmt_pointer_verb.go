// %p prints the address of a cell type's pointer, also one held in an
// interface, as it prints any pointer's.
package main

import "fmt"

type Node struct {
	V    int
	Next *Node
}

type Shape interface{ Area() float64 }

type Sq struct{ S float64 }

func (s *Sq) Area() float64 { return s.S * s.S }

func main() {
	n := &Node{1, nil}
	m := n
	fmt.Printf("%p %v\n", n, n == m)
	s := fmt.Sprintf("%p", n)
	t := fmt.Sprintf("%p", m)
	fmt.Println(s == t, len(s) > 2, s[:2])
	var sh Shape = &Sq{2}
	u := fmt.Sprintf("%p", sh)
	fmt.Println(u[:2], u == fmt.Sprintf("%p", sh.(*Sq)))
	x := 5
	fmt.Println(fmt.Sprintf("%p", &x)[:2])
	fmt.Printf("%v %+v\n", n, *n)
	nodes := []*Node{n}
	fmt.Println(fmt.Sprintf("%p", nodes) != "", fmt.Sprintf("%p", 3))
}
