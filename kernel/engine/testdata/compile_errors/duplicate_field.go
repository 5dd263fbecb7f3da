package main

type T struct {
	A int
	A string
}

func main() {}
