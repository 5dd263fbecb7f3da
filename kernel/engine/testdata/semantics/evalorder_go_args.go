package main

import (
	"fmt"
	"sync"
)

func show(label string, v int, wg *sync.WaitGroup, out []string, slot int) {
	defer wg.Done()
	out[slot] = fmt.Sprint(label, "=", v)
}

func main() {
	var wg sync.WaitGroup
	out := make([]string, 3)
	x := 1
	wg.Add(1)
	go show("x", x, &wg, out, 0)
	x = 100
	wg.Wait()
	y := 2
	wg.Add(1)
	go func(v int) {
		defer wg.Done()
		out[1] = fmt.Sprint("y=", v)
	}(y)
	y = 200
	wg.Wait()
	z := 3
	done := make(chan bool)
	go func() {
		out[2] = fmt.Sprint("z=", z)
		done <- true
	}()
	<-done
	z = 300
	fmt.Println(out, x, y, z)
	res := make([]int, 4)
	for i := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			res[i] = i * 10
		}()
	}
	wg.Wait()
	fmt.Println(res)
}
