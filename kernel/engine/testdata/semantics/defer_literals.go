package main

import (
	"fmt"
	"strings"
	"sync"
)

type counter struct {
	mu sync.Mutex
	n  int
}

func (c *counter) add(k int) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.n += k
}

func deferredLiterals() {
	for i := 0; i < 3; i++ {
		defer func(k int) { fmt.Println("deferred", k) }(i * 10)
	}
	fmt.Println("loop done")
}

func unlockInLiteral(mu *sync.Mutex) {
	mu.Lock()
	defer func(m *sync.Mutex) {
		m.Unlock()
		fmt.Println("unlocked")
	}(mu)
	fmt.Println("holding")
}

func builders() string {
	var b strings.Builder
	defer b.Reset()
	b.WriteString("kept")
	return b.String()
}

func main() {
	deferredLiterals()
	var mu sync.Mutex
	unlockInLiteral(&mu)
	unlockInLiteral(&mu)
	c := &counter{}
	for i := 1; i <= 4; i++ {
		c.add(i)
	}
	fmt.Println("count", c.n)
	fmt.Println(builders())
	start := 5
	defer func(s int) { fmt.Println("main deferred", s) }(start)
	start = 6
	fmt.Println("start now", start)
}
