// Interfaces declared next to their use, inside main: an assertion
// follows the method sets, pointer receivers included.
package main

import "fmt"

type Animal struct{ Name string }

func (a Animal) Speak() string    { return a.Name + " speaks" }
func (a *Animal) Rename(n string) { a.Name = n }

type Robot struct{ ID int }

func (r Robot) Speak() string { return fmt.Sprint("robot ", r.ID) }

func main() {
	type Speaker interface{ Speak() string }
	type Renamer interface{ Rename(string) }
	type Both interface {
		Speaker
		Renamer
	}
	var s Speaker = Animal{"cat"}
	_, ok := s.(Renamer)
	fmt.Println("value renamer:", ok)
	s = &Animal{"dog"}
	if r, ok := s.(Renamer); ok {
		r.Rename("wolf")
	}
	fmt.Println(s.Speak())
	b, ok := s.(Both)
	fmt.Println(ok, b.Speak())
	for _, sp := range []Speaker{Robot{7}, Animal{"owl"}, &Animal{"bat"}} {
		_, canRename := sp.(Renamer)
		fmt.Println(sp.Speak(), canRename)
	}
	var none Speaker
	_, ok = none.(Renamer)
	fmt.Println("nil:", ok)
	defer func() { fmt.Println("recovered:", recover()) }()
	_ = Speaker(Robot{1}).(Renamer)
}
