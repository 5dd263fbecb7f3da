// A nil dereference in the body of a type switch's case, after a select
// whose channel type names a pointer type, is placed at that body's line
// (not at the case's *Node, nor at make(chan *Node)).
package main

import "fmt"

type Node struct {
	Name string
	Next *Node
}

func name(v any) string {
	switch x := v.(type) {
	case string:
		return x
	case *Node:
		return x.Name
	}
	return "?"
}

func main() {
	ch := make(chan *Node, 2)
	ch <- &Node{Name: "a"}
	ch <- nil
	for range 2 {
		select {
		case n := <-ch:
			fmt.Println(name(n))
		}
	}
}
