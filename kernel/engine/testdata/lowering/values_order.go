package main

import (
	"errors"
	"fmt"
	"runtime"
	"strings"
)

type Temp float64

func (t Temp) Celsius() string          { return fmt.Sprintf("%.1f°C", float64(t)) }
func (t *Temp) Raise(by Temp)           { *t += by }
func (t Temp) Scale(fs ...float64) Temp { return t * Temp(len(fs)) }

type codeErr struct{ code int }

func (e codeErr) Error() string { return fmt.Sprint("code ", e.code) }

var label = "reading"

// stats returns two values, the second from a builtin.
func stats(xs []float64) (mean float64, n int) {
	for _, x := range xs {
		mean += x
	}
	if len(xs) == 0 {
		return 0, len(xs)
	}
	return mean / float64(len(xs)), len(xs)
}

func grow(xs []string) (string, []string) { return "grown", append(xs, "z") }

func safely(f func()) (err error) {
	defer func() {
		r := recover()
		if e, ok := r.(error); ok {
			err = fmt.Errorf("recovered error: %w", e)
		} else if r != nil {
			err = fmt.Errorf("recovered %v", r)
		}
	}()
	f()
	return nil
}

func main() {
	fmt.Println(stats([]float64{1, 2, 4}))
	fmt.Println(grow([]string{"y"}))
	var total float64
	var count int
	total, count = 2.5, cap(make([]int, 3, 8))
	fmt.Println(total, count)

	show := Temp.Celsius
	raise := (*Temp).Raise
	t := Temp(20)
	raise(&t, 1.5)
	fmt.Println(show(t), Temp.Scale(t, 1, 2), strings.Map(func(r rune) rune { return r + 1 }, "HAL"))

	err := safely(func() { panic(codeErr{7}) })
	fmt.Println(err)
	fmt.Println(safely(func() { panic(errors.New("plain")) }))
	fmt.Println(safely(func() { panic("text") }))
	var empty []int
	err = safely(func() { _ = empty[2] })
	fmt.Printf("%v %T\n", err, errors.Unwrap(err))
	var re runtime.Error
	fmt.Println(errors.As(err, &re))

	label := label + " (local)"
	fmt.Println(label)
	k := "a"
	m := map[string]int{}
	k, m[k] = "b", 1
	fmt.Println(k, m)
}
