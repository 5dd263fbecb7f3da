// A broker publishes to its subscribers by ranging over a map of
// channels (the usual pub/sub loop), with and without the key, and hands
// a channel to a goroutine started in the loop.
package main

import (
	"fmt"
	"sort"
	"sync"
)

type Broker struct {
	subs map[string]chan string
}

func (b *Broker) Publish(msg string) {
	for _, ch := range b.subs {
		ch <- msg
	}
}

func main() {
	b := &Broker{subs: map[string]chan string{}}
	for _, name := range []string{"ann", "bob", "cy"} {
		b.subs[name] = make(chan string, 4)
	}
	b.Publish("hello")
	b.Publish("bye")
	var mu sync.Mutex
	var wg sync.WaitGroup
	var lines []string
	for name, ch := range b.subs {
		close(ch)
		wg.Add(1)
		go func() {
			defer wg.Done()
			for msg := range ch {
				mu.Lock()
				lines = append(lines, name+" got "+msg)
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	sort.Strings(lines)
	for _, l := range lines {
		fmt.Println(l)
	}
	total := 0
	for _, ch := range b.subs {
		total += cap(ch)
	}
	fmt.Println("capacity", total)
}
