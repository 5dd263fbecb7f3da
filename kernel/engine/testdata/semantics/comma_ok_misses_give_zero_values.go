// Word counts and lookups with comma-ok in loops: a missing key, or a
// failed assertion, gives the zero value, not the last one found.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Point struct{ X, Y int }

func main() {
	d := map[string]int{"A": 8}
	for _, n := range []string{"A", "E"} {
		v, ok := d[n]
		fmt.Println(n, v, ok)
	}
	counts := map[string]int{}
	for _, w := range strings.Fields("x x y z y x") {
		c, found := counts[w]
		if !found {
			fmt.Println("new word", w, c)
		}
		counts[w] = c + 1
	}
	keys := make([]string, 0, len(counts))
	for k := range counts {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Println(k, counts[k])
	}
	pts := map[string]Point{"a": {1, 2}}
	var p Point
	var ok bool
	p, ok = pts["a"]
	fmt.Println(p, ok)
	p, ok = pts["zz"]
	fmt.Println(p, ok)
	var vals []any = []any{3, "s", 2.5, 4}
	for _, y := range vals {
		n, ok := y.(int)
		s, _ := y.(string)
		fmt.Println(n, ok, s)
	}
	var f float64
	f, _ = vals[2].(float64)
	f, _ = vals[0].(float64)
	fmt.Println(f)
}
