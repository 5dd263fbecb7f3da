package main

import (
	"fmt"
	"os"
	"strings"
	"text/tabwriter"
)

type row struct {
	name  string
	qty   int
	price float64
}

func main() {
	rows := []row{{"apple", 3, 0.5}, {"watermelon", 1, 3.25}, {"fig", 12, 0.2}}
	fmt.Printf("%-12s|%5s|%8s\n", "item", "qty", "total")
	fmt.Println(strings.Repeat("-", 27))
	var sum float64
	for _, r := range rows {
		t := float64(r.qty) * r.price
		sum += t
		fmt.Printf("%-12s|%5d|%8.2f\n", r.name, r.qty, t)
	}
	fmt.Printf("%-12s|%5s|%8.2f\n", "TOTAL", "", sum)
	w := tabwriter.NewWriter(os.Stdout, 0, 8, 1, ' ', tabwriter.AlignRight)
	for _, r := range rows {
		fmt.Fprintf(w, "%s\t%d\t%.2f\t\n", r.name, r.qty, r.price)
	}
	w.Flush()
	csv := "name,age\nann,30\nbob,25"
	for i, line := range strings.Split(csv, "\n") {
		cols := strings.Split(line, ",")
		fmt.Printf("%d %q\n", i, cols)
	}
	fmt.Println(strings.Map(func(r rune) rune {
		if r == 'a' {
			return -1
		}
		return r
	}, "banana"))
}
