// Goroutines started in a loop build their results from the loop's
// per-iteration slice: struct literals with indexed elements' fields.
package main

import (
	"fmt"
	"sort"
)

type Reading struct {
	Value float64
	Unit  string
}

type Summary struct {
	Name  string
	Total float64
	Unit  string
	First Reading
}

func main() {
	series := map[string][]Reading{
		"rain": {{1.5, "mm"}, {2.0, "mm"}, {0.5, "mm"}},
		"temp": {{18, "C"}, {21, "C"}},
		"wind": {{7, "km/h"}},
	}
	names := make([]string, 0, len(series))
	for name := range series {
		names = append(names, name)
	}
	sort.Strings(names)

	out := make(chan Summary)
	for _, name := range names {
		s := series[name]
		go func() {
			total := 0.0
			for _, r := range s {
				total += r.Value
			}
			out <- Summary{name, total, s[0].Unit, Reading{s[len(s)-1].Value, s[0].Unit}}
		}()
	}
	var results []Summary
	for range names {
		results = append(results, <-out)
	}
	sort.Slice(results, func(i, j int) bool { return results[i].Name < results[j].Name })
	for _, r := range results {
		fmt.Printf("%-5s %5.1f %-5s last=%v\n", r.Name, r.Total, r.Unit, r.First)
	}

	pairs := [][2]int{{1, 2}, {3, 4}, {5, 6}}
	done := make(chan [2]int, len(pairs))
	for _, p := range pairs {
		go func() { done <- [2]int{p[1], p[0]} }()
	}
	sums := 0
	for range pairs {
		q := <-done
		sums += q[0]*10 + q[1]
	}
	fmt.Println("swapped sum:", sums)
}
