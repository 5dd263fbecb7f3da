// A panic with a value of a declared complex type.
package main

import "fmt"

type Z complex128

func root(z Z) Z {
	if real(z) < 0 {
		panic(z)
	}
	return z
}

func main() {
	fmt.Println(root(Z(complex(4, 0))))
	fmt.Println(root(Z(complex(-1, 2))))
}
