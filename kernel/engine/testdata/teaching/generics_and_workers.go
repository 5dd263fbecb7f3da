package main

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

type Number interface {
	~int | ~int64 | ~float64
}

func Sum[T Number](xs []T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func Filter[T any](xs []T, keep func(T) bool) []T {
	var out []T
	for _, x := range xs {
		if keep(x) {
			out = append(out, x)
		}
	}
	return out
}

func Reduce[T, A any](xs []T, init A, f func(A, T) A) A {
	acc := init
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(x T) { s.items = append(s.items, x) }
func (s *Stack[T]) Pop() (T, bool) {
	var zero T
	if len(s.items) == 0 {
		return zero, false
	}
	x := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return x, true
}
func (s Stack[T]) Len() int { return len(s.items) }

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func MaxOf[T cmp.Ordered](a, b T) T {
	if a > b {
		return a
	}
	return b
}

type MyInt int

type SafeCounter struct {
	mu sync.Mutex
	m  map[string]int
}

func (c *SafeCounter) Inc(k string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.m[k]++
}

func worker(id int, jobs <-chan int, results chan<- int, wg *sync.WaitGroup) {
	defer wg.Done()
	for j := range jobs {
		results <- j * j
	}
	_ = id
}

func main() {
	fmt.Println(Sum([]int{1, 2, 3}), Sum([]float64{1.5, 2.5}), Sum([]MyInt{4, 5}))
	strs := Map([]int{1, 2, 3}, func(i int) string { return strings.Repeat("*", i) })
	fmt.Println(strs, len(strs))
	fmt.Println(Filter([]int{1, 2, 3, 4, 5, 6}, func(i int) bool { return i%2 == 0 }))
	fmt.Println(Reduce([]string{"a", "b", "c"}, "", func(acc string, s string) string { return acc + s }))
	var st Stack[string]
	st.Push("x")
	st.Push("y")
	top, _ := st.Pop()
	fmt.Println(top, st.Len())
	var is Stack[int]
	_, ok := is.Pop()
	fmt.Println(ok)
	ps := []Pair[string, int]{{"b", 2}, {"a", 1}, {"c", 3}}
	slices.SortFunc(ps, func(x, y Pair[string, int]) int { return cmp.Compare(x.Key, y.Key) })
	fmt.Println(ps)
	fmt.Println(MaxOf(3, 7), MaxOf("abc", "abd"), MaxOf(2.5, -1.0))
	m := map[string]int{"z": 26, "a": 1, "m": 13}
	keys := slices.Sorted(maps.Keys(m))
	fmt.Println(keys)
	for _, k := range keys {
		fmt.Print(k, "=", m[k], " ")
	}
	fmt.Println()
	idx, found := slices.BinarySearch(keys, "m")
	fmt.Println(idx, found, slices.Contains(keys, "q"), slices.Index(keys, "z"))
	nums := []int{5, 2, 8, 1}
	sort.Ints(nums)
	fmt.Println(nums, slices.Max(nums), slices.Min(nums))
	c := SafeCounter{m: map[string]int{}}
	var wg sync.WaitGroup
	for i := 0; i < 100; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c.Inc("key")
		}()
	}
	wg.Wait()
	fmt.Println(c.m["key"])
	var n atomic.Int64
	var wg2 sync.WaitGroup
	for i := range 50 {
		wg2.Add(1)
		go func() {
			defer wg2.Done()
			n.Add(int64(i))
		}()
	}
	wg2.Wait()
	fmt.Println(n.Load())
	jobs := make(chan int, 10)
	results := make(chan int, 10)
	var wg3 sync.WaitGroup
	for w := 1; w <= 3; w++ {
		wg3.Add(1)
		go worker(w, jobs, results, &wg3)
	}
	for j := 1; j <= 5; j++ {
		jobs <- j
	}
	close(jobs)
	wg3.Wait()
	close(results)
	total := 0
	for r := range results {
		total += r
	}
	fmt.Println(total)
	done := make(chan struct{})
	data := make(chan string)
	go func() {
		for _, w := range []string{"a", "b"} {
			data <- w
		}
		close(done)
	}()
	for {
		select {
		case w := <-data:
			fmt.Println("got", w)
			continue
		case <-done:
			fmt.Println("done")
		}
		break
	}
	timeout := time.After(50 * time.Millisecond)
	tick := make(chan int)
	select {
	case <-tick:
		fmt.Println("tick")
	case <-timeout:
		fmt.Println("timeout")
	}
	var once sync.Once
	for i := 0; i < 3; i++ {
		once.Do(func() { fmt.Println("once", i) })
	}
	ch := make(chan int, 3)
	ch <- 1
	ch <- 2
	fmt.Println(len(ch), cap(ch))
	v, ok2 := <-ch
	fmt.Println(v, ok2)
	close(ch)
	<-ch
	v, ok2 = <-ch
	fmt.Println(v, ok2)
	d := 90*time.Minute + 30*time.Second
	fmt.Println(d, d.Hours(), d.Truncate(time.Hour), time.Duration(1500)*time.Millisecond)
	t0 := time.Date(2024, 3, 15, 14, 30, 0, 0, time.UTC)
	fmt.Println(t0.Format("2006-01-02 15:04"), t0.Weekday(), t0.Add(36*time.Hour).Format(time.RFC3339), t0.YearDay())
}
