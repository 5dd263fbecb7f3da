// Spreading an untyped nil passes nothing to a variadic parameter.
package main

import "fmt"

type Tags []string

func count(xs ...int) int { return len(xs) }

func show(prefix string, args ...any) { fmt.Println(prefix, len(args), args == nil) }

func main() {
	x := append([]int{1}, nil...)
	fmt.Println(x)
	t := append(Tags{"a"}, nil...)
	fmt.Printf("%T %v\n", t, t)
	fmt.Println(count(nil...))
	show("n=", nil...)
	f := show
	f("f", nil...)
	b := append([]byte("hi"), nil...)
	fmt.Println(string(b))
}
