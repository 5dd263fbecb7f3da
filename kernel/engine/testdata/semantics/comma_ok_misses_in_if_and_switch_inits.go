// A comma-ok map index or assertion in the init statement of an if or a
// switch gives the zero value when the key is missing or the assertion
// fails, also in a loop that found a value before.
package main

import "fmt"

type stock struct {
	name string
	qty  int
}

func main() {
	prices := map[string]float64{"apple": 0.5, "pear": 0.75}
	for _, item := range []string{"apple", "kiwi", "pear", "plum"} {
		if p, ok := prices[item]; !ok {
			fmt.Printf("%s: no price (%v)\n", item, p)
		} else {
			fmt.Printf("%s: %.2f\n", item, p)
		}
	}

	shelf := map[string]stock{"a1": {"tea", 4}}
	for _, slot := range []string{"a1", "b2"} {
		if s, ok := shelf[slot]; ok && s.qty > 0 {
			fmt.Println(slot, "holds", s.qty, s.name)
		} else {
			fmt.Printf("%s is empty: %+v\n", slot, s)
		}
	}

	var last int
	var found bool
	for _, k := range []string{"pear", "fig"} {
		counts := map[string]int{"pear": 3}
		if last, found = counts[k]; !found {
			fmt.Println(k, "not counted")
		}
		fmt.Println("last", last, found)
	}

	for _, v := range []any{7, "seven", 3.5, 8} {
		switch n, ok := v.(int); {
		case ok && n > 5:
			fmt.Println("big int", n)
		case ok:
			fmt.Println("int", n)
		default:
			fmt.Printf("%v is no int, n=%d\n", v, n)
		}
	}
}
