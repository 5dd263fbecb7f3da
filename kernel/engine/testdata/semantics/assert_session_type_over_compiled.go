package main

import (
	"fmt"
	"time"
)

type D time.Duration

type Secs interface{ Seconds() float64 }

func main() {
	var a any = D(5)
	_, ok := a.(interface{ Seconds() float64 })
	_, ok2 := a.(Secs)
	fmt.Println(ok, ok2)
	a = time.Duration(5)
	_, ok = a.(interface{ Seconds() float64 })
	_, ok2 = a.(Secs)
	fmt.Println(ok, ok2)
}
