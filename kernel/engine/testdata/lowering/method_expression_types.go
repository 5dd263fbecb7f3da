// Method expressions and func values over the program's types: called,
// and their types printed with %T.
package main

import "fmt"

type Counter struct {
	name string
	n    int
}

func (c Counter) Label() string { return c.name }

func (c *Counter) Inc() { c.n++ }

type Op func(*Counter)

func main() {
	label := Counter.Label
	inc := (*Counter).Inc
	c := Counter{name: "clicks"}
	inc(&c)
	inc(&c)
	fmt.Println(label(c), c.n)
	fmt.Printf("%T\n%T\n", Counter.Label, inc)
	var op Op = (*Counter).Inc
	ops := map[string]func(Counter) string{"label": Counter.Label}
	op(&c)
	fmt.Printf("%T %T %d %s\n", op, ops, c.n, ops["label"](c))
}
