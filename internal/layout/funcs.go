package layout

import (
	"errors"
	"reflect"
	"unsafe"
)

// FuncAt returns a func value of type t (a func type) for the top-level
// func whose entry is pc: a func value points to a closure record whose
// first word is the code pointer, and a top-level func captures nothing
// (assumption 6).
func FuncAt(pc uintptr, t reflect.Type) reflect.Value {
	rec := new(uintptr)
	*rec = pc
	p := unsafe.Pointer(rec)
	return reflect.NewAt(t, unsafe.Pointer(&p)).Elem()
}

// makeFuncFnWord is the index of makeFuncImpl.fn in the record a
// reflect.MakeFunc func value points to: after makeFuncCtxt (fn, stack,
// argLen, regPtrs) and ftyp (assumption 7).
const makeFuncFnWord = 5

// MakeFuncClosure reads the first len(words) words of the closure that f,
// a func made by reflect.MakeFunc, calls: the func given to MakeFunc
// (assumption 7). The caller must know how many words that closure has:
// reading past them reads the slack of its allocation.
func MakeFuncClosure(f reflect.Value, words []uintptr) error {
	if f.Kind() != reflect.Func || f.IsNil() {
		return errors.New("not a func")
	}
	holder := reflect.New(f.Type())
	holder.Elem().Set(f)
	rec := *(*unsafe.Pointer)(holder.UnsafePointer())
	if rec == nil {
		return errors.New("nil func")
	}
	impl := (*[makeFuncFnWord + 1]unsafe.Pointer)(rec)
	closure := impl[makeFuncFnWord]
	if closure == nil {
		return errors.New("unexpected func layout")
	}
	copy(words, unsafe.Slice((*uintptr)(closure), len(words)))
	return nil
}
