package main

import (
	"cmp"
	"fmt"
	"slices"
	"sort"
)

type byLength []string

func (s byLength) Len() int           { return len(s) }
func (s byLength) Swap(i, j int)      { s[i], s[j] = s[j], s[i] }
func (s byLength) Less(i, j int) bool { return len(s[i]) < len(s[j]) }

type Person struct {
	name string
	age  int
}

func main() {
	fruits := []string{"peach", "banana", "kiwi"}
	lenCmp := func(a, b string) int {
		return cmp.Compare(len(a), len(b))
	}
	slices.SortFunc(fruits, lenCmp)
	fmt.Println(fruits)
	people := []Person{
		Person{name: "Jax", age: 37},
		Person{name: "TJ", age: 25},
		Person{name: "Alex", age: 72},
	}
	slices.SortFunc(people,
		func(a, b Person) int {
			return cmp.Compare(a.age, b.age)
		})
	fmt.Println(people)
	f2 := []string{"peach", "banana", "kiwi"}
	sort.Sort(byLength(f2))
	fmt.Println(f2)
	sort.Sort(sort.Reverse(byLength(f2)))
	fmt.Println(f2)
	ints := []int{7, 2, 4}
	slices.Sort(ints)
	fmt.Println("Ints:   ", ints)
	s := slices.IsSorted(ints)
	fmt.Println("Sorted: ", s)
	idx, found := slices.BinarySearchFunc(people, 37, func(p Person, age int) int { return cmp.Compare(p.age, age) })
	fmt.Println(idx, found)
	sort.Slice(people, func(i, j int) bool { return people[i].name < people[j].name })
	fmt.Printf("%v %+v\n", people, people[0])
}
