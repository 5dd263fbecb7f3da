// Deferred calls of a named func and of a method panic: the func's other
// deferred calls still run, and its deferred recover gets the newest
// panic.
package main

import (
	"errors"
	"fmt"
)

type Conn struct {
	name   string
	closed bool
}

func (c *Conn) Close() {
	if c.closed {
		panic("close of closed conn " + c.name)
	}
	c.closed = true
	fmt.Println("closed", c.name)
}

func flush(n int) {
	if n > 1 {
		panic(errors.New("flush failed"))
	}
	fmt.Println("flushed", n)
}

func use(c *Conn, pending int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("use: %v", r)
		}
	}()
	defer fmt.Println("use done")
	defer c.Close()
	defer flush(pending)
	fmt.Println("using", c.name)
	return nil
}

func main() {
	c := &Conn{name: "db"}
	fmt.Println(use(c, 1))
	fmt.Println(use(c, 2))
	fmt.Println(use(&Conn{name: "cache"}, 3))
}
