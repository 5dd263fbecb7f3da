package main

import (
	"fmt"
)

func main() {
	type node struct {
		next *node
		v    int
	}
	var n *node
	fmt.Println("before")
	fmt.Println(n.v)
}
