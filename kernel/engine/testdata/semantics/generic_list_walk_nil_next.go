package main

import "fmt"

// A generic list's walk reads through a nil next pointer: the traceback
// names that read, not the earlier ones.

type Node[T any] struct {
	Val  T
	Next *Node[T]
}

func Third[T any](head *Node[T]) T {
	second := head.Next
	fmt.Println("second is", second.Val)
	third := second.Next
	return third.Val
}

func main() {
	list := &Node[int]{1, &Node[int]{2, &Node[int]{3, nil}}}
	fmt.Println(Third(list))
	short := &Node[string]{"a", &Node[string]{"b", nil}}
	fmt.Println(Third(short))
}
