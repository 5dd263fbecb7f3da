package main

import (
	"fmt"
	"sort"
	"strconv"
)

type byLen []string

func (b byLen) Len() int           { return len(b) }
func (b byLen) Less(i, j int) bool { return len(b[i]) < len(b[j]) }
func (b byLen) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

func main() {
	n, err := strconv.Atoi("123")
	fmt.Println(n+1, err)
	_, err = strconv.Atoi("12a")
	fmt.Println(err)
	f, _ := strconv.ParseFloat("2.5", 64)
	b, _ := strconv.ParseBool("true")
	i64, _ := strconv.ParseInt("-ff", 16, 64)
	fmt.Println(f*2, b, i64)
	fmt.Println(strconv.Itoa(99)+"!", strconv.Quote("hi\n"), strconv.FormatInt(255, 2))
	fmt.Println(strconv.FormatFloat(3.14159, 'f', 2, 64))
	words := []string{"banana", "kiwi", "apple", "fig"}
	sort.Strings(words)
	fmt.Println(words)
	sort.Sort(byLen(words))
	fmt.Println(words)
	sort.Stable(sort.Reverse(byLen(words)))
	fmt.Println(words)
	nums := []int{5, 1, 4}
	sort.Sort(sort.Reverse(sort.IntSlice(nums)))
	fmt.Println(nums, sort.IsSorted(sort.IntSlice(nums)))
	idx := sort.SearchInts([]int{1, 3, 5, 7}, 5)
	fmt.Println(idx)
	people := []struct {
		Name string
		Age  int
	}{{"A", 30}, {"B", 25}, {"C", 30}}
	sort.SliceStable(people, func(i, j int) bool { return people[i].Age < people[j].Age })
	fmt.Println(people)
}
