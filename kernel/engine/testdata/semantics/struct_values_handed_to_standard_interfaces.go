// A struct value of the program's own handed straight to a standard
// func's interface parameter (io.LimitReader(p, 5)) is held as the
// struct: what the standard func keeps and hands back is the value.
package main

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

type pattern struct {
	n    int64
	name string
}

func (p pattern) Read(b []byte) (int, error) {
	for i := range b {
		b[i] = p.name[0]
	}
	return len(b), nil
}

type upper struct{ r io.Reader }

func (u upper) Read(b []byte) (int, error) {
	n, err := u.r.Read(b)
	copy(b, strings.ToUpper(string(b[:n])))
	return n, err
}

func main() {
	p := pattern{11, "b"}
	lr := io.LimitReader(p, 5).(*io.LimitedReader)
	fmt.Printf("%T %v %d\n", lr.R, lr.R, lr.N)
	q, ok := lr.R.(pattern)
	fmt.Println(q.n, q.name, ok)
	data, _ := io.ReadAll(lr)
	fmt.Println(string(data))
	sc := bufio.NewScanner(upper{strings.NewReader("one two\nthree")})
	for sc.Scan() {
		fmt.Println(sc.Text())
	}
}
