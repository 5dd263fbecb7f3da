package main

import "fmt"

// Plugins kept in a slice; one slot holds a nil interface, taken out
// and called: the traceback names the call, not the index.

type Plugin interface{ Name() string }

type Echo struct{}

func (Echo) Name() string { return "echo" }

func describe(plugins []Plugin, i int) string {
	p := plugins[i]
	fmt.Println("describing plugin", i)
	return "plugin " + p.Name()
}

func main() {
	plugins := []Plugin{Echo{}, nil}
	fmt.Println(describe(plugins, 0))
	fmt.Println(describe(plugins, 1))
}
