package main

import "fmt"

func main() {
	i := 1
	for i <= 3 {
		fmt.Println(i)
		i = i + 1
	}
	for j := 0; j < 3; j++ {
		fmt.Println("j", j)
	}
	for i := range 3 {
		fmt.Println("range", i)
	}
	for {
		fmt.Println("loop")
		break
	}
	for n := range 6 {
		if n%2 == 0 {
			continue
		}
		fmt.Println("odd", n)
	}
	total := 0
	for k := range 101 {
		total += k
	}
	fmt.Println("sum 0..100 =", total)
	var n8 uint8 = 4
	for x := range n8 {
		fmt.Printf("%T %d ", x, x)
	}
	fmt.Println()
}
