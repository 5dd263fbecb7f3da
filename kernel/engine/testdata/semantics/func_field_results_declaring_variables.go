// A lazy service container keeps its constructors in func fields; the
// variables a cell declares from them get their values.
package main

import (
	"errors"
	"fmt"
	"strconv"
)

type DB struct{ dsn string }

type Container struct {
	db  func() (*DB, error)
	one func() *DB
}

var c = &Container{db: func() (*DB, error) { return &DB{"x"}, nil }, one: func() *DB { return &DB{"y"} }}

var parse = strconv.Atoi

var check = func(s string) (int, error) {
	if s == "" {
		return 0, errors.New("empty")
	}
	return len(s), nil
}

func main() {
	db, err := c.db()
	fmt.Println(db, err)
	f := c.db
	db2, err2 := f()
	fmt.Println(db2, err2)
	n, err := parse("42")
	fmt.Println(n, err)
	m, err := check("abc")
	fmt.Println(m, err)
	handlers := map[string]func(int) (string, bool){"a": func(i int) (string, bool) { return strconv.Itoa(i), true }}
	s, ok := handlers["a"](7)
	fmt.Println(s, ok)
	var d2, e2 = c.db()
	fmt.Println(d2, e2)
}

var gdb, gerr = c.db()

func init() { fmt.Println("init", gdb, gerr) }
