// Struct types that embed an interface of the standard library (error,
// io.Reader, sort.Interface) promote its methods, override some of them,
// and convert to that interface, as sort.Reverse's own pattern does.
package main

import (
	"errors"
	"fmt"
	"io"
	"sort"
	"strings"
)

type reverse struct{ sort.Interface }

func (r reverse) Less(i, j int) bool { return r.Interface.Less(j, i) }

type ints []int

func (p ints) Len() int           { return len(p) }
func (p ints) Less(i, j int) bool { return p[i] < p[j] }
func (p ints) Swap(i, j int)      { p[i], p[j] = p[j], p[i] }

type codeErr struct {
	error
	code int
}

type quietReader struct{ io.Reader }

func main() {
	p := ints{2, 3, 1}
	r := reverse{p}
	fmt.Println(r.Len())
	var si sort.Interface = r
	sort.Sort(si)
	fmt.Println(p)
	sort.Sort(p)
	fmt.Println(p)
	var err error = codeErr{errors.New("boom"), 3}
	fmt.Println(err, err.Error())
	var ce codeErr
	if errors.As(err, &ce) {
		fmt.Println("code", ce.code)
	}
	b, _ := io.ReadAll(quietReader{strings.NewReader("abc")})
	fmt.Println(string(b))
	fmt.Printf("%v %+v\n", codeErr{errors.New("x"), 1}, r)
}
