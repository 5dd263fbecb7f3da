package main

import "fmt"

// A tree evaluated by a func that asserts on its own results: the
// assertion fails after the recursive call returned, in the frame that
// made it; the frame above names its own call.
type Node struct {
	Kind string
	Kids []*Node
	Val  any
}

func eval(n *Node) any {
	switch n.Kind {
	case "num":
		return n.Val
	case "add":
		a := eval(n.Kids[0]).(int)
		b := eval(n.Kids[1]).(int)
		return a + b
	case "neg":
		return -eval(n.Kids[0]).(int)
	}
	return nil
}

func num(v any) *Node { return &Node{Kind: "num", Val: v} }

func main() {
	t := &Node{Kind: "add", Kids: []*Node{num(1), {Kind: "neg", Kids: []*Node{num(2)}}}}
	fmt.Println(eval(t))
	bad := &Node{Kind: "add", Kids: []*Node{{Kind: "add", Kids: []*Node{num(3), num("four")}}, num(1)}}
	fmt.Println(eval(bad))
}
