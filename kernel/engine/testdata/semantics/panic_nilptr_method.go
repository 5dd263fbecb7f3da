package main

import "fmt"

type Node struct {
	Val  int
	Next *Node
}

func (n *Node) Sum() int {
	return n.Val + n.Next.Val
}

func main() {
	a := &Node{1, &Node{2, nil}}
	fmt.Println(a.Sum())
	fmt.Println(a.Next.Sum())
}
