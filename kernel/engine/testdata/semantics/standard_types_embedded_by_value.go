// Structs embedding a standard type by value (time.Duration, time.Time,
// time.Month, sort.IntSlice) held in the standard interfaces its methods
// satisfy: the methods are the struct's, as Go promotes them.
package main

import (
	"fmt"
	"sort"
	"time"
)

type Stamp struct {
	time.Time
	Label string
}

type ints struct{ sort.IntSlice }

func (i ints) Extra() string { return "extra" }

type Level struct {
	time.Month
	N int
}

func main() {
	var s fmt.Stringer = Stamp{time.Date(2024, 1, 2, 3, 4, 5, 0, time.UTC), "x"}
	fmt.Println(s.String())
	var si sort.Interface = ints{sort.IntSlice{3, 1, 2}}
	sort.Sort(si)
	fmt.Println(si.Len(), si.(ints).IntSlice)
	_, ok := si.(interface{ Extra() string })
	fmt.Println(ok)
	var m fmt.Stringer = Level{time.March, 1}
	fmt.Println(m, m.String())
	type Retry struct {
		time.Duration
		N int
	}
	var r fmt.Stringer = Retry{90 * time.Second, 3}
	fmt.Println(r.String(), r)
}
