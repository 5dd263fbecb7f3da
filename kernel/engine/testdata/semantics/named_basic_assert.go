// A type assertion and a type switch tell a declared non-struct type
// from its underlying type: a Celsius is not a float64.
package main

import "fmt"

type Celsius float64

func kind(x any) string {
	switch x.(type) {
	case Celsius:
		return "celsius"
	case float64:
		return "float64"
	}
	return "other"
}

func main() {
	var x any = Celsius(20)
	_, isFloat := x.(float64)
	var y any = 1.5
	_, isCelsius := y.(Celsius)
	fmt.Println(isFloat, isCelsius, kind(x), kind(y))
}
