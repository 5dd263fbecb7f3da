package main

import "fmt"

func classify(n int) string {
	switch {
	case n < 0:
		return "neg"
	case n == 0:
		return "zero"
	case n%2 == 0:
		return "even"
	default:
		return "odd"
	}
}

func main() {
outer:
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			if j == 2 {
				continue outer
			}
			if i == 2 {
				break outer
			}
			fmt.Print(i, j, " ")
		}
	}
	fmt.Println()
	i := 0
loop:
	if i < 3 {
		fmt.Print("goto", i, " ")
		i++
		goto loop
	}
	fmt.Println()
	for _, n := range []int{-1, 0, 3, 4} {
		fmt.Print(classify(n), " ")
	}
	fmt.Println()
	switch x := 5; x {
	case 1, 2, 3:
		fmt.Println("small")
	case 4, 5, 6:
		fmt.Println("medium")
		fallthrough
	case 7:
		fmt.Println("fell")
	default:
		fmt.Println("big")
	}
	var funcs []func() int
	for i := range 3 {
		defer fmt.Print("defer", i, " ")
		funcs = append(funcs, func() int { return i * i })
	}
	for _, f := range funcs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	x := 1
	{
		x := 2
		x++
		_ = x
	}
	if x := 10; x > 5 {
		fmt.Println("inner x", x)
	}
	fmt.Println("outer x", x)
	s := []int{1, 2, 3, 4, 5}
	for i, v := range s {
		if i == 0 {
			s = append(s, 6)
			s[4] = 50
		}
		fmt.Print(v, " ")
	}
	fmt.Println(len(s))
	var arr [3]int
	for i, v := range arr {
		arr[2] = 9
		fmt.Print(i, v, " ")
	}
	fmt.Println(arr)
}
