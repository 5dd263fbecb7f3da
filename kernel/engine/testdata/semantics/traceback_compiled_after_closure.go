// A panic in a standard func (math/big's Div by zero) names the line of
// its call, not an earlier call of a closure held in a variable.
package main

import (
	"fmt"
	"math/big"
)

func main() {
	positive := func(n int64) bool { return n > 0 }
	a, b := big.NewInt(10), big.NewInt(0)
	fmt.Println("a positive:", positive(a.Int64()))
	fmt.Println("b positive:", positive(b.Int64()))
	q := new(big.Int).Div(a, b)
	fmt.Println(q)
}
