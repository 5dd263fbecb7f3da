package main

import "fmt"

type Color int

func (c Color) String() string {
	return [...]string{"Unknown", "Red"}[c]
}

func grid() [2][3]int { return [2][3]int{{1, 2, 3}, {4, 5, 6}} }

func main() {
	fmt.Println(Color(1))
	fmt.Println(Color(4))
	i := 4
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		fmt.Println([]string{"a", "b"}[i])
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		fmt.Println(grid()[1][i])
	}()
	fmt.Println([]string{2: "c"}[i-2], grid()[1][i-2])
	fmt.Println([]string{"a", "b"}[i-3])
}
