package main

func main() {
	goto N
}
