package main

import (
	"fmt"
	"os"
)

func cleanup() {
	fmt.Println("cleanup never runs")
}

func main() {
	defer cleanup()
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("fatal:", r)
			os.Exit(2)
		}
	}()
	defer fmt.Println("closing files")
	var cfg map[string]int
	cfg["port"] = 80
	fmt.Println("not reached")
}
