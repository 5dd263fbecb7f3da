// Configs may leave a limit unset (a nil *int): a loop reads each
// config's name first, then the limit through the pointer, and the panic
// names the line that read through nil, not the first line of the body.
package main

import "fmt"

type Config struct {
	Name  string
	Limit *int
}

func limitOf(n int) *int { return &n }

func main() {
	configs := []*Config{
		{Name: "api", Limit: limitOf(10)},
		{Name: "skip"},
		{Name: "batch", Limit: limitOf(5)},
		{Name: "worker"},
	}
	total := 0
	for _, c := range configs {
		if c.Name == "skip" {
			continue
		}
		fmt.Println("adding", c.Name)
		total += *c.Limit
		fmt.Println("total", total)
	}
	fmt.Println(total)
}
