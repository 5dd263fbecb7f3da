package main

import (
	"context"
	"fmt"
	"sort"
	"sync"
	"time"
)

func waitForResult() {
	ch := make(chan string)
	sent := make(chan struct{})
	go func() {
		ch <- "data"
		fmt.Println("child : sent signal")
		close(sent)
	}()
	d := <-ch
	<-sent
	fmt.Println("parent : recv'd signal :", d)
}

func fanOut() {
	children := 20
	ch := make(chan string, children)
	for c := 0; c < children; c++ {
		go func(child int) {
			ch <- fmt.Sprintf("data %02d", child)
		}(c)
	}
	var got []string
	for children > 0 {
		d := <-ch
		children--
		got = append(got, d)
	}
	sort.Strings(got)
	fmt.Println(len(got), got[0], got[19])
}

func waitForTask() {
	ch := make(chan string)
	done := make(chan struct{})
	go func() {
		d := <-ch
		fmt.Println("child : recv'd signal :", d)
		close(done)
	}()
	ch <- "data"
	<-done
}

func pooling() {
	ch := make(chan string)
	var wg sync.WaitGroup
	var mu sync.Mutex
	count := map[string]int{}
	const emps = 2
	for e := 0; e < emps; e++ {
		wg.Add(1)
		go func(emp int) {
			defer wg.Done()
			for d := range ch {
				mu.Lock()
				count[d]++
				mu.Unlock()
			}
		}(e)
	}
	const work = 100
	for w := 0; w < work; w++ {
		ch <- fmt.Sprintf("w%d", w%10)
	}
	close(ch)
	wg.Wait()
	fmt.Println(len(count), count["w3"])
}

func drop() {
	const cap = 100
	ch := make(chan string, cap)
	block := make(chan struct{})
	go func() {
		<-block
		for range ch {
		}
	}()
	dropped := 0
	const work = 200
	for w := 0; w < work; w++ {
		select {
		case ch <- "data":
		default:
			dropped++
		}
	}
	close(block)
	close(ch)
	fmt.Println("dropped", dropped)
}

func cancellation() {
	duration := 150 * time.Millisecond
	ctx, cancel := context.WithTimeout(context.Background(), duration)
	defer cancel()
	ch := make(chan string, 1)
	go func() {
		<-ctx.Done()
		ch <- "data"
	}()
	select {
	case d := <-ch:
		fmt.Println("work complete", d, ctx.Err())
	case <-time.After(5 * time.Second):
		fmt.Println("moving on")
	}
}

func main() {
	waitForResult()
	fanOut()
	waitForTask()
	pooling()
	drop()
	cancellation()
}
