// A nil pointer dereferenced into the blank identifier (_ = *p) panics
// as Go does.
package main

import "fmt"

type Point struct{ X, Y int }

func main() {
	var p *int
	func() {
		defer func() { fmt.Println("r1", recover()) }()
		_ = *p
		fmt.Println("no panic 1")
	}()
	func() {
		defer func() { fmt.Println("r2", recover()) }()
		var q *Point
		_, _ = *q, 1
		fmt.Println("no panic 2")
	}()
	x := 5
	p = &x
	_ = *p
	fmt.Println("ok", *p)
	var pp *Point
	_ = (*pp)
	fmt.Println("not reached")
}
