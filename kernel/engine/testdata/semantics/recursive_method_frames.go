// A BST insert as a method that recurses left and right, then a lookup
// that dereferences a nil child.
package main

import "fmt"

type Tree struct {
	Key         int
	Left, Right *Tree
}

func (t *Tree) Insert(k int) {
	if k < t.Key {
		if t.Left == nil {
			t.Left = &Tree{Key: k}
			return
		}
		t.Left.Insert(k)
	} else {
		if t.Right == nil {
			t.Right = &Tree{Key: k}
			return
		}
		t.Right.Insert(k)
	}
}

func (t *Tree) Depth(k int) int {
	if k == t.Key {
		return 0
	}
	if k < t.Key {
		d := t.Left.Depth(k)
		return d + 1
	}
	d := t.Right.Depth(k)
	return d + 1
}

func main() {
	root := &Tree{Key: 50}
	for _, k := range []int{30, 70, 20, 40, 60, 80, 35} {
		root.Insert(k)
	}
	fmt.Println(root.Depth(35))
	fmt.Println(root.Depth(36))
}
