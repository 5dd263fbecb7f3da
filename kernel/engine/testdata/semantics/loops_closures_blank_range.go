// Programs that interpreters have got wrong: ranges that change what
// they range over, closures made in loops, a map ranged with a blank
// value, a variable redeclared in a loop body.
package main

import (
	"encoding/json"
	"fmt"
	"sort"
	"strconv"
	"sync"
)

type F func() int

type Foo struct {
	GetName func() string
	GetNum  func() int
}

func main() {
	v := []int{1, 2, 3}
	for i := range v {
		v = append(v, i)
	}
	fmt.Println(v)
	a := [...]int{2, 1, 0}
	for _, x := range a {
		a[x] = x
	}
	fmt.Println(a)
	var fns []func()
	for _, v := range []int{1, 2, 3} {
		x := v*100 + v
		fns = append(fns, func() { fmt.Println(x) })
	}
	for _, fn := range fns {
		fn()
	}
	var fa, fb, fc F
	for i := 1; i <= 3; i++ {
		w := i
		switch i {
		case 1:
			fa = F(func() int { return w })
		case 2:
			fb = F(func() int { return w })
		case 3:
			fc = F(func() int { return w })
		}
	}
	fmt.Println(fa(), fb(), fc())
	hits := make([]string, 3)
	for i := range hits {
		hits[i] = "hit" + strconv.Itoa(i)
	}
	bs, _ := json.Marshal(hits)
	fmt.Println("hits: " + string(bs))
	var wg sync.WaitGroup
	var mu sync.Mutex
	var got []string
	for _, hit := range hits {
		wg.Add(1)
		go func(hit string) {
			defer wg.Done()
			mu.Lock()
			got = append(got, "hit = "+hit)
			mu.Unlock()
		}(hit)
	}
	wg.Wait()
	sort.Strings(got)
	fmt.Println(got)
	m := map[string]chan interface{}{}
	for s, _ := range m {
		_ = s
	}
	foos := []Foo{}
	for i, txt := range []string{"zero", "one", "two", "three"} {
		name := fmt.Sprintf("%d %s", i, txt)
		n := i
		foos = append(foos, Foo{GetName: func() string { return name }, GetNum: func() int { return n }})
	}
	for i := range foos {
		fmt.Println(foos[i].GetName(), foos[i].GetNum())
	}
	s := make([]map[string]string, 0)
	mm := map[string]string{"m1": "m1"}
	s = append(s, mm)
	tmp := "start"
	for _, v := range s {
		tmp, _ := v["m1"]
		fmt.Println(tmp)
	}
	fmt.Println(tmp)
}
