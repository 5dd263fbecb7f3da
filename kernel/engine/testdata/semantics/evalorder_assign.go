package main

import "fmt"

func idx(name string, i int) int {
	fmt.Println("index", name)
	return i
}

func val(name string, v int) int {
	fmt.Println("value", name)
	return v
}

func main() {
	a, b := 1, 2
	a, b = b, a
	fmt.Println(a, b)
	s := []int{0, 0, 0}
	i := 0
	i, s[i] = 1, 9
	fmt.Println(i, s)
	s[idx("left", 0)], s[idx("right", 1)] = val("first", 5), val("second", 6)
	fmt.Println(s)
	x := []int{1, 2, 3}
	j := 0
	j, x[j], x[j+1] = 2, x[2], x[j]
	fmt.Println(j, x)
	m := map[string]int{}
	k := "a"
	k, m[k] = "b", 1
	fmt.Println(k, m)
	arr := [3]int{1, 2, 3}
	arr[0], arr[1], arr[2] = arr[2], arr[0], arr[1]
	fmt.Println(arr)
	var p struct{ a, b int }
	p.a, p.b = 7, p.a
	fmt.Println(p)
	n := 5
	n, n2 := n+1, n*2
	fmt.Println(n, n2)
}
