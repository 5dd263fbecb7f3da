package main

import (
	"flag"
	"fmt"
	"os"
)

func main() {
	name := flag.String("name", "world", "who to greet")
	times := flag.Int("n", 2, "how many times")
	flag.Parse()
	if len(os.Args) > 1 {
		fmt.Println("usage: greet [-name who] [-n times]")
		os.Exit(2)
	}
	for range *times {
		fmt.Println("hello", *name)
	}
	fmt.Println(len(os.Args), flag.NArg(), flag.Args())
}
