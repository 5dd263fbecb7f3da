// case nil of a switch on a nil pointer, map, slice, channel or func
// is taken.
package main

import "fmt"

type Node struct {
	Val         int
	Left, Right *Node
}

func sum(n *Node) int {
	switch n {
	case nil:
		return 0
	}
	return n.Val + sum(n.Left) + sum(n.Right)
}

func kind(p, q *int) string {
	switch x := p; x {
	case nil:
		return "nil"
	case q:
		return "same"
	default:
		return "other"
	}
}

func main() {
	var p *int
	switch p {
	case nil:
		fmt.Println("nil ptr")
	default:
		fmt.Println("not nil")
	}
	var m map[string]int
	switch m {
	case nil:
		fmt.Println("nil map")
	}
	var s []int
	switch s {
	case nil:
		fmt.Println("nil slice")
	}
	var ch chan int
	switch ch {
	case nil:
		fmt.Println("nil chan")
	}
	var f func()
	switch f {
	case nil:
		fmt.Println("nil func")
	}
	t := &Node{1, &Node{2, nil, nil}, &Node{3, nil, nil}}
	fmt.Println(sum(t))
	a, b := 1, 2
	fmt.Println(kind(nil, &a), kind(&a, &a), kind(&a, &b))
	xs := []*Node{nil, t}
	for _, x := range xs {
		switch x {
		case nil:
			fmt.Println("empty")
			continue
		}
		fmt.Println(x.Val)
	}
}
