package main

import (
	"fmt"
	"sync"
)

// A mutex is not reentrant: a method that locks calls another that
// locks the same mutex.

type Account struct {
	mu      sync.Mutex
	balance int
}

func (a *Account) Balance() int {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.balance
}

func (a *Account) Deposit(n int) {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.balance += n
	fmt.Println("deposited", n, "balance", a.Balance())
}

func main() {
	a := &Account{}
	fmt.Println("start", a.Balance())
	a.Deposit(10)
}
