package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

var ErrInsufficient = errors.New("insufficient funds")

type Account struct {
	Owner   string
	Balance float64
	History []Transaction
}

type Transaction struct {
	Kind   string
	Amount float64
}

func (a *Account) Deposit(amt float64) error {
	if amt <= 0 {
		return fmt.Errorf("deposit %.2f: amount must be positive", amt)
	}
	a.Balance += amt
	a.History = append(a.History, Transaction{"deposit", amt})
	return nil
}

func (a *Account) Withdraw(amt float64) error {
	if amt > a.Balance {
		return fmt.Errorf("withdraw %.2f from %s: %w", amt, a.Owner, ErrInsufficient)
	}
	a.Balance -= amt
	a.History = append(a.History, Transaction{"withdraw", amt})
	return nil
}

type Bank struct {
	accounts map[string]*Account
}

func NewBank() *Bank { return &Bank{accounts: make(map[string]*Account)} }

func (b *Bank) Open(owner string) *Account {
	a := &Account{Owner: owner}
	b.accounts[owner] = a
	return a
}

func (b *Bank) Transfer(from, to string, amt float64) error {
	src, ok := b.accounts[from]
	if !ok {
		return fmt.Errorf("no account %q", from)
	}
	dst, ok := b.accounts[to]
	if !ok {
		return fmt.Errorf("no account %q", to)
	}
	if err := src.Withdraw(amt); err != nil {
		return fmt.Errorf("transfer: %w", err)
	}
	return dst.Deposit(amt)
}

func (b *Bank) Report() string {
	var names []string
	for n := range b.accounts {
		names = append(names, n)
	}
	sort.Strings(names)
	var sb strings.Builder
	for _, n := range names {
		a := b.accounts[n]
		fmt.Fprintf(&sb, "%-6s %8.2f (%d tx)\n", n, a.Balance, len(a.History))
	}
	return sb.String()
}

func main() {
	bank := NewBank()
	alice := bank.Open("alice")
	bank.Open("bob")
	if err := alice.Deposit(100); err != nil {
		fmt.Println(err)
	}
	fmt.Println(alice.Deposit(-5))
	for _, t := range []struct {
		from, to string
		amt      float64
	}{{"alice", "bob", 30}, {"bob", "alice", 50}, {"carol", "bob", 1}} {
		if err := bank.Transfer(t.from, t.to, t.amt); err != nil {
			fmt.Println("error:", err, errors.Is(err, ErrInsufficient))
		}
	}
	fmt.Print(bank.Report())
	fmt.Printf("%+v\n", alice.History)
	fmt.Printf("%v\n", *alice)
}
