// A config holder in an atomic.Value is stored on several lines; the
// store of another type panics where it is written.
package main

import (
	"fmt"
	"sync/atomic"
)

type Config struct{ Workers int }

func main() {
	var cur atomic.Value
	cur.Store(Config{Workers: 2})
	fmt.Println(cur.Load().(Config).Workers)
	cur.Store(Config{Workers: 4})
	fmt.Println(cur.Load().(Config).Workers)
	cur.Store("eight")
	fmt.Println("never")
}
