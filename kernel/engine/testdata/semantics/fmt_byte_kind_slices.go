// Slices and arrays of a declared byte type print as bytes to %s, %q,
// %x and %X (whatever methods the type has), and element by element,
// by their methods, to %v.
package main

import "fmt"

type Grade byte

func (g Grade) String() string { return "grade-" + string(rune(g)) }

type Plain uint8

type Report struct {
	Name   string
	Grades []Grade
}

func main() {
	gs := []Grade{'A', 'B', 'C'}
	fmt.Printf("%v|%s|%q|%x|%X|%d\n", gs, gs, gs, gs, gs, gs)
	fmt.Printf("%#v\n", gs)
	arr := [2]Grade{'D', 'E'}
	fmt.Printf("%v %s %x\n", arr, arr, arr)
	ps := []Plain{104, 105}
	fmt.Printf("%v %s %q %x %#v\n", ps, ps, ps, ps, ps)
	r := Report{"ann", gs[:2]}
	fmt.Printf("%v|%+v|%s\n", r, r, r)
	fmt.Println(gs, fmt.Sprint(arr), fmt.Sprintf("% x", gs))
}
