package main

import "fmt"

func intSeq() func() int {
	i := 0
	return func() int {
		i++
		return i
	}
}

func adder() func(int) int {
	sum := 0
	return func(x int) int {
		sum += x
		return sum
	}
}

func compose(f, g func(int) int) func(int) int {
	return func(x int) int { return g(f(x)) }
}

func main() {
	next := intSeq()
	fmt.Println(next(), next(), next())
	newInts := intSeq()
	fmt.Println(newInts())
	pos, neg := adder(), adder()
	for i := range 5 {
		fmt.Println(pos(i), neg(-2*i))
	}
	double := func(x int) int { return x * 2 }
	inc := func(x int) int { return x + 1 }
	fmt.Println(compose(double, inc)(5), compose(inc, double)(5))
	var funcs []func() int
	for i := range 3 {
		funcs = append(funcs, func() int { return i * i })
	}
	for _, f := range funcs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	x := 10
	change := func() { x = 20 }
	change()
	fmt.Println(x)
}
