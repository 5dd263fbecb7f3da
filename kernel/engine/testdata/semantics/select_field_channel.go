// A select's comma-ok receive from a channel held in a struct field or
// a slice (v, ok = <-r.values) takes values, then sees the channel
// closed: a receiver type over a channel, as iterators are built.
package main

import (
	"context"
	"fmt"
)

type Pair[K, V any] struct {
	Key K
	Val V
}

type Receiver[E any] struct{ values <-chan E }

func (r *Receiver[E]) Next(ctx context.Context) (v E, ok bool) {
	select {
	case <-ctx.Done():
	case v, ok = <-r.values:
	}
	return v, ok
}

type Iterator[K, V any] struct{ r *Receiver[Pair[K, V]] }

func (it *Iterator[K, V]) Next() (K, V, bool) {
	p, ok := it.r.Next(context.Background())
	return p.Key, p.Val, ok
}

type hub struct{ chans []chan string }

func main() {
	c := make(chan Pair[string, int], 2)
	go func() {
		c <- Pair[string, int]{"a", 1}
		c <- Pair[string, int]{"b", 2}
		close(c)
	}()
	it := &Iterator[string, int]{&Receiver[Pair[string, int]]{c}}
	for {
		k, v, ok := it.Next()
		if !ok {
			break
		}
		fmt.Println(k, v)
	}
	h := hub{chans: []chan string{make(chan string, 1), make(chan string, 1)}}
	h.chans[1] <- "second"
	for i := 0; i < 2; i++ {
		if i == 1 {
			close(h.chans[0]) // one case ready at a time
		}
		select {
		case s, ok := <-h.chans[1]:
			fmt.Println("from 1:", s, ok)
		case s, ok := <-h.chans[0]:
			if !ok {
				fmt.Println("0 is closed")
				h.chans[0] = nil
			} else {
				fmt.Println(s)
			}
		}
	}
}
