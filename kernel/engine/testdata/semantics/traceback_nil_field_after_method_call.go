// A nil pointer dereference reading a field names that line, not the
// line of an earlier call of a pointer method on the same pointer (which
// runs on a nil receiver without failing), in this call or an earlier one.
package main

import "fmt"

type Node struct {
	Key         int
	Left, Right *Node
}

func (n *Node) Height() int {
	if n == nil {
		return 0
	}
	return 1 + max(n.Left.Height(), n.Right.Height())
}

func describe(n *Node, first bool) string {
	if first {
		fmt.Println("height", n.Height())
	}
	return fmt.Sprint("key ", n.Key)
}

func main() {
	root := &Node{Key: 2, Left: &Node{Key: 1}}
	fmt.Println(describe(root, true))
	var empty *Node
	fmt.Println("empty height", empty.Height())
	fmt.Println(describe(empty, false))
}
