package fmtview

import (
	"fmt"
	"strings"

	"github.com/goteach/goteach/kernel/internal/fmtverb"
)

// Sprintf is fmt.Sprintf for a format known only when it runs (a
// template's printf): the operands print as compiled Go prints the
// session's types, and a %T operand names its declared type (fmt
// formats %T itself, never through a view).
func Sprintf(format string, args ...any) string {
	args = Args(args...)
	// Operands no verb takes: fmt names their types in its
	// %!(EXTRA ...), which would be the views'.
	extra := ""
	if n := operandsTaken(format); n >= 0 && n < len(args) {
		var parts []string
		for _, a := range args[n:] {
			if a == nil {
				parts = append(parts, "<nil>")
				continue
			}
			parts = append(parts, typeNameArg(a)+"="+fmt.Sprint(a))
		}
		extra = "%!(EXTRA " + strings.Join(parts, ", ") + ")"
		args = args[:n]
	}
	typed := typeVerbs(format)
	if len(typed) == 0 {
		return fmt.Sprintf(format, args...) + extra
	}
	var b strings.Builder
	last := 0
	out := append([]any(nil), args...)
	for _, v := range typed {
		if v.Arg >= len(out) {
			continue
		}
		if v.Verb == 'w' {
			// Outside Errorf, a bad verb: fmt names the operand's type
			// and prints it without its methods, as it does for a
			// value of no view.
			if w, ok := out[v.Arg].(view); ok {
				b.WriteString(format[last:v.Start] + "%s")
				last = v.End
				w.noMethods = true
				out[v.Arg] = "%!w(" + typeNameArg(out[v.Arg]) + "=" + fmt.Sprint(w) + ")"
			}
			continue
		}
		b.WriteString(format[last:v.End-1] + "s")
		last = v.End
		out[v.Arg] = typeNameArg(out[v.Arg])
	}
	b.WriteString(format[last:])
	return fmt.Sprintf(b.String(), out...) + extra
}

// operandsTaken is how many operands the verbs of format take, -1 when
// it numbers them ("%[2]v": fmt's own reading stands).
func operandsTaken(format string) int {
	n := 0
	for _, v := range fmtverb.Parse(format) {
		if strings.Contains(format[v.Start:v.End], "[") {
			return -1
		}
		n = max(n, v.Arg+1)
	}
	return n
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

// typeVerbs returns the %T verbs of format, and its %w (which fmt reports
// naming the operand's type outside Errorf), or none when the format
// numbers its operands ("%[2]T"): then fmt's own reading stands.
func typeVerbs(format string) []fmtverb.Verb {
	var out []fmtverb.Verb
	for _, v := range fmtverb.Parse(format) {
		if strings.Contains(format[v.Start:v.End], "[") {
			return nil
		}
		if v.Verb == 'T' || v.Verb == 'w' {
			out = append(out, v)
		}
	}
	return out
}
