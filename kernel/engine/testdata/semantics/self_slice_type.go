package main

import "fmt"

// A tree of nested slices: each Tree is the list of its children.
type Tree []Tree

func depth(t Tree) int {
	d := 0
	for _, c := range t {
		d = max(d, depth(c))
	}
	return d + 1
}

func main() {
	t := Tree{Tree{}, Tree{Tree{}, Tree{Tree{}}}}
	fmt.Println(len(t), depth(t))
}
