// Package vars are initialised in dependency order, before the init
// funcs, which run in the order written: a var may call a func declared
// after it that uses an earlier var.
package main

import (
	"fmt"
	"sort"
	"strings"
)

var registry = map[string]func(int) int{}
var order []string

func init() {
	registry["double"] = func(x int) int { return 2 * x }
	order = append(order, "first init")
}

func init() {
	registry["square"] = func(x int) int { return x * x }
	order = append(order, "second init")
}

var total = compute()

func compute() int {
	order = append(order, "var init")
	return 42
}

func main() {
	fmt.Println(strings.Join(order, ", "))
	names := make([]string, 0, len(registry))
	for n := range registry {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Println(n, registry[n](7))
	}
	fmt.Println(total)
}
