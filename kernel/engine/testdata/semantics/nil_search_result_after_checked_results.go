package main

import "fmt"

type Tree struct {
	Left, Right *Tree
	V           int
}

func find(t *Tree, v int) *Tree {
	for t != nil {
		if v == t.V {
			return t
		}
		if v < t.V {
			t = t.Left
		} else {
			t = t.Right
		}
	}
	return nil
}

func main() {
	t := &Tree{V: 5, Left: &Tree{V: 2}, Right: &Tree{V: 9}}
	for _, v := range []int{2, 9} {
		if n := find(t, v); n != nil {
			fmt.Println("found", n.V)
		}
	}
	m := find(t, 7)
	fmt.Println(m.V)
}
