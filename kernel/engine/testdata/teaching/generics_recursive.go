package main

import (
	"errors"
	"fmt"
	"sort"
)

// Node is a node of a binary search tree.
type Node struct {
	Key         int
	Left, Right *Node
}

func Insert(n *Node, k int) *Node {
	if n == nil {
		return &Node{Key: k}
	}
	if k < n.Key {
		n.Left = Insert(n.Left, k)
	} else {
		n.Right = Insert(n.Right, k)
	}
	return n
}

// Walk visits the nodes in order, calling itself.
func Walk[T any](n *Node, acc []T, f func(int) T) []T {
	if n == nil {
		return acc
	}
	acc = Walk(n.Left, acc, f)
	acc = append(acc, f(n.Key))
	return Walk(n.Right, acc, f)
}

// BFS returns the nodes reachable from start, nearest first.
func BFS[K comparable](graph map[K][]K, start K) []K {
	seen := map[K]bool{start: true}
	queue := []K{start}
	var order []K
	for len(queue) > 0 {
		k := queue[0]
		queue = queue[1:]
		order = append(order, k)
		for _, next := range graph[k] {
			if !seen[next] {
				seen[next] = true
				queue = append(queue, next)
			}
		}
	}
	return order
}

type Cell struct{ R, C int }

// Find returns the index of the first match, or an error.
func Find[T comparable](xs []T, x T) (int, error) {
	for i, v := range xs {
		if v == x {
			return i, nil
		}
	}
	return -1, errors.New(fmt.Sprint("not found: ", x))
}

func main() {
	var root *Node
	for _, k := range []int{5, 3, 8, 1, 4, 9} {
		root = Insert(root, k)
	}
	fmt.Println(Walk(root, nil, func(k int) int { return k * 10 }))
	fmt.Println(Walk(root, []string{"start"}, func(k int) string { return fmt.Sprint("k", k) }))
	g := map[string][]string{"a": {"b", "c"}, "b": {"d"}, "c": {"d", "e"}, "d": {"a"}}
	fmt.Println(BFS(g, "a"))
	grid := map[Cell][]Cell{{0, 0}: {{0, 1}, {1, 0}}, {0, 1}: {{1, 1}}, {1, 0}: {{1, 1}}}
	fmt.Println(BFS(grid, Cell{0, 0}))
	keys := BFS(map[int][]int{1: {3, 2}, 2: {4}}, 1)
	sort.Ints(keys)
	fmt.Println(keys)
	fmt.Println(Find([]string{"x", "y"}, "y"))
	fmt.Println(Find([]Cell{{1, 2}}, Cell{2, 1}))
}
