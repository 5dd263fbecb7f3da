// A value of a type the program declares, used as a key of a map keyed
// by a standard interface (fmt.Stringer): Go hashes what the interface
// holds.
package main

import "fmt"

type colour string

func (c colour) String() string { return "colour " + string(c) }

func main() {
	counts := map[fmt.Stringer]int{}
	for _, c := range []colour{"red", "blue", "red"} {
		counts[c]++
	}
	fmt.Println(len(counts), counts[colour("red")])
}
