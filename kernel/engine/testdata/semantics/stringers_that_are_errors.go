// A value with both Error and String methods, held in a fmt.Stringer (a
// variable, a slice of them, a field): fmt prints it by Error, which
// comes first, as it does held in an error or an any.
package main

import "fmt"

type Status struct{ code int }

func (s Status) Error() string  { return fmt.Sprintf("status %d failed", s.code) }
func (s Status) String() string { return fmt.Sprintf("status(%d)", s.code) }

type Name string

func (n Name) String() string { return "name:" + string(n) }

type Report struct {
	Title string
	Item  fmt.Stringer
}

func main() {
	st := Status{404}
	var s fmt.Stringer = st
	fmt.Println(s)
	fmt.Printf("%v|%s|%q|%d\n", s, s, s, s)
	fmt.Println(s.String())
	items := []fmt.Stringer{Status{500}, Name("ann"), st}
	fmt.Println(items)
	for _, it := range items {
		fmt.Print(it, "; ")
	}
	fmt.Println()
	r := Report{"weekly", Status{200}}
	fmt.Printf("%v %+v\n", r, r)
	var e error = st
	var a any = s
	fmt.Println(e, a)
}
