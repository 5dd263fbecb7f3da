package main

import (
	"fmt"
	"sync"
)

func safeGo(wg *sync.WaitGroup, errs []string, i int, f func()) {
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer func() {
			if r := recover(); r != nil {
				errs[i] = fmt.Sprint("task ", i, " panicked: ", r)
			}
		}()
		f()
	}()
}

func main() {
	var wg sync.WaitGroup
	errs := make([]string, 3)
	safeGo(&wg, errs, 0, func() {})
	safeGo(&wg, errs, 1, func() { panic("boom") })
	safeGo(&wg, errs, 2, func() {
		var s []int
		_ = s[1]
	})
	wg.Wait()
	for i, e := range errs {
		fmt.Printf("%d %q\n", i, e)
	}
}
