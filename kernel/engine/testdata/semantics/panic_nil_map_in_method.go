package main

import (
	"fmt"
	"strings"
)

type Inventory struct {
	items map[string]int
	order []string
}

func NewInventory() *Inventory { return &Inventory{order: []string{}} }

func (inv *Inventory) Add(name string, n int) {
	inv.order = append(inv.order, name)
	inv.items[name] += n
}

func (inv *Inventory) Report() string {
	var b strings.Builder
	for _, name := range inv.order {
		fmt.Fprintf(&b, "%s=%d ", name, inv.items[name])
	}
	return b.String()
}

func main() {
	inv := NewInventory()
	fmt.Println("report:", inv.Report())
	inv.Add("apples", 3)
	fmt.Println("unreachable")
}
