package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.Date(2009, time.November, 10, 23, 4, 5, 651387237, time.UTC)
	fmt.Println(t)
	fmt.Println(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), t.Nanosecond())
	fmt.Println(t.Weekday(), t.YearDay())
	fmt.Println(t.Format(time.RFC3339))
	fmt.Println(t.Format(time.RFC3339Nano))
	fmt.Println(t.Format("3:04PM"))
	fmt.Println(t.Format("Mon Jan _2 15:04:05 2006"))
	fmt.Println(t.Format("2006-01-02T15:04:05.999999-07:00"))
	fmt.Println(t.Format(time.DateOnly), t.Format(time.Kitchen))
	fmt.Printf("%d-%02d-%02dT%02d:%02d:%02d\n", t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second())
	p, err := time.Parse(time.RFC3339, "2012-11-01T22:08:41+00:00")
	fmt.Println(p, err)
	_, err = time.Parse("3 04 PM", "8 41 PM x")
	fmt.Println(err)
	later := t.Add(36 * time.Hour)
	fmt.Println(later, later.Sub(t), later.After(t))
	fmt.Println(t.AddDate(0, 1, 25).Format(time.DateTime))
	fmt.Println(t.Truncate(time.Hour), t.Round(time.Minute).Format(time.TimeOnly))
	fmt.Println(t.Unix(), t.UnixMilli())
	fmt.Println(time.Unix(0, 0).UTC())
	loc := time.FixedZone("UTC+2", 2*60*60)
	fmt.Println(t.In(loc))
	fmt.Println(t.Equal(t.In(loc)), t == t.In(loc))
	fmt.Printf("%v|%s|%T\n", t.Month(), time.March, t)
}
