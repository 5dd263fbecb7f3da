package main

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"sort"
	"strings"
	"sync"
	"time"
)

type Counter struct {
	sync.Mutex
	n map[string]int
}

func (c *Counter) Add(k string) {
	c.Lock()
	c.n[k]++
	c.Unlock()
}

type Logger struct {
	*strings.Builder
	prefix string
}

func (l Logger) Log(s string) { l.WriteString(l.prefix + s + "\n") }

type upper struct{ r io.Reader }

func (u upper) Read(p []byte) (int, error) {
	n, err := u.r.Read(p)
	copy(p, bytes.ToUpper(p[:n]))
	return n, err
}

type Person struct {
	Name string
	Age  int
}

func (p *Person) String() string { return fmt.Sprintf("%s (%d)", p.Name, p.Age) }

type ByAge []Person

func (a ByAge) Len() int           { return len(a) }
func (a ByAge) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }
func (a ByAge) Less(i, j int) bool { return a[i].Age < a[j].Age }

type Celsius float64
type Fahrenheit float64

func CToF(c Celsius) Fahrenheit { return Fahrenheit(c*9/5 + 32) }

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
)

func (d Weekday) String() string { return [...]string{"Sun", "Mon", "Tue"}[d] }

func producer(ctx context.Context, out chan<- int) {
	defer close(out)
	for i := 0; ; i++ {
		select {
		case <-ctx.Done():
			return
		case out <- i:
			if i == 4 {
				return
			}
		}
	}
}

func main() {
	c := Counter{n: map[string]int{}}
	var wg sync.WaitGroup
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			c.Add([]string{"a", "b"}[id%2])
		}(i)
	}
	wg.Wait()
	fmt.Println(c.n)
	l := Logger{&strings.Builder{}, "> "}
	l.Log("one")
	l.Log("two")
	fmt.Print(l.String())
	data, _ := io.ReadAll(upper{strings.NewReader("shout")})
	fmt.Println(string(data))
	var buf bytes.Buffer
	io.Copy(&buf, io.LimitReader(strings.NewReader("abcdef"), 3))
	fmt.Println(buf.String(), buf.Len())
	people := []Person{{"A", 30}, {"B", 20}, {"C", 25}}
	sort.Sort(ByAge(people))
	fmt.Println(people)
	p := &people[0]
	fmt.Println(p, people[1].Name)
	fmt.Printf("%v %s\n", p, p)
	fmt.Println(CToF(100), CToF(-40))
	fmt.Printf("%.1f %T\n", CToF(37), CToF(37))
	fmt.Println(Monday, Tuesday+0, Weekday(0))
	fmt.Printf("%v %d %s\n", Monday, Monday, Tuesday)
	days := map[Weekday]bool{Monday: true}
	fmt.Println(days)
	ctx, cancel := context.WithTimeout(context.Background(), time.Second)
	defer cancel()
	ch := make(chan int)
	go producer(ctx, ch)
	sum := 0
	for v := range ch {
		sum += v
	}
	fmt.Println("sum", sum)
	ctx2, cancel2 := context.WithCancel(context.Background())
	cancel2()
	<-ctx2.Done()
	fmt.Println(ctx2.Err())
	ticker := time.NewTicker(5 * time.Millisecond)
	ticks := 0
	for range ticker.C {
		ticks++
		if ticks == 3 {
			ticker.Stop()
			break
		}
	}
	fmt.Println("ticks", ticks)
	results := make([]int, 5)
	var mu sync.RWMutex
	var wg2 sync.WaitGroup
	for i := range results {
		wg2.Add(1)
		go func() {
			defer wg2.Done()
			mu.Lock()
			results[i] = i * i
			mu.Unlock()
		}()
	}
	wg2.Wait()
	mu.RLock()
	fmt.Println(results)
	mu.RUnlock()
	var sb strings.Builder
	fmt.Fprint(&sb, "x", 1, 2, "y")
	fmt.Println(sb.String())
	type kv struct {
		k string
		v int
	}
	counts := map[string]int{"x": 3, "y": 1, "z": 2}
	var kvs []kv
	for k, v := range counts {
		kvs = append(kvs, kv{k, v})
	}
	sort.Slice(kvs, func(i, j int) bool { return kvs[i].v > kvs[j].v })
	fmt.Println(kvs)
	matrix := [][]float64{{1, 2}, {3, 4}}
	for _, row := range matrix {
		for j := range row {
			row[j] *= 2
		}
	}
	fmt.Println(matrix)
	s := make([]int, 0, 2)
	prev := cap(s)
	for i := 0; i < 10; i++ {
		s = append(s, i)
		if cap(s) != prev {
			fmt.Print(cap(s), " ")
			prev = cap(s)
		}
	}
	fmt.Println()
}
