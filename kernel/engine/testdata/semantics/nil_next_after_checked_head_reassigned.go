package main

import "fmt"

type Node struct {
	Val  int
	Next *Node
}

func sum(n *Node) int {
	if n == nil {
		return 0
	}
	total := n.Val
	n = n.Next
	total += n.Val
	return total
}

func main() {
	fmt.Println(sum(&Node{1, &Node{2, nil}}))
	fmt.Println(sum(&Node{Val: 5}))
}
