package main

import (
	"fmt"
	"sort"
)

type byLen []string

func (b byLen) Len() int          { return len(b) }
func (b byLen) Less(i, j int) int { return len(b[i]) - len(b[j]) }
func (b byLen) Swap(i, j int)     { b[i], b[j] = b[j], b[i] }

func main() {
	s := []string{"aa", "b"}
	sort.Sort(byLen(s))
	fmt.Println(s)
}
