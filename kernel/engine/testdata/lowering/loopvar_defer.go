package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
	"time"
)

// closeAll opens a resource per name and closes them in reverse order,
// each deferred literal remembering its own iteration's resource.
func closeAll(names []string) (log []string) {
	for _, n := range names {
		r := strings.ToUpper(n)
		defer func() { log = append(log, "close "+r) }()
	}
	for i := 0; i < 2; i++ {
		defer func(tag string) { log = append(log, fmt.Sprint(tag, i)) }("tag")
	}
	return []string{"opened"}
}

func main() {
	fmt.Println(closeAll([]string{"a", "b", "c"}))

	var wg sync.WaitGroup
	var mu sync.Mutex
	var seen []int
	for i := range 5 {
		wg.Go(func() {
			mu.Lock()
			defer mu.Unlock()
			seen = append(seen, i*i)
		})
	}
	wg.Wait()
	sort.Ints(seen)
	fmt.Println(seen)

	// The literal shares the variable: what it writes is seen after.
	doubled := make([]*int, 0, 3)
	for i := 1; i <= 3; i++ {
		x := i
		doubled = append(doubled, &x)
		wg.Go(func() { x *= 2 })
	}
	wg.Wait()
	fmt.Println(*doubled[0], *doubled[1], *doubled[2])

	var fired []string
	for _, s := range []string{"x", "y"} {
		wg.Add(1)
		time.AfterFunc(time.Millisecond, func() {
			mu.Lock()
			fired = append(fired, s)
			mu.Unlock()
			wg.Done()
		})
	}
	wg.Wait()
	sort.Strings(fired)
	fmt.Println(fired)

	total := 0
	for i := 1; i <= 100; i++ {
		wg.Go(func() {
			mu.Lock()
			total += i
			mu.Unlock()
		})
	}
	wg.Wait()
	fmt.Println("total:", total)
}
