package engine

import (
	"flag"
	"sync"
)

// flagValue is the flag.Value a FlagSet is handed for v, a value of the
// session's types (the front end's flagVarArgs): the interpreter hands
// compiled code such a value in a wrapper with Set and String only, so
// the flag package saw no IsBoolFlag method (a custom boolean flag took
// the next argument as its value) and, building a zero value of the
// wrapper to tell a default from the zero, printed "(default 0)" for a
// zero default. isBool is v's IsBoolFlag, zero the String of its type's
// zero value, found by the interpreter.
func flagValue(v flag.Value, isBool bool, zero string) flag.Value {
	if v == nil {
		return v
	}
	c := cellFlag{Value: v, isBool: isBool, zero: zero}
	if w := wrapped(v); w.IsValid() && w.CanInterface() {
		c.IValue = w.Interface()
	}
	return c
}

// cellFlag is a flag.Value of the session's types. Like the
// interpreter's own wrappers, it is a struct whose first field IValue
// holds the session's value, so that the interpreter asserts it to the
// value's type (fs.Lookup("v").Value.(*level)).
type cellFlag struct {
	IValue any
	flag.Value
	isBool bool
	zero   string
}

// zeroFlag is the String of the zero value of the flag whose IsBoolFlag
// was asked last: flag.PrintDefaults asks it of each flag (to name the
// flag's argument) just before it compares the default with the String
// of a new zero value of the flag's type, a cellFlag with no Value.
var zeroFlag struct {
	sync.Mutex
	s string
}

// IsBoolFlag reports whether the session's value is a boolean flag.
func (c cellFlag) IsBoolFlag() bool {
	zeroFlag.Lock()
	zeroFlag.s = c.zero
	zeroFlag.Unlock()
	return c.isBool
}

// String is the session's value's String; of a zero cellFlag, the String
// of the zero value of the flag asked about last.
func (c cellFlag) String() string {
	if c.Value == nil {
		zeroFlag.Lock()
		defer zeroFlag.Unlock()
		return zeroFlag.s
	}
	return c.Value.String()
}
