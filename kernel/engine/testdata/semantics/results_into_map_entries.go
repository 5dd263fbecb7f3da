package main

// Several results assigned to places of which one is a map entry: the
// entry is stored; an index that calls is evaluated before the value's
// call, a variable after it (as the Go compiler does).

import (
	"fmt"
	"strconv"
)

func two() (int, string) { return 1, "one" }

type S struct {
	n int
	m map[string]int
}

func main() {
	m := map[string]int{}
	names := map[int]string{}
	var err error
	m["x"], names[0] = two()
	fmt.Println(m, names)
	m["y"], err = strconv.Atoi("42")
	fmt.Println(m, err)
	m["a"], m["b"] = 3, 4
	fmt.Println(m)
	s := &S{m: map[string]int{}}
	s.m["k"], err = strconv.Atoi("7")
	fmt.Println(s.m, err)
	s.n, err = strconv.Atoi("8")
	fmt.Println(s.n, err)
	arr := make([]int, 2)
	arr[1], err = strconv.Atoi("9")
	fmt.Println(arr, err)
	p := new(int)
	*p, err = strconv.Atoi("10")
	fmt.Println(*p, err)
	var ok bool
	var a any = 4
	m["b"], ok = a.(int)
	fmt.Println(m, ok)
	m["c"], ok = m["a"]
	fmt.Println(m, ok)
	*p, ok = m["b"]
	fmt.Println(*p, ok)
	s.n, ok = a.(int)
	fmt.Println(s.n, ok)
	c2 := make(chan int, 1)
	c2 <- 9
	m["d"], ok = <-c2
	fmt.Println(m, ok)
	if m["e"], ok = a.(int); ok {
		fmt.Println(m["e"])
	}
	k := "first"
	next := func() (int, error) { k = "second"; return 1, nil }
	m[k], err = next()
	fmt.Println(m["first"], m["second"], err)
	key := func() string { fmt.Println("key"); return k }
	value := func() (int, error) { fmt.Println("value"); return 2, nil }
	m[key()], err = value()
	fmt.Println(m["second"], err)
	count := map[string]int{}
	for _, w := range []string{"a", "b", "a"} {
		count[w], _ = count[w]+1, 0
	}
	fmt.Println(count)
}
