// Constant cases of a switch on a float32 (and a type defined from one)
// and on a uint64 holding values an int cannot: each case is the
// tag's type, as Go converts it.
package main

import "fmt"

type Weight float32

func main() {
	for _, f := range []float32{0.1, 0.2, 0.3, 0.5} {
		switch f {
		case 0.1, 0.3:
			fmt.Println("a", f)
		case 0.2:
			fmt.Println("b", f)
		default:
			fmt.Println("none", f)
		}
		switch f * 2 {
		case 0.2:
			fmt.Println("double 0.1")
		}
	}
	var w Weight = 0.7
	switch w {
	case 0.7:
		fmt.Println("w")
	}
	var m uint64 = 1<<64 - 1
	switch m {
	case 1, 18446744073709551615:
		fmt.Println("max")
	}
}
