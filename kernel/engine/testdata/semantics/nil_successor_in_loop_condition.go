package main

import "fmt"

// A BST successor walks left from the right child in the loop's
// condition: a node without a right child fails in the condition.

type Tree struct {
	Left, Right *Tree
	Key         int
}

func successor(n *Tree) int {
	s := n.Right
	for s.Left != nil {
		s = s.Left
	}
	return s.Key
}

func main() {
	t := &Tree{Key: 5, Right: &Tree{Key: 8, Left: &Tree{Key: 6}}}
	fmt.Println(successor(t))
	fmt.Println(successor(t.Right.Left))
}
