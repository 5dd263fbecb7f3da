package main

import (
	"errors"
	"fmt"
)

// A nil interface value is printed, compared and passed around first;
// calling a method on it then panics with Go's nil dereference, recovered
// once and then left to end the program.

type Notifier interface{ Notify(msg string) string }

type Email struct{ To string }

func (e Email) Notify(msg string) string { return "mail " + e.To + ": " + msg }

func describe(n Notifier) string { return fmt.Sprintf("%v %T %v", n, n, n == nil) }

func safeNotify(n Notifier, msg string) (out string, err error) {
	defer func() {
		if r := recover(); r != nil {
			var re interface{ RuntimeError() }
			err = fmt.Errorf("recovered: %v", r)
			fmt.Println(errors.As(r.(error), &re))
		}
	}()
	return n.Notify(msg), nil
}

func main() {
	var n Notifier
	fmt.Println(n)
	fmt.Println(describe(n))
	fmt.Println(safeNotify(n, "first"))
	n = Email{"ann"}
	fmt.Println(safeNotify(n, "second"))
	n = nil
	fmt.Println(n == nil)
	fmt.Println(n.Notify("third"))
}
