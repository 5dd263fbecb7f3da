package main

import (
	"fmt"
	"strings"
)

type counter struct{ n int }

func (c counter) show(tag string) { fmt.Println(tag, c.n) }

func (c *counter) showPtr(tag string) { fmt.Println(tag, c.n) }

func report(label string, v int) { fmt.Println(label, v) }

func loop() {
	for i := 0; i < 3; i++ {
		defer fmt.Println("deferred", i)
	}
}

func values() {
	x := 1
	defer report("x was", x)
	c := counter{1}
	defer c.show("value receiver saw")
	defer c.showPtr("pointer receiver saw")
	var b strings.Builder
	defer fmt.Println("builder", b.Len())
	b.WriteString("abc")
	x = 2
	c.n = 5
}

func main() {
	loop()
	values()
	defer fmt.Println("main ends")
	fmt.Println("main body")
}
