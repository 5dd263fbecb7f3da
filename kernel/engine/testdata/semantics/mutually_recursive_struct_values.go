// Two struct types that refer to each other, one holding the other by
// value (container/list's List holds its root Element, an Element points
// to its List): the interpreter builds them as one another.
package main

import "fmt"

type Element struct {
	next, prev *Element
	list       *List
	Value      string
}

type List struct {
	root Element
	len  int
}

func (l *List) Init() *List {
	l.root.next = &l.root
	l.root.prev = &l.root
	return l
}

func (l *List) PushBack(v string) {
	e := &Element{Value: v, list: l}
	at := l.root.prev
	e.prev, e.next = at, at.next
	at.next = e
	e.next.prev = e
	l.len++
}

func main() {
	l := new(List).Init()
	l.PushBack("a")
	l.PushBack("b")
	for e := l.root.next; e != &l.root; e = e.next {
		fmt.Print(e.Value, " ")
	}
	fmt.Println(l.len)
}
