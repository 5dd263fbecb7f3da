package main

import (
	"fmt"
	"time"
)

func main() {
	d := 90 * time.Minute
	fmt.Println(d, d.Hours(), d.Minutes())
	fmt.Println(1500*time.Millisecond, 2*time.Second+300*time.Microsecond)
	fmt.Println(time.Duration(1), time.Duration(0), -3*time.Second)
	parsed, err := time.ParseDuration("1h15m30.5s")
	fmt.Println(parsed, err, parsed.Seconds())
	_, err = time.ParseDuration("3 days")
	fmt.Println(err)
	fmt.Println(d.Round(time.Hour), d.Truncate(time.Hour))
	fmt.Printf("%v %d %T %s\n", d, d, d, d)
	fmt.Printf("%.2f hours\n", d.Hours())
	laps := []time.Duration{95 * time.Second, 102 * time.Second, 88 * time.Second}
	var total time.Duration
	best := laps[0]
	for _, l := range laps {
		total += l
		best = min(best, l)
	}
	fmt.Println("total", total, "avg", total/time.Duration(len(laps)), "best", best)
	fmt.Println(time.Duration(1<<63 - 1))
	fmt.Println(d > time.Hour, d.String() == "1h30m0s")
}
