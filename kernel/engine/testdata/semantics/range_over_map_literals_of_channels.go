// Fanning in from a map of channels written in place: each name gets
// its own channel.
package main

import (
	"fmt"
	"sort"
)

func merge(chans map[string]<-chan int) []string {
	var out []string
	for name, c := range chans {
		for v := range c {
			out = append(out, fmt.Sprint(name, v))
		}
	}
	sort.Strings(out)
	return out
}

func source(vals ...int) <-chan int {
	c := make(chan int, len(vals))
	for _, v := range vals {
		c <- v
	}
	close(c)
	return c
}

func main() {
	a := make(chan int, 1)
	a <- 7
	for name, c := range map[string]chan int{"a": a} {
		fmt.Println(name, len(c))
	}
	fmt.Println(merge(map[string]<-chan int{"x": source(1, 2), "y": source(3)}))
	n := 0
	for _, c := range map[string]<-chan int{"p": source(4, 5)} {
		for v := range c {
			n += v
		}
	}
	fmt.Println(n)
}
