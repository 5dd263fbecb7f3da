// A priority queue on container/heap: its methods run from heap.Push
// and heap.Pop, and a bug in one panics at the call that ran it.
package main

import (
	"container/heap"
	"fmt"
)

type Task struct {
	Name     string
	Priority int
}

type Queue []*Task

func (q Queue) Len() int           { return len(q) }
func (q Queue) Less(i, j int) bool { return q[i].Priority > q[j].Priority }
func (q Queue) Swap(i, j int)      { q[i], q[j] = q[j], q[i] }
func (q *Queue) Push(x any)        { *q = append(*q, x.(*Task)) }
func (q *Queue) Pop() any {
	old := *q
	t := old[len(old)-1]
	*q = old[:len(old)-1]
	return t
}

func main() {
	q := &Queue{}
	heap.Push(q, &Task{"write", 2})
	heap.Push(q, &Task{"test", 5})
	heap.Push(q, &Task{"ship", 1})
	for q.Len() > 0 {
		fmt.Println(heap.Pop(q).(*Task).Name)
	}
	heap.Push(q, &Task{"again", 3})
	fmt.Println(heap.Pop(q).(*Task).Name)
	heap.Push(q, "not a task")
}
