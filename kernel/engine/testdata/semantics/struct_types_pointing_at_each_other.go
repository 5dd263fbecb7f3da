// Struct types that point at one another and at themselves: a
// department and its staff with their managers, a graph whose nodes
// and edges point back, a reactive cell network.
package main

import (
	"fmt"
	"strings"
)

type Dept struct {
	Name  string
	Staff []*Emp
}

type Emp struct {
	Name    string
	Dept    *Dept
	Manager *Emp
}

func (e *Emp) Chain() string {
	var names []string
	for m := e; m != nil; m = m.Manager {
		names = append(names, m.Name)
	}
	return strings.Join(names, " <- ")
}

type Graph struct {
	Nodes []*Node
}

type Node struct {
	ID    int
	Graph *Graph
	Out   []*Edge
}

type Edge struct {
	From, To *Node
	Weight   int
}

func (g *Graph) Add(id int) *Node {
	n := &Node{ID: id, Graph: g}
	g.Nodes = append(g.Nodes, n)
	return n
}

func (n *Node) Link(to *Node, w int) {
	n.Out = append(n.Out, &Edge{From: n, To: to, Weight: w})
}

type Reactor struct {
	cells []*Cell
}

type Cell struct {
	r     *Reactor
	value int
	deps  []*Cell
	fn    func(vals []int) int
}

func (r *Reactor) Input(v int) *Cell {
	c := &Cell{r: r, value: v}
	r.cells = append(r.cells, c)
	return c
}

func (r *Reactor) Compute(fn func([]int) int, deps ...*Cell) *Cell {
	c := &Cell{r: r, deps: deps, fn: fn}
	r.cells = append(r.cells, c)
	c.update()
	return c
}

func (c *Cell) update() {
	vals := make([]int, len(c.deps))
	for i, d := range c.deps {
		vals[i] = d.value
	}
	c.value = c.fn(vals)
}

func (c *Cell) Set(v int) {
	c.value = v
	for _, other := range c.r.cells {
		if other.fn != nil {
			other.update()
		}
	}
}

func main() {
	rd := &Dept{Name: "R&D"}
	ann := &Emp{Name: "Ann", Dept: rd}
	bob := &Emp{Name: "Bob", Dept: rd, Manager: ann}
	cy := &Emp{Name: "Cy", Dept: rd, Manager: bob}
	rd.Staff = append(rd.Staff, ann, bob, cy)
	fmt.Println(cy.Chain(), cy.Dept.Name, len(cy.Dept.Staff), rd.Staff[2].Manager == bob)

	g := &Graph{}
	a, b, c := g.Add(1), g.Add(2), g.Add(3)
	a.Link(b, 5)
	b.Link(c, 7)
	c.Link(a, 1)
	total := 0
	for n, steps := a, 0; steps < 3; steps++ {
		e := n.Out[0]
		total += e.Weight
		fmt.Printf("%d->%d ", e.From.ID, e.To.ID)
		n = e.To
	}
	fmt.Println(total, a.Graph == g, len(g.Nodes))

	var r Reactor
	in := r.Input(2)
	double := r.Compute(func(v []int) int { return v[0] * 2 }, in)
	sum := r.Compute(func(v []int) int { return v[0] + v[1] }, in, double)
	fmt.Println(double.value, sum.value)
	in.Set(5)
	fmt.Println(double.value, sum.value, len(r.cells))
}
