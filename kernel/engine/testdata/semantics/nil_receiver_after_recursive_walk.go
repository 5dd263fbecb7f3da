// A tree walk with a visitor, run on a real tree and then on a nil one:
// the nil receiver fails where its field is read.
package main

import "fmt"

type Node struct {
	Val  int
	Kids []*Node
}

func (n *Node) Walk(depth int, visit func(*Node, int)) {
	visit(n, depth)
	for _, c := range n.Kids {
		c.Walk(depth+1, visit)
	}
}

func main() {
	tree := &Node{1, []*Node{{2, nil}, {3, []*Node{{4, nil}}}}}
	tree.Walk(0, func(n *Node, d int) { fmt.Println(d, n.Val) })
	var broken *Node
	broken.Walk(0, func(n *Node, d int) { fmt.Println("visit", d) })
}
