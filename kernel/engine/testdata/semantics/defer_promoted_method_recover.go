// A method promoted from an embedded field, deferred, recovers; so does
// one reached through a pointer field and one with a value receiver
// through a pointer.
package main

import "fmt"

type guard struct{ name string }

func (g *guard) catch() {
	if r := recover(); r != nil {
		fmt.Println(g.name, "recovered:", r)
	}
}

type logger struct{ prefix string }

func (l logger) recoverf(what string) {
	if r := recover(); r != nil {
		fmt.Printf("%s%s: %v\n", l.prefix, what, r)
	}
}

type service struct {
	guard
	*logger
	port int
}

func byValue() {
	s := service{guard{"svc"}, &logger{"> "}, 80}
	defer s.catch()
	panic("embedded by value")
}

func byPointer() {
	s := &service{guard{"ptr"}, &logger{">> "}, 81}
	defer s.recoverf("port 81")
	s.logger = &logger{"changed "}
	panic("embedded pointer")
}

func main() {
	byValue()
	byPointer()
	l := &logger{"direct "}
	func() {
		defer l.recoverf("value method via pointer")
		var m map[string]int
		m["x"] = 1
	}()
}
