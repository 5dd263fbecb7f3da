// An LRU cache on container/list: its elements point at one another,
// and printing them (or a nil one) works as in Go.
package main

import (
	"container/list"
	"container/ring"
	"fmt"
)

type LRU struct {
	cap   int
	ll    *list.List
	items map[string]*list.Element
}

type entry struct {
	key string
	val int
}

func (c *LRU) Put(k string, v int) {
	if e, ok := c.items[k]; ok {
		c.ll.MoveToFront(e)
		e.Value.(*entry).val = v
		return
	}
	c.items[k] = c.ll.PushFront(&entry{k, v})
	if c.ll.Len() > c.cap {
		last := c.ll.Back()
		c.ll.Remove(last)
		delete(c.items, last.Value.(*entry).key)
	}
}

func main() {
	var e *list.Element
	fmt.Println(e)
	fmt.Printf("%T %v\n", e, e == nil)
	l := list.New()
	l.PushBack(1)
	fmt.Println(l.Len(), l.Front().Value)
	r := ring.New(3)
	fmt.Printf("%T %d\n", r, r.Len())
	c := &LRU{cap: 2, ll: list.New(), items: map[string]*list.Element{}}
	c.Put("a", 1)
	c.Put("b", 2)
	c.Put("a", 3)
	c.Put("c", 4)
	for x := c.ll.Front(); x != nil; x = x.Next() {
		fmt.Print(*x.Value.(*entry), " ")
	}
	fmt.Println(len(c.items))
	fmt.Printf("%T\n", c.items)
}
