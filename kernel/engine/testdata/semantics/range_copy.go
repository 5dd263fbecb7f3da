package main

import "fmt"

func main() {
	arr := [3]int{1, 2, 3}
	for i, v := range arr {
		if i == 0 {
			arr[1] = 100
		}
		fmt.Print(v, " ")
	}
	fmt.Println(arr)
	sl := []int{1, 2, 3}
	for i, v := range sl {
		if i == 0 {
			sl[1] = 100
		}
		fmt.Print(v, " ")
	}
	fmt.Println(sl)
	parr := [3]int{1, 2, 3}
	for i, v := range &parr {
		if i == 0 {
			parr[2] = 300
		}
		fmt.Print(v, " ")
	}
	fmt.Println()
	grow := []int{1, 2}
	for _, v := range grow {
		grow = append(grow, v*10)
	}
	fmt.Println(grow)
	type item struct{ n int }
	items := []item{{1}, {2}}
	for _, it := range items {
		it.n *= 10
	}
	fmt.Println(items)
	for i := range items {
		items[i].n *= 10
	}
	fmt.Println(items)
	n := 3
	for i := range n {
		n = 10
		fmt.Print(i)
	}
	fmt.Println(" n =", n)
	str := "ab"
	for i := range str {
		str = "changed"
		fmt.Print(i)
	}
	fmt.Println(" " + str)
}
