package main

import "fmt"

type Counter struct{ n int }

func (c *Counter) Inc() { c.n++ }

type Incer interface{ Inc() }

func main() {
	c := Counter{}
	var i Incer = c
	fmt.Println(i)
}
