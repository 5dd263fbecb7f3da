package main

import (
	"fmt"
	"sync/atomic"
)

type Config struct{ Name string }

var gp atomic.Pointer[int]
var cfg atomic.Pointer[Config]
var hits atomic.Int64

func main() {
	fmt.Println(gp.Load() == nil)
	v := 5
	gp.Store(&v)
	fmt.Println(*gp.Load())
	cfg.Store(&Config{"a"})
	old := cfg.Swap(&Config{"b"})
	fmt.Println(old.Name, cfg.Load().Name)
	hits.Add(3)
	fmt.Println(hits.Load())
}
