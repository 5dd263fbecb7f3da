package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.Date(2024, time.March, 15, 14, 30, 45, 0, time.UTC)
	fmt.Println(t)
	fmt.Println(t.Format("2006-01-02 15:04:05"), t.Format(time.RFC3339), t.Format("Jan 2, 2006 at 3:04pm"))
	fmt.Println(t.Year(), t.Month(), t.Day(), t.Weekday(), t.YearDay())
	later := t.Add(90 * time.Minute)
	fmt.Println(later.Sub(t), later.After(t), t.AddDate(0, 1, 20).Format("2006-01-02"))
	d := 3*time.Hour + 25*time.Minute + 500*time.Millisecond
	fmt.Println(d, d.Minutes(), d.Round(time.Hour), d.Truncate(time.Minute))
	p, err := time.Parse("2006-01-02", "2023-12-25")
	fmt.Println(p.Weekday(), err)
	dur, _ := time.ParseDuration("1h15m30s")
	fmt.Println(dur.Seconds())
	fmt.Println(t.Truncate(24 * time.Hour).Format(time.Kitchen))
	var zero time.Time
	fmt.Println(zero.IsZero())
}
