// Deferred calls that panic: the builtin panic deferred, and one of the
// calls a loop deferred. The func's other deferred calls still run, and
// a deferred recover sees the newest panic.
package main

import (
	"errors"
	"fmt"
)

type File struct {
	name string
	data []byte
}

func (f *File) Close() { fmt.Println("close", f.name, f.data[0]) }

func risky(fail bool) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	if fail {
		defer panic(errors.New("bad input"))
	}
	fmt.Println("risky body", fail)
	return nil
}

func closeAll(files []*File) (msg string) {
	defer func() { msg = fmt.Sprint("recovered: ", recover()) }()
	for _, f := range files {
		defer f.Close()
	}
	fmt.Println("opened", len(files))
	return "no panic"
}

func twice() (msg string) {
	defer func() { msg = fmt.Sprint(recover()) }()
	defer panic("second")
	panic("first")
}

func main() {
	fmt.Println(risky(false))
	fmt.Println(risky(true))
	fmt.Println(closeAll([]*File{{"a", []byte("x")}, {"b", nil}, {"c", []byte("z")}}))
	fmt.Println(closeAll(nil))
	fmt.Println(twice())
}
