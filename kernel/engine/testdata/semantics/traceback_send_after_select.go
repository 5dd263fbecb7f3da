package main

func main() {
	ch := make(chan int, 1)
	select {
	case ch <- 2:
	default:
	}
	close(ch)
	ch <- 3
}
