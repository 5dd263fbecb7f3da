// Removing a value from a singly linked list: the walk reads the head
// first, then c.next.val in the loop, which meets nil past the tail when
// the value is not in the list. The panic names the loop's read.
package main

import "fmt"

type Node struct {
	val  int
	next *Node
}

func build(vals ...int) *Node {
	var head *Node
	for i := len(vals) - 1; i >= 0; i-- {
		head = &Node{vals[i], head}
	}
	return head
}

func show(h *Node) {
	for c := h; c != nil; c = c.next {
		fmt.Print(c.val, " ")
	}
	fmt.Println()
}

func remove(h *Node, v int) *Node {
	if h.val == v {
		return h.next
	}
	for c := h; c != nil; c = c.next {
		if c.next.val == v {
			c.next = c.next.next
			return h
		}
	}
	return h
}

func main() {
	l := build(1, 2, 3, 4)
	l = remove(l, 3)
	show(l)
	l = remove(l, 1)
	show(l)
	l = remove(l, 9)
	show(l)
}
