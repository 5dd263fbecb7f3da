package main

import "fmt"

// Appending walks to the list's end in the loop's condition: on an
// empty list the condition itself reads through nil, and the traceback
// names the for line, not an earlier read.

type Node struct {
	Val  int
	Next *Node
}

type List struct {
	head *Node
	size int
}

func (l *List) Append(v int) {
	l.size++
	cur := l.head
	for cur.Next != nil {
		cur = cur.Next
	}
	cur.Next = &Node{Val: v}
}

func (l *List) String() string {
	s := ""
	for n := l.head; n != nil; n = n.Next {
		s += fmt.Sprint(n.Val, " ")
	}
	return s
}

func main() {
	l := &List{head: &Node{Val: 1}}
	l.Append(2)
	l.Append(3)
	fmt.Println(l, l.size)
	empty := &List{}
	empty.Append(1)
}
