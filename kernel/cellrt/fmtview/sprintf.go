package fmtview

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// Sprintf is fmt.Sprintf for a format known only when it runs (a
// template's printf): the operands print as compiled Go prints the
// session's types, and a %T operand names its declared type (fmt
// formats %T itself, never through a view).
func Sprintf(format string, args ...any) string {
	args = Args(args...)
	typed := typeVerbs(format)
	if len(typed) == 0 {
		return fmt.Sprintf(format, args...)
	}
	var b strings.Builder
	last := 0
	out := append([]any(nil), args...)
	for _, v := range typed {
		if v.arg >= len(out) {
			continue
		}
		b.WriteString(format[last:v.end-1] + "s")
		last = v.end
		out[v.arg] = typeNameArg(out[v.arg])
	}
	b.WriteString(format[last:])
	return fmt.Sprintf(b.String(), out...)
}

// typeNameArg is what %T prints for a, which may be a view.
func typeNameArg(a any) string {
	w, ok := a.(view)
	if !ok {
		return TypeNameOf(a)
	}
	if w.desc != "" && w.v.IsValid() {
		return descTypeName(w.desc, unwrap(w.v).Type())
	}
	if w.v.IsValid() && w.v.CanInterface() {
		return TypeNameOf(w.v.Interface())
	}
	return "<nil>"
}

// verbAt is a verb of a format: the operand it formats and where the
// verb's rune ends.
type verbAt struct{ arg, end int }

// typeVerbs returns the %T verbs of format, or none when the format
// numbers its operands ("%[2]T"): then fmt's own reading stands.
func typeVerbs(format string) []verbAt {
	var out []verbAt
	arg := 0
	for i := 0; i < len(format); i++ {
		if format[i] != '%' {
			continue
		}
		i++
		for i < len(format) && strings.IndexByte("+-# 0", format[i]) >= 0 {
			i++
		}
		// Width and precision, either of which may take an operand.
		for part := 0; part < 2 && i < len(format); part++ {
			if part == 1 {
				if format[i] != '.' {
					break
				}
				i++
			}
			if i < len(format) && format[i] == '*' {
				arg++
				i++
				continue
			}
			for i < len(format) && format[i] >= '0' && format[i] <= '9' {
				i++
			}
		}
		if i >= len(format) {
			break
		}
		if format[i] == '[' {
			return nil
		}
		verb, size := utf8.DecodeRuneInString(format[i:])
		if verb == '%' {
			i += size - 1
			continue
		}
		if verb == 'T' {
			out = append(out, verbAt{arg, i + size})
		}
		arg++
		i += size - 1
	}
	return out
}
