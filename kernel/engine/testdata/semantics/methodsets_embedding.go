package main

import "fmt"

type Speaker interface{ Speak() string }

type Namer interface{ Name() string }

type Animal struct{ name string }

func (a Animal) Name() string     { return a.name }
func (a *Animal) Rename(n string) { a.name = n }

type Dog struct {
	Animal
	breed string
}

func (d *Dog) Speak() string { return d.name + " says woof" }

type Loud struct{ Speaker }

func (l Loud) Speak() string { return l.Speaker.Speak() + "!!!" }

type Both interface {
	Speaker
	Namer
}

func main() {
	d := Dog{Animal{"rex"}, "lab"}
	d.Rename("max")
	fmt.Println(d.Name(), d.Speak())
	var n Namer = d
	fmt.Println(n.Name())
	var s Speaker = &d
	fmt.Println(s.Speak())
	_, isSpeaker := n.(Speaker)
	fmt.Println(isSpeaker)
	var b Both = &d
	fmt.Println(b.Name(), b.Speak())
	l := Loud{&d}
	fmt.Println(l.Speak())
	var s2 Speaker = l
	fmt.Println(s2.Speak())
	ll := Loud{Loud{&d}}
	fmt.Println(ll.Speak())
	fmt.Printf("%T %T\n", s2, ll.Speaker)
	pd := &d
	pd.Animal.Rename("bo")
	fmt.Println(d.name, d.Animal.name)
	fn := (*Dog).Speak
	fmt.Println(fn(&d))
	gn := Dog.Name
	fmt.Println(gn(d))
}
