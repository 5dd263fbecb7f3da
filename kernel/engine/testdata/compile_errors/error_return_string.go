package main

func check(n int) error {
	if n < 0 {
		return "negative"
	}
	return nil
}

func main() { check(1) }
