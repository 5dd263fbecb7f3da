// A method that recovers, deferred through an interface value: Go
// recovers the panic.
package main

import "fmt"

type catcher interface{ catch() }

type guard struct{ name string }

func (g *guard) catch() {
	if r := recover(); r != nil {
		fmt.Println(g.name, "recovered:", r)
	}
}

func run(c catcher) {
	defer c.catch()
	panic("through an interface")
}

func main() {
	run(&guard{"iface"})
	fmt.Println("after")
}
