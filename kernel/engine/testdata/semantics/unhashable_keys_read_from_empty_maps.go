package main

import "fmt"

// A key whose type cannot be hashed (a slice, a map, a func) in a map
// keyed by an interface: reading from an empty map reports the runtime's
// "hash of unhashable type: T", hashing it into a map that holds keys
// "runtime error: hash of unhashable type T".

type Point struct{ X, Y int }

type Tags []string

func lookup(m map[any]string, k any) (s string) {
	defer func() {
		if r := recover(); r != nil {
			err := r.(error)
			s = "recovered: " + err.Error()
		}
	}()
	return m[k]
}

func main() {
	empty := map[any]string{}
	full := map[any]string{Point{1, 2}: "p", "k": "v"}

	fmt.Println(lookup(empty, Point{1, 2}) == "")
	fmt.Println(lookup(empty, []int{1, 2}))
	fmt.Println(lookup(empty, Tags{"a"}))
	fmt.Println(lookup(full, []int{1, 2}))
	fmt.Println(lookup(full, map[string]int{}))
	fmt.Println(lookup(full, Point{1, 2}))

	var seen map[any]bool
	fmt.Println(seen["x"], len(seen))
	fmt.Println(seen[[]string{"x"}])
}
