package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.NewTimer(time.Hour)
	fmt.Println(cap(t.C), len(t.C))
	t.Stop()
	tk := time.NewTicker(time.Hour)
	fmt.Println(cap(tk.C))
	tk.Stop()
	t2 := time.NewTimer(time.Millisecond)
	<-time.After(5 * time.Millisecond)
	// In Go 1.23+, Reset drains: no stale value.
	t2.Reset(time.Hour)
	select {
	case <-t2.C:
		fmt.Println("stale")
	default:
		fmt.Println("no stale value")
	}
	fmt.Println(t2.Stop())
}
