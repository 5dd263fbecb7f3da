package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

func producer(ctx context.Context, out chan<- int) error {
	for i := 0; ; i++ {
		select {
		case <-ctx.Done():
			close(out)
			return ctx.Err()
		case out <- i:
		}
	}
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	out := make(chan int)
	errc := make(chan error, 1)
	go func() { errc <- producer(ctx, out) }()
	sum := 0
	for v := range out {
		sum += v
		if v == 9 {
			cancel()
			break
		}
	}
	err := <-errc
	fmt.Println(sum, err, errors.Is(err, context.Canceled))
	ctx2, cancel2 := context.WithTimeout(context.Background(), time.Millisecond)
	defer cancel2()
	<-ctx2.Done()
	fmt.Println(ctx2.Err(), errors.Is(ctx2.Err(), context.DeadlineExceeded))
	type key string
	ctx3 := context.WithValue(context.Background(), key("user"), "ann")
	fmt.Println(ctx3.Value(key("user")), ctx3.Value(key("other")))
	ctx4, cancel4 := context.WithCancelCause(context.Background())
	cancel4(errors.New("shutting down"))
	fmt.Println(ctx4.Err(), context.Cause(ctx4))
}
