// A recursive walk whose first run panics and is recovered; the second
// run panics deeper on another side: the traceback names its own calls,
// not those the first run left.
package main

import "fmt"

type Dir struct {
	Name  string
	Files map[string]int
	Subs  []*Dir
}

func size(d *Dir, limit int) int {
	total := 0
	for _, n := range d.Files {
		total += n
	}
	if total > limit {
		var missing *Dir
		total += len(missing.Name)
	}
	for i, s := range d.Subs {
		if i == 0 {
			total += size(s, limit)
			continue
		}
		sub := size(s, limit)
		total += sub
	}
	return total
}

func safeSize(d *Dir, limit int) (n int) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("recovered:", r)
			n = -1
		}
	}()
	return size(d, limit)
}

func main() {
	leaf := &Dir{Name: "leaf", Files: map[string]int{"a": 50}}
	mid := &Dir{Name: "mid", Files: map[string]int{"b": 5}, Subs: []*Dir{{Name: "x"}, leaf}}
	root := &Dir{Name: "/", Subs: []*Dir{{Name: "tmp", Files: map[string]int{"c": 1}}, mid}}
	fmt.Println(safeSize(root, 40))
	fmt.Println(safeSize(root, 100))
	deep := &Dir{Name: "/", Subs: []*Dir{leaf, {Name: "home", Subs: []*Dir{{Name: "big", Files: map[string]int{"z": 70}}, {Name: "u"}}}}}
	fmt.Println(size(deep, 60))
}
