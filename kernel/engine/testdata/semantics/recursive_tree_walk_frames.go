// A tree walk that writes to a nil map three levels down, reached by a
// right then a left call: each recursive frame names its own call.
package main

import "fmt"

type Node struct {
	Val         int
	Left, Right *Node
}

var counts map[int]int

func sum(n *Node, depth int) int {
	if n == nil {
		return 0
	}
	if depth == 2 && n.Val > 5 {
		counts[n.Val]++
	}
	l := sum(n.Left, depth+1)
	r := sum(n.Right, depth+1)
	return l + r + n.Val
}

func insert(n *Node, v int) *Node {
	if n == nil {
		return &Node{Val: v}
	}
	if v < n.Val {
		n.Left = insert(n.Left, v)
	} else {
		n.Right = insert(n.Right, v)
	}
	return n
}

func main() {
	var root *Node
	for _, v := range []int{5, 3, 8, 1, 4, 7, 9} {
		root = insert(root, v)
	}
	fmt.Println(sum(root.Left, 1))
	fmt.Println(sum(root, 0))
}
