// A struct type declared in a func prints by its own name and fields,
// without the methods of a package-level type that has the same fields.
package main

import "fmt"

type V struct{ n int }

func (v V) String() string { return fmt.Sprintf("V(%d)", v.n) }

func main() {
	type item struct{ n int }
	items := []item{{1}, {2}}
	fmt.Println(items, V{3})
	fmt.Printf("%v %+v %#v %T\n", items[0], items[0], items[1], items[0])
	pair := struct{ n int }{4}
	fmt.Printf("%v %+v\n", pair, pair)
}
