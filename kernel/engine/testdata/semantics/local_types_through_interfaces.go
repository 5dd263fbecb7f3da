// Types a func declares reach fmt through interfaces (a func's any
// parameter, a []any, a result): they print by their names and fields,
// as compiled Go prints them.
package main

import "fmt"

func show(v any) { fmt.Printf("%T %v %+v\n", v, v, v) }

func mk() []any {
	type id int
	type rec struct {
		n    int
		tags []string
	}
	return []any{id(4), rec{5, []string{"a"}}}
}

func thing() any {
	type thing struct{ V int }
	return thing{3}
}

func main() {
	type local struct{ s string }
	show(local{"m"})
	xs := mk()
	fmt.Println(xs, xs[0] == xs[0])
	fmt.Printf("%v %+v %#v\n", xs, xs, xs[0])
	show(xs[1])
	fmt.Printf("%T %v\n", thing(), thing())
	type pair struct {
		k string
		v int
	}
	ps := []pair{{"a", 1}, {"b", 2}}
	var anys []any
	for _, p := range ps {
		anys = append(anys, p)
	}
	fmt.Println(anys...)
	fmt.Print(anys[0], anys[1], "\n")
}
