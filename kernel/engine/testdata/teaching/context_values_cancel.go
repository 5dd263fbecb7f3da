package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

type TraceID string

type TraceIDKey int

type user struct {
	name string
}

type userKey int

func main() {
	traceID := TraceID("f47ac10b-58cc-0372-8567-0e02b2c3d479")
	const traceIDKey TraceIDKey = 0
	ctx := context.WithValue(context.Background(), traceIDKey, traceID)
	if uuid, ok := ctx.Value(traceIDKey).(TraceID); ok {
		fmt.Println("TraceID:", uuid)
	}
	if _, ok := ctx.Value(0).(TraceID); !ok {
		fmt.Println("TraceID Not Found")
	}

	u := user{name: "Bill"}
	const uk userKey = 0
	ctx2 := context.WithValue(context.Background(), uk, &u)
	if u, ok := ctx2.Value(uk).(*user); ok {
		fmt.Println("User", u.name)
	}
	if _, ok := ctx2.Value(0).(*user); !ok {
		fmt.Println("Not Found")
	}
	fmt.Println(ctx)
	fmt.Printf("%v|%s\n", ctx2, context.WithValue(ctx, "plain", 7))

	ctx3, cancel := context.WithCancel(context.Background())
	go func() {
		cancel()
	}()
	<-ctx3.Done()
	fmt.Println("work cancelled", ctx3.Err(), errors.Is(ctx3.Err(), context.Canceled))

	deadline := time.Now().Add(20 * time.Millisecond)
	ctx4, cancel4 := context.WithDeadline(context.Background(), deadline)
	defer cancel4()
	select {
	case <-ctx4.Done():
		fmt.Println("deadline:", ctx4.Err())
	}
	_, has := ctx4.Deadline()
	fmt.Println(has, errors.Is(ctx4.Err(), context.DeadlineExceeded))

	ctx5, cancel5 := context.WithCancelCause(context.Background())
	cancel5(errors.New("shutdown"))
	fmt.Println(ctx5.Err(), context.Cause(ctx5))
}
