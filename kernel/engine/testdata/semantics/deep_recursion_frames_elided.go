// A panic 120 calls deep: Go shows the 50 innermost frames and the 50
// outermost, and says how many it left out between them.
package main

import "fmt"

type Node struct {
	Val  int
	Next *Node
}

func sum(n *Node) int {
	if n.Val < 0 {
		panic(fmt.Sprintf("negative value %d", n.Val))
	}
	if n.Next == nil {
		return n.Val
	}
	return n.Val + sum(n.Next)
}

func main() {
	var head *Node
	for i := 0; i < 120; i++ {
		head = &Node{Val: i, Next: head}
	}
	fmt.Println(sum(head))
	n := head
	for i := 0; i < 115; i++ {
		n = n.Next
	}
	n.Val = -n.Val
	fmt.Println(sum(head))
}
