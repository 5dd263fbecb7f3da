package main

import (
	"container/heap"
	"container/list"
	"container/ring"
	"fmt"
	"sort"
	"strings"
)

type task struct {
	name string
	pri  int
}

type taskHeap []task

func (h taskHeap) Len() int           { return len(h) }
func (h taskHeap) Less(i, j int) bool { return h[i].pri < h[j].pri }
func (h taskHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *taskHeap) Push(x any)        { *h = append(*h, x.(task)) }
func (h *taskHeap) Pop() any {
	old := *h
	n := len(old)
	x := old[n-1]
	*h = old[:n-1]
	return x
}

type LRU struct {
	cap   int
	ll    *list.List
	items map[string]*list.Element
}

type entry struct {
	key string
	val int
}

func NewLRU(n int) *LRU { return &LRU{cap: n, ll: list.New(), items: map[string]*list.Element{}} }

func (c *LRU) Get(k string) (int, bool) {
	if e, ok := c.items[k]; ok {
		c.ll.MoveToFront(e)
		return e.Value.(*entry).val, true
	}
	return 0, false
}

func (c *LRU) Put(k string, v int) {
	if e, ok := c.items[k]; ok {
		e.Value.(*entry).val = v
		c.ll.MoveToFront(e)
		return
	}
	c.items[k] = c.ll.PushFront(&entry{k, v})
	if c.ll.Len() > c.cap {
		last := c.ll.Back()
		c.ll.Remove(last)
		delete(c.items, last.Value.(*entry).key)
	}
}

func (c *LRU) String() string {
	var parts []string
	for e := c.ll.Front(); e != nil; e = e.Next() {
		en := e.Value.(*entry)
		parts = append(parts, fmt.Sprintf("%s=%d", en.key, en.val))
	}
	return "[" + strings.Join(parts, " ") + "]"
}

func main() {
	l := list.New()
	e4 := l.PushBack(4)
	e1 := l.PushFront(1)
	l.InsertBefore(3, e4)
	l.InsertAfter(2, e1)
	for e := l.Front(); e != nil; e = e.Next() {
		fmt.Print(e.Value, " ")
	}
	fmt.Println(l.Len())
	tl := list.New()
	tl.PushBack(task{"a", 1})
	tl.PushBack(task{"b", 2})
	for e := tl.Back(); e != nil; e = e.Prev() {
		t := e.Value.(task)
		fmt.Println(t.name, t.pri, e.Value)
	}
	c := NewLRU(2)
	c.Put("a", 1)
	c.Put("b", 2)
	c.Get("a")
	c.Put("c", 3)
	_, okb := c.Get("b")
	fmt.Println(c, okb)
	h := &taskHeap{{"write", 3}, {"read", 1}, {"exec", 2}}
	heap.Init(h)
	heap.Push(h, task{"urgent", 0})
	for h.Len() > 0 {
		fmt.Print(heap.Pop(h).(task).name, " ")
	}
	fmt.Println()
	r := ring.New(4)
	for i := 0; i < r.Len(); i++ {
		r.Value = task{fmt.Sprint("t", i), i}
		r = r.Next()
	}
	r.Do(func(p any) { fmt.Print(p.(task).name, ";") })
	fmt.Println()
	ts := []task{{"x", 3}, {"y", 1}, {"z", 2}}
	sort.Slice(ts, func(i, j int) bool { return ts[i].pri < ts[j].pri })
	fmt.Println(ts)
	idx := sort.Search(len(ts), func(i int) bool { return ts[i].pri >= 2 })
	fmt.Println(idx, ts[idx])
	sort.SliceStable(ts, func(i, j int) bool { return ts[i].name > ts[j].name })
	fmt.Printf("%v %+v\n", ts, ts[0])
}
