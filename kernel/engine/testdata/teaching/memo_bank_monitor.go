package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
	"sync"
)

type Func func(key string) (interface{}, error)

type result struct {
	value interface{}
	err   error
}

type entry struct {
	res   result
	ready chan struct{}
}

type Memo struct {
	f     Func
	mu    sync.Mutex
	cache map[string]*entry
}

func New(f Func) *Memo {
	return &Memo{f: f, cache: make(map[string]*entry)}
}

func (memo *Memo) Get(key string) (value interface{}, err error) {
	memo.mu.Lock()
	e := memo.cache[key]
	if e == nil {
		e = &entry{ready: make(chan struct{})}
		memo.cache[key] = e
		memo.mu.Unlock()
		e.res.value, e.res.err = memo.f(key)
		close(e.ready)
	} else {
		memo.mu.Unlock()
		<-e.ready
	}
	return e.res.value, e.res.err
}

var calls int
var callsMu sync.Mutex

func slowLen(key string) (interface{}, error) {
	callsMu.Lock()
	calls++
	callsMu.Unlock()
	if key == "" {
		return nil, errors.New("empty key")
	}
	return len(key), nil
}

var deposits = make(chan int)
var balances = make(chan int)

func Deposit(amount int) { deposits <- amount }
func Balance() int       { return <-balances }

func teller() {
	var balance int
	for {
		select {
		case amount := <-deposits:
			balance += amount
		case balances <- balance:
		}
	}
}

func main() {
	m := New(slowLen)
	var wg sync.WaitGroup
	keys := []string{"alpha", "beta", "alpha", "", "gamma", "beta", "alpha"}
	results := make([]string, len(keys))
	for i, k := range keys {
		wg.Add(1)
		go func() {
			defer wg.Done()
			v, err := m.Get(k)
			results[i] = fmt.Sprintf("%q=%v/%v", k, v, err)
		}()
	}
	wg.Wait()
	fmt.Println(strings.Join(results, " "))
	fmt.Println("calls:", calls)
	go teller()
	var wg2 sync.WaitGroup
	for i := 1; i <= 100; i++ {
		wg2.Add(1)
		go func(n int) {
			defer wg2.Done()
			Deposit(n)
		}(i)
	}
	wg2.Wait()
	fmt.Println("balance:", Balance())
	var once sync.Once
	var icons map[string]string
	load := func() {
		fmt.Println("loading")
		icons = map[string]string{"spades": "♠", "hearts": "♥"}
	}
	for range 3 {
		once.Do(load)
	}
	names := make([]string, 0, len(icons))
	for k := range icons {
		names = append(names, k)
	}
	sort.Strings(names)
	fmt.Println(names, icons["hearts"])
	var rw sync.RWMutex
	rw.RLock()
	rw.RLock()
	fmt.Println(rw.TryLock())
	rw.RUnlock()
	rw.RUnlock()
	fmt.Println(rw.TryLock())
}
