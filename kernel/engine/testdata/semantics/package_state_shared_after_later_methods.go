package main

import "fmt"

// Package-level state reached through closures, pointers and method
// values declared beside it, then a type whose methods (each read
// package vars) come in later declarations: the state stays shared.

type Logger struct {
	prefix string
	lines  []string
}

func (l *Logger) Log(s string) { l.lines = append(l.lines, l.prefix+s) }

var total int
var add = func(n int) { total += n }

var std = Logger{prefix: "[std] "}
var active = &std
var logf = std.Log

type Op int

const (
	Add Op = iota
	Double
)

var opNames = [...]string{"add", "double"}
var opCalls = map[Op]int{}

func (o Op) String() string { return opNames[o] }

func (o Op) Apply(x int) int {
	opCalls[o]++
	if o == Double {
		return 2 * x
	}
	return x + 1
}

func main() {
	add(5)
	add(2)
	fmt.Println("total", total)
	active.prefix = "[new] "
	active.Log("via pointer")
	logf("via method value")
	fmt.Printf("%q %q\n", std.prefix, std.lines)
	x := 3
	for _, o := range []Op{Add, Double, Double} {
		x = o.Apply(x)
		fmt.Println(o, x)
	}
	fmt.Println(opCalls[Add], opCalls[Double])
}
