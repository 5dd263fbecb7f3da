package main

import "fmt"

type Node struct {
	children map[rune]*Node
	count    int
}

type Trie struct{ root *Node }

func (t *Trie) Insert(s string) {
	n := t.root
	for _, r := range s {
		if n.children[r] == nil {
			n.children[r] = &Node{children: map[rune]*Node{}}
		}
		n = n.children[r]
	}
	n.count++
}

func (t *Trie) Find(s string) *Node {
	n := t.root
	for _, r := range s {
		n = n.children[r]
		if n == nil {
			return nil
		}
	}
	return n
}

func main() {
	t := &Trie{root: &Node{children: map[rune]*Node{}}}
	for _, w := range []string{"go", "gopher", "go"} {
		t.Insert(w)
	}
	for _, w := range []string{"go", "gop", "x"} {
		n := t.Find(w)
		if n == nil {
			fmt.Println(w, "missing")
			continue
		}
		fmt.Println(w, n.count)
	}
	fmt.Println(t.Find("zz").count)
}
