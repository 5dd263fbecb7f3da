// An untyped rune constant declares a rune (int32) variable at package
// level and at a cell's top level too: shifts overflow as int32's do.
package main

import "fmt"

var g = 'a'
var c = 2i
var f = 1.5
var h = 'a' + 1

const k = 'z'

var kv = k

func main() {
	r := 'a'
	r <<= 28
	x := 3i
	var y = 'q'
	fmt.Println(r, x, y)
	fmt.Printf("%T %v %T %v %T %T %T %v\n", g, g<<28, c, c, f, h, kv, kv)
	fmt.Printf("%T %T\n", x, y)
}
