package main

import (
	"errors"
	"fmt"
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

func (b *Bank) Transfer(from string, amt float64) error {
	src, ok := b.accounts[from]
	if !ok {
		return fmt.Errorf("no account %q", from)
	}
	if err := src.Withdraw(amt); err != nil {
		return fmt.Errorf("transfer: %w", err)
	}
	return nil
}

func main() {
	b := &Bank{accounts: map[string]*Account{"a": {Owner: "a", Balance: 10}}}
	fmt.Println(b.Transfer("a", 3), b.accounts["a"].Balance)
}
