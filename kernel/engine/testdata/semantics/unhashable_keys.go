// Slices, maps and funcs used as keys of a map[any]: reading, writing,
// deleting and comparing panic at run time, each with Go's message.
package main

import "fmt"

type pair struct {
	name string
	tags []string
}

func try(name string, f func()) {
	defer func() { fmt.Println(name+":", recover()) }()
	f()
}

func main() {
	m := map[any]int{"a": 1}
	var k any = []int{1}
	try("read", func() { _ = m[k] })
	try("comma-ok read", func() { _, ok := m[k]; fmt.Println(ok) })
	try("write", func() { m[k] = 2 })
	try("delete", func() { delete(m, k) })
	try("map key", func() { m[map[string]int{}] = 1 })
	try("struct key", func() { m[pair{"x", nil}] = 1 })
	try("compare", func() { var a, b any = []int{1}, []int{1}; fmt.Println(a == b) })
	try("compare structs", func() { var a, b any = pair{}, pair{}; fmt.Println(a == b) })
	fmt.Println(len(m))
}
