package main

import (
	"context"
	"fmt"
)

// Contexts carrying values under keys of the program's types, printed:
// a context names its keys' and values' types.

type ctxKey struct{}

type userKey string

type User struct {
	Name string
	Age  int
}

func main() {
	ctx := context.WithValue(context.Background(), ctxKey{}, "req-42")
	fmt.Println(ctx)
	ctx = context.WithValue(ctx, userKey("user"), User{"ada", 36})
	fmt.Println(ctx)
	if id, ok := ctx.Value(ctxKey{}).(string); ok {
		fmt.Println("request", id)
	}
	fmt.Printf("%v\n", ctx.Value(userKey("user")))
	cctx, cancel := context.WithCancel(ctx)
	cancel()
	fmt.Println(cctx.Err(), context.Cause(cctx))
}
