package main

import (
	"fmt"
	"sort"
)

func main() {
	type kv struct {
		Key   string
		Value int
	}
	counts := map[string]int{"x": 3, "y": 1, "z": 2}
	var list []kv
	for k, v := range counts {
		list = append(list, kv{k, v})
	}
	sort.Slice(list, func(i, j int) bool { return list[i].Value > list[j].Value })
	fmt.Println(list)
	fmt.Printf("%+v %T\n", list[0], list[0])
	type pair [2]int
	var ps []pair
	ps = append(ps, pair{1, 2})
	fmt.Println(ps)
	type celsius float64
	temps := []celsius{20.5, 18}
	fmt.Printf("%v %T\n", temps, temps[0])
	type node struct {
		v    int
		next *node
	}
	head := &node{1, &node{2, nil}}
	for n := head; n != nil; n = n.next {
		fmt.Print(n.v, " ")
	}
	fmt.Println()
	anon := []struct {
		in   string
		want int
	}{{"a", 1}, {"bb", 2}}
	for _, tc := range anon {
		fmt.Println(tc.in, len(tc.in) == tc.want)
	}
}
