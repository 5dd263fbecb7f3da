package main

import (
	"errors"
	"fmt"
	"strconv"
)

type MyErr struct{ Code int }

func (e *MyErr) Error() string { return "code " + strconv.Itoa(e.Code) }

type Shape interface{ Area() float64 }

type Sq struct{ S float64 }

func (s Sq) Area() float64 { return s.S * s.S }

type Level int

func (l Level) String() string { return [...]string{"low", "high"}[l] }

func parse(s string) (int, *MyErr) {
	n, err := strconv.Atoi(s)
	if err != nil {
		return 0, &MyErr{400}
	}
	return n, nil
}

func mk(n float64) (Sq, bool) { return Sq{n}, n > 0 }

func lvl(i int) (Level, error) {
	if i > 1 {
		return 0, errors.New("bad level")
	}
	return Level(i), nil
}

func explode() (int, *MyErr) {
	var a []int
	return a[3], nil
}

func wrap(s string) (int, error) { return parse(s) }

func wrapShape(n float64) (Shape, bool) { return mk(n) }

func main() {
	m := map[string]int{}
	var err error
	m["a"], err = parse("12")
	fmt.Println(m, err, err == nil)
	m["b"], err = parse("x")
	fmt.Println(m, err)
	var sh Shape
	var ok bool
	sh, ok = mk(3)
	fmt.Println(sh.Area(), ok)
	var st fmt.Stringer
	st, err = lvl(1)
	fmt.Println(st, err)
	var a any
	a, err = lvl(0)
	fmt.Printf("%v %T %v\n", a, a, err)
	n, err := wrap("7")
	fmt.Println(n, err)
	n, err = wrap("q")
	var me *MyErr
	fmt.Println(n, err, errors.As(err, &me), me.Code)
	s2, ok2 := wrapShape(2)
	fmt.Println(s2.Area(), ok2)
	var x, y any = mk(1)
	fmt.Println(x, y)
	for i := 0; i < 2; i++ {
		if _, err = parse(strconv.Itoa(i)); err != nil {
			fmt.Println("never")
		}
		fmt.Println(i, err == nil)
	}
	defer func() {
		fmt.Println("recovered:", recover())
	}()
	_, err = explode()
	fmt.Println("unreachable", err)
}
