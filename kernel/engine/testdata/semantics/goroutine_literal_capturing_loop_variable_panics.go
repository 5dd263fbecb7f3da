package main

import "fmt"

// Goroutines started in a loop, each capturing its iteration's
// variable: the one dividing by zero is named at its line.

func main() {
	done := make(chan int)
	divisors := []int{4, 2, 0}
	for i, d := range divisors {
		go func() {
			if i < len(divisors)-1 {
				return
			}
			done <- 100 / d
		}()
	}
	fmt.Println(<-done)
}
