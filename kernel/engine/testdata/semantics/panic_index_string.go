package main

import "fmt"

func main() {
	s := "héllo"
	fmt.Println(s[1], len(s))
	i := 10
	fmt.Println(s[i])
}
