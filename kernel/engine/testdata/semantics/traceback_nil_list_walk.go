// Walking a linked list past its end: the nil dereference is placed at
// the loop body's field read, not at the post statement n = n.Next, and
// a promoted field through a nil embedded pointer fails as Go's does.
package main

import "fmt"

type Item struct{ Value int }

type Node struct {
	*Item
	Next *Node
}

func sumFirst(head *Node, k int) int {
	total := 0
	i := 0
	for n := head; i < k; n = n.Next {
		total += n.Value
		i++
	}
	return total
}

func main() {
	list := &Node{Item: &Item{1}, Next: &Node{Item: &Item{2}}}
	fmt.Println(sumFirst(list, 2))
	fmt.Println(sumFirst(&Node{Next: list}, 1))
}
