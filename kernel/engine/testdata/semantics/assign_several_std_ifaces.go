package main

import (
	"errors"
	"fmt"
)

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°C", float64(t)) }

type MyErr struct{ Code int }

func (e MyErr) Error() string { return fmt.Sprint("code ", e.Code) }

func find(k string) (int, error) {
	if k == "" {
		return 0, MyErr{404}
	}
	return len(k), nil
}

func main() {
	var s fmt.Stringer
	var n float64
	s, n = Temp(21.5), 3
	fmt.Println(s, n, s.String())
	var err error
	var got int
	got, err = find("")
	fmt.Println(got, err)
	var me MyErr
	fmt.Println(errors.As(err, &me), me.Code)
	err, got = nil, 7
	fmt.Println(err == nil, got)
	var x, y any = Temp(1), MyErr{2}
	fmt.Println(x, y)
	x, y = y, x
	fmt.Println(x, y)
	var e1, e2 error = MyErr{1}, errors.New("plain")
	fmt.Println(e1, e2, errors.Join(e1, e2))
	var p, q *MyErr
	p, q = &MyErr{5}, nil
	fmt.Println(p.Code, q == nil)
}
