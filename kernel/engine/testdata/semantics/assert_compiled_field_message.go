// A failed assertion of an any field of a compiled struct (a list
// element's Value) to a concrete type names the interface as Go does.
package main

import (
	"container/list"
	"fmt"
)

func main() {
	l := list.New()
	l.PushFront(3.5)
	fmt.Println(l.Front().Value.(string))
}
