package main

import (
	"errors"
	"fmt"
	"os"
	"sort"
	"strings"
)

var ErrNotFound = errors.New("not found")

type QueryError struct {
	Query string
	Err   error
}

func (e *QueryError) Error() string { return e.Query + ": " + e.Err.Error() }
func (e *QueryError) Unwrap() error { return e.Err }

type timeout struct{ op string }

func (timeout) Error() string   { return "timeout" }
func (timeout) Is(t error) bool { return t == os.ErrDeadlineExceeded }

func find(q string) error {
	if q == "" {
		return &QueryError{q, ErrNotFound}
	}
	return nil
}

type byLen []string

func (b byLen) Len() int           { return len(b) }
func (b byLen) Less(i, j int) bool { return len(b[i]) < len(b[j]) }
func (b byLen) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

type person struct {
	name string
	age  int
}

func divide(a, b int) (res int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	res = a / b
	return
}

func triple() (n int) {
	defer func() { n *= 3 }()
	return 2
}

func sum(nums ...int) int {
	t := 0
	for _, n := range nums {
		t += n
	}
	return t
}

func main() {
	err := find("")
	fmt.Println(err, errors.Is(err, ErrNotFound))
	var qe *QueryError
	if errors.As(err, &qe) {
		fmt.Println("query was", qe.Query == "")
	}
	wrapped := fmt.Errorf("layer 2: %w", fmt.Errorf("layer 1: %w", err))
	fmt.Println(wrapped, errors.Is(wrapped, ErrNotFound), errors.Unwrap(wrapped))
	fmt.Println(errors.Is(timeout{}, os.ErrDeadlineExceeded))
	joined := errors.Join(ErrNotFound, os.ErrPermission)
	fmt.Println(errors.Is(joined, os.ErrPermission), strings.ReplaceAll(joined.Error(), "\n", "|"))
	words := []string{"banana", "kiwi", "apple", "fig"}
	sort.Sort(byLen(words))
	fmt.Println(words)
	people := []person{{"Al", 30}, {"Bo", 25}, {"Cy", 30}}
	sort.SliceStable(people, func(i, j int) bool { return people[i].age < people[j].age })
	fmt.Println(people)
	fmt.Println(divide(7, 2))
	fmt.Println(divide(1, 0))
	fmt.Println(triple(), sum(), sum(1, 2, 3), sum([]int{4, 5}...))
	var sb strings.Builder
	for i := 3; i > 0; i-- {
		fmt.Fprintf(&sb, "%d...", i)
	}
	sb.WriteString("liftoff")
	fmt.Println(sb.String(), sb.Len())
	fmt.Printf("|%5d|%-5d|%05d|%x|%X|%o|%b|%08b|\n", 42, 42, 42, 255, 255, 8, 5, 5)
	fmt.Printf("|%8.3f|%-8.2f|%e|%g|%.0f|\n", 3.14159, 2.5, 123456.789, 0.000001, 2.5)
	fmt.Printf("|%q|%v|%s|%10s|%-10s|%c|%U|\n", "hi", "hi", []byte("go"), "r", "l", 'G', 'G')
	fmt.Printf("%t %p %v %d\n", true, nil, []string{"a"}, []int{1, 2})
	fmt.Printf("%6.2f%%\n", 12.345)
	var i8 int8 = 127
	i8++
	var u uint = 0
	u--
	fmt.Println(i8, u, uint8(300%256), -7/2, -7%2)
	x := 10
	if y := x * 2; y > 15 {
		fmt.Println("big", y)
	} else if z := y + 1; z > 0 {
		fmt.Println("small", z)
	}
outer:
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			if j == 2 {
				continue outer
			}
			if i == 2 {
				break outer
			}
			fmt.Print(i, j, " ")
		}
	}
	fmt.Println()
	i := 0
loop:
	if i < 3 {
		fmt.Print("goto", i, " ")
		i++
		goto loop
	}
	fmt.Println()
	var fact func(int) int
	fact = func(n int) int {
		if n <= 1 {
			return 1
		}
		return n * fact(n-1)
	}
	fmt.Println(fact(10))
	a, b := 1, 2
	a, b = b, a
	fmt.Println(a, b)
	s := "héllo, 世界"
	for i := 0; i < 3; i++ {
		fmt.Printf("%c", s[i])
	}
	fmt.Println(len(s), len([]rune(s)), strings.ToUpper(s), s[1:3] == "é")
	for i, r := range "aé" {
		fmt.Println(i, r, string(r))
	}
}
