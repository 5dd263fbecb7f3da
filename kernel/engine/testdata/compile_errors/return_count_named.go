package main

func f() (a, b int) {
	return 1
}

func main() { f() }
