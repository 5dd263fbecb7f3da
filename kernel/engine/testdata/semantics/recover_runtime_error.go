package main

import (
	"fmt"
	"runtime"
)

func try(name string, f func()) {
	defer func() {
		r := recover()
		if re, ok := r.(runtime.Error); ok {
			fmt.Printf("%s: runtime error: %v\n", name, re.Error())
			return
		}
		fmt.Printf("%s: %v (%T)\n", name, r, r)
	}()
	f()
}

func main() {
	try("index", func() {
		s := []int{1}
		i := 3
		_ = s[i]
	})
	try("nil map", func() {
		var m map[int]int
		m[1] = 2
	})
	try("nil deref", func() {
		var p *struct{ x int }
		fmt.Println(p.x)
	})
	try("assert", func() {
		var v any = "s"
		_ = v.(int)
	})
	try("custom", func() { panic("mine") })
	try("error", func() { panic(fmt.Errorf("wrapped %d", 1)) })
	try("div", func() {
		z := 0
		fmt.Println(1 / z)
	})
	try("closed", func() {
		c := make(chan int)
		close(c)
		c <- 1
	})
	try("slice", func() {
		s := []int{1, 2}
		j := 1
		_ = s[j:0:1]
	})
}
