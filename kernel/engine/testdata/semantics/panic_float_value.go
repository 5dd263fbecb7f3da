// Panics with values of float, complex and declared float types print
// as Go prints them.
package main

import "fmt"

type Temp float64

func check(t Temp) {
	if t > 100 {
		panic(t)
	}
}

func main() {
	for _, v := range []any{2.5, float32(0.1), complex(1.5, -2), 1e21} {
		func() {
			defer func() { fmt.Println("recovered:", recover()) }()
			panic(v)
		}()
	}
	check(20)
	check(Temp(150.5))
}
