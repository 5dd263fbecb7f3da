// Method values returned from funcs and stored in slices: a value
// receiver is copied when the method value is evaluated.
package main

import "fmt"

type Counter struct{ n int }

func (c Counter) Value() int { return c.n }
func (c *Counter) Inc()      { c.n++ }

func one() func() int {
	c := Counter{5}
	return c.Value
}

func two() (func() int, func()) {
	c := Counter{}
	return c.Value, c.Inc
}

func ptr() func() {
	c := &Counter{}
	return c.Inc
}

func main() {
	fmt.Println(one()())
	get, bump := two()
	bump()
	fmt.Println(get())
	p := ptr()
	p()
	fs := []func() int{Counter{7}.Value}
	fmt.Println(fs[0]())
}
