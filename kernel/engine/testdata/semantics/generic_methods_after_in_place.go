// A generic type's method calls methods of the program's types that read
// package vars declared after them (a graph whose rooms find their doors
// in a map): the copy for the instance is compiled after those methods.
package main

import "fmt"

type NodeC[E any] interface {
	comparable
	Edges() []E
}

type EdgeC[N any] interface {
	comparable
	Nodes() (a, b N)
}

type Graph[N NodeC[E], E EdgeC[N]] struct{ nodes []N }

func (g *Graph[N, E]) Degree(n N) int {
	c := 0
	for _, e := range n.Edges() {
		a, _ := e.Nodes()
		if a == n {
			c++
		}
	}
	return c
}

func (g *Graph[N, E]) Reachable(from N) []N {
	seen := map[N]bool{from: true}
	order := []N{from}
	for i := 0; i < len(order); i++ {
		for _, e := range order[i].Edges() {
			_, b := e.Nodes()
			if !seen[b] {
				seen[b] = true
				order = append(order, b)
			}
		}
	}
	return order
}

type room struct{ id int }

type door struct{ from, to int }

func (r room) Edges() []door { return doors[r.id] }

func (d door) Nodes() (room, room) { return rooms[d.from], rooms[d.to] }

func (r room) String() string { return fmt.Sprintf("room%d", r.id) }

var rooms = map[int]room{1: {1}, 2: {2}, 3: {3}, 4: {4}}

var doors = map[int][]door{1: {{1, 2}}, 2: {{2, 1}, {2, 3}}, 3: {{3, 1}}}

func main() {
	g := &Graph[room, door]{}
	for _, id := range []int{1, 2, 3, 4} {
		fmt.Println(rooms[id], g.Degree(rooms[id]))
	}
	fmt.Println(g.Reachable(rooms[2]), g.Reachable(rooms[4]))
}
