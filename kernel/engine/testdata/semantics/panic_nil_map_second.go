// A nil map written after made ones, on other lines, and a value method
// called through a nil pointer: the tracebacks name the failing lines.
package main

import "fmt"

type Inventory struct {
	counts map[string]int
}

func (inv *Inventory) Add(item string) {
	inv.counts[item]++
}

type Counter struct{ n int }

func (c Counter) Get() int { return c.n }

func total(pc *Counter) int {
	fmt.Println("counting")
	return pc.Get()
}

func main() {
	stock := map[string]int{"apple": 3}
	stock["pear"] = 2
	fmt.Println(stock)
	good := &Inventory{counts: map[string]int{}}
	good.Add("nut")
	fmt.Println(good.counts, total(&Counter{4}))
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		fmt.Println(total(nil))
	}()
	var prices map[string]float64
	fmt.Println(len(prices), prices["apple"])
	prices["apple"] = 1.25
}
