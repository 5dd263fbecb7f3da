package main

import (
	"errors"
	"fmt"
)

// Accounts share a base; its methods are promoted to each kind of
// account, and the errors are package-level vars the methods wrap.

var ErrInsufficient = errors.New("insufficient funds")
var ErrInvalid = errors.New("invalid amount")

type base struct {
	id      string
	balance int
	history []string
}

func (b *base) record(s string) { b.history = append(b.history, s) }

func (b *base) Deposit(n int) error {
	if n <= 0 {
		return fmt.Errorf("deposit %d into %s: %w", n, b.id, ErrInvalid)
	}
	b.balance += n
	b.record(fmt.Sprint("+", n))
	return nil
}

type Checking struct {
	base
	overdraft int
}

func (c *Checking) Withdraw(n int) error {
	if n > c.balance+c.overdraft {
		return fmt.Errorf("checking %s: %w", c.id, ErrInsufficient)
	}
	c.balance -= n
	c.record(fmt.Sprint("-", n))
	return nil
}

type Savings struct {
	base
	rate float64
}

func (s *Savings) AddInterest() {
	interest := int(float64(s.balance) * s.rate)
	s.balance += interest
	s.record(fmt.Sprint("+", interest, " interest"))
}

func main() {
	c := &Checking{base: base{id: "chk"}, overdraft: 50}
	s := &Savings{base: base{id: "sav"}, rate: 0.05}
	fmt.Println(c.Deposit(100), c.Withdraw(120), c.balance)
	err := c.Withdraw(100)
	fmt.Println(err, errors.Is(err, ErrInsufficient))
	err = s.Deposit(-5)
	fmt.Println(err, errors.Is(err, ErrInvalid))
	fmt.Println(s.Deposit(200))
	s.AddInterest()
	fmt.Printf("%s %d %q\n", c.id, c.balance, c.history)
	fmt.Printf("%s %d %q\n", s.id, s.balance, s.history)
}
