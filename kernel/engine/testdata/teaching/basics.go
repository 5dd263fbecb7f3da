package main

import "fmt"

const Pi = 3.14159

var greeting = "hello"

func add(a, b int) int { return a + b }

func swap(x, y string) (string, string) { return y, x }

func split(sum int) (x, y int) {
	x = sum * 4 / 9
	y = sum - x
	return
}

func main() {
	fmt.Println(greeting, add(2, 3))
	a, b := swap("world", "hello")
	fmt.Println(a, b)
	fmt.Println(split(17))
	var i int
	var f float64
	var s string
	var ok bool
	fmt.Printf("%v %v %q %v\n", i, f, s, ok)
	x, y := 3, 4
	fmt.Println(x*x+y*y, Pi*2)
	const big = 1 << 100
	fmt.Println(big >> 98)
	var u uint8 = 200
	fmt.Println(u + 100)
}
