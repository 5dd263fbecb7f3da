package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

type Person struct {
	Name string
	Age  int
}

func main() {
	s := []int{5, 2, 8, 1, 9, 3}
	sorted := slices.Clone(s)
	slices.Sort(sorted)
	fmt.Println(s, sorted)
	idx, found := slices.BinarySearch(sorted, 8)
	fmt.Println(idx, found)
	fmt.Println(slices.Index(s, 8), slices.Contains(s, 4))
	fmt.Println(slices.Min(s), slices.Max(s))
	r := slices.Clone(s)
	slices.Reverse(r)
	fmt.Println(r)
	people := []Person{{"Alice", 30}, {"Bob", 25}, {"Carol", 30}, {"Dan", 25}}
	slices.SortStableFunc(people, func(a, b Person) int { return cmp.Compare(a.Age, b.Age) })
	fmt.Println(people)
	slices.SortFunc(people, func(a, b Person) int {
		return cmp.Or(-cmp.Compare(a.Age, b.Age), strings.Compare(a.Name, b.Name))
	})
	fmt.Println(people)
	i := slices.IndexFunc(people, func(p Person) bool { return p.Name == "Dan" })
	fmt.Println(i)
	s = slices.Insert(s, 1, 100, 200)
	fmt.Println(s)
	s = slices.Delete(s, 0, 2)
	fmt.Println(s)
	fmt.Println(slices.Compact([]int{1, 1, 2, 2, 2, 3, 1}))
	fmt.Println(slices.Repeat([]string{"ab"}, 3))
	for c := range slices.Chunk([]int{1, 2, 3, 4, 5}, 2) {
		fmt.Print(c)
	}
	fmt.Println()
	fmt.Println(slices.Collect(slices.Values([]string{"x", "y"})))
	for i, v := range slices.Backward([]string{"a", "b", "c"}) {
		fmt.Print(i, v, " ")
	}
	fmt.Println()
}
