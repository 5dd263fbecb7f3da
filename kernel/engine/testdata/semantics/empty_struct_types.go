// Empty struct types (a token, a Stringer, an error) in interfaces are
// told apart from each other and from struct{}; struct{}{} values print
// as {} and not with a declared empty type's methods.
package main

import (
	"errors"
	"fmt"
)

type token struct{}
type done struct{}

func (done) String() string { return "done!" }

type ErrClosed struct{}

func (ErrClosed) Error() string { return "closed" }

type Set map[string]struct{}

func main() {
	var x any = token{}
	var y any = done{}
	fmt.Printf("%v %T %v %T\n", x, x, y, y)
	fmt.Printf("%#v %+v\n", x, y)
	_, isDone := x.(done)
	_, isTok := x.(token)
	fmt.Println(isDone, isTok, x == token{}, x == y)
	ch := make(chan any, 2)
	ch <- token{}
	ch <- done{}
	for i := 0; i < 2; i++ {
		switch v := (<-ch).(type) {
		case token:
			fmt.Println("token", v)
		case done:
			fmt.Println("done", v)
		}
	}
	var err error = fmt.Errorf("op: %w", ErrClosed{})
	fmt.Println(errors.Is(err, ErrClosed{}), errors.As(err, new(ErrClosed)))
	s := Set{"a": {}}
	s["b"] = struct{}{}
	fmt.Println(len(s), s)
	sem := make(chan token, 1)
	sem <- token{}
	fmt.Println(<-sem)
	m := map[any]int{token{}: 1, done{}: 2}
	fmt.Println(m[token{}], m[done{}], len(m))
}
