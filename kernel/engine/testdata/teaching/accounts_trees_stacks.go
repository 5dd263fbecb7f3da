package main

import (
	"errors"
	"fmt"
	"strings"
)

type Account struct {
	Owner   string
	Balance float64
	History []string
}

func (a *Account) Deposit(x float64) *Account {
	a.Balance += x
	a.History = append(a.History, fmt.Sprintf("+%.0f", x))
	return a
}

func (a Account) Summary() string {
	return fmt.Sprintf("%s: %.2f (%d ops)", a.Owner, a.Balance, len(a.History))
}

type Stack []int

func (s *Stack) Push(v int) { *s = append(*s, v) }
func (s *Stack) Pop() int {
	old := *s
	v := old[len(old)-1]
	*s = old[:len(old)-1]
	return v
}
func (s Stack) Peek() int { return s[len(s)-1] }

type Node struct {
	Val         int
	Left, Right *Node
}

func (n *Node) Insert(v int) *Node {
	if n == nil {
		return &Node{Val: v}
	}
	if v < n.Val {
		n.Left = n.Left.Insert(v)
	} else {
		n.Right = n.Right.Insert(v)
	}
	return n
}

func (n *Node) InOrder(visit func(int)) {
	if n == nil {
		return
	}
	n.Left.InOrder(visit)
	visit(n.Val)
	n.Right.InOrder(visit)
}

type List[T any] struct {
	head *elem[T]
	size int
}

type elem[T any] struct {
	val  T
	next *elem[T]
}

func (l *List[T]) Push(v T) {
	l.head = &elem[T]{v, l.head}
	l.size++
}

func (l *List[T]) All() []T {
	var out []T
	for e := l.head; e != nil; e = e.next {
		out = append(out, e.val)
	}
	return out
}

func parse(s string) (int, error) {
	if s == "" {
		return 0, errors.New("empty")
	}
	return len(s), nil
}

func main() {
	acc := &Account{Owner: "Zoe"}
	acc.Deposit(10).Deposit(5)
	fmt.Println(acc.Summary(), acc.History)
	accounts := []Account{{Owner: "A"}, {Owner: "B"}}
	for _, a := range accounts {
		a.Deposit(100)
	}
	fmt.Println(accounts[0].Balance)
	for i := range accounts {
		accounts[i].Deposit(1)
	}
	fmt.Println(accounts[0].Balance, accounts[1].Summary())
	m := map[string]*Account{"x": {Owner: "X"}}
	m["x"].Deposit(7)
	fmt.Println(m["x"].Balance)
	vals := map[string]Account{"y": {Owner: "Y"}}
	a := vals["y"]
	a.Deposit(3)
	fmt.Println(vals["y"].Balance, a.Balance)
	var s Stack
	s.Push(1)
	s.Push(2)
	s.Push(3)
	fmt.Println(s.Pop(), s.Peek(), len(s), s)
	var root *Node
	for _, v := range []int{5, 3, 8, 1, 4, 9} {
		root = root.Insert(v)
	}
	var out []string
	root.InOrder(func(v int) { out = append(out, fmt.Sprint(v)) })
	fmt.Println(strings.Join(out, ","))
	var l List[string]
	l.Push("a")
	l.Push("b")
	fmt.Println(l.All(), l.size)
	x := 1
	x, y := 2, 3
	fmt.Println(x, y)
	if n, err := parse(""); err != nil {
		fmt.Println("error:", err)
	} else if n > 2 {
		fmt.Println("long")
	} else {
		fmt.Println("short", n)
	}
	n, err := parse("abc")
	if err == nil {
		n, err := parse("")
		fmt.Println("inner", n, err)
	}
	fmt.Println("outer", n, err)
	var nilMap map[string]int
	fmt.Println(nilMap["q"], len(nilMap))
	var nilSlice []int
	nilSlice = append(nilSlice, 1)
	fmt.Println(nilSlice, nilSlice == nil)
	var e error
	fmt.Println(e == nil, e)
	var ip *int
	fmt.Println(ip == nil)
	funcs := make([]func() int, 3)
	for i := range funcs {
		funcs[i] = func() int { return i * 10 }
	}
	for _, f := range funcs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	counter := 0
	inc := func() { counter++ }
	inc()
	inc()
	fmt.Println(counter)
	bs := []byte("hello")
	bs[0] = 'H'
	fmt.Println(string(bs), bs[1], string(bs[1:3]))
	r := []rune("héllo")
	r[1] = 'e'
	fmt.Println(string(r), len(r))
	ov := []int{1, 2, 3, 4, 5}
	copy(ov[1:], ov)
	fmt.Println(ov)
	str := ""
	for i := 0; i < 5; i++ {
		str += fmt.Sprint(i)
	}
	fmt.Println(str)
	type point struct{ x, y int }
	pts := []point{{1, 2}, {3, 4}}
	pp := &pts[1]
	pp.x = 30
	fmt.Println(pts, *pp)
	arr := [3]point{}
	arr[0].x = 9
	brr := arr
	brr[0].y = 8
	fmt.Println(arr, brr)
	var iface interface{} = pts[0]
	pts[0].x = 100
	fmt.Println(iface, pts[0])
	ptrIface := interface{}(&pts[0])
	pts[0].y = 200
	fmt.Println(*(ptrIface.(*point)))
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			if i*j == 2 {
				goto done
			}
		}
	}
done:
	fmt.Println("done")
	sw := 5
	switch {
	case sw > 3:
		fmt.Println("big")
		fallthrough
	case sw > 10:
		fmt.Println("fell")
	default:
		fmt.Println("default")
	}
}
