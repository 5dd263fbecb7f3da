// Package vars declared before the vars, funcs and methods they depend
// on: each is initialised after its dependencies, otherwise in the order
// written, as the trace shows.
package main

import (
	"fmt"
	"strings"
)

var trace []string

func note(name string, v int) int {
	trace = append(trace, fmt.Sprintf("%s=%d", name, v))
	return v
}

var total = note("total", price*qty)
var price = note("price", 10)
var qty = note("qty", 3)

var counter = 0

func next() int {
	counter++
	return counter
}

var (
	first  = note("first", second+1)
	second = note("second", next())
	third  = note("third", next())
)

type Config struct{ base int }

func (c Config) Limit() int { return c.base * limitScale }

var limit = note("limit", defaults.Limit())
var defaults = Config{base: note("base", 4)}
var limitScale = note("scale", 25)

var greet = func() string { return "hello " + who }
var who = strings.ToUpper("gopher")

func main() {
	fmt.Println(strings.Join(trace, " "))
	fmt.Println(total, price, qty)
	fmt.Println(first, second, third, counter)
	fmt.Println(limit, greet())
}
