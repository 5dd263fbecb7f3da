// The Go spec's example of package initialisation: vars are initialised
// once the vars their initialisers refer to are, also through funcs,
// so a, b, c and d are 9, 4, 5 and 5.
package main

import "fmt"

var (
	a = c + b // == 9
	b = f()   // == 4
	c = f()   // == 5
	d = 3     // == 5 after initialization has finished
)

func f() int {
	d++
	return d
}

func main() {
	fmt.Println(a, b, c, d)
}
