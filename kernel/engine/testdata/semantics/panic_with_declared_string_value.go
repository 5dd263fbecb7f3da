// A panic with a value of a declared string type: Go's runtime prints it
// quoted but not escaped.
package main

import "fmt"

type SKU string

func find(stock map[SKU]int, s SKU) int {
	n, ok := stock[s]
	if !ok {
		panic(s)
	}
	return n
}

func main() {
	stock := map[SKU]int{"A-1": 3}
	fmt.Println(find(stock, "A-1"))
	fmt.Println(find(stock, `B "large"`))
}
