// Deferred calls and go statements of values of declared func types
// with untyped nil arguments: a callback, a context.CancelCauseFunc
// (defer cancel(nil), the documented idiom), a variadic logger.
package main

import (
	"context"
	"errors"
	"fmt"
)

type Callback func(err error, data *[]int)

type Logger func(format string, args ...any)

func run(cb Callback, log Logger) {
	defer cb(nil, nil)
	defer log("done %d", 3)
	done := make(chan bool)
	var g Callback = func(err error, d *[]int) { done <- err == nil && d == nil }
	go g(nil, nil)
	fmt.Println("go", <-done)
	fmt.Println("running")
}

func main() {
	run(func(err error, data *[]int) { fmt.Println("callback", err, data == nil) },
		func(f string, args ...any) { fmt.Printf(f+"\n", args...) })
	ctx, cancel := context.WithCancelCause(context.Background())
	cancel(errors.New("stopped"))
	fmt.Println(context.Cause(ctx))
	ctx2, cancel2 := context.WithCancelCause(context.Background())
	defer cancel2(nil)
	fmt.Println(ctx2.Err())
}
