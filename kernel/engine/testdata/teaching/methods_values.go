package main

import (
	"fmt"
	"sort"
	"strings"
)

type Counter struct {
	name string
	n    int
}

func (c *Counter) Inc()          { c.n++ }
func (c Counter) Get() int       { return c.n }
func (c Counter) String() string { return c.name + ":" + fmt.Sprint(c.n) }

type Op func(int, int) int

func (o Op) Apply(a, b int) int { return o(a, b) }

type Animal interface {
	Sound() string
}
type Named interface {
	Animal
	Name() string
}
type Dog struct{ name string }

func (d Dog) Sound() string { return "woof" }
func (d Dog) Name() string  { return d.name }

type Base struct{ ID int }

func (b Base) Describe() string { return fmt.Sprintf("Base(%d)", b.ID) }

type Derived struct {
	Base
	Name string
}

func (d Derived) Describe() string { return "Derived:" + d.Base.Describe() }

func main() {
	c := Counter{name: "c"}
	inc := c.Inc
	inc()
	inc()
	get := c.Get
	c.Inc()
	fmt.Println(c.Get(), get(), c)
	f := (*Counter).Inc
	f(&c)
	g := Counter.Get
	fmt.Println(g(c))
	add := Op(func(a, b int) int { return a + b })
	fmt.Println(add.Apply(2, 3))
	var n Named = Dog{"rex"}
	var a Animal = n
	fmt.Println(a.Sound(), n.Name())
	if nn, ok := a.(Named); ok {
		fmt.Println("named", nn.Name())
	}
	d := Derived{Base{7}, "x"}
	fmt.Println(d.Describe(), d.ID, d.Base.Describe())
	fmt.Printf("%+v\n", d)
	counters := []*Counter{{"b", 2}, {"a", 5}, {"c", 1}}
	sort.Slice(counters, func(i, j int) bool { return counters[i].n > counters[j].n })
	var names []string
	for _, ct := range counters {
		names = append(names, ct.String())
	}
	fmt.Println(strings.Join(names, ","))
	arr := [3]Counter{}
	for i := range arr {
		arr[i].Inc()
	}
	fmt.Println(arr)
	type point struct{ x, y int }
	p1, p2 := point{1, 2}, point{1, 2}
	fmt.Println(p1 == p2, [2]point{p1, p2} == [2]point{p2, p1})
	seen := map[point]bool{p1: true}
	fmt.Println(seen[p2])
}
