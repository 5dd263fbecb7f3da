// A warehouse keeps its bins in a map of pointers: shipping from a bin
// that was never stocked reads a nil *Bin out of the map, and the panic
// names the line using it, not the line reading the map.
package main

import "fmt"

type Bin struct {
	Item  string
	Stock int
}

type Warehouse struct {
	bins map[string]*Bin
	log  []string
}

func (w *Warehouse) Stock(item string, n int) {
	w.bins[item] = &Bin{Item: item, Stock: n}
}

func (w *Warehouse) Ship(item string) {
	b := w.bins[item]
	w.log = append(w.log, "ship "+item)
	b.Stock--
	fmt.Println(b.Item, "left:", b.Stock)
}

func main() {
	w := &Warehouse{bins: map[string]*Bin{}}
	w.Stock("bolt", 2)
	w.Ship("bolt")
	w.Ship("nut")
}
