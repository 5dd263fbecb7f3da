package main

import (
	"errors"
	"fmt"
	"strings"
)

type Stack []int

func (s *Stack) Push(v int) { *s = append(*s, v) }
func (s *Stack) Pop() (int, error) {
	if len(*s) == 0 {
		return 0, errors.New("pop from empty stack")
	}
	old := *s
	v := old[len(old)-1]
	*s = old[:len(old)-1]
	return v, nil
}
func (s Stack) Peek() int { return s[len(s)-1] }
func (s Stack) Len() int  { return len(s) }

type tree struct {
	value       int
	left, right *tree
}

func Sort(values []int) {
	var root *tree
	for _, v := range values {
		root = add(root, v)
	}
	appendValues(values[:0], root)
}

func appendValues(values []int, t *tree) []int {
	if t != nil {
		values = appendValues(values, t.left)
		values = append(values, t.value)
		values = appendValues(values, t.right)
	}
	return values
}

func add(t *tree, value int) *tree {
	if t == nil {
		t = new(tree)
		t.value = value
		return t
	}
	if value < t.value {
		t.left = add(t.left, value)
	} else {
		t.right = add(t.right, value)
	}
	return t
}

func (t *tree) String() string {
	if t == nil {
		return "()"
	}
	return fmt.Sprintf("(%v %d %v)", t.left, t.value, t.right)
}

type Node struct {
	Val  string
	Next *Node
}

type LinkedList struct {
	head *Node
	size int
}

func (l *LinkedList) Prepend(v string) {
	l.head = &Node{Val: v, Next: l.head}
	l.size++
}

func (l *LinkedList) Append(v string) {
	n := &Node{Val: v}
	l.size++
	if l.head == nil {
		l.head = n
		return
	}
	cur := l.head
	for cur.Next != nil {
		cur = cur.Next
	}
	cur.Next = n
}

func (l *LinkedList) Reverse() {
	var prev *Node
	for cur := l.head; cur != nil; {
		next := cur.Next
		cur.Next = prev
		prev, cur = cur, next
	}
	l.head = prev
}

func (l LinkedList) String() string {
	var parts []string
	for n := l.head; n != nil; n = n.Next {
		parts = append(parts, n.Val)
	}
	return "[" + strings.Join(parts, " -> ") + "]"
}

func main() {
	var s Stack
	for i := 1; i <= 4; i++ {
		s.Push(i * i)
	}
	fmt.Println(s, s.Len(), s.Peek())
	for s.Len() > 0 {
		v, _ := s.Pop()
		fmt.Print(v, " ")
	}
	fmt.Println()
	_, err := s.Pop()
	fmt.Println("error:", err)

	values := []int{5, 2, 8, 1, 9, 3}
	var root *tree
	for _, v := range values {
		root = add(root, v)
	}
	fmt.Println(root)
	Sort(values)
	fmt.Println(values)

	var l LinkedList
	l.Append("b")
	l.Append("c")
	l.Prepend("a")
	fmt.Println(l, l.size)
	l.Reverse()
	fmt.Println(l)
	fmt.Printf("%v %+v\n", *l.head.Next.Next, l.head.Val)
	var empty *tree
	fmt.Println(empty.String(), empty)
}
