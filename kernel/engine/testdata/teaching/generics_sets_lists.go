package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

type Set[T comparable] struct{ m map[T]struct{} }

func NewSet[T comparable](items ...T) *Set[T] {
	s := &Set[T]{m: make(map[T]struct{})}
	for _, it := range items {
		s.Add(it)
	}
	return s
}

func (s *Set[T]) Add(v T)      { s.m[v] = struct{}{} }
func (s *Set[T]) Has(v T) bool { _, ok := s.m[v]; return ok }
func (s *Set[T]) Len() int     { return len(s.m) }
func (s *Set[T]) Union(o *Set[T]) *Set[T] {
	r := NewSet[T]()
	for k := range s.m {
		r.Add(k)
	}
	for k := range o.m {
		r.Add(k)
	}
	return r
}
func (s *Set[T]) Intersect(o *Set[T]) *Set[T] {
	r := NewSet[T]()
	for k := range s.m {
		if o.Has(k) {
			r.Add(k)
		}
	}
	return r
}
func (s *Set[T]) Items() []T {
	out := make([]T, 0, len(s.m))
	for k := range s.m {
		out = append(out, k)
	}
	return out
}

func Sorted[T cmp.Ordered](s *Set[T]) []T {
	items := s.Items()
	slices.Sort(items)
	return items
}

type Node[T any] struct {
	val  T
	next *Node[T]
}

type List[T any] struct {
	head *Node[T]
	size int
}

func NewList[T any]() *List[T] { return &List[T]{} }

func (l *List[T]) Push(v T) {
	l.head = &Node[T]{val: v, next: l.head}
	l.size++
}

func (l *List[T]) Reverse() *List[T] {
	out := NewList[T]()
	for n := l.head; n != nil; n = n.next {
		out.Push(n.val)
	}
	return out
}

func (l *List[T]) String() string {
	var b strings.Builder
	b.WriteString("[")
	for n := l.head; n != nil; n = n.next {
		if n != l.head {
			b.WriteString(" ")
		}
		fmt.Fprint(&b, n.val)
	}
	b.WriteString("]")
	return b.String()
}

func MapList[T, U any](l *List[T], f func(T) U) *List[U] {
	out := NewList[U]()
	for n := l.head; n != nil; n = n.next {
		out.Push(f(n.val))
	}
	return out.Reverse()
}

func (l *List[T]) Len() int { return count(l) }

func count[T any](l *List[T]) int {
	n := 0
	for x := l.head; x != nil; x = x.next {
		n++
	}
	return n
}

type Tree[T cmp.Ordered] struct {
	root *treeNode[T]
}

type treeNode[T cmp.Ordered] struct {
	v           T
	left, right *treeNode[T]
}

func (t *Tree[T]) Insert(v T) { t.root = insert(t.root, v) }

func insert[T cmp.Ordered](n *treeNode[T], v T) *treeNode[T] {
	if n == nil {
		return &treeNode[T]{v: v}
	}
	if v < n.v {
		n.left = insert(n.left, v)
	} else {
		n.right = insert(n.right, v)
	}
	return n
}

func (t *Tree[T]) Walk(f func(T)) { walk(t.root, f) }

func walk[T cmp.Ordered](n *treeNode[T], f func(T)) {
	if n == nil {
		return
	}
	walk(n.left, f)
	f(n.v)
	walk(n.right, f)
}

func main() {
	a := NewSet(1, 2, 3)
	b := NewSet(2, 3, 4)
	fmt.Println(Sorted(a.Union(b)), Sorted(a.Intersect(b)), a.Union(b).Len())
	w := NewSet("go", "rust")
	fmt.Println(Sorted(w.Union(NewSet("zig"))))
	l := NewList[int]()
	for i := range 4 {
		l.Push(i)
	}
	fmt.Println(l, l.Reverse(), l.Len())
	fmt.Println(MapList(l, func(n int) string { return strings.Repeat("*", n) }))
	var t Tree[string]
	for _, s := range []string{"m", "c", "x", "a"} {
		t.Insert(s)
	}
	t.Walk(func(s string) { fmt.Print(s, " ") })
	fmt.Println()
	fmt.Printf("%T %T\n", l, a)
	fmt.Printf("%v\n", *NewSet[int]())
}
