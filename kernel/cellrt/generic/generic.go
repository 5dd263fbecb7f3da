// Package generic runs the standard library's generic functions for
// interpreted cells.
//
// The interpreter (yaegi) cannot instantiate generic functions of
// compiled packages: reflection holds no generic func. The kernel's front
// end (kernel/frontend) knows each call's type arguments from go/types
// and rewrites it into a call of Call, with the type arguments as typed
// nil pointers and the results asserted back to their instantiated
// types:
//
//	slices.Max(xs)  ->  func(p0 []int) (o0 int) { r := generic.Call("slices.Max", []any{(*[]int)(nil), (*int)(nil)}, p0); ...; return }(xs)
//
// Call implements each function with reflect, with the real function's
// semantics (NaN ordering, stability, panics with Go's messages), and
// returns values of exactly the instantiated types, so the assertions
// hold for the cell's own types too (yaegi builds those with
// reflect.StructOf & co). A variadic parameter arrives as one slice.
package generic

import (
	"fmt"
	"reflect"

	"github.com/goteach/goteach/kernel/cellrt/fmtview"
	"sort"
)

// impl is one generic function: its type arguments and arguments.
type impl func(targs []reflect.Type, args []reflect.Value) []reflect.Value

var table = map[string]impl{}

func register(name string, f impl) { table[name] = f }

// Call runs the standard-library generic function name ("slices.Sort",
// "maps.Keys", "math/rand/v2.N") instantiated with targs (typed nil
// pointers, in the order of the function's type parameters) on args (a
// variadic parameter as one slice), and returns its results.
func Call(name string, targs []any, args ...any) []any {
	f, ok := table[name]
	if !ok {
		panic(fmt.Errorf("%s is not supported in notebook cells yet", name))
	}
	ts := make([]reflect.Type, len(targs))
	for i, t := range targs {
		// (A pointer to a type with methods may come in the
		// interpreter's valueInterface.)
		ts[i] = fmtview.Unwrap(reflect.ValueOf(t)).Type().Elem()
	}
	vs := make([]reflect.Value, len(args))
	for i, a := range args {
		if a == nil {
			vs[i] = reflect.Value{}
			continue
		}
		vs[i] = reflect.ValueOf(a)
	}
	out := f(ts, vs)
	res := make([]any, len(out))
	for i, v := range out {
		if v.IsValid() && !(isNilable(v.Kind()) && v.IsNil() && v.Kind() == reflect.Interface) {
			res[i] = v.Interface()
		}
	}
	return res
}

func isNilable(k reflect.Kind) bool {
	switch k {
	case reflect.Chan, reflect.Func, reflect.Interface, reflect.Map, reflect.Pointer, reflect.Slice:
		return true
	}
	return false
}

// Supported reports whether Call implements name.
func Supported(name string) bool { _, ok := table[name]; return ok }

// Names lists the functions Call implements, sorted.
func Names() []string {
	out := make([]string, 0, len(table))
	for n := range table {
		out = append(out, n)
	}
	sort.Strings(out)
	return out
}

// arg returns args[i] converted to t (an untyped nil becomes t's zero).
func arg(args []reflect.Value, i int, t reflect.Type) reflect.Value {
	if i >= len(args) || !args[i].IsValid() {
		return reflect.Zero(t)
	}
	v := args[i]
	if v.Type() != t && v.Type().ConvertibleTo(t) {
		return v.Convert(t)
	}
	return v
}

// call1 calls f with args and returns its first result.
func call1(f reflect.Value, args ...reflect.Value) reflect.Value {
	return f.Call(args)[0]
}

// seqType is iter.Seq[V]'s structure; seq2Type iter.Seq2[K, V]'s.
func seqType(v reflect.Type) reflect.Type {
	yield := reflect.FuncOf([]reflect.Type{v}, []reflect.Type{boolType}, false)
	return reflect.FuncOf([]reflect.Type{yield}, nil, false)
}

func seq2Type(k, v reflect.Type) reflect.Type {
	yield := reflect.FuncOf([]reflect.Type{k, v}, []reflect.Type{boolType}, false)
	return reflect.FuncOf([]reflect.Type{yield}, nil, false)
}

var boolType = reflect.TypeOf(false)

// makeSeq builds an iter.Seq[V] whose body is gen (yield reports whether
// to go on).
func makeSeq(v reflect.Type, gen func(yield func(reflect.Value) bool)) reflect.Value {
	return reflect.MakeFunc(seqType(v), func(in []reflect.Value) []reflect.Value {
		y := in[0]
		done := false
		gen(func(x reflect.Value) bool {
			if done {
				panic(rangeError{})
			}
			if !call1(y, x).Bool() {
				done = true
				return false
			}
			return true
		})
		return nil
	})
}

func makeSeq2(k, v reflect.Type, gen func(yield func(a, b reflect.Value) bool)) reflect.Value {
	return reflect.MakeFunc(seq2Type(k, v), func(in []reflect.Value) []reflect.Value {
		y := in[0]
		done := false
		gen(func(a, b reflect.Value) bool {
			if done {
				panic(rangeError{})
			}
			if !call1(y, a, b).Bool() {
				done = true
				return false
			}
			return true
		})
		return nil
	})
}

// rangeError is Go's panic for a yield called after it returned false.
type rangeError struct{}

func (rangeError) Error() string {
	return "runtime error: range function continued iteration after function for loop body returned false"
}

// RuntimeError marks it as a run-time error.
func (rangeError) RuntimeError() {}

// each calls f for each value a Seq yields; f reports whether to go on.
func each(seq reflect.Value, f func(v reflect.Value) bool) {
	yt := seq.Type().In(0)
	seq.Call([]reflect.Value{reflect.MakeFunc(yt, func(in []reflect.Value) []reflect.Value {
		return []reflect.Value{reflect.ValueOf(f(in[0])).Convert(yt.Out(0))}
	})})
}

// each2 calls f for each pair a Seq2 yields.
func each2(seq reflect.Value, f func(k, v reflect.Value) bool) {
	yt := seq.Type().In(0)
	seq.Call([]reflect.Value{reflect.MakeFunc(yt, func(in []reflect.Value) []reflect.Value {
		return []reflect.Value{reflect.ValueOf(f(in[0], in[1])).Convert(yt.Out(0))}
	})})
}

// runtimeError is a run-time panic with Go's message.
type runtimeError string

func (e runtimeError) Error() string { return "runtime error: " + string(e) }

// RuntimeError marks it as a run-time error.
func (runtimeError) RuntimeError() {}
