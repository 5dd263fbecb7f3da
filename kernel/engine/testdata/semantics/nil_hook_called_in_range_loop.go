// A map of handlers holds a nil func, called in a loop over the map's
// sorted keys: the traceback names the call's line.
package main

import (
	"fmt"
	"sort"
)

func main() {
	handlers := map[string]func(int) int{
		"double": func(n int) int { return n * 2 },
		"triple": nil,
	}
	keys := make([]string, 0, len(handlers))
	for k := range handlers {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	n := 1
	for _, k := range keys {
		f := handlers[k]
		fmt.Println("running", k)
		n = f(n)
	}
	fmt.Println(n)
}
