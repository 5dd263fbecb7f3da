package main

import "fmt"

type Animal interface{ Sound() string }

type Base struct{ Name string }

func (b Base) Hello() string    { return "hello from " + b.Name }
func (b *Base) Rename(n string) { b.Name = n }

type Dog struct {
	Base
	Breed string
}

func (d Dog) Sound() string { return d.Name + " says woof" }

type Loud struct{ Dog }

func (l Loud) Sound() string { return "LOUD " + l.Dog.Sound() }

type Counter struct{ n int }

func (c *Counter) Inc() { c.n++ }

func main() {
	d := Dog{Base{"rex"}, "lab"}
	fmt.Println(d.Hello(), d.Sound())
	d.Rename("max")
	fmt.Println(d.Name)
	var a Animal = d
	fmt.Println(a.Sound())
	a = Loud{d}
	fmt.Println(a.Sound())
	pa := &d
	a = pa
	fmt.Println(a.Sound())
	c := Counter{}
	c.Inc()
	c.Inc()
	fmt.Println(c.n)
	cs := []Counter{{}, {}}
	for i := range cs {
		cs[i].Inc()
	}
	fmt.Println(cs[0].n, cs[1].n)
}
