package main

import "fmt"

type Animal interface{ Sound() string }
type Base struct{ Name string }

func (b Base) Sound() string    { return b.Name + " makes a sound" }
func (b Base) Describe() string { return "I am " + b.Name }

type Dog struct {
	Base
	Breed string
}

func (d Dog) Sound() string { return d.Name + " barks" }

type Cat struct{ *Base }

func counter() func() int {
	c := 0
	return func() int { c++; return c }
}

func fib() func() int {
	a, b := 0, 1
	return func() int { r := a; a, b = b, a+b; return r }
}

type point struct{ x, y int }

func (p point) moved(dx int) point { p.x += dx; return p }
func (p *point) move(dx int)       { p.x += dx }

func main() {
	animals := []Animal{Dog{Base{"Rex"}, "lab"}, Base{"Generic"}, Cat{&Base{"Tom"}}}
	for _, a := range animals {
		fmt.Println(a.Sound())
	}
	d := Dog{Base{"Fido"}, "pug"}
	fmt.Println(d.Describe(), d.Base.Sound())
	c := counter()
	c()
	c()
	fmt.Println(c())
	f := fib()
	for i := 0; i < 10; i++ {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	p := point{1, 2}
	m := p.move
	m(5)
	fmt.Println(p, p.moved(10), p)
	mv := p.moved
	p.x = 100
	fmt.Println(mv(1))
	arr := [3]int{1, 2, 3}
	brr := arr
	brr[0] = 9
	fmt.Println(arr, brr, arr == [3]int{1, 2, 3})
	type pair struct {
		a [2]int
		s string
	}
	x := pair{[2]int{1, 2}, "s"}
	y := x
	y.a[0] = 7
	fmt.Println(x, y, x == y)
	seen := map[point]bool{{1, 2}: true}
	fmt.Println(seen[point{1, 2}], seen[point{2, 1}])
	grid := make([][]int, 3)
	for i := range grid {
		grid[i] = make([]int, 3)
		for j := range grid[i] {
			grid[i][j] = i * j
		}
	}
	fmt.Println(grid)
	s := []int{1, 2, 3}
	t := s[:2]
	t = append(t, 99)
	fmt.Println(s, t, len(t), cap(t))
	t = append(t, 100)
	t[0] = -1
	fmt.Println(s, t)
	dst := make([]int, 2)
	n := copy(dst, s)
	fmt.Println(n, dst)
	ms := map[string][]string{}
	ms["a"] = append(ms["a"], "x")
	ms["a"] = append(ms["a"], "y")
	fmt.Println(ms, len(ms["zz"]))
	ps := map[string]*point{"o": {0, 0}}
	ps["o"].x = 5
	fmt.Println(*ps["o"])
	anon := struct {
		Name string
		Age  int
	}{"Ann", 30}
	fmt.Printf("%v %+v\n", anon, anon)
	ops := map[string]func(int, int) int{
		"add": func(a, b int) int { return a + b },
		"mul": func(a, b int) int { return a * b },
	}
	fmt.Println(ops["add"](2, 3), ops["mul"](2, 3))
}
