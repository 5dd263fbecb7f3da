// A generic LRU cache on container/list, keyed by strings and by a
// struct type.
package main

import (
	"container/list"
	"fmt"
	"strings"
)

type entry[K comparable, V any] struct {
	key K
	val V
}

type LRU[K comparable, V any] struct {
	cap   int
	ll    *list.List
	items map[K]*list.Element
	hits  int
	miss  int
}

func NewLRU[K comparable, V any](n int) *LRU[K, V] {
	return &LRU[K, V]{cap: n, ll: list.New(), items: map[K]*list.Element{}}
}

func (c *LRU[K, V]) Get(k K) (V, bool) {
	if e, ok := c.items[k]; ok {
		c.ll.MoveToFront(e)
		c.hits++
		return e.Value.(*entry[K, V]).val, true
	}
	c.miss++
	var zero V
	return zero, false
}

func (c *LRU[K, V]) Put(k K, v V) {
	if e, ok := c.items[k]; ok {
		e.Value.(*entry[K, V]).val = v
		c.ll.MoveToFront(e)
		return
	}
	c.items[k] = c.ll.PushFront(&entry[K, V]{k, v})
	if c.ll.Len() > c.cap {
		last := c.ll.Back()
		c.ll.Remove(last)
		delete(c.items, last.Value.(*entry[K, V]).key)
	}
}

func (c *LRU[K, V]) String() string {
	var parts []string
	for e := c.ll.Front(); e != nil; e = e.Next() {
		en := e.Value.(*entry[K, V])
		parts = append(parts, fmt.Sprintf("%v:%v", en.key, en.val))
	}
	return "[" + strings.Join(parts, " ") + "]"
}

type Point struct{ X, Y int }

func main() {
	c := NewLRU[string, int](3)
	for i, k := range []string{"a", "b", "c", "a", "d", "b", "e"} {
		if _, ok := c.Get(k); !ok {
			c.Put(k, i)
		}
		fmt.Println(k, c)
	}
	fmt.Println(c.hits, c.miss)
	pc := NewLRU[Point, []string](2)
	pc.Put(Point{1, 2}, []string{"x"})
	pc.Put(Point{3, 4}, nil)
	v, ok := pc.Get(Point{1, 2})
	fmt.Println(v, ok, pc)
	pc.Put(Point{5, 6}, []string{"y", "z"})
	_, ok = pc.Get(Point{3, 4})
	fmt.Println(ok, pc, len(pc.items))
	fmt.Printf("%T\n", pc)
}
