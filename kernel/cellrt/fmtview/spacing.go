package fmtview

import (
	"fmt"
	"io"
	"reflect"
)

// fmt.Print, Sprint, Fprint and Append (and log's Print, Panic and
// Fatal, which format as Sprint) put a space between two operands when
// neither is a string, a value whose kind is string. A value of a
// declared string type reaches them boxed or as a view, a struct: they
// would space it as a number (fmt.Sprint(Name("a"), 1) gave "a 1" for
// Go's "a1").

// SprintArgs is Args for those funcs: an operand of a string kind that
// needs a view (or is one, of a declared type, see As) is printed
// beforehand and given to them as a string.
func SprintArgs(args ...any) []any {
	out := prepare(args, false)
	copied := false
	for i, a := range args {
		if a == nil {
			continue
		}
		if v, ok := a.(view); ok {
			if !v.v.IsValid() || !stringKind(v.v.Type()) {
				continue
			}
		} else if !stringKind(reflect.TypeOf(a)) {
			continue
		}
		if t := reflect.TypeOf(out[i]); t != nil && t.Kind() == reflect.String {
			continue
		}
		if !copied {
			out = append([]any(nil), out...)
			copied = true
		}
		out[i] = printed(fmt.Sprint(out[i]))
	}
	return out
}

// stringKind reports whether t, or the type its box holds, is of kind
// string.
func stringKind(t reflect.Type) bool {
	if isBox(t) {
		t = t.Field(0).Type
	}
	return t.Kind() == reflect.String
}

// printed is an operand's text: a string to the spacing, printed as is.
type printed string

// Format writes the text.
func (p printed) Format(f fmt.State, _ rune) { io.WriteString(f, string(p)) } //nolint:errcheck
