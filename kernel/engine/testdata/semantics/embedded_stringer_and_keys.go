// A struct embedding a declared type with a String method prints with
// that method (promoted); map keys, array elements, pointers and any
// fields of such a type print with it too, in structs declared at the
// top and in a func.
package main

import (
	"fmt"
	"sort"
)

type Status int

const (
	Todo Status = iota
	Doing
	Done
)

func (s Status) String() string { return [...]string{"todo", "doing", "done"}[s] }

type Job struct {
	Status
	Name string
}

type Board struct {
	Cols  map[Status][]string
	Count [3]int
	Last  *Status
	Any   any
	Err   error
}

type Code string

func main() {
	counts := map[Status]int{Done: 1, Todo: 2, Doing: 3}
	fmt.Println(counts)
	fmt.Printf("%v %d\n", counts, counts)
	j := Job{Doing, "x"}
	fmt.Println(j, j.Name)
	fmt.Printf("%+v %s\n", j, j)
	s := Done
	b := Board{Cols: map[Status][]string{Todo: {"a"}, Done: {"b", "c"}}, Last: &s, Any: Doing, Err: fmt.Errorf("e%d", 1)}
	fmt.Printf("%v\n", b.Cols)
	fmt.Println(*b.Last, b.Any, b.Err)
	fmt.Printf("%+v\n", Board{Any: Code("z")})
	keys := make([]Status, 0)
	for k := range counts {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	fmt.Println(keys)
	codes := map[Code]Status{"a": Done, "b": Todo}
	fmt.Println(codes)
	type local struct{ S Status }
	fmt.Println(local{Done})
	arr := [2]Status{Done, Todo}
	fmt.Println(arr, len(arr))
	nested := map[string]map[Status]bool{"x": {Done: true}}
	fmt.Println(nested)
}
