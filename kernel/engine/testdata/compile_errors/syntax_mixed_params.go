package main

func f(a int, b) int { return a }

func main() { f(1, 2) }
