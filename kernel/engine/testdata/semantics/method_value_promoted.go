package main

import "fmt"

type Base struct{ name string }

func (b Base) Name() string           { return b.name }
func (b *Base) Rename(n string)       { b.name = n }
func (b Base) Greet(to string) string { return b.name + " greets " + to }

type Dog struct{ Base }

type Puppy struct {
	Dog
	age int
}

type Cat struct{ *Base }

func main() {
	d := Dog{Base{"rex"}}
	f := d.Name
	g := d.Greet
	d.name = "changed"
	fmt.Println(f(), g("you"), d.Name())
	p := &Puppy{Dog{Base{"bit"}}, 1}
	h := p.Name
	p.name = "bob"
	fmt.Println(h(), p.Name())
	c := Cat{&Base{"tom"}}
	k := c.Name
	c.Rename("felix")
	fmt.Println(k(), c.Name())
	r := d.Rename
	r("renamed")
	fmt.Println(d.Name())
	fs := []func() string{d.Name, p.Dog.Name}
	d.name = "again"
	for _, fn := range fs {
		fmt.Println(fn())
	}
}
