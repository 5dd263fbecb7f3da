package main

import "fmt"

type handler func(string) string

func greet(s string) string { return "hi " + s }

func main() {
	handlers := map[string]handler{"greet": greet}
	fmt.Println(handlers["greet"]("bob"))
	h := handlers["missing"]
	fmt.Println("calling")
	fmt.Println(h("x"))
}
