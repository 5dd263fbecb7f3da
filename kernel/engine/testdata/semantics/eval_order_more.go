package main

import (
	"errors"
	"fmt"
)

type Counter struct{ n int }

func (c Counter) Value() int { return c.n }
func (c *Counter) Inc()      { c.n++ }

func trace(s string, v int) int {
	fmt.Print(s, " ")
	return v
}

func safeDivide(a, b int) (result int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
			result = -1
		}
	}()
	return a / b, nil
}

func counterClosure() (func() int, func()) {
	c := Counter{}
	return c.Value, c.Inc
}

func main() {
	c := Counter{n: 1}
	v := c.Value
	inc := c.Inc
	inc()
	inc()
	fmt.Println(v(), c.Value(), c.n)
	a := []int{trace("a", 1), trace("b", 2), trace("c", 3)}
	fmt.Println(a)
	m := map[string]int{"x": trace("x", 1)}
	fmt.Println(m)
	x, y := trace("first", 1), trace("second", 2)
	fmt.Println(x + y)
	i := 0
	s := []int{10, 20, 30}
	i, s[i] = 1, 99
	fmt.Println(i, s)
	fmt.Println(safeDivide(10, 2))
	fmt.Println(safeDivide(1, 0))
	get, bump := counterClosure()
	bump()
	fmt.Println(get())
	var err error
	defer func() { fmt.Println("deferred sees err:", err) }()
	err = errors.New("set later")
	funcs := map[string]func(int) int{
		"sq":  func(n int) int { return n * n },
		"neg": func(n int) int { return -n },
	}
	for _, k := range []string{"sq", "neg"} {
		fmt.Print(funcs[k](5), " ")
	}
	fmt.Println()
	ch := make(chan int, 3)
	for i := range 3 {
		ch <- i
	}
	close(ch)
	total := 0
	for {
		select {
		case v, ok := <-ch:
			if !ok {
				fmt.Println("total", total)
				return
			}
			total += v
		}
	}
}
