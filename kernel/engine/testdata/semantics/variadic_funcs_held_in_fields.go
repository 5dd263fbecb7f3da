// An interpreter's builtins table: funcs held in struct fields and maps,
// variadic over an interface type, called with their operands one by one,
// with none, and spread from a slice.
package main

import (
	"fmt"
	"strings"
)

type Object interface{ Inspect() string }

type Integer struct{ Value int64 }

func (i *Integer) Inspect() string { return fmt.Sprint(i.Value) }

type String struct{ Value string }

func (s *String) Inspect() string { return fmt.Sprintf("%q", s.Value) }

type Error struct{ Message string }

func (e *Error) Inspect() string { return "ERROR: " + e.Message }

type Builtin struct {
	Name string
	Fn   func(args ...Object) Object
}

var builtins = map[string]*Builtin{
	"len": {Name: "len", Fn: func(args ...Object) Object {
		if len(args) != 1 {
			return &Error{fmt.Sprintf("wrong number of arguments. got=%d, want=1", len(args))}
		}
		switch a := args[0].(type) {
		case *String:
			return &Integer{int64(len(a.Value))}
		default:
			return &Error{fmt.Sprintf("argument to `len` not supported, got %T", a)}
		}
	}},
	"concat": {Name: "concat", Fn: func(args ...Object) Object {
		parts := make([]string, len(args))
		for i, a := range args {
			parts[i] = a.Inspect()
		}
		return &String{strings.Join(parts, "+")}
	}},
}

type Logger struct {
	Logf func(format string, args ...any)
}

type Sum struct{ Add func(nums ...int) int }

func main() {
	fmt.Println(builtins["len"].Fn(&String{"hello"}).Inspect())
	fmt.Println(builtins["len"].Fn(&String{"a"}, &String{"b"}).Inspect())
	fmt.Println(builtins["len"].Fn(&Integer{1}).Inspect())
	fmt.Println(builtins["concat"].Fn(&String{"a"}, &Integer{2}, &String{"c"}).Inspect())
	fmt.Println(builtins["concat"].Fn().Inspect())
	args := []Object{&Integer{1}, &Integer{2}}
	fmt.Println(builtins["concat"].Fn(args...).Inspect())
	fn := builtins["concat"].Fn
	fmt.Println(fn(&Integer{7}, &Integer{8}).Inspect())

	var sb strings.Builder
	lg := Logger{Logf: func(format string, args ...any) { fmt.Fprintf(&sb, format+"\n", args...) }}
	lg.Logf("%d items, %s", 3, "ok")
	lg.Logf("no args")
	fmt.Print(sb.String())

	s := Sum{Add: func(nums ...int) int {
		t := 0
		for _, n := range nums {
			t += n
		}
		return t
	}}
	fmt.Println(s.Add(1, 2, 3), s.Add(), s.Add(4))
	fmt.Println(builtins["len"].Fn(nil).Inspect())
}
