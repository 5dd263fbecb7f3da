package main

import (
	"errors"
	"fmt"
	"io"
)

// defer c.Close() where c is a nil interface (the open failed and the
// error was not checked first): Go selects the method at the defer
// statement and panics there, before the rest of the func runs.

type file struct{ name string }

func (f *file) Close() error {
	fmt.Println("closing", f.name)
	return nil
}

func open(name string) (io.Closer, error) {
	if name == "" {
		return nil, errors.New("no name")
	}
	return &file{name}, nil
}

func process(name string) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	c, err := open(name)
	defer c.Close()
	fmt.Println("processing", name)
	return err
}

type Greeter interface{ Greet() string }

type english struct{}

func (english) Greet() string { return "hello" }

func greetLater(g Greeter) {
	defer fmt.Println("deferred print ran")
	defer g.Greet()
	g = nil
	fmt.Println("body ran")
}

func main() {
	fmt.Println(process("notes.txt"))
	fmt.Println(process(""))
	greetLater(english{})
	greetLater(nil)
}
