package main

import "fmt"

type Tree struct {
	Left, Right *Tree
	Val         int
}

func (t *Tree) Sum() int {
	if t == nil {
		return 0
	}
	return t.Val + t.Left.Sum() + t.Right.Sum()
}

func main() {
	var t *Tree
	fmt.Println(t.Sum())
	t = &Tree{Val: 1, Left: &Tree{Val: 2}, Right: &Tree{Val: 3, Left: &Tree{Val: 4}}}
	fmt.Println(t.Sum())
	var s []int
	fmt.Println(s == nil, len(s), cap(s), s[:0] == nil)
	s = append(s, 1)
	fmt.Println(s)
	var m map[string]bool
	fmt.Println(m == nil, m["x"])
	var f func()
	fmt.Println(f == nil)
	var ch chan int
	fmt.Println(ch == nil, len(ch), cap(ch))
	var i any
	fmt.Println(i == nil)
	fmt.Printf("%v %v %v %v %v\n", s[:0], m, f == nil, ch, i)
	es := []int{}
	fmt.Println(es == nil, len(es))
	fmt.Printf("%#v %#v\n", []int(nil), es)
	for range s[:0] {
		fmt.Println("never")
	}
}
