// A String method that dereferences nil, called by fmt through a
// fmt.Stringer variable: fmt reports the panic with Go's run-time error.
package main

import "fmt"

type Bad struct{ p *int }

func (b Bad) String() string { return fmt.Sprint(*b.p) }

type Good struct{ n int }

func (g Good) String() string { return fmt.Sprint("good ", g.n) }

func main() {
	var s fmt.Stringer = Bad{}
	fmt.Println(s)
	fmt.Printf("[%s] [%q]\n", s, s)
	n := 3
	s = Bad{&n}
	fmt.Println(s)
	list := []fmt.Stringer{Good{1}, Bad{}}
	fmt.Println(list)
}
