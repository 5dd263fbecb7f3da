// A plugin registry hands out values through factories; asserting what
// a factory returns finds its concrete type.
package main

import (
	"fmt"
	"sort"
)

type Plugin interface{ Name() string }

type base struct{ name string }

func (b base) Name() string { return b.name }

type cache struct {
	base
	size int
}

type logger struct{ base }

func (l *logger) Name() string { return "log:" + l.base.Name() }

var registry = map[string]func() Plugin{}

func init() {
	registry["cache"] = func() Plugin { return &cache{base{"cache"}, 64} }
	registry["log"] = func() Plugin { return &logger{base{"stdout"}} }
	registry["plain"] = func() Plugin { return base{"plain"} }
}

func main() {
	var names []string
	for n := range registry {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Println(n, registry[n]().Name())
	}
	c := registry["cache"]().(*cache)
	fmt.Println(c.size, c.Name())
	l := registry["log"]().(*logger)
	fmt.Println(l.Name())
	p := registry["plain"]().(base)
	fmt.Println(p.name)
	_, isCache := registry["log"]().(*cache)
	fmt.Println(isCache)
	fmt.Println(registry["plain"]().(*cache).size)
}
