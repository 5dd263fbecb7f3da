// The builtin print and println write to standard error in the
// runtime's formats: floats and complex numbers in their shortest form,
// nil maps, slices and interfaces as addresses, also when deferred.
package main

import "fmt"

type Celsius float64

func main() {
	fmt.Println("to stdout")
	println(8.0, 2.5, float32(0.1), 1e21, -0.0)
	println(complex(9.0, 10.0), complex64(1i))
	println(Celsius(36.6), int8(-7), uint16(7), 'x', true)
	var m map[string]int
	var s []int
	var e error
	println(m, s, e, len(s))
	print("no", "spaces", 3, "\n")
	for i := range 3 {
		defer println("deferred", i, float64(i)/2)
	}
	defer print("deferred print ", 1.5, "\n")
	fmt.Println("end of main")
}
