package main

import "fmt"

func main() {
	var fs []func()
	for i := 0; i < 3; i++ {
		fs = append(fs, func() { fmt.Println("captured", i) })
		i := i * 10
		fmt.Println("shadow", i)
	}
	for _, f := range fs {
		f()
	}
	var gs []func() int
	for i, j := 0, 10; i < 3; i, j = i+1, j-1 {
		gs = append(gs, func() int { return i*100 + j })
		j := "j"
		_ = j
	}
	for _, g := range gs {
		fmt.Println(g())
	}
}
