package layout

import (
	"reflect"
	"runtime"
	"testing"
)

func double(x int) int { return 2 * x }

func passThrough(args []reflect.Value) []reflect.Value { return args }

// Assumption 6: a func value rebuilt from a top-level func's entry PC and
// type calls that func.
func TestLayoutFuncAt(t *testing.T) {
	pc := reflect.ValueOf(double).Pointer()
	if fn := runtime.FuncForPC(pc); fn == nil || fn.Entry() != pc {
		t.Fatal("a func value's pointer is not its entry")
	}
	f := FuncAt(pc, reflect.TypeOf(double)).Interface().(func(int) int)
	if got := f(21); got != 42 {
		t.Fatalf("rebuilt func returned %d, want 42", got)
	}
}

// Assumption 7: the closure a MakeFunc func calls is the func given to
// MakeFunc (for a top-level func, its first word is that func's entry).
func TestLayoutMakeFuncClosure(t *testing.T) {
	f := reflect.MakeFunc(reflect.TypeOf(double), passThrough)
	var words [1]uintptr
	if err := MakeFuncClosure(f, words[:]); err != nil {
		t.Fatal(err)
	}
	if want := reflect.ValueOf(passThrough).Pointer(); words[0] != want {
		t.Fatalf("closure word 0 is %#x, want the entry of the func given to MakeFunc %#x", words[0], want)
	}
	if err := MakeFuncClosure(reflect.ValueOf((func())(nil)), words[:]); err == nil {
		t.Error("a nil func was read")
	}
}
