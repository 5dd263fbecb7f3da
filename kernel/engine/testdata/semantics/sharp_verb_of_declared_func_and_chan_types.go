// %#v and %T of values of declared func and channel types, nil and held
// in interfaces.
package main

import "fmt"

type Op func(int) int

type Pipe chan struct{}

type Handler func(string) string

func main() {
	var none Handler
	var done Pipe
	var held any = Op(nil)
	fmt.Printf("%#v %#v %#v %#v %T\n", none, Op(nil), done, held, held)
	fmt.Printf("%v %T %T\n", none == nil, done, none)
	ops := map[string]Op{"nil": nil}
	fmt.Printf("%#v\n", ops["nil"])
}
