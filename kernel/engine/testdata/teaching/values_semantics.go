package main

import (
	"fmt"
	"math"
	"strings"
	"unicode"
)

type Item struct {
	Name  string
	Count int
}

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }
func (s *Stack[T]) Pop() (T, bool) {
	var zero T
	if len(s.items) == 0 {
		return zero, false
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, true
}

func divmod(a, b int) (q, r int) {
	defer func() {
		if q < 0 {
			q = -q
		}
	}()
	q, r = a/b, a%b
	return
}

const (
	_  = iota
	KB = 1 << (10 * iota)
	MB
	GB
)

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
)

func (d Weekday) String() string { return [...]string{"Sun", "Mon", "Tue"}[d] }

func main() {
	items := []Item{{"a", 1}, {"b", 2}}
	for _, it := range items {
		it.Count *= 10
	}
	fmt.Println(items)
	for i := range items {
		items[i].Count *= 10
	}
	fmt.Println(items)
	m := map[string]*Item{"x": {"x", 1}}
	m["x"].Count++
	fmt.Println(*m["x"])
	a := [3]int{1, 2, 3}
	b := a
	b[0] = 99
	fmt.Println(a, b)
	s1 := make([]int, 3, 10)
	s2 := append(s1, 4)
	s3 := append(s1, 5)
	fmt.Println(s2[3], s3[3], len(s1), cap(s2))
	var nilSlice []int
	var nilMap map[string]int
	var nilPtr *Item
	fmt.Println(nilSlice, nilMap, nilPtr, nilSlice == nil, len(nilMap))
	fmt.Printf("%v %d %v\n", nilSlice, nilSlice, nilPtr)
	var st Stack[string]
	st.Push("x")
	st.Push("y")
	v, ok := st.Pop()
	fmt.Println(v, ok, len(st.items))
	fmt.Println(divmod(-7, 2))
	fmt.Println(-7/2, -7%2, 7>>1, -7>>1, 5&^3, 6^3)
	var u8 uint8 = 250
	u8 += 10
	var i8 int8 = 127
	i8++
	fmt.Println(u8, i8, math.MaxInt64, math.Inf(1), -math.Inf(1), math.NaN())
	fmt.Println(KB, MB, GB)
	fmt.Println(Sunday, Tuesday, Monday+1)
	fmt.Printf("%d %v %s\n", Monday, Monday, Tuesday)
	str := "héllo, 世界"
	for i, r := range str {
		if r > 127 {
			fmt.Print(i, ":", string(r), " ")
		}
	}
	fmt.Println(len(str), len([]rune(str)), str[1], string(str[1]))
	fmt.Println(strings.Map(func(r rune) rune {
		if unicode.IsUpper(r) {
			return unicode.ToLower(r)
		}
		return unicode.ToUpper(r)
	}, "Hello World"))
	fmt.Printf("%5.2f|%-8s|%08b|%o|%c|%U|%e|%g\n", math.Pi, "go", 5, 64, 'A', 'é', 123456.789, 1e21)
	fmt.Printf("%x %X %#x %q %v\n", "hey", []byte("hey"), 255, 'x', []byte("hi"))
	fmt.Printf("%6.2f%%|%+d|% d|%t\n", 12.345, 5, 7, false)
	bs := []byte("abc")
	bs[0] = 'A'
	fmt.Println(string(bs), bs)
	r := []rune("abc")
	r[1] = 'é'
	fmt.Println(string(r), r)
}
