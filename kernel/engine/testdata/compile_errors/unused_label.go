package main

func main() {
Outer:
	for i := 0; i < 2; i++ {
	}
}
