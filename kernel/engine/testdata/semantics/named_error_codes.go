// Error codes of a declared int type: returned as error, wrapped with %w,
// compared with == and in a switch, found by errors.Is, errors.As and
// errors.AsType; named types in map[any] keys, sync.Map, encoding/json,
// %#v of []any, type switches, and a panic with a named string.
package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"sort"
	"strings"
	"sync"
)

type ErrCode int

const (
	ErrNotFound ErrCode = iota + 1
	ErrDenied
)

func (e ErrCode) Error() string {
	switch e {
	case ErrNotFound:
		return "not found"
	case ErrDenied:
		return "denied"
	}
	return fmt.Sprintf("code %d", int(e))
}

func find(k string) error {
	if k == "" {
		return ErrDenied
	}
	if !strings.HasPrefix(k, "a") {
		return fmt.Errorf("find %q: %w", k, ErrNotFound)
	}
	return nil
}

type Counter int

func (c *Counter) Inc() { *c++ }

type Incer interface{ Inc() }

type HandlerFunc func(string) string

func (f HandlerFunc) Handle(s string) string { return f(s) }

type Handler interface{ Handle(string) string }

type Names []string

func (n Names) Len() int           { return len(n) }
func (n Names) Less(i, j int) bool { return n[i] < n[j] }
func (n Names) Swap(i, j int)      { n[i], n[j] = n[j], n[i] }

type Level string

func main() {
	for _, k := range []string{"abc", "xyz", ""} {
		err := find(k)
		switch {
		case err == nil:
			fmt.Println(k, "ok")
		case err == ErrDenied:
			fmt.Println(k, "denied directly")
		case errors.Is(err, ErrNotFound):
			fmt.Println(k, "not found:", err)
		}
		var code ErrCode
		if errors.As(err, &code) {
			fmt.Printf("%s code=%d %v %T\n", k, code, code, code)
		}
		if c, ok := errors.AsType[ErrCode](err); ok {
			fmt.Println("AsType", int(c))
		}
		switch err {
		case ErrDenied:
			fmt.Println("switch: denied")
		case nil:
			fmt.Println("switch: nil")
		default:
			fmt.Println("switch: other")
		}
	}
	var c Counter
	var i Incer = &c
	i.Inc()
	i.Inc()
	fmt.Println(c)
	var h Handler = HandlerFunc(strings.ToUpper)
	fmt.Println(h.Handle("hi"))
	fmt.Printf("%T\n", h)
	n := Names{"b", "c", "a"}
	sort.Sort(n)
	fmt.Println(n, sort.IsSorted(n))
	var si sort.Interface = n
	fmt.Printf("%T %v\n", si, si)
	m := map[any]int{}
	m[Level("info")]++
	m[Level("info")]++
	m["info"]++
	fmt.Println(len(m), m[Level("info")], m["info"])
	var sm sync.Map
	sm.Store("lvl", Level("debug"))
	v, _ := sm.Load("lvl")
	if l, ok := v.(Level); ok {
		fmt.Println("loaded", l)
	}
	fmt.Printf("%v %T\n", v, v)
	b, _ := json.Marshal(map[string]any{"level": Level("warn"), "n": 3})
	fmt.Println(string(b))
	vals := []any{Level("x"), ErrDenied, Names{"z"}, c}
	fmt.Printf("%v\n%+v\n%#v\n", vals, vals, vals)
	for _, v := range vals {
		switch v.(type) {
		case string:
			fmt.Println("string")
		case Level:
			fmt.Println("Level")
		case error:
			fmt.Println("error")
		case []string:
			fmt.Println("[]string")
		default:
			fmt.Printf("default %T\n", v)
		}
	}
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
		fmt.Printf("%T\n", r)
		var x any = Level("a")
		defer func() { fmt.Println("again:", recover()) }()
		_ = x.(string)
	}()
	panic(Level("boom"))
}
