// Variables of the standard library assigned and copied (os.Args read
// by flag.Parse, runtime.MemProfileRate), and untyped constants sent by
// a select on channels of other element types.
package main

import (
	"flag"
	"fmt"
	"os"
	"runtime"
)

type Level int8

func main() {
	fmt.Println(len(os.Args))
	os.Args = []string{"prog", "-v", "-n", "3", "rest"}
	a := os.Args
	fmt.Println(len(a), len(os.Args), os.Args[1:])
	verbose := flag.Bool("v", false, "verbose")
	n := flag.Int("n", 1, "count")
	flag.Parse()
	fmt.Println(*verbose, *n, flag.Args())
	old := runtime.MemProfileRate
	runtime.MemProfileRate = 4096
	fmt.Println(runtime.MemProfileRate)
	runtime.MemProfileRate = old

	c32 := make(chan int32, 1)
	select {
	case c32 <- 123:
		fmt.Println("sent", <-c32)
	default:
	}
	f := make(chan float64, 1)
	select {
	case f <- 2:
	}
	fmt.Println(<-f)
	lv := make(chan Level, 1)
	const warn = 3
	select {
	case lv <- warn:
	}
	fmt.Printf("%v %T\n", <-lv, Level(0))
	lv <- 1
	fmt.Printf("%T %v\n", <-lv, len(lv))
}
